"""``autark plan`` (an idea -> an editable screenplay YAML) and ``autark make`` (an idea or a plan -> a film).

Heavy imports (the story layer, the renderer, PyAV) happen inside the commands, so ``autark --help`` stays
fast. Errors are ``AutarkError``s that the CLI's group prints without a traceback (a ``PlanError`` names the
line and field of the plan); Ctrl-C leaves no broken file under the output name (the encoder writes a hidden
partial file and only moves it into place when the film is complete).
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from autark.limits import (  # no imports of its own: --help stays fast
    MAX_PLAN_BYTES,
    MAX_SEED,
    MAX_TIME_S,  # the ceiling: the film-length limit in force (AUTARK_LIMIT_FILM_S) is checked by the story
    MIN_FILM_S,
)

if TYPE_CHECKING:
    from autark.config import LLMConfig, Settings
    from autark.policy import Decision
    from autark.story.screenplay import Screenplay

__all__ = ["register"]

POLICY_HELP = ("The content policy: standard or strict (default: AUTARK_POLICY, else standard); "
               "autark/policy/policy.yaml says what each refuses.")
_STAGE_NAMES = {"plan": "planning", "build": "building the scenes", "audio": "speech, music and mix",
                "render+encode": "rendering and encoding"}


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _print_warnings(warnings: list[str]) -> None:
    console = _console(stderr=True)
    for w in warnings:
        console.print(f"[yellow]note:[/yellow] {_esc(w)}")


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in ("en", "de"):
        raise typer.BadParameter(f"{lang!r} is not a supported language; use en or de", param_hint="--lang")
    return lang


def _policy_level(option: str | None, env: Settings) -> str:
    """``--policy``, else AUTARK_POLICY, else standard; a level that is none is a UserInputError."""
    from autark.policy import check_level

    return check_level((option or env.policy).lower())


def _police(text: str, level: str, where: str, lang: str | None = None) -> Decision:
    """The content policy's decision on ``text`` (``autark.policy``): a ``PolicyRefused`` (exit 2, before
    anything is made) when it is refused."""
    from autark.policy import check
    from autark.story.policy_words import policy_nearest

    return check(text, level, lang=lang, where=where, nearest=policy_nearest)


def _police_plan(screenplay: Screenplay, level: str) -> Decision:
    """The policy's decision on every text of a plan (what a hand-edited plan file or a story plugin wrote)."""
    from autark.policy import strings_of

    return _police(". ".join(strings_of(screenplay.model_dump(mode="json"))), level, "plan", screenplay.language)


def _print_flags(decisions: list[Decision]) -> None:
    _print_warnings(list(dict.fromkeys(d.message for d in decisions if d.verdict == "flagged")))


def _write_policy_log(output: Path, decisions: list[Decision]) -> None:
    """Each decision of the content policy beside the film (FILM.policy.json): what was checked (the idea, the
    plan, the film's spoken and shown text), at which level, the verdict and the words found."""
    import json

    from autark.errors import ProjectError

    path = output.with_suffix(".policy.json")
    try:
        path.write_text(json.dumps({"decisions": [d.to_json() for d in decisions]}, indent=2, ensure_ascii=False)
                        + "\n", encoding="utf-8")
    except OSError as exc:
        raise ProjectError(f"cannot write the policy log {path}: {exc.strerror}") from None


def env_settings() -> Settings:
    """The environment's settings (``autark.config``), read once by each command that needs them, before any
    work: a bad value stops the command with the variable's name and what it should be."""
    from autark.config import Settings

    return Settings.from_env()


def _warm_voices() -> None:
    from autark.audio.neural import warm_up

    warm_up()


def _start_warming_voices() -> None:
    """Load the neural voice on a thread of its own; the process waits for it before it exits. A command that
    stops early (a plan file with a mistake) ended while the thread was inside the voice library's loader, and
    the interpreter's shutdown under it crashed the process (a segmentation fault after the clear error)."""
    import atexit

    thread = threading.Thread(target=_warm_voices, name="autark-warm-voice", daemon=True)
    thread.start()
    atexit.register(thread.join)


_FILE_NAME = re.compile(r"^\S*(/\S*|\.[A-Za-z][A-Za-z0-9]{0,4})$")  # one word with a path or a file's suffix


def is_plan_source(source: str) -> bool:
    """Whether ``make``'s source names a plan file rather than an idea: a .yaml/.yml name, a file that exists, or
    one word that reads as a file name ("plan.json", "./x"). "plan.json" had been made into a film of a lone fish
    (the word "plan", its suffix read as nothing), when ``autark plan`` was asked to write there."""
    text = source.strip()
    return text.lower().endswith((".yaml", ".yml")) or bool(_FILE_NAME.match(text)) or (
        "\n" not in text and len(text) < 4096 and Path(text).is_file())


def _load_or_plan(source: str, duration: float | None, seed: int | None, lang: str | None,
                  llm: LLMConfig | None, strict: bool = False) -> Screenplay:
    """A plan file (``is_plan_source``) is read with line-exact errors; anything else is an idea to plan."""
    from autark.errors import PlanError
    from autark.story import load_plan, plan

    if is_plan_source(source):
        path = Path(source)
        if not path.is_file():
            raise PlanError(f"there is no plan file {source!r}",
                            hint="check the path, or write one with: autark plan \"your idea\" -o plan.yaml")
        screenplay = load_plan(path)
        if duration is not None or seed is not None or lang is not None:
            screenplay.warnings.append("--duration, --seed and --lang apply to ideas; the plan file decides them")
        return screenplay
    duration_s = 30.0 if duration is None else duration
    written = _plugin_story(source, duration_s, seed or 0, lang)
    if written is not None:
        return written
    return plan(source, duration_s=duration_s, seed=seed or 0, language=lang, llm=llm, strict=strict)


def _plugin_voices(settings: Settings, cache_dir: Path | None) -> Any:
    """The user's voice plugin as the film's voices (``autark.plugins.voices``), the built-in voices behind it;
    None when only the built-ins are there."""
    from autark.plugins.run import choose

    if choose("voice", settings).builtin:
        return None
    from autark.audio import default_voice_engine
    from autark.plugins.voices import plugin_voices

    return plugin_voices(settings, default_voice_engine(cache_dir))


def _plugin_story(idea: str, duration_s: float, seed: int, lang: str | None) -> Screenplay | None:
    """The screenplay of the user's story plugin (``autark plugins``), None when only the built-ins are there;
    a plugin that fails is said among the plan's warnings and autark's own writer takes over."""
    from autark.plugins.kinds import StoryRequest
    from autark.plugins.run import call, choose

    settings = env_settings()
    if choose("story", settings).builtin:
        return None
    outcome = call("story", StoryRequest(idea, duration_s, seed, lang), settings=settings, report=lambda _: None)
    screenplay: Screenplay = outcome.value.screenplay
    if outcome.note:
        screenplay.warnings.append(outcome.note)
    return screenplay


def register(app: typer.Typer) -> None:
    """Add ``plan`` and ``make`` to ``app``."""

    @app.command("plan")
    def plan_cmd(
        idea: Annotated[str, typer.Argument(help="The film's idea in one sentence (English or German).",
                                            show_default=False)],
        output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the plan (YAML).")] = Path(
            "plan.yaml"),
        duration: Annotated[float, typer.Option("--duration", min=MIN_FILM_S, max=MAX_TIME_S,
                                                help="Film length in seconds, cards included.")] = 30.0,
        seed: Annotated[int, typer.Option("--seed", min=0, max=MAX_SEED,
                                          help="Another seed tells the story another way.")] = 0,
        policy: Annotated[str | None, typer.Option("--policy", help=POLICY_HELP, show_default=False)] = None,
        lang: Annotated[str | None, typer.Option("--lang", help="en or de (default: the idea's language).",
                                                 show_default=False)] = None,
        strict: Annotated[bool, typer.Option("--strict", help="Refuse an idea whose key event autark cannot "
                                                              "stage, instead of standing in and noting it.")] = False,
    ) -> None:
        """Turn an idea into a screenplay plan (YAML) to read and edit, then: autark make plan.yaml."""
        from autark.errors import ProjectError
        from autark.story import plan, to_yaml

        if output.suffix.lower() not in (".yaml", ".yml"):  # make reads a plan by its name: plan.json was an idea
            from autark.errors import UserInputError

            raise UserInputError(f"a plan is written as YAML, not to {output.name!r}",
                             hint=f"name it {output.with_suffix('.yaml').name}")
        env = env_settings()
        llm = env.llm
        language = _check_lang(lang)
        level = _policy_level(policy, env)
        decisions = [_police(idea, level, "idea", language)]
        screenplay = (_plugin_story(idea, duration, seed, language)
                      or plan(idea, duration_s=duration, seed=seed, language=language, llm=llm, strict=strict))
        from autark.cli.userdir import made_header, preferred_plan  # the defaults this user taught autark

        screenplay, moved, made = preferred_plan(screenplay, idea)
        for note in moved:
            _console().print(f"[dim]{_esc(note)}[/dim]")
        decisions.append(_police_plan(screenplay, level))
        _print_flags(decisions)
        try:
            output.write_text(made_header(made) + to_yaml(screenplay), encoding="utf-8")
        except OSError as exc:
            raise ProjectError(f"cannot write the plan to {output}: {exc.strerror}",
                               hint="check the folder exists and is writable") from None
        _print_warnings(screenplay.warnings)
        n_shots = len(screenplay.shots)
        _console().print(f"wrote the plan of [bold]{_esc(screenplay.title)}[/bold] ({screenplay.duration_s:g} s, "
                         f"{len(screenplay.scenes)} scene(s), {n_shots} shots) to {_esc(str(output))}")
        _console().print(f"edit it, then: autark make {_esc(str(output))} -o film.mp4")

    @app.command("make")
    def make_cmd(
        source: Annotated[str, typer.Argument(help="An idea in one sentence, or a plan file (.yaml, at most "
                                                   f"{MAX_PLAN_BYTES / 1e6:g} MB).",
                                              show_default=False, metavar="IDEA_OR_PLAN")],
        output: Annotated[Path, typer.Option("-o", "--output", help="The film to write (.mp4).")] = Path("film.mp4"),
        duration: Annotated[float | None, typer.Option("--duration", min=MIN_FILM_S, max=MAX_TIME_S,
                                                       help="Film length in seconds for an idea (default: 30).",
                                                       show_default=False)] = None,
        seed: Annotated[int | None, typer.Option("--seed", min=0, max=MAX_SEED,
                                                 help="Story seed for an idea (default: 0).",
                                                 show_default=False)] = None,
        lang: Annotated[str | None, typer.Option("--lang", help="en or de for an idea (default: its language).",
                                                 show_default=False)] = None,
        quality: Annotated[str, typer.Option("--quality", help="preview (fast; half the default size unless "
                                                               "--width/--height say) or final.")] = "final",
        fps: Annotated[int, typer.Option("--fps", min=1, max=120, help="Frames per second (film's 24 unless asked).")] = 24,
        width: Annotated[int | None, typer.Option("--width", min=16, max=8192, help="Width in pixels (default: "
                                                                                    "1280).", show_default=False)] = None,
        height: Annotated[int | None, typer.Option("--height", min=16, max=8192, help="Height in pixels (default: "
                                                                                      "720).", show_default=False)] = None,
        burn_subtitles: Annotated[bool, typer.Option("--burn-subtitles",
                                                     help="Paint the subtitles into the picture.")] = False,
        policy: Annotated[str | None, typer.Option("--policy", help=POLICY_HELP, show_default=False)] = None,
        check: Annotated[bool, typer.Option("--check/--no-check", help="Write the film report (.report.json and "
                                            ".report.html) beside the film.")] = True,
        mark: Annotated[bool, typer.Option("--mark", help="Burn a small 'AI' badge into the picture's corner.")] = False,
        executor: Annotated[str, typer.Option("--executor", help="Where the pieces render: local or ray (a Ray "
                                              "cluster at --address; its cache: autark's user cache folder; see "
                                              "docs/CLUSTER.md).")] = "local",
        address: Annotated[str | None, typer.Option("--address", help="With --executor ray: the cluster's head, "
                                                    "HOST:PORT.", show_default=False)] = None,
        strict: Annotated[bool, typer.Option("--strict", help="Refuse an idea whose key event autark cannot "
                                                              "stage, instead of standing in and noting it.")] = False,
    ) -> None:
        """Make a whole film (MP4 + SRT) from an idea or from a plan written by autark plan."""
        from autark.jobs import FilmOptions
        from autark.jobs.cluster import make_executor
        from autark.jobs.produce import produce

        runner = make_executor(executor, address)  # None: this machine
        env = env_settings()
        exact_size = width is not None or height is not None
        width, height = width or 1280, height or 720
        check_film_args(output, quality, width, height)
        stage_times: dict[str, float] = {}
        t0 = time.perf_counter()
        level = _policy_level(policy, env)
        is_plan = is_plan_source(source)
        decisions = [] if is_plan else [_police(source, level, "idea", _check_lang(lang))]
        _start_warming_voices()  # the voice loads while the story is planned
        screenplay = _load_or_plan(source, duration, seed, _check_lang(lang), env.llm, strict)
        from autark.cli.userdir import preferred_plan, record_made_with  # the defaults the user taught

        screenplay, moved, made = preferred_plan(screenplay, source)
        for note in moved:
            _console().print(f"[dim]{_esc(note)}[/dim]")
        stage_times["plan"] = time.perf_counter() - t0
        decisions.append(_police_plan(screenplay, level))
        _print_warnings(screenplay.warnings)
        options = FilmOptions(fps=fps, width=width, height=height, quality=quality,  # type: ignore[arg-type]
                              seed=screenplay.seed, burn_subtitles=burn_subtitles, workers=env.render_workers,
                              encoder_nice=env.encoder_nice, check=check, exact_size=exact_size)
        if runner is not None:  # the cluster's pieces go through the production graph, whose cache is here
            from autark.cli.cache_cmd import graph_limits
            from autark.config import user_cache_dir

            options = dataclasses.replace(options, executor=runner, cache_dir=user_cache_dir() / "films",
                                          limits=graph_limits(env))
        from autark.cli.recipe_cmd import plan_provenance  # the plan is the film's recipe, signed into it

        from_idea = not is_plan_source(source)
        options = dataclasses.replace(options, provenance=plan_provenance(
            screenplay, options, env, mark=mark, planned_by_model=from_idea and env.llm is not None,
            made_with=made))
        n_frames = max(1, int(round(screenplay.total_duration_s * options.fps)))
        from autark.jobs.graph import GraphLimits, check_memory  # the memory limit, before any work

        check_memory(options, *options.frame_size(), GraphLimits.from_settings(env))
        from autark.plugins.music import plugin_music

        voices, composer = _plugin_voices(env, options.cache_dir), plugin_music(env)
        report = run_with_progress(
            lambda on_stage, on_encoded: produce(screenplay, output, options, on_stage=on_stage,
                                                 on_encoded=on_encoded, voices=voices, composer=composer,
                                                 policy=level, decisions=decisions),
            n_frames, options, first_stage="planning")
        _print_warnings([w for w in report.warnings if w not in screenplay.warnings])
        _print_warnings([*(voices.notes if voices else []), *(composer.notes if composer else [])])
        _write_policy_log(output, decisions)
        _print_flags(decisions)
        print_film_summary(report, screenplay.title, stage_times, t0)
        record_made_with(output, made)  # the film's report says which preferences made it


def check_film_args(output: Path, quality: str, width: int, height: int) -> None:
    """The checks every film command makes before any work: quality, MP4 name, even size, writable folder."""
    from autark.compose import check_output_path

    if quality not in ("preview", "final"):
        raise typer.BadParameter(f"{quality!r} is not a quality; use preview or final", param_hint="--quality")
    if output.suffix.lower() != ".mp4":
        raise typer.BadParameter(f"{output.name}: a film is written as MP4; give a name ending in .mp4",
                                 param_hint="-o")
    if width % 2 or height % 2:
        raise typer.BadParameter(f"{width}x{height}: video needs an even width and height",
                                 param_hint="--width/--height")
    check_resolution(width, height)
    check_output_path(output)


def check_resolution(width: int, height: int) -> None:
    """A frame within the resolution limit in force (``AUTARK_LIMIT_RESOLUTION_PX``)."""
    from autark import limits
    from autark.errors import LimitExceeded

    most = limits.current().resolution_px
    if max(width, height) > most:
        raise LimitExceeded(f"{width}x{height} is larger than the limit of {most} pixels per side",
                            hint=limits.raise_hint("resolution_px"))


def print_film_summary(report: Any, title: str, stage_times: dict[str, float], t0: float) -> None:
    """The closing lines of a film command: what was written where, and the time per stage."""
    timings = {**stage_times, **report.timings_s}
    console = _console()
    console.print(f"[green]✓[/green] made [bold]{_esc(title)}[/bold]: {_esc(str(report.path))} "
                  f"({report.duration_s:.1f} s, {report.width}x{report.height}, {report.n_frames} frames)"
                  + (f", subtitles {_esc(str(report.srt_path))}" if report.srt_path else ""))
    shown = [(k, timings[k]) for k in ("plan", "build", "audio", "render", "encode", "render+encode", "check")
             if k in timings]
    console.print("timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in shown)
                  + f"; total {time.perf_counter() - t0:.1f} s")
    if report.check is not None:
        print_check_line(report.check, timings)


def print_check_line(check: Any, timings: dict[str, float] | None = None) -> None:
    """One line about a film's report: its verdict, the counts, where the page is and what it cost."""
    from autark.jobs.report import report_paths

    colour = {"pass": "green", "warn": "yellow", "fail": "red"}[check.status]
    counts = check.data["counts"]
    text = (f"[{colour}]{check.status}[/{colour}] ({counts['fail']} fail, {counts['warn']} warn, "
            f"{counts['pass']} pass)")
    cost = ""
    if timings and timings.get("render+encode"):
        cost = f"; check {timings['check']:.1f} s, {100 * timings['check'] / timings['render+encode']:.1f}% of " \
               "the render"
    _console().print(f"report: {text}: {_esc(str(report_paths(check.path)[1]))}{cost}"
                     + ("; details: autark check " + _esc(str(check.path)) if check.status != "pass" else ""))


def run_with_progress(job: Any, n_frames: int, options: Any, first_stage: str = "starting") -> Any:
    """Run ``job(on_stage, on_encoded)`` under a rich progress display: a stage line and a frames bar with
    ETA. Used by ``autark make`` and ``autark render -o``."""
    from autark.compose.progress import film_progress

    width, height = options.frame_size()
    progress = film_progress(_console(stderr=True))
    stage = progress.add_task(f"stage: {first_stage}", total=len(_STAGE_NAMES))
    frames = progress.add_task(f"frames ({width}x{height})", total=n_frames)
    done: list[str] = []

    def on_stage(name: str) -> None:
        done.append(name)
        progress.update(stage, description=f"stage: {_STAGE_NAMES.get(name, name)}", completed=len(done))

    with progress:
        report = job(on_stage, lambda n: progress.update(frames, completed=n))
        progress.update(stage, description="stage: done", completed=len(_STAGE_NAMES))
    return report
