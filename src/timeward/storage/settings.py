"""User settings in ``config.toml`` (TOML: human-editable), validated into a frozen value.

The file belongs to the user, so reading it never throws it away: a bad value falls back on its
own (the rest of the file still counts) and is named in ``Settings.problems``, as is an unknown
or misspelt key. A file that cannot be read at all gives the defaults, marked ``unreadable``.
Saving edits the user's document (tomlkit keeps comments, key order and unknown keys) and first
keeps a copy of a file that had problems beside it, so nothing the user wrote is lost. The file
carries ``schema = 1``; writes are atomic (temporary file, fsync, rename). Secrets never live here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
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
_LATE_POLICY = "late_cancellation_policy"
_TOP_KEYS = ("schema", "language", "demo", "me", "guard", "clients", "sources", _LATE_POLICY)
_GUARD_KEYS = (*_TIMING_KEYS.values(), _LATE_POLICY)
_CLIENT_KEYS = ("client", *_TIMING_KEYS.values())


class SettingsError(ValueError):
    """The settings file cannot be read or written; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    policy: GuardPolicy = field(default_factory=GuardPolicy)
    language: str = "auto"
    demo: bool = False  # always run on the demo calendar
    sources: tuple[Source, ...] = ()
    late_cancellation_policy: str = ""  # one line added to no-show notes ("cancelled less than 24 h ahead…")
    #: What in the file could not be used, one line each ("config.toml: guard.wait_limit_minutes …").
    problems: tuple[str, ...] = field(default=(), compare=False)
    unreadable: bool = field(default=False, compare=False)  # the file exists but could not be read at all

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


class _Reader:
    """Reads a parsed file value by value; a bad one is noted and its default used instead."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, message: str) -> None:
        self.problems.append(message)

    def unknown(self, table: dict[str, Any], known: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.bad(f"unknown setting '{where}{key}'{hint} is ignored")

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if isinstance(value, dict):
            return value
        self.bad(f"'{key}' must be a table ([{key}]), not {value!r}; it is ignored")
        return {}

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.bad(f"'{key}' must be a list of [[{key}]] tables, not {value!r}; it is ignored")
            return []
        good = [t for t in value if isinstance(t, dict)]
        if len(good) != len(value):
            self.bad(f"'{key}' must hold only [[{key}]] tables; the other entries are ignored")
        return good

    def minutes(self, table: dict[str, Any], key: str, where: str, default: dt.timedelta | None
                ) -> dt.timedelta | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 24 * 60:
            return dt.timedelta(minutes=value)
        fallback = f"; using {_number(default.total_seconds() / 60)}" if default is not None else "; it is ignored"
        self.bad(f"{where}.{key} must be a number of minutes between 0 and 1440, not {value!r}{fallback}")
        return None

    def timings(self, table: dict[str, Any], where: str, defaults: Timings | None) -> dict[str, dt.timedelta]:
        out = {}
        for name, key in _TIMING_KEYS.items():
            default = getattr(defaults, name) if defaults is not None else None
            if (value := self.minutes(table, key, where, default)) is not None:
                out[name] = value
        return out

    def text(self, table: dict[str, Any], key: str, where: str) -> str | None:
        value = table.get(key)
        if value is None or isinstance(value, str):
            return value
        self.bad(f"'{where}{key}' must be text, not {value!r}; it is ignored")
        return None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def from_toml(data: dict[str, Any]) -> Settings:
    """Settings from a parsed file: every usable value counts; each one that is not is named in
    ``problems`` and falls back to its default."""
    read = _Reader()
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        read.bad(f"schema {schema!r} is not known to this version of Timeward; reading what it can")
    read.unknown(data, _TOP_KEYS, "")
    guard = read.table(data, "guard")
    read.unknown(guard, _GUARD_KEYS, "guard.")
    defaults = Timings(**read.timings(guard, "guard", Timings()))
    clients = []
    for index, table in enumerate(read.tables(data, "clients")):
        where = f"clients[{index}]"
        read.unknown(table, _CLIENT_KEYS, f"{where}.")
        client = table.get("client")
        if not isinstance(client, str) or not client.strip():
            read.bad(f"{where} needs a 'client' (an e-mail address or a domain); it is ignored")
            continue
        clients.append(ClientRule(client.strip().lower(), **read.timings(table, where, None)))
    me = data.get("me", [])
    if not isinstance(me, list) or not all(isinstance(m, str) for m in me):
        read.bad(f"'me' must be a list of your e-mail addresses, not {me!r}; it is ignored")
        me = []
    language = data.get("language", "auto")
    if language not in LANGUAGES:
        read.bad(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}; using auto")
        language = "auto"
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        read.bad(f"'demo' must be true or false, not {demo!r}; using false")
        demo = False
    policy = GuardPolicy(defaults, tuple(clients), tuple(m.strip().lower() for m in me))
    calendar_sources, source_problems = sources.from_toml(data.get("sources", []))
    for problem in source_problems:
        read.bad(problem)
    # Its documented place is [guard]; a top-level one (where early versions wrote it) still counts.
    late = read.text(guard, _LATE_POLICY, "guard.")
    if late is None:
        late = read.text(data, _LATE_POLICY, "")
    return Settings(policy=policy, language=language, demo=demo, sources=calendar_sources,
                    late_cancellation_policy=" ".join((late or "").split()), problems=tuple(read.problems))


def to_toml(settings: Settings) -> dict[str, Any]:
    def minutes(timings: object) -> dict[str, int | float]:
        out = {}
        for name, key in _TIMING_KEYS.items():
            value = getattr(timings, name)
            if value is not None:
                out[key] = _number(value.total_seconds() / 60)
        return out

    policy = settings.policy
    guard: dict[str, Any] = minutes(policy.defaults)
    if settings.late_cancellation_policy:
        guard[_LATE_POLICY] = settings.late_cancellation_policy
    return {
        "schema": SCHEMA,
        "language": settings.language,
        **({"demo": True} if settings.demo else {}),
        "me": list(policy.me),
        "guard": guard,
        "clients": [{"client": r.client, **minutes(r)} for r in policy.clients],
        "sources": sources.to_toml(settings.sources),
    }


def load(path: Path) -> Settings:
    """The settings in ``path``: the defaults when it does not exist; never raises. What could not
    be used is in ``problems``, each line naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        return Settings(problems=(f"{path}: {_reason(error)}; using the defaults",), unreadable=True)
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Settings(problems=(f"{path}: {error}; using the defaults",), unreadable=True)
    loaded = from_toml(data)
    return dataclasses.replace(loaded, problems=tuple(f"{path}: {p}" for p in loaded.problems))


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "it is not UTF-8 text"
    return getattr(error, "strerror", None) or str(error)


def save(path: Path, settings: Settings, now: dt.datetime | None = None) -> Path | None:
    """Write ``settings`` into ``path``, keeping the user's comments, order and unknown keys.

    A file that could not be read, or held values that were not used, is first copied to
    ``config.toml.broken-<date>``; that copy's path is returned (None when none was needed).
    SettingsError when the file exists but cannot be read (it is then not overwritten) or the
    new one cannot be written.
    """
    import tomlkit  # only when saving: the app starts without it

    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = None
    except OSError as error:
        raise SettingsError(f"{path} cannot be read ({_reason(error)}), so it is not overwritten") from error
    document, kept = None, None
    if old is not None:
        try:
            document = tomlkit.parse(old.decode("utf-8"))
        except (UnicodeDecodeError, tomlkit.exceptions.TOMLKitError):
            document = None
        if document is None or from_toml(document.unwrap()).problems:
            kept = _keep_aside(path, old, now or dt.datetime.now(dt.UTC))
    if document is None:
        document = tomlkit.document()
    _merge(document, to_toml(settings), _TOP_KEYS)
    try:
        write_atomic(path, tomlkit.dumps(document).encode("utf-8"))
    except OSError as error:
        raise SettingsError(f"{path} cannot be written: {_reason(error)}") from error
    return kept


def _keep_aside(path: Path, data: bytes, now: dt.datetime) -> Path:
    """A copy of ``data`` beside ``path`` (``config.toml.broken-2026-12-01``, ``…-2`` when taken)."""
    base = path.with_name(f"{path.name}.broken-{now:%Y-%m-%d}")
    candidate, number = base, 2
    while candidate.exists():
        if candidate.read_bytes() == data:
            return candidate
        candidate, number = base.with_name(f"{base.name}-{number}"), number + 1
    try:
        write_atomic(candidate, data)
    except OSError as error:
        raise SettingsError(f"{path} had problems and a copy of it cannot be kept ({_reason(error)}), "
                            "so it is not overwritten") from error
    return candidate


def _merge(container: Any, new: dict[str, Any], known: tuple[str, ...]) -> None:
    """Make the known keys of a tomlkit table say ``new``, touching only what changed."""
    for key, value in new.items():
        current = container.get(key)
        if current is not None and _plain(current) == value:
            continue
        if isinstance(value, dict) and isinstance(_plain(current), dict):
            _merge(current, value, _GUARD_KEYS if key == "guard" else tuple(value))
        elif key in ("clients", "sources") and isinstance(_plain(current), list):
            container[key] = _merged_tables(current, value, key)
        else:
            container[key] = value
    for key in [k for k in container if k in known and k not in new]:
        del container[key]


def _merged_tables(current: Any, new: list[dict[str, Any]], key: str) -> Any:
    """An array of tables saying ``new``: tables that stay keep their comments and place; a table the
    app could not read (and so could not have meant to remove) stays as the user wrote it."""
    import tomlkit

    ident = "id" if key == "sources" else "client"
    known = tuple(sources.KEYS) if key == "sources" else _CLIENT_KEYS
    wanted = {str(t[ident]).lower(): t for t in new}
    out = tomlkit.aot()
    for table in current:
        plain = _plain(table)
        name = str(plain.get(ident, "")).strip().lower() if isinstance(plain, dict) else ""
        if name in wanted:
            _merge(table, wanted.pop(name), known)
            out.append(table)
        elif not _usable(plain, key):
            out.append(table)
    for table in wanted.values():
        out.append(tomlkit.item(table))
    return out


def _usable(table: Any, key: str) -> bool:
    read = from_toml({key: [table]}) if isinstance(table, dict) else None
    return bool(read and (read.sources if key == "sources" else read.policy.clients))


def _plain(value: Any) -> Any:
    return value.unwrap() if hasattr(value, "unwrap") else value
