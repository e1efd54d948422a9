"""The film report as one self-contained HTML page: inline CSS, each shot's thumbnail embedded as a base64
JPEG, nothing loaded from anywhere (the page opens from disk, offline, in any browser).

Layout: the film's verdict and its whole-film measures; a strip of the shots along the film, coloured by
status; one card per shot (thumbnail, times, measures, flash times); the lines with their subtitles'
measures; the rules (limits, where each measure comes from, why).
"""

from __future__ import annotations

import base64
import html
from typing import Any

__all__ = ["report_html"]

_COLOURS = {"pass": "#2e7d32", "warn": "#b26a00", "fail": "#c62828", "skip": "#757575", "info": "#455a64"}
_CSS = """
body{font:14px/1.4 "DejaVu Sans",system-ui,sans-serif;margin:0;background:#f4f4f2;color:#1d1d1f}
header{background:#1d1d1f;color:#fafafa;padding:16px 24px}
header h1{margin:0 0 4px;font-size:20px}
main{padding:16px 24px}
h2{font-size:16px;margin:20px 0 8px}
.badge{display:inline-block;padding:1px 8px;border-radius:9px;color:#fff;font-size:12px;font-weight:bold;
 text-transform:uppercase;letter-spacing:.04em;white-space:nowrap}
.meta{color:#bdbdbd;font-size:13px}
table{border-collapse:collapse;background:#fff;margin-bottom:8px}
td,th{padding:4px 10px;border-bottom:1px solid #e4e4e0;text-align:left;vertical-align:top}
th{font-size:12px;color:#555;font-weight:600}
.strip{display:flex;height:22px;border-radius:4px;overflow:hidden;margin:4px 0 12px;background:#ddd}
.strip div{border-right:1px solid #fff;min-width:2px}
.shots{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
.shot{background:#fff;border-radius:6px;overflow:hidden;border-top:4px solid #999}
.shot img{display:block;width:100%;height:auto;background:#000}
.shot .noimg{height:60px;background:#333}
.shot .body{padding:6px 10px 8px}
.shot table{width:100%;margin:4px 0 0;table-layout:fixed}
.shot td{padding:2px 4px;font-size:12px;overflow-wrap:anywhere}
.shot td:nth-child(1){width:40%}
.shot td:nth-child(3){width:60px;text-align:right}
.shot .v{white-space:normal}
.src{font-size:10px;color:#888}
.v{font-variant-numeric:tabular-nums;white-space:nowrap}
.why{color:#666;font-size:12px}
.reason{color:#777;font-size:11px}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _badge(status: str) -> str:
    return f'<span class="badge" style="background:{_COLOURS.get(status, "#757575")}">{_e(status)}</span>'


def _value(measure: dict[str, Any], unit: str) -> str:
    value = measure.get("value")
    if value is None:
        return _e(measure.get("reason", "—"))
    text = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return _e(f"{text} {unit}".strip())


def _rows(measures: dict[str, Any], rules: dict[str, Any]) -> str:
    rows = []
    for name, m in measures.items():
        rule = rules.get(name, {})
        status = m.get("status", "skip")
        reason = m.get("reason", "") if m.get("value") is not None else ""
        if reason == "information":  # a value without limits (the framing class)
            status, reason = "info", ""
        rows.append(f'<tr><td>{_e(rule.get("label", name.replace("_", " ")))} '
                    f'<span class="src">{_e(m.get("source", ""))}</span></td>'
                    f'<td class="v" style="color:{_COLOURS.get(status, "#333")}">{_value(m, rule.get("unit", ""))}'
                    + (f' <span class="reason">{_e(reason)}</span>' if reason else "")
                    + f"</td><td>{_badge(status)}</td></tr>")
    return "".join(rows)


def _limits(rule: dict[str, Any]) -> str:
    def band(r: list[Any]) -> str:
        lo, hi = r
        if lo is not None and hi is not None:
            return f"{lo:g} to {hi:g}"
        return f"≥ {lo:g}" if lo is not None else f"≤ {hi:g}" if hi is not None else "any"

    return f"pass {band(rule['pass'])}; warn {band(rule['warn'])}; else fail"


def report_html(data: dict[str, Any], thumbnails: dict[int, bytes]) -> str:
    """The page for a report's JSON document (``autark.jobs.report``) and its shots' JPEG thumbnails."""
    rules = data.get("rules", {})
    video, audio = data.get("video") or {}, data.get("audio")
    counts = data.get("counts", {})
    duration = max(float(video.get("duration_s") or 0.0), 1e-6)
    meta = (f'{video.get("width")}×{video.get("height")}, {video.get("fps", 0):g} fps, {video.get("frames")} '
            f'frames, {video.get("duration_s")} s, {video.get("codec")}'
            + (f'; sound {audio["codec"]} {audio["sample_rate_hz"]} Hz × {audio["channels"]}' if audio else
               "; no sound"))
    out = [f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>report: {_e(data.get("film"))}'
           f'</title><style>{_CSS}</style></head><body><header><h1>{_e(data.get("film"))} {_badge(data["status"])}'
           f'</h1><div class="meta">{_e(meta)}</div><div class="meta">'
           + _e(", ".join(f"{counts.get(s, 0)} {s}" for s in ("pass", "warn", "fail", "skip")))
           + f'; shots from the {_e(data.get("shots_from", ""))}'
           + f'; lines from {_e(data.get("lines_from") or "no subtitles")}'
           + f'; checked in {data.get("check_s", 0):.2f} s</div></header><main>']
    out.append(f'<h2>The whole film</h2><table>{_rows(data.get("film_measures", {}), rules)}</table>')
    shots = data.get("shots", [])
    out.append(f"<h2>Shots ({len(shots)})</h2><div class=\"strip\">")
    for shot in shots:
        width = 100.0 * (shot["end_s"] - shot["start_s"]) / duration
        out.append(f'<div title="shot {shot["index"] + 1}: {_e(shot["status"])}" '
                   f'style="flex:0 0 {width:.3f}%;background:{_COLOURS.get(shot["status"], "#999")}"></div>')
    out.append('</div><div class="shots">')
    for shot in shots:
        jpeg = thumbnails.get(shot["index"])
        image = (f'<img alt="shot {shot["index"] + 1}" src="data:image/jpeg;base64,'
                 f'{base64.b64encode(jpeg).decode("ascii")}">' if jpeg else '<div class="noimg"></div>')
        label = f' · {_e(shot["kind"])}' + (f': {_e(shot["label"])}' if shot.get("label") else "")
        flashes = ("<div class=\"reason\">flashes at " + _e(", ".join(f"{t:g} s" for t in shot["flash_times_s"]))
                   + "</div>") if shot.get("flash_times_s") else ""
        out.append(f'<div class="shot" style="border-top-color:{_COLOURS.get(shot["status"], "#999")}">{image}'
                   f'<div class="body"><b>shot {shot["index"] + 1}</b> {_badge(shot["status"])} '
                   f'<span class="v">{shot["start_s"]:.2f}–{shot["end_s"]:.2f} s</span>{label}{flashes}'
                   f'<table>{_rows(shot["measures"], rules)}</table></div></div>')
    out.append("</div>")
    lines = data.get("lines", [])
    out.append(f"<h2>Lines ({len(lines)})</h2>")
    if lines:
        names = list(lines[0]["measures"])
        out.append("<table><tr><th>time</th><th>line</th>"
                   + "".join(f"<th>{_e(rules.get(n, {}).get('label', n))}</th>" for n in names) + "</tr>")
        for line in lines:
            who = f"<b>{_e(line['speaker'])}:</b> " if line.get("speaker") else ""
            cells = "".join(f'<td class="v" style="color:{_COLOURS.get(line["measures"][n]["status"], "#333")}">'
                            f'{_value(line["measures"][n], rules.get(n, {}).get("unit", ""))}</td>'
                            for n in names if n in line["measures"])
            out.append(f'<tr><td class="v">{line["start_s"]:.2f}–{line["end_s"]:.2f} s</td>'
                       f'<td>{who}{"<br>".join(_e(t) for t in line["text"].split(chr(10)))}</td>{cells}</tr>')
        out.append("</table>")
    else:
        out.append("<p>No subtitles beside the film.</p>")
    out.append("<h2>Rules</h2><table><tr><th>measure</th><th>source</th><th>limits</th><th>what</th></tr>")
    for rule in rules.values():
        out.append(f'<tr><td>{_e(rule["label"])} ({_e(rule["unit"] or "count")})</td><td>{_e(rule["source"])}</td>'
                   f'<td class="v">{_e(_limits(rule))}</td><td class="why">{_e(rule["why"])}</td></tr>')
    out.append('</table><p class="why">frames: measured on the decoded file (what is seen and heard). scene: from '
               "what the production knows (the mix's stems, the shot analysis).</p></main></body></html>")
    return "".join(out)
