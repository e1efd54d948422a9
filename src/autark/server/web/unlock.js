// The unlock form of an encrypted project (autark serve; POST /api/unlock). The passphrase goes to this studio
// only (it listens on loopback) and is never kept by the page.
const form = document.getElementById("unlock-form");
const field = document.getElementById("passphrase");
const said = document.getElementById("unlock-error");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  said.textContent = "";
  const answer = await fetch("api/unlock", {
    method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify({passphrase: field.value}),
  });
  field.value = "";
  if (answer.ok) {
    window.location.replace(window.location.pathname);  // the studio itself, now unlocked
    return;
  }
  const data = await answer.json().catch(() => ({}));
  const error = data.error || {};
  said.textContent = (error.message || `the studio answered ${answer.status}`) + (error.hint ? ` (${error.hint})` : "");
  field.focus();
});
