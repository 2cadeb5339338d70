"""One Settings object for the whole application.

Precedence, lowest to highest: built-in defaults < ``torchdojo.toml`` in ``TORCHDOJO_HOME`` < ``TORCHDOJO_*``
environment variables < command-line flags (passed as ``overrides``). Nothing else in torchdojo reads
``os.environ``; code that needs a setting receives a Settings object.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from torchdojo.errors import SettingsError

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_COURSE = PACKAGE_DIR / "courses" / "pytorch"
MAX_SOURCE_KB = 1024  # a job's header (the source, JSON-escaped) must fit the grader's 8 MB frame limit


def default_home() -> Path:
    return Path.home() / ".torchdojo"


@dataclass(frozen=True)
class Settings:
    """Every knob torchdojo has. Field docs double as the settings reference."""

    home: Path = field(default_factory=default_home)  # where progress, cache and torchdojo.toml live
    course: Path = BUNDLED_COURSE  # the course folder served and graded
    database_url: str = ""  # empty: SQLite in WAL mode at HOME/progress.db; or a SQLAlchemy URL (Postgres)
    # grader
    sandbox: str = "auto"  # auto | bwrap | none   (auto: bubblewrap when installed, else warn)
    multi_user: bool = False  # multi-user mode refuses to grade without bubblewrap
    pool_size: int = 0  # zygote processes; 0 means one per core
    prefork: int = 2  # children each zygote keeps forked ahead of demand
    timeout_s: float = 10.0  # wall-clock limit per submission, enforced from outside with SIGKILL
    cpu_s: int = 10  # RLIMIT_CPU per submission
    memory_mb: int = 768  # address space a submission may add on top of the warm interpreter
    max_output_kb: int = 64  # captured stdout kept per submission
    max_source_kb: int = 512  # the largest submission graded (UTF-8 bytes); a bigger one is refused, not run
    huge_code_pages: bool = True  # zygotes keep torch's hot code in 2 MB pages: faster, ~130 MB each
    prefault_children: bool = True  # warm children by copying the warm-up's pages, not by running it
    # course / web
    solution_after_attempts: int = 3  # the solution is revealed after a pass or this many attempts
    host: str = "127.0.0.1"
    port: int = 8000
    # lab partner
    partner_backend: str = "offline"  # offline | openai
    partner_base_url: str = ""  # OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1
    partner_model: str = ""
    partner_api_key: str = ""
    partner_timeout_s: float = 20.0

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'progress.db'}"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def _coerce(name: str, raw: Any, kind: Any) -> Any:
    kind = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
    try:
        if kind == "Path":
            return Path(raw).expanduser()
        if kind == "bool":
            if isinstance(raw, bool):
                return raw
            lowered = str(raw).strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        return str(raw)
    except (TypeError, ValueError):
        raise SettingsError(
            f"setting {name!r} has the bad value {raw!r}: expected {kind}. "
            f"Fix it in torchdojo.toml or TORCHDOJO_{name.upper()}."
        ) from None


def load_settings(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Build Settings from defaults, HOME/torchdojo.toml, TORCHDOJO_* variables and ``overrides``."""
    environ = dict(os.environ if environ is None else environ)
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    kinds = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    home = overrides.get("home") or environ.get("TORCHDOJO_HOME") or default_home()
    values["home"] = Path(home).expanduser()
    toml_path = values["home"] / "torchdojo.toml"
    if toml_path.is_file():
        try:
            from_file = tomllib.loads(toml_path.read_text())
        except tomllib.TOMLDecodeError as error:
            raise SettingsError(f"{toml_path}: {error} — fix the TOML syntax") from None
        for key, raw in from_file.items():
            if key not in kinds:
                raise SettingsError(
                    f"{toml_path}: unknown setting {key!r} — known settings: {', '.join(sorted(kinds))}"
                )
            values[key] = _coerce(key, raw, kinds[key])
    for key in kinds:
        env_name = f"TORCHDOJO_{key.upper()}"
        if env_name in environ and key != "home":
            values[key] = _coerce(key, environ[env_name], kinds[key])
    for key, raw in overrides.items():
        if key not in kinds:
            raise SettingsError(f"unknown setting {key!r}")
        values[key] = _coerce(key, raw, kinds[key])
    settings = Settings(**values)
    if settings.sandbox not in ("auto", "bwrap", "none"):
        raise SettingsError(
            f"setting 'sandbox' has the bad value {settings.sandbox!r}: use auto, bwrap or none"
        )
    if not 1 <= settings.max_source_kb <= MAX_SOURCE_KB:
        raise SettingsError(
            f"setting 'max_source_kb' has the bad value {settings.max_source_kb!r}: "
            f"use a whole number of kilobytes from 1 to {MAX_SOURCE_KB}"
        )
    return settings
