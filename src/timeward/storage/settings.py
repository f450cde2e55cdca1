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
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeward.domain import reasons
from timeward.domain.clients import DEFAULT_NOTICE, ClientProfile
from timeward.domain.meeting_services import Service
from timeward.domain.policy import GuardPolicy, Timings
from timeward.domain.working_hours import WEEKDAYS, WorkingHours
from timeward.storage import sources
from timeward.storage.atomic import write_atomic
from timeward.storage.sources import Source

SCHEMA = 1
#: A client profile's template folder: a plain name, never a path.
_FOLDER_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
LANGUAGES = ("auto", "en", "vi", "th", "id")
_TIMING_KEYS = {"reminder_lead": "reminder_lead_minutes", "wait_limit": "wait_limit_minutes",
                "warning_lead": "warning_lead_minutes"}
_LATE_POLICY = "late_cancellation_policy"
_NOTICE = "notice_hours"
_TOP_KEYS = ("schema", "language", "demo", "start_at_login", "me", "guard", "hours", "clients", "meeting_services",
             "sources", _LATE_POLICY)
_ADVANCE = "advance_reminder_hours"
_GUARD_KEYS = (*_TIMING_KEYS.values(), _ADVANCE, _NOTICE, _LATE_POLICY, "notifications", "buffer_minutes")
_HOURS_KEYS = (*WEEKDAYS, "days_off", "focus_days")
_CLIENT_KEYS = ("name", "client", "match", "calendars", "titles", *_TIMING_KEYS.values(), _ADVANCE, _NOTICE,
                "fee_line", "language", "hourly_rate", "monthly_budget_hours", "templates")


_SERVICE_KEYS = ("name", "host", "path", "normalise")


class SettingsError(ValueError):
    """The settings file cannot be read or written; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    policy: GuardPolicy = field(default_factory=GuardPolicy)
    language: str = "auto"
    demo: bool = False  # always run on the demo calendar
    sources: tuple[Source, ...] = ()
    late_cancellation_policy: str = ""  # one line added to no-show notes ("cancelled less than 24 h ahead…")
    notice: dt.timedelta = DEFAULT_NOTICE  # the cancellation notice a client must give, unless its profile says
    hours: WorkingHours = field(default_factory=WorkingHours)
    notifications: bool = True  # a desktop notification when a call's time is up
    #: Another appointment within this of a call's end is "right after" in what to say at the start.
    buffer: dt.timedelta = dt.timedelta(minutes=30)
    #: The tray starts when the user logs in (its entry is written by ``storage/autostart.py``).
    start_at_login: bool = False
    #: The user's own meeting services, tried before the shipped ones when a call's link is looked for.
    meeting_services: tuple[Service, ...] = ()
    #: What in the file could not be used, one line each ("config.toml: guard.wait_limit_minutes …").
    problems: tuple[str, ...] = field(default=(), compare=False)
    unreadable: bool = field(default=False, compare=False)  # the file exists but could not be read at all

    def with_source(self, changed: Source) -> Settings:
        """These settings with the source of ``changed``'s id replaced by it."""
        return dataclasses.replace(self, sources=tuple(changed if s.id == changed.id else s for s in self.sources))

    def notice_for(self, profile: ClientProfile | None) -> dt.timedelta:
        return profile.notice if profile is not None and profile.notice is not None else self.notice

    def mail_language_for(self, profile: ClientProfile | None) -> str:
        """The language of the mails for a client: its profile's, else the app's."""
        return profile.language if profile is not None and profile.language else self.mail_language

    def fee_line_for(self, profile: ClientProfile | None) -> str:
        return profile.fee_line if profile is not None and profile.fee_line else self.late_cancellation_policy

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
                import difflib  # only for a key that is not known

                close = difflib.get_close_matches(key, known, n=1)
                self.bad(reasons.say(reasons.UNKNOWN_SETTING_LIKE, key=f"{where}{key}", close=close[0]) if close
                         else reasons.say(reasons.UNKNOWN_SETTING, key=f"{where}{key}"))

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if isinstance(value, dict):
            return value
        self.bad(reasons.must_be(f"'{key}'", reasons.say(reasons.RULE_TABLE, key=key), value))
        return {}

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.bad(reasons.must_be(f"'{key}'", reasons.say(reasons.RULE_TABLES, key=key), value))
            return []
        good = [t for t in value if isinstance(t, dict)]
        if len(good) != len(value):
            self.bad(reasons.say(reasons.ONLY_TABLES, key=key))
        return good

    def minutes(self, table: dict[str, Any], key: str, where: str, default: dt.timedelta | None
                ) -> dt.timedelta | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 24 * 60:
            return dt.timedelta(minutes=value)
        fallback = (reasons.say(reasons.USING, value=_number(default.total_seconds() / 60)) if default is not None
                    else reasons.IGNORED)
        self.bad(reasons.must_be(f"{where}.{key}", reasons.RULE_MINUTES, value, fallback))
        return None

    def timings(self, table: dict[str, Any], where: str, defaults: Timings | None) -> dict[str, dt.timedelta]:
        out = {}
        for name, key in _TIMING_KEYS.items():
            default = getattr(defaults, name) if defaults is not None else None
            if (value := self.minutes(table, key, where, default)) is not None:
                out[name] = value
        return out

    def number(self, table: dict[str, Any], key: str, where: str, most: float) -> float | None:
        """A number between 0 and ``most``, or None (absent, or bad: then named)."""
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= most:
            return float(value)
        self.bad(reasons.must_be(f"{where}.{key}", reasons.say(reasons.RULE_NUMBER, most=_number(most)), value))
        return None

    def words(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(v.strip() for v in value if v.strip())
        self.bad(reasons.must_be(f"{where}.{key}", reasons.RULE_WORDS, value))
        return ()

    def day_hours(self, table: dict[str, Any], day: str, default: tuple[dt.time, dt.time] | None
                  ) -> tuple[dt.time, dt.time] | None:
        """``monday = "09:00-17:00"``; an empty text or false: not a working day."""
        if day not in table:
            return default
        value = table[day]
        if value is False or value == "":
            return None
        try:
            opens, closes = (dt.time.fromisoformat(part.strip()) for part in str(value).split("-"))
            if isinstance(value, str) and opens < closes:
                return opens, closes
        except ValueError:
            pass
        self.bad(reasons.must_be(f"hours.{day}", reasons.RULE_HOURS, value))
        return default

    def dates_and_days(self, table: dict[str, Any], key: str) -> tuple[set[dt.date], set[int]]:
        dates, weekdays = set(), set()
        for word in self.words(table, key, "hours"):
            if word.lower() in WEEKDAYS:
                weekdays.add(WEEKDAYS.index(word.lower()))
                continue
            try:
                dates.add(dt.date.fromisoformat(word))
            except ValueError:
                self.bad(reasons.say(reasons.NOT_DATE_OR_DAY, what=f"hours.{key}", word=repr(word)))
        return dates, weekdays

    def text(self, table: dict[str, Any], key: str, where: str) -> str | None:
        value = table.get(key)
        if value is None or isinstance(value, str):
            return value
        self.bad(reasons.must_be(f"'{where}{key}'", reasons.RULE_TEXT, value))
        return None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def from_toml(data: dict[str, Any]) -> Settings:
    """Settings from a parsed file: every usable value counts; each one that is not is named in
    ``problems`` and falls back to its default."""
    read = _Reader()
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        read.bad(reasons.say(reasons.SCHEMA_UNKNOWN, schema=repr(schema)))
    read.unknown(data, _TOP_KEYS, "")
    guard = read.table(data, "guard")
    read.unknown(guard, _GUARD_KEYS, "guard.")
    advance = read.number(guard, _ADVANCE, "guard", 24 * 14)
    defaults = Timings(**read.timings(guard, "guard", Timings()),
                       advance_lead=dt.timedelta(hours=advance) if advance else None)
    buffer = read.number(guard, "buffer_minutes", "guard", 24 * 60)
    clients = [p for i, t in enumerate(read.tables(data, "clients")) if (p := _profile(read, t, f"clients[{i}]"))]
    hours = _hours(read, read.table(data, "hours"))
    notice = read.number(guard, _NOTICE, "guard", 24 * 365)
    notifications = guard.get("notifications", True)
    if not isinstance(notifications, bool):
        read.bad(reasons.must_be("guard.notifications", reasons.RULE_TRUE_FALSE, notifications,
                                 reasons.say(reasons.USING, value="true")))
        notifications = True
    me = data.get("me", [])
    if not isinstance(me, list) or not all(isinstance(m, str) for m in me):
        read.bad(reasons.must_be("'me'", reasons.RULE_ADDRESSES, me))
        me = []
    language = data.get("language", "auto")
    if language not in LANGUAGES:
        read.bad(reasons.must_be("language", reasons.say(reasons.RULE_ONE_OF, choices=", ".join(LANGUAGES)), language,
                                 reasons.say(reasons.USING, value="auto")))
        language = "auto"
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        read.bad(reasons.must_be("'demo'", reasons.RULE_TRUE_FALSE, demo, reasons.say(reasons.USING, value="false")))
        demo = False
    at_login = data.get("start_at_login", False)
    if not isinstance(at_login, bool):
        read.bad(reasons.must_be("'start_at_login'", reasons.RULE_TRUE_FALSE, at_login,
                                 reasons.say(reasons.USING, value="false")))
        at_login = False
    services = []
    for index, table in enumerate(read.tables(data, "meeting_services")):
        read.unknown(table, _SERVICE_KEYS, f"meeting_services[{index}].")
        try:
            services.append(Service.from_row(table))
        except ValueError as error:
            read.bad(reasons.say(reasons.ROW_IGNORED, what=f"meeting_services[{index}]", error=error))
    policy = GuardPolicy(defaults, tuple(clients), tuple(m.strip().lower() for m in me))
    calendar_sources, source_problems = sources.from_toml(data.get("sources", []))
    for problem in source_problems:
        read.bad(problem)
    # Its documented place is [guard]; a top-level one (where early versions wrote it) still counts.
    late = read.text(guard, _LATE_POLICY, "guard.")
    if late is None:
        late = read.text(data, _LATE_POLICY, "")
    return Settings(policy=policy, language=language, demo=demo, sources=calendar_sources,
                    late_cancellation_policy=" ".join((late or "").split()),
                    notice=DEFAULT_NOTICE if notice is None else dt.timedelta(hours=notice), hours=hours,
                    notifications=notifications,
                    buffer=dt.timedelta(minutes=30 if buffer is None else buffer),
                    start_at_login=at_login, meeting_services=tuple(services), problems=tuple(read.problems))


def _profile(read: _Reader, table: dict[str, Any], where: str) -> ClientProfile | None:
    """One ``[[clients]]`` table: a name and what recognises the client (``client`` is the one
    address or domain of early versions)."""
    read.unknown(table, _CLIENT_KEYS, f"{where}.")
    match = tuple(m.lower() for m in (*read.words(table, "client", where), *read.words(table, "match", where)))
    calendars, titles = read.words(table, "calendars", where), read.words(table, "titles", where)
    name = read.text(table, "name", f"{where}.")
    name = (name or "").strip() or (match[0] if match else "")
    if not name or not (match or calendars or titles):
        read.bad(reasons.say(reasons.CLIENT_NEEDS, what=where))
        return None
    language = read.text(table, "language", f"{where}.") or ""
    if language not in ("", *LANGUAGES[1:]):
        choices = reasons.say(reasons.RULE_ONE_OF, choices=", ".join(LANGUAGES[1:]))
        read.bad(reasons.must_be(f"{where}.language", choices, language))
        language = ""
    notice = read.number(table, _NOTICE, where, 24 * 365)
    advance = read.number(table, _ADVANCE, where, 24 * 14)
    budget = read.number(table, "monthly_budget_hours", where, 24 * 31)
    templates = (read.text(table, "templates", f"{where}.") or "").strip()
    if templates and not _FOLDER_NAME.fullmatch(templates):
        read.bad(reasons.must_be(f"{where}.templates", reasons.RULE_FOLDER, templates))
        templates = ""
    return ClientProfile(name, match, calendars, titles, **read.timings(table, where, None),
                         advance_lead=dt.timedelta(hours=advance) if advance else None,
                         notice=None if notice is None else dt.timedelta(hours=notice),
                         fee_line=" ".join((read.text(table, "fee_line", f"{where}.") or "").split()),
                         language=language, hourly_rate=read.number(table, "hourly_rate", where, 10**7),
                         monthly_budget=None if budget is None else dt.timedelta(hours=budget), templates=templates)


def _hours(read: _Reader, table: dict[str, Any]) -> WorkingHours:
    read.unknown(table, _HOURS_KEYS, "hours.")
    default = WorkingHours()
    days = tuple(read.day_hours(table, day, default.days[i]) for i, day in enumerate(WEEKDAYS))
    days_off, _ = read.dates_and_days(table, "days_off")
    focus_dates, focus_weekdays = read.dates_and_days(table, "focus_days")
    return WorkingHours(days, frozenset(days_off), frozenset(focus_weekdays), frozenset(focus_dates))


def _hours_toml(hours: WorkingHours) -> dict[str, Any]:
    out: dict[str, Any] = {day: f"{h[0]:%H:%M}-{h[1]:%H:%M}" if h else "" for day, h in zip(WEEKDAYS, hours.days,
                                                                                         strict=True)}
    out["days_off"] = sorted(d.isoformat() for d in hours.days_off)
    out["focus_days"] = [WEEKDAYS[d] for d in sorted(hours.focus_weekdays)] + sorted(
        d.isoformat() for d in hours.focus_dates)
    return out


def _profile_toml(profile: ClientProfile) -> dict[str, Any]:
    def minutes(value: dt.timedelta | None) -> int | float | None:
        return None if value is None else _number(value.total_seconds() / 60)

    def hours(value: dt.timedelta | None) -> int | float | None:
        return None if value is None else _number(value.total_seconds() / 3600)

    if profile.match == (profile.name,) and not (profile.calendars or profile.titles):  # the rest follows
        fields: dict[str, Any] = {"client": profile.name}  # one address or domain: its early, short form
    else:
        fields = {"name": profile.name, "match": list(profile.match), "calendars": list(profile.calendars),
                  "titles": list(profile.titles)}
    for name, key in _TIMING_KEYS.items():
        fields[key] = minutes(getattr(profile, name))
    fields.update({_ADVANCE: hours(profile.advance_lead), _NOTICE: hours(profile.notice),
                   "fee_line": profile.fee_line, "language": profile.language,
                   "hourly_rate": None if profile.hourly_rate is None else _number(profile.hourly_rate),
                   "monthly_budget_hours": hours(profile.monthly_budget), "templates": profile.templates})
    return {k: v for k, v in fields.items() if v not in (None, "", [])}


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
    if settings.notice != DEFAULT_NOTICE:
        guard[_NOTICE] = _number(settings.notice.total_seconds() / 3600)
    if not settings.notifications:
        guard["notifications"] = False
    if policy.defaults.advance_lead:
        guard[_ADVANCE] = _number(policy.defaults.advance_lead.total_seconds() / 3600)
    if settings.buffer != dt.timedelta(minutes=30):
        guard["buffer_minutes"] = _number(settings.buffer.total_seconds() / 60)
    if settings.late_cancellation_policy:
        guard[_LATE_POLICY] = settings.late_cancellation_policy
    return {
        "schema": SCHEMA,
        "language": settings.language,
        **({"demo": True} if settings.demo else {}),
        **({"start_at_login": True} if settings.start_at_login else {}),
        "me": list(policy.me),
        "guard": guard,
        **({"hours": _hours_toml(settings.hours)} if settings.hours != WorkingHours() else {}),
        "clients": [_profile_toml(p) for p in policy.clients],
        **({"meeting_services": [_service_toml(s) for s in settings.meeting_services]}
           if settings.meeting_services else {}),
        "sources": sources.to_toml(settings.sources),
    }


def _service_toml(service: Service) -> dict[str, str]:
    row = {"name": service.name, "host": service.host.pattern, "path": service.path.pattern}
    return row | ({"normalise": service.normalise} if service.normalise else {})


def load(path: Path) -> Settings:
    """The settings in ``path``: the defaults when it does not exist; never raises. What could not
    be used is in ``problems``, each line naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        return Settings(problems=(reasons.about(path, reasons.USING_DEFAULTS, error=_reason(error)),), unreadable=True)
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Settings(problems=(reasons.about(path, reasons.USING_DEFAULTS, error=error),), unreadable=True)
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
            _merge(current, value, {"guard": _GUARD_KEYS, "hours": _HOURS_KEYS}.get(key, tuple(value)))
        elif key in ("clients", "sources") and isinstance(_plain(current), list):
            container[key] = _merged_tables(current, value, key)
        else:
            container[key] = value
    for key in [k for k in container if k in known and k not in new]:
        del container[key]


def _merged_tables(current: Any, new: list[dict[str, Any]], key: str) -> Any:
    """An array of tables saying ``new``, in its order (the order of client profiles decides which
    matches first): tables that stay keep their comments; a table the app could not read (and so
    could not have meant to remove) stays as the user wrote it, after the others."""
    import tomlkit

    ident = ("id",) if key == "sources" else ("name", "client")
    known = tuple(sources.KEYS) if key == "sources" else _CLIENT_KEYS
    existing: dict[str, Any] = {}
    unreadable: list[Any] = []
    for table in current:
        plain = _plain(table)
        name = next((str(plain[i]).strip().lower() for i in ident if isinstance(plain, dict) and plain.get(i)), "")
        if name and _usable(plain, key):
            existing.setdefault(name, table)
        else:
            unreadable.append(table)
    out = tomlkit.aot()
    for wanted in new:
        table = existing.pop(next(str(wanted[i]).lower() for i in ident if wanted.get(i)), None)
        if table is None:
            out.append(tomlkit.item(wanted))
        else:
            _merge(table, wanted, known)
            out.append(table)
    for table in unreadable:
        out.append(table)
    return out


def _usable(table: Any, key: str) -> bool:
    read = from_toml({key: [table]}) if isinstance(table, dict) else None
    return bool(read and (read.sources if key == "sources" else read.policy.clients))


def _plain(value: Any) -> Any:
    return value.unwrap() if hasattr(value, "unwrap") else value
