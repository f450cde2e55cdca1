"""User settings in ``config.toml`` (TOML: human-editable), validated into a frozen value.

The file carries ``schema = 1``. Writes are atomic (temporary file, fsync, rename). Secrets never
live here. A broken file is reported with a clear message and the defaults are used instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeward.domain.policy import ClientRule, GuardPolicy, Timings
from timeward.storage import sources
from timeward.storage.atomic import write_atomic
from timeward.storage.sources import Source

SCHEMA = 1
LANGUAGES = ("auto", "en", "vi", "th", "id")
_TIMING_KEYS = {"reminder_lead": "reminder_lead_minutes", "wait_limit": "wait_limit_minutes",
                "warning_lead": "warning_lead_minutes"}


class SettingsError(ValueError):
    """The settings file cannot be used; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    policy: GuardPolicy = field(default_factory=GuardPolicy)
    language: str = "auto"
    demo: bool = False  # always run on the demo calendar
    sources: tuple[Source, ...] = ()
    late_cancellation_policy: str = ""  # one line added to no-show notes ("cancelled less than 24 h ahead…")

    def with_source(self, changed: Source) -> Settings:
        """These settings with the source of ``changed``'s id replaced by it."""
        return dataclasses.replace(self, sources=tuple(changed if s.id == changed.id else s for s in self.sources))

    @property
    def mail_language(self) -> str:
        """The language of follow-up mails: the app's language ("auto": the system's)."""
        if self.language != "auto":
            return self.language
        import locale

        code = (locale.getlocale()[0] or "en")[:2].lower()
        return code if code in LANGUAGES else "en"


def _minutes(table: dict[str, Any], key: str, where: str) -> dt.timedelta | None:
    if key not in table:
        return None
    value = table[key]
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 24 * 60:
        raise SettingsError(f"{where}.{key} must be a number of minutes between 0 and 1440, not {value!r}")
    return dt.timedelta(minutes=value)


def _timings(table: dict[str, Any], where: str) -> dict[str, dt.timedelta]:
    return {name: v for name, key in _TIMING_KEYS.items() if (v := _minutes(table, key, where)) is not None}


def from_toml(data: dict[str, Any]) -> Settings:
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise SettingsError(f"schema {schema!r} is not known to this version of Timeward")
    guard = data.get("guard", {})
    defaults = Timings(**_timings(guard, "guard"))
    clients = []
    for index, table in enumerate(data.get("clients", [])):
        client = str(table.get("client", "")).strip().lower()
        if not client:
            raise SettingsError(f"clients[{index}] needs a 'client' (an e-mail address or a domain)")
        clients.append(ClientRule(client, **_timings(table, f"clients[{index}]")))
    me = data.get("me", [])
    if not isinstance(me, list) or not all(isinstance(m, str) for m in me):
        raise SettingsError("'me' must be a list of your e-mail addresses")
    language = data.get("language", "auto")
    if language not in LANGUAGES:
        raise SettingsError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    policy = GuardPolicy(defaults, tuple(clients), tuple(m.strip().lower() for m in me))
    try:
        calendar_sources = sources.from_toml(data.get("sources", []))
    except sources.SourceConfigError as error:
        raise SettingsError(str(error)) from error
    late = data.get("late_cancellation_policy", "")
    if not isinstance(late, str):
        raise SettingsError("'late_cancellation_policy' must be text")
    return Settings(policy=policy, language=language, demo=bool(data.get("demo", False)), sources=calendar_sources,
                    late_cancellation_policy=" ".join(late.split()))


def to_toml(settings: Settings) -> dict[str, Any]:
    def minutes(timings: object) -> dict[str, float]:
        out = {}
        for name, key in _TIMING_KEYS.items():
            value = getattr(timings, name)
            if value is not None:
                out[key] = value.total_seconds() / 60
        return out

    policy = settings.policy
    return {
        "schema": SCHEMA,
        "language": settings.language,
        "demo": settings.demo,
        "me": list(policy.me),
        "guard": minutes(policy.defaults),
        "clients": [{"client": r.client, **minutes(r)} for r in policy.clients],
        "sources": sources.to_toml(settings.sources),
        **({"late_cancellation_policy": settings.late_cancellation_policy}
           if settings.late_cancellation_policy else {}),
    }


def load(path: Path) -> Settings:
    """The settings in ``path``; defaults when it does not exist; SettingsError when broken."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: {error}") from error
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: {error}") from error
    try:
        return from_toml(data)
    except (SettingsError, TypeError) as error:
        raise SettingsError(f"{path}: {error}") from error


def save(path: Path, settings: Settings) -> None:
    import tomli_w  # only when saving: the app starts without it

    write_atomic(path, tomli_w.dumps(to_toml(settings)).encode("utf-8"))


def load_or_default(path: Path) -> Settings:
    """The settings, or the defaults when the file is broken (the caller has reported it)."""
    try:
        return load(path)
    except SettingsError:
        return Settings()
