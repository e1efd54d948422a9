"""Optional language-model backend: any OpenAI-compatible chat endpoint (a local Ollama or llama.cpp server).

Off unless the caller passes an ``autark.config.LLMConfig`` (the command line makes one from AUTARK_LLM_URL +
AUTARK_LLM_MODEL: ``Settings.from_env().llm``); when off, nothing here opens a connection. The model is asked
for JSON matching the ``Screenplay`` schema, which is validated like a hand-written plan. Any failure (HTTP error, timeout, not JSON, invalid plan) is not
raised: the caller falls back to the built-in path and the returned note says why.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from typing import Any

from pydantic import ValidationError

from autark.config import LLMConfig
from autark.errors import BackendError
from autark.story.analysis import Concept
from autark.story.screenplay import Screenplay, check_plan

__all__ = ["chat", "write_screenplay"]


def chat(config: LLMConfig, messages: list[dict[str, str]]) -> str:
    """One chat completion; the reply's text. Raises ``BackendError`` on any failure."""
    body = json.dumps({"model": config.model, "messages": messages, "temperature": 0.7,
                       "response_format": {"type": "json_object"}}).encode()
    headers = {"Content-Type": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    request = urllib.request.Request(config.endpoint, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout_s) as response:  # noqa: S310 - configured URL
            payload = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise BackendError(f"the language model answered HTTP {exc.code}") from None
    except TimeoutError:
        raise BackendError(f"the language model did not answer within {config.timeout_s:g} s") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise BackendError(f"the language model did not answer within {config.timeout_s:g} s") from None
        raise BackendError(f"cannot reach the language model at {config.endpoint}: {exc.reason}") from None
    except (OSError, ValueError) as exc:
        raise BackendError(f"the language model's answer could not be read: {exc}") from None
    try:
        return str(payload["choices"][0]["message"]["content"])
    except (KeyError, IndexError, TypeError):
        raise BackendError("the language model's answer is not a chat completion") from None


def _extract_json(text: str) -> Any:
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    candidate = fenced.group(1) if fenced else text
    start, end = candidate.find("{"), candidate.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the answer")
    return json.loads(candidate[start:end + 1])


def _prompt(concept: Concept, duration_s: float, seed: int) -> list[dict[str, str]]:
    schema = Screenplay.model_json_schema()
    schema.get("properties", {}).pop("warnings", None)
    system = (
        "You write short films for autark, a 3D movie studio. Answer with ONE JSON object that matches this "
        f"JSON schema exactly, nothing else:\n{json.dumps(schema)}\n"
        "Rules: the shots' duration_s plus title_card and end_card durations add up to duration_s; every "
        "dialogue speaker is one of the scene's characters (or 'narrator'); actions are short sentences like "
        "'Robo walks to the flower'; settings are: "
        + ", ".join(_settings()) + "."
    )
    user = json.dumps({"idea": concept.idea, "language": concept.language, "duration_s": duration_s,
                       "seed": seed, "analysis": concept.model_dump(exclude={"warnings", "idea"})},
                      ensure_ascii=False)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _settings() -> list[str]:
    from autark.assets.templates import list_settings

    return list_settings()


def write_screenplay(config: LLMConfig, concept: Concept, duration_s: float,
                     seed: int) -> tuple[Screenplay | None, str]:
    """Ask the model for a screenplay: (screenplay, "") on success, (None, why) on any failure."""
    fallback = "; autark wrote the screenplay itself"
    try:
        answer = chat(config, _prompt(concept, duration_s, seed))
    except BackendError as exc:
        return None, f"language model not used: {exc.message}{fallback}"
    try:
        data = _extract_json(answer)
    except ValueError:
        return None, f"language model not used: its answer was not JSON{fallback}"
    if not isinstance(data, dict):
        return None, f"language model not used: its answer was not a JSON object{fallback}"
    data.update(language=concept.language, seed=seed, duration_s=duration_s)
    try:
        plan = Screenplay.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return None, f"language model not used: its screenplay was invalid ({where}: {first.get('msg')}){fallback}"
    problems = check_plan(plan)
    if problems:
        return None, f"language model not used: its screenplay was invalid ({problems[0][1]}){fallback}"
    # models are poor at arithmetic: stretch the shots so the film has the length asked for
    shots_s = sum(s.duration_s for s in plan.shots)
    wanted_s = duration_s - plan.title_card.duration_s - plan.end_card.duration_s
    if shots_s > 0 and wanted_s > 0 and abs(plan.total_duration_s - duration_s) > 0.01 * duration_s:
        factor = wanted_s / shots_s
        scenes = [sc.model_copy(update={"shots": [sh.model_copy(update={"duration_s": round(sh.duration_s * factor, 2)})
                                                  for sh in sc.shots]}) for sc in plan.scenes]
        plan = plan.model_copy(update={"scenes": scenes})
    plan.warnings.extend(concept.warnings)
    return plan, ""
