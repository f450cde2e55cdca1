"""The commands that manage sources and sync them: ``calendars add|list|remove`` and ``sync``.

Adding a CalDAV account tests it first (discovery from a bare host name, the calendar list) and
keeps the password only in the keyring; the configuration file gets the address and user name.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import sys

from timeward.cli import config as cli_config
from timeward.domain import reasons
from timeward.storage import secrets, settings
from timeward.storage.cache import Cache, CacheError, SourceState
from timeward.storage.paths import AppPaths
from timeward.storage.sources import Source, new_id


class SourceCommandFailed(Exception):
    """A runtime failure of these commands (exit code 1)."""


def trust_hint(fingerprint: str, how: str) -> str:
    """A line that tells how to trust a refused certificate from the command line, or ""."""
    from timeward.calendars.certificates import shown

    return f"\n    to trust it: {how} {shown(fingerprint)}" if fingerprint else ""


def _config(paths: AppPaths) -> settings.Settings:
    return cli_config.load(paths)


def _open_cache(paths: AppPaths, reading: bool = False, checked: bool = False) -> Cache:
    """The cache; a damaged one is replaced by a new one, and the user told once. ``checked``: every
    page is checked first (a sync's cost, not a status bar's)."""
    try:
        cache = Cache.open_for_reading(paths.cache) if reading else Cache.open(paths.cache)
        if checked:
            try:
                cache.check()
            except CacheError as error:
                cache.close()
                print(f"timeward: {error}", file=sys.stderr)
                cache = Cache.open(paths.cache)
    except CacheError as error:
        raise SourceCommandFailed(str(error)) from None
    if cache.notice:
        print(f"timeward: {cache.notice}", file=sys.stderr)
    return cache


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(f"Password for {args.user}: ")
        except EOFError:  # no terminal to ask on
            raise SourceCommandFailed("no password given: with no terminal, give it with --password-stdin") from None
    if not password:
        raise SourceCommandFailed(reasons.NO_PASSWORD_GIVEN)
    return password


def _pin(fingerprint: str, given_as: str = "--trust-certificate") -> str:
    """The fingerprint given with --trust-certificate, checked and spelled one way."""
    if not fingerprint:
        return ""
    from timeward.calendars.certificates import FingerprintError, normalised

    try:
        return normalised(fingerprint)
    except FingerprintError as error:
        raise SourceCommandFailed(f"{given_as}: {error}") from None


def _check_pin(url: str, pin: str, outcome: str = reasons.NOTHING_WAS_ADDED) -> None:
    from timeward.calendars.certificates import server_fingerprint, shown
    from timeward.calendars.remote import mask_url

    seen = server_fingerprint(url)
    if seen != pin:
        found = (reasons.say(reasons.OTHER_CERTIFICATE, seen=shown(seen), pinned=shown(pin), outcome=outcome) if seen
                 else reasons.say(reasons.UNREACHABLE_FOR_PIN, pinned=shown(pin), outcome=outcome))
        raise SourceCommandFailed(f"{mask_url(url)}: {found}")


def run_calendars(args: argparse.Namespace, now: dt.datetime) -> int:
    paths = AppPaths.from_environment()
    if args.action == "add":
        return _add(args, paths, now)
    if args.action == "list":
        return _list(args, paths)
    if args.action == "trust":
        return _trust(args, paths)
    return _remove(args, paths)


def _add(args: argparse.Namespace, paths: AppPaths, now: dt.datetime) -> int:
    from timeward.calendars.remote import RemoteFailure

    config = _config(paths)
    taken = {s.id for s in config.sources}
    pin = _pin(args.trust_certificate)
    if args.kind == "caldav":
        from timeward.calendars.caldav_source import Account, CalDAVAccount

        password = _password(args)
        same = next((s for s in config.sources
                     if s.kind == "caldav" and s.url == args.url and s.user == args.user), None)
        account = Account(args.url, args.user, password, args.auth, pin,
                          discover="/" not in args.url.split("://")[-1])
        try:
            with CalDAVAccount(account) as remote:
                found = remote.calendars()
                label, server = remote.label, remote.url
        except RemoteFailure as failure:
            raise SourceCommandFailed(str(failure) + trust_hint(failure.fingerprint, "add it again with "
                                                                "--trust-certificate")) from None
        lines = [f"  {c.name}  ({c.href})" for c in found] or [f"  {reasons.NO_CALENDARS}"]
        if args.check:
            print(reasons.say(reasons.CONNECTED, label=label, user=args.user, count=len(found)) + "\n"
                  + "\n".join(lines))
            return 0
        # The address found by discovery is kept, so that later syncs need not discover again.
        source = same or Source(new_id(args.name or label, taken), "caldav", server, user=args.user,
                                name=args.name or label, auth=args.auth, pinned_sha256=pin)
        if not args.session_only:
            try:
                secrets.store(source.id, password)
            except secrets.SecretsUnavailable as error:
                raise SourceCommandFailed(reasons.say(reasons.NOT_ADDED_KEYRING, error=error)) from None
        if same is not None:  # a new password for a known account: its paused sync resumes
            with _open_cache(paths) as cache:
                cache.save_source_state(SourceState(same.id))
            if pin != same.pinned_sha256:
                cli_config.save(paths, config.with_source(dataclasses.replace(same, pinned_sha256=pin)))
            print(f"updated the password of {same.id}: {len(found)} calendar(s) found")
            return 0
        with _open_cache(paths) as cache:  # the list just read: the first sync need not read it again
            for calendar in found:
                cache.save_calendar_info(source.id, calendar.href, calendar.name, calendar.colour)
            cache.save_source_state(SourceState(source.id, listed_at=now))
        message = f"added {source.id}: {len(found)} calendar(s) found\n" + "\n".join(lines)
    else:
        source, label = _ics_source(args, config, pin)
        named = f' "{source.name}"' if args.name else ""
        message = f"added {source.id}{named}: {label}"
    cli_config.save(paths, dataclasses.replace(config, sources=(*config.sources, source)))
    print(message)
    return 0


def _ics_source(args: argparse.Namespace, config: settings.Settings, pin: str) -> tuple[Source, str]:
    """The subscription, file or folder to add, read once now: what is not a calendar is refused
    here rather than at every sync, and so is a second source for the same address or file."""
    from pathlib import Path
    from urllib.parse import urlsplit

    from timeward.calendars.remote import RemoteFailure, feed_url, mask_url

    url = args.url.strip()
    if "://" in url or url.startswith("\\\\"):
        try:
            address = feed_url(url)
            label, host = mask_url(address), urlsplit(address).hostname or "feed"
        except RemoteFailure as failure:
            raise SourceCommandFailed(str(failure)) from None
        except ValueError as error:  # http://[::1, a port beyond 65535
            raise SourceCommandFailed(reasons.say(reasons.NOT_AN_ADDRESS, address=repr(url), error=error)) from None
        same = next((s for s in config.sources if s.kind == "ics" and not s.is_local and _same_feed(s.url, address)),
                    None)
        if pin:
            _check_pin(address, pin)
        if same is None:
            from timeward.calendars.feed import fetch_feed

            try:
                _check_calendar(fetch_feed(url, pinned=pin).body, label)
            except RemoteFailure as failure:
                raise SourceCommandFailed(str(failure) + trust_hint(failure.fingerprint, "add it again with "
                                                                    "--trust-certificate")) from None
    else:
        path = Path(url).expanduser().resolve()
        if not (path.is_file() or path.is_dir()):
            raise SourceCommandFailed(reasons.about(url, reasons.NO_SUCH_FILE))
        url, label, host = str(path), path.name, path.name
        same = next((s for s in config.sources if s.is_local and Path(s.url).expanduser().resolve() == path), None)
        if same is None and path.is_file():
            from timeward.calendars.feed import MAX_FEED_BYTES

            try:
                with path.open("rb") as file:
                    _check_calendar(file.read(MAX_FEED_BYTES + 1), label)
            except OSError as error:
                raise SourceCommandFailed(f"{url}: {error.strerror or error}") from None
    if same is not None:
        raise SourceCommandFailed(reasons.say(reasons.ALREADY_HERE, what=label, id=same.id, name=same.label))
    taken = {s.id for s in config.sources}
    return Source(new_id(args.name or host, taken), "ics", url, name=args.name or label, pinned_sha256=pin), label


def _same_feed(known: str, address: str) -> bool:
    from timeward.calendars.remote import RemoteFailure, feed_url

    try:
        return feed_url(known).rstrip("/") == address.rstrip("/")
    except (RemoteFailure, ValueError):
        return False


def _check_calendar(data: bytes, label: str) -> None:
    """SourceCommandFailed unless ``data`` is an iCalendar (a size that is too large included)."""
    from timeward.calendars.errors import CalendarDataError
    from timeward.calendars.feed import MAX_FEED_BYTES
    from timeward.calendars.ics import read_calendar

    if len(data) > MAX_FEED_BYTES:
        raise SourceCommandFailed(reasons.about(label, reasons.TOO_LARGE, size=MAX_FEED_BYTES // 2**20))
    day = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    try:
        read_calendar(data, (day, day), dt.UTC, calendar=label)
    except CalendarDataError as error:
        raise SourceCommandFailed(reasons.say(reasons.NOTHING_ADDED, error=error)) from None


def _list(args: argparse.Namespace, paths: AppPaths) -> int:
    from timeward.sync.status import describe

    config = _config(paths)
    with _open_cache(paths, reading=True) as cache:
        rows = describe(config.sources, cache)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not rows:
        print("no calendars yet: add one with `timeward calendars add caldav URL --user NAME` "
              "or `timeward calendars add ics URL`")
    for row in rows:
        synced = _local_time(row["synced_at"]) if row["synced_at"] else "never"
        print(f"{row['id']}  {row['kind']}  {row['name']}  ({row['url']})  {row['status']}, synced {synced}")
        if row["error"]:
            print(f"    {row['error']}")
        for calendar in row["calendars"]:
            mark = "guarded" if calendar["guarded"] else "not guarded"
            print(f"    {calendar['name'] or calendar['href']}  [{mark}, {calendar['status']}]")
    return 0


def _local_time(iso: str) -> str:
    from timeward.system_zone import local_zone

    return f"{dt.datetime.fromisoformat(iso).astimezone(local_zone()):%Y-%m-%d %H:%M}"


def _source(config: settings.Settings, source_id: str) -> Source:
    source = next((s for s in config.sources if s.id == source_id), None)
    if source is None:
        raise SourceCommandFailed(f"no source is called {source_id!r} (see `timeward calendars list`)")
    return source


def _trust(args: argparse.Namespace, paths: AppPaths) -> int:
    """Pin the certificate a source's server shows now (a renewed self-signed one), only
    when the server does show it; the source's failed state is cleared so that it syncs again."""
    from timeward.calendars.certificates import shown
    from timeward.calendars.remote import feed_url

    config = _config(paths)
    source = _source(config, args.id)
    pin = _pin(args.fingerprint, "the fingerprint")
    if source.is_local:
        raise SourceCommandFailed(f"{source.id} is a file on this computer: it has no certificate")
    _check_pin(source.url if source.kind == "caldav" else feed_url(source.url), pin, reasons.NOTHING_WAS_CHANGED)
    cli_config.save(paths, config.with_source(dataclasses.replace(source, pinned_sha256=pin)))
    with _open_cache(paths) as cache:
        cache.save_source_state(SourceState(source.id))
    print(f"{source.id} now trusts the certificate {shown(pin)}")
    return 0


def _remove(args: argparse.Namespace, paths: AppPaths) -> int:
    config = _config(paths)
    source = _source(config, args.id)
    cli_config.save(paths,
                  dataclasses.replace(config, sources=tuple(s for s in config.sources if s.id != args.id)))
    with _open_cache(paths) as cache:
        cache.remove_source(source.id)
    if source.kind == "caldav":
        try:
            secrets.delete(source.id)
        except secrets.SecretsUnavailable as error:
            print(f"timeward: the password could not be removed from the keyring: {error}", file=sys.stderr)
    print(f"removed {source.id}")
    return 0


def _session_passwords() -> dict[str, str]:
    """{source id: password} given as a JSON object on standard input (kept by the tray for a session)."""
    try:
        given = json.loads(sys.stdin.read() or "{}")
    except ValueError:
        raise SourceCommandFailed("--passwords-stdin: standard input is not a JSON object") from None
    if not isinstance(given, dict) or not all(isinstance(v, str) for v in given.values()):
        raise SourceCommandFailed("--passwords-stdin: expected {\"SOURCE_ID\": \"password\", …}")
    return given


def run_sync(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.sync.report import SyncStatus
    from timeward.sync.syncer import Syncer
    from timeward.system_zone import local_zone

    paths = AppPaths.from_environment()
    config = _config(paths)

    session = _session_passwords() if args.passwords_stdin else {}

    def password_for(source: Source) -> str | None:
        if source.id in session:
            return session[source.id]
        try:
            return secrets.load(source.id)
        except secrets.SecretsUnavailable as error:
            from timeward.calendars.remote import RemoteFailure

            raise RemoteFailure("auth", f"{source.label}: {error}") from None

    with _open_cache(paths, checked=True) as cache:
        from timeward.sync.booking_watch import BookingWatch

        watch = BookingWatch(cache, config, now, local_zone())
        syncer = Syncer(cache, local_zone(), config.policy.me, password_for, before_write=watch.before_write)
        report = syncer.sync(config.sources, now, force=not args.scheduled, relist=args.relist,
                             retry_failed=args.network_back, due_only=args.scheduled)
        review = watch.review(paths)
        report.notices = [n.as_json() for n in review.notices]
    if args.json:
        json.dump(report.as_json(), sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
    else:
        if not report.sources:
            print("no calendars to sync: add one with `timeward calendars add`")
        for item in report.sources:
            counts = f"{item.changed} changed, {item.deleted} removed" if item.status is SyncStatus.OK else item.message
            print(f"{item.source}: {item.status}" + (f" ({counts})" if counts else ""))
            for problem in item.problems:
                print(f"    {problem}", file=sys.stderr)
            if item.fingerprint:
                print(trust_hint(item.fingerprint, f"timeward calendars trust {item.source}").lstrip("\n"),
                      file=sys.stderr)
        for line in review.lines:
            print(line)
        for notice in review.notices:
            print(f"{notice.summary}: " + ("booked outside your working hours" if notice.kind == "out_of_hours"
                                           else f"over {notice.client}'s monthly budget"))
    return 0 if report.ok else 1
