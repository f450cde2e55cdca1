"""CalDAV accounts through the caldav library: discovery, calendar lists, and incremental changes.

What this module adds to caldav: every request has a timeout and no hidden retry sleeps (the sync
decides about backoff); changes are found with the RFC 6578 sync token and, where a server hands
out no usable token, by comparing ETags with what the cache holds, so only new or changed
objects are downloaded, in calendar-multiget batches; and every failure becomes a
:class:`RemoteFailure` of a known kind with a message a user can act on.

This is the one module that uses caldav's private parts, each for a reason given where it is
used: ``Calendar._query_properties`` (the members' ETags in one PROPFIND), ``Calendar._query``
(a sync-collection REPORT that asks for the objects' data too), ``Calendar._multiget`` (raw
(href, data, props) without an object per item) and a listed item's ``_data``; and the HTTP
response's ``raw`` and ``_content`` (to read an answer up to a limit before caldav parses it).
pyproject.toml bounds caldav to the versions they were checked against.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import unquote, urlsplit

from timeward.calendars import deadline as deadlines
from timeward.calendars.remote import (
    RemoteFailure,
    check_credentials_url,
    check_redirect,
    describe_network_error,
    mask_url,
    read_capped,
)
from timeward.calendars.source import Changes, Downloaded, RemoteCalendar
from timeward.domain import reasons

logger = logging.getLogger(__name__)
TIMEOUT_SECONDS = 30
#: How long a first sync's answers may take to begin (see CalDAVAccount._patient).
FIRST_ANSWER_SECONDS = 180
MULTIGET_BATCH = 200
#: Characters XML 1.0 does not allow, raw or as references: a server that lets one into a calendar's
#: name makes its whole answer unreadable, so they are dropped from the answer before it is parsed.
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|"
                      rb"&#(?:x0*[0-8bBcCeEfF]|x0*1[0-9a-fA-F]|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));")
#: The largest DAV answer read (a first sync of 5,000 events is about 6 MB).
MAX_ANSWER_BYTES = 64 * 2**20
MAX_SYNC_PAGES = 50  # a truncated change list is followed this far (RFC 6578 §3.6)
CTAG = "{http://calendarserver.org/ns/}getctag"
#: How servers say an answer would be too large: Radicale's 400 past its occurrence limit, RFC 4918's
#: 507, and RFC 5842 / CalDAV's 403 with DAV:number-of-matches-within-limits.
TOO_MUCH = (400, 507)
LIMITS = "{DAV:}number-of-matches-within-limits"
NO_TOKEN = "fake-none"  # the server hands out no sync token: changes are found by comparing ETags
#: How Radicale's sync tokens begin (``change_list_first``).
RADICALE_TOKENS = "http://radicale.org/ns/sync/"


@dataclass(frozen=True, slots=True)
class Account:
    url: str
    user: str
    password: str = field(repr=False)  # never in a log line or a traceback's locals
    auth: str = "basic"
    pinned_sha256: str = ""  # the one certificate the user chose to trust, or "" for the system's authorities
    discover: bool = True  # RFC 6764 from a bare host name




def href_of(url: object) -> str:
    """The path of an object's or calendar's URL, unquoted: one spelling per resource."""
    return unquote(urlsplit(str(url)).path)


@contextmanager
def _translated(what: str, url: str = "", large: bool = False) -> Iterator[None]:
    """caldav's and niquests' exceptions as RemoteFailure; the block's requests must be answered
    whole within REQUEST_SECONDS (``large``: LARGE_ANSWER_SECONDS), so a server that sends its answer
    a byte at a time is a timeout."""
    from caldav.lib import error

    try:
        with deadlines.deadline(deadlines.LARGE_ANSWER_SECONDS if large else deadlines.REQUEST_SECONDS):
            yield
    except deadlines.DeadlinePassed as passed:
        raise RemoteFailure("timeout", reasons.about(what, reasons.NO_WHOLE_ANSWER, seconds=round(passed.seconds))) \
            from None
    except RemoteFailure:
        raise
    except error.RateLimitError as failure:
        raise RemoteFailure("rate", reasons.about(what, reasons.BUSY),
                            retry_after=failure.retry_after_seconds) from None
    except error.AuthorizationError as failure:
        if failure.status == 403:
            raise RemoteFailure("forbidden", reasons.about(what, reasons.PERMISSION_DENIED)) from None
        raise RemoteFailure("auth", reasons.about(what, reasons.LOGIN_REFUSED)) from None
    except error.NotFoundError:
        raise RemoteFailure("gone", reasons.about(what, reasons.NOT_FOUND)) from None
    except error.DAVError as failure:
        status = getattr(failure, "status", None)
        if status is not None and status >= 500:
            raise RemoteFailure("server", reasons.about(what, reasons.SERVER_FAILED, status=status)) from None
        raise RemoteFailure("data", reasons.about(what, reasons.ANSWER_UNUSABLE, reason=failure.reason or status)) \
            from None
    except Exception as failure:  # noqa: BLE001 - the HTTP stack's own errors, sorted by describe_network_error
        raise describe_network_error(what, failure, url) from None


class CalDAVAccount:
    """One connection to one account, a ``calendars.source.CalendarSource``. Not shared between threads."""

    problems_by_object = False
    single_calendar = False

    def __init__(self, account: Account) -> None:
        from caldav.davclient import DAVClient

        from timeward.calendars.certificates import FingerprintError, niquests_verify

        check_credentials_url(account.url)
        try:
            verify = niquests_verify(account.pinned_sha256)
        except FingerprintError as error:
            shown = mask_url(account.url)
            raise RemoteFailure("refused", reasons.about(shown, reasons.TRUSTED_UNUSABLE, error=error)) from None
        self.account = account
        self._client = DAVClient(
            url=account.url, username=account.user, password=account.password, auth_type=account.auth,
            timeout=TIMEOUT_SECONDS, ssl_verify_cert=verify, enable_rfc6764=account.discover,
            rate_limit_handle=False,
        )
        # caldav's objects are held as `object`: its types mix the synchronous and asynchronous
        # clients (every answer may be a coroutine), so each call on them says `ignore[attr-defined]`.
        self._calendars: dict[str, object] = {}
        self.requests = 0  # HTTP responses received, redirects and 401 challenges included
        self._client.session.hooks["response"].append(self._on_response)  # type: ignore[arg-type]  # any response

    def _on_response(self, response: object, *_args: object, **_kwargs: object) -> object:
        """Counts every response, and stops a redirect that would carry the password to another
        host or from https to plain http."""
        self.requests += 1
        status = getattr(response, "status_code", 0)
        location = getattr(response, "headers", {}).get("Location") if 300 <= status < 400 else None
        if location:
            check_redirect(str(getattr(response, "url", "")), location)
        method = str(getattr(getattr(response, "request", None), "method", "") or "").upper()
        if method in ("PROPFIND", "REPORT") and 200 <= status < 300:
            _check_dav_answer(response, self.label, clean=method == "PROPFIND")
        return response

    @property
    def url(self) -> str:
        """The server address in use (after discovery from a bare host name)."""
        return str(self._client.url)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> CalDAVAccount:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def label(self) -> str:
        return urlsplit(self.account.url if "://" in self.account.url else f"https://{self.account.url}").hostname or ""

    def calendars(self) -> list[RemoteCalendar]:
        """The account's calendars that can hold events, with their names and colours."""
        with _translated(self.label, self.account.url):
            principal = self._client.get_principal()
            found = cast("list[Any]", principal.get_calendars())  # the synchronous client's: a list
        calendars = []
        for calendar in found:
            href = href_of(calendar.url)
            self._calendars[href] = calendar
            name, colour, components = self._describe(calendar)
            if components and "VEVENT" not in components:
                continue  # a task list: a collection without events
            calendars.append(RemoteCalendar(href, name or href.rstrip("/").rsplit("/", 1)[-1], colour))
        return calendars

    def _describe(self, calendar: object) -> tuple[str, str, list[str]]:
        from caldav.elements import dav, ical

        with _translated(self.label, self.account.url):
            props = calendar.get_properties([dav.DisplayName(), ical.CalendarColor()])  # type: ignore[attr-defined]
            try:
                components = list(calendar.get_supported_components())  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - the property is optional; servers leave it out
                components = []
        name = str(props.get(dav.DisplayName.tag) or "")
        colour = str(props.get(ical.CalendarColor.tag) or "")[:7]
        return name, colour, components

    def _calendar(self, href: str) -> object:
        if href not in self._calendars:
            from caldav.collection import Calendar

            self._calendars[href] = Calendar(client=self._client, url=self._client.url.join(href))
        return self._calendars[href]

    def ctag(self, href: str) -> str | None:
        """Calendar ``href``'s collection tag (CalendarServer's getctag), which changes whenever one
        of its members does; None where the server keeps none. One cheap request tells a sync that
        nothing changed."""
        calendar = self._calendar(href)
        with _translated(f"{self.label}{href}", self.account.url):
            value = calendar.get_property(_ctag_element())  # type: ignore[attr-defined]
        return str(value).strip() or None if value else None

    def changes(self, href: str, sync_token: str | None, known: dict[str, str | None]) -> Changes:
        """What changed in calendar ``href`` since ``sync_token``, compared with the ``known``
        ETags of the cache: deletions, and the new and changed objects (with their data where the
        server sent it along, else to download)."""
        calendar = self._calendar(href)
        label = f"{self.label}{href}"
        before = self.requests
        with _translated(label, self.account.url):
            changes = self._changes(calendar, label, str(sync_token or ""), known)
        changes.requests = self.requests - before
        return changes

    def _changes(self, calendar: object, label: str, token: str, known: dict[str, str | None]) -> Changes:
        from caldav.elements import dav

        if token.startswith("fake-"):
            # A server without sync tokens (caldav's "fake-" mark): its members' ETags are listed
            # and compared, and only new or changed objects are downloaded.
            return _sorted_out(self._etags(calendar), set(), known, token, full_listing=True)
        if token:
            try:
                return self._changes_since(calendar, token, known)
            except Exception as failure:
                if not _token_refused(failure):
                    raise
                # Case 32: the server no longer knows the token. An empty one lists every member with
                # its ETag and a new real token; the ETags spare the objects the cache already has.
                logger.warning("%s refused its sync token (%s); listing every object", label, failure)
        # No token: every member is listed with its ETag and a new token (by other means, and
        # with caldav's "fake-" token, where the server keeps none).
        listing = calendar.get_objects_by_sync_token(sync_token=None, load_objects=False)  # type: ignore[attr-defined]
        deleted = {href_of(url) for url in listing.deleted_urls}
        members = ((href_of(item.url), item) for item in listing)
        # The data caldav already holds for a listed item, where the server sent it (private: no public
        # read of it that does not ask the server again).
        listed = {href: (item.props.get(dav.GetEtag.tag), getattr(item, "_data", None))
                  for href, item in members if href not in deleted}
        return _sorted_out(listed, deleted, known, str(listing.sync_token) if listing.sync_token else None,
                           full_listing=True)

    def _etags(self, calendar: object) -> dict[str, tuple[str | None, object]]:
        """Every member of ``calendar`` with its ETag, from one PROPFIND (Depth 1)."""
        from caldav.elements import dav

        own = href_of(calendar.url)  # type: ignore[attr-defined]
        # caldav's public listing builds an object per member: 2 s at 5,000 events, for ETags alone.
        answer = calendar._query_properties([dav.GetEtag()], depth=1)  # type: ignore[attr-defined]
        return {href_of(member.href): (member.properties.get(dav.GetEtag.tag), None)
                for member in answer.parse_propfind()
                if member.status < 300 and href_of(member.href) != own}

    def _changes_since(self, calendar: object, token: str, known: dict[str, str | None]) -> Changes:
        """The changes since a real ``token`` in one sync-collection REPORT that asks for the changed
        objects' data too (so one change costs no second request), following a truncated answer
        with the token it returns (RFC 6578 §3.6)."""
        from caldav.elements import cdav, dav

        own = href_of(calendar.url)  # type: ignore[attr-defined]
        listed: dict[str, tuple[str | None, object]] = {}
        deleted: set[str] = set()
        def page_since(token: str, with_data: bool) -> Any:  # caldav's parsed sync-collection page
            asked = [dav.GetEtag(), cdav.CalendarData()] if with_data else [dav.GetEtag()]
            query = dav.SyncCollection() + [dav.SyncToken(value=token), dav.SyncLevel(value="1"), dav.Prop() + asked]
            # caldav's public sync asks for ETags only: each change would then cost a second request.
            return calendar._query(query, 1, "report").parse_sync_collection()  # type: ignore[attr-defined]

        with_data = True  # the changed objects' data in the answer, unless the server finds that too much
        for _page in range(MAX_SYNC_PAGES):
            try:
                page = page_since(token, with_data)
            except Exception as failure:
                if not with_data or not _refused_as_too_much(failure):
                    raise
                with_data = False  # the same page again, the data left to multigets
                page = page_since(token, with_data)
            changed = {href_of(item.href): (item.etag, item.calendar_data) for item in page.changed}
            changed.pop(own, None)
            for item_href in map(href_of, page.deleted):
                if item_href not in changed:  # listed as removed and as changed (Cyrus): changed
                    deleted.add(item_href)
                    listed.pop(item_href, None)
            for item_href, item in changed.items():
                listed[item_href] = item
                deleted.discard(item_href)
            following = page.sync_token
            if not page.truncated or not following or following == token:
                token = following or token
                break
            token = following
        else:
            logger.warning("%s: the change list was still cut short after %d pages", own, MAX_SYNC_PAGES)
        return _sorted_out(listed, deleted, known, token, full_listing=False)

    def everything(self, href: str) -> Changes:
        """A first sync of calendar ``href``: its sync token, then every event with its data in one
        calendar-query REPORT (two requests, where a listing and multigets would take one per 200).
        Whether later syncs ask the ctag or the change list first is chosen from the token
        (``change_list_first``)."""
        from caldav.elements import cdav, dav
        from lxml import etree

        calendar = self._calendar(href)
        label = f"{self.label}{href}"
        before = self.requests
        query = cdav.CalendarQuery() + [dav.Prop() + [dav.GetEtag(), cdav.CalendarData()],
                                        cdav.Filter() + (cdav.CompFilter(name="VCALENDAR")
                                                         + cdav.CompFilter(name="VEVENT"))]
        body = etree.tostring(query.xmlelement(), encoding="utf-8", xml_declaration=True)
        with _translated(label, self.account.url, large=True), self._patient():
            token = calendar.get_property(dav.SyncToken())  # type: ignore[attr-defined]  # first: no change is missed
            response = self._client.report(str(calendar.url), body, depth=1)  # type: ignore[attr-defined]
            changes = Changes(sync_token=str(token) if token else NO_TOKEN, full_listing=True,
                              change_list_first=change_list_first(str(token or "")))
            if _too_much(response.status, getattr(response, "raw", b"")):
                # The server will not send every event at once: list the members with their ETags
                # and download them in multigets of MULTIGET_BATCH, as servers without that query do.
                logger.warning("%s refused to send every event at once (%s); downloading in batches", label,
                               response.status)
                changes.wanted = [(member, etag) for member, (etag, _data) in self._etags(calendar).items()]
            else:
                _raise_for_status(response.status, label)
                changes.changed = _members_with_data(response.tree)
        changes.requests = self.requests - before
        return changes

    @contextmanager
    def _patient(self) -> Iterator[None]:
        """Wait up to FIRST_ANSWER_SECONDS for a first sync's answers to begin: a server may read
        a whole large calendar before its first byte (a cold Radicale holding 5,000 events took
        longer than TIMEOUT_SECONDS); the overall deadline still bounds the whole answer."""
        usual = self._client.timeout
        self._client.timeout = max(FIRST_ANSWER_SECONDS, usual or 0)
        try:
            yield
        finally:
            self._client.timeout = usual

    def download(self, href: str, wanted: list[tuple[str, str | None]]) -> Iterator[list[Downloaded]]:
        """The ``wanted`` objects of calendar ``href`` as (href, etag, data), in calendar-multiget
        batches. The next batch is fetched while the caller works on the current one, so the
        server's time and the parsing overlap; one thread at a time uses the connection."""
        from concurrent.futures import ThreadPoolExecutor

        calendar = self._calendar(href)
        label = f"{self.label}{href}"
        batches = [wanted[i:i + MULTIGET_BATCH] for i in range(0, len(wanted), MULTIGET_BATCH)]
        if not batches:
            return
        pool = ThreadPoolExecutor(1, thread_name_prefix="multiget")
        try:
            pending = pool.submit(self._multiget, calendar, label, batches[0])
            for following in [*batches[1:], None]:
                with _translated(label, self.account.url):  # the deadline, kept here: the pool's thread has none
                    loaded = pending.result()
                if following is not None:
                    pending = pool.submit(self._multiget, calendar, label, following)
                yield loaded
        except BaseException:
            self._client.close()  # a download still under way fails at its next read, and its thread ends
            raise
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _multiget(self, calendar: object, label: str,
                  batch: list[tuple[str, str | None]]) -> list[tuple[str, str | None, bytes]]:
        from caldav.elements import dav

        urls = [self._client.url.join(item_href) for item_href, _etag in batch]
        with _translated(label, self.account.url):
            try:
                # caldav's raw multiget: (href, data, props) without building an object per item
                loaded = calendar._multiget(urls)  # type: ignore[attr-defined]
            except Exception as failure:
                if len(batch) < 2 or not _refused_as_too_much(failure):
                    raise
                half = len(batch) // 2  # objects rich in overrides: the server wants fewer at once
                return (self._multiget(calendar, label, batch[:half])
                        + self._multiget(calendar, label, batch[half:]))
        by_href = {href_of(item_href): (data, props) for item_href, data, props in loaded}
        found = []
        for item_href, etag in batch:
            data, props = by_href.get(item_href, (None, {}))
            if data:  # else deleted between the listing and the download: the next sync sees it
                found.append((item_href, props.get(dav.GetEtag.tag) or etag, _bytes(data)))
        return found


def _check_dav_answer(response: object, host: str, clean: bool) -> None:
    """A DAV answer is read here, before caldav parses it, up to MAX_ANSWER_BYTES (a 200 MB text
    node would take gigabytes to parse); one that is not XML (a sign-in page, a network portal that
    answers every request with 200) is a failed request, never an empty calendar list. ``clean``
    (the small PROPFIND answers that carry calendars' names) drops characters XML does not allow."""
    headers = getattr(response, "headers", {})
    length = str(headers.get("Content-Length") or "")
    limit = reasons.about(host, reasons.ANSWER_TOO_LARGE, size=MAX_ANSWER_BYTES // 2**20)
    if length.isdigit() and int(length) > MAX_ANSWER_BYTES:
        raise RemoteFailure("data", limit)
    raw = getattr(response, "raw", None)
    if raw is not None and getattr(response, "_content", None) is False:
        content = read_capped(iter(lambda: raw.read(1 << 16, decode_content=True), b""), MAX_ANSWER_BYTES)
        if len(content) > MAX_ANSWER_BYTES:
            raise RemoteFailure("data", limit)
        response._content, response._content_consumed = content, True  # type: ignore[attr-defined]
    body = getattr(response, "content", b"") or b""
    if clean and _NOT_XML.search(body):  # one calendar's name with a control character must not sink the account
        body = _NOT_XML.sub(b"", body)
        response._content = body  # type: ignore[attr-defined]
    head = body[:1024].lstrip().lower()
    kind = str(headers.get("Content-Type") or "").lower()
    if "html" in kind or head.startswith((b"<!doctype html", b"<html")) or not head.startswith(b"<"):
        raise RemoteFailure("data", f"{host}: {reasons.WEB_PAGE if head else reasons.EMPTY_ANSWER}")


def _members_with_data(multistatus: object) -> list[Downloaded]:
    """(href, etag, data) of each member in a calendar-query answer that carries its data, read
    in one walk over the answer's elements (a search per member, or caldav's general property
    walk, costs two to three times as long on a first sync's thousands of members)."""
    from caldav.elements import cdav, dav

    found: list[Downloaded] = []
    if multistatus is None:
        return found
    member, href_tag, etag_tag = dav.Response.tag, dav.Href.tag, dav.GetEtag.tag
    href = etag = data = None
    for element in multistatus.iter(member, href_tag, etag_tag, cdav.CalendarData.tag):  # type: ignore[attr-defined]
        if element.tag == member:
            if href and data:
                found.append((href_of(href.strip()), etag or None, _bytes(data)))
            href = etag = data = None
        elif element.tag == href_tag:
            href = href or element.text
        elif element.tag == etag_tag:
            etag = element.text
        else:
            data = element.text
    if href and data:
        found.append((href_of(href.strip()), etag or None, _bytes(data)))
    return found


def _sorted_out(listed: dict[str, tuple[str | None, object]], deleted: set[str], known: dict[str, str | None],
                token: str | None, full_listing: bool) -> Changes:
    """Changes from the members a server listed ((ETag, data or None) by href) and removed,
    compared with the ``known`` ETags of the cache: an unchanged member is not read again."""
    changes = Changes(sync_token=token, full_listing=full_listing)
    gone = deleted | (set(known) - set(listed) if changes.full_listing else set())
    changes.deleted = sorted(gone & set(known))
    if not changes.full_listing and len(known) > 1 and set(known) <= set(listed):
        changes.token_reset = True  # every member again for a token: compared by ETag
        logger.warning("a server answered a sync token with every object; comparing ETags instead")
    for item_href, (etag, data) in listed.items():
        if item_href in known and etag is not None and known[item_href] == etag:
            continue  # unchanged: not read again (also when a server resets its token)
        if data:
            changes.changed.append((item_href, etag, _bytes(data)))
        else:
            changes.wanted.append((item_href, etag))
    return changes


def change_list_first(token: str) -> bool:
    """Should later syncs ask this server's change list first, not its ctag? Yes wherever it has
    real sync tokens, except on Radicale (its tokens are ``http://radicale.org/ns/sync/…``), whose
    change list reads the collection's whole history: there the ctag, one cheap PROPFIND, answers
    "nothing changed" faster, and its change list carries the changed objects' data. A server whose
    change list only names the changes (Xandikos) then costs two requests per change from the first
    one: the list and one download."""
    return bool(token) and token != NO_TOKEN and not token.startswith(("fake-", RADICALE_TOKENS))


def _ctag_element() -> object:
    """CalendarServer's getctag property, as a caldav element (caldav names it but has no class)."""
    from caldav.elements.base import ValuedBaseElement

    class GetCTag(ValuedBaseElement):
        tag = CTAG

    return GetCTag()


def _too_much(status: int, body: object) -> bool:
    """Is this answer a server's refusal to send so much in one answer?"""
    text = body if isinstance(body, bytes) else str(body or "").encode()
    return status in TOO_MUCH or (status == 403 and b"number-of-matches-within-limits" in text)


def _refused_as_too_much(failure: Exception) -> bool:
    from caldav.lib import error

    return isinstance(failure, error.DAVError) and (
        getattr(failure, "status", None) in TOO_MUCH or LIMITS in getattr(failure, "preconditions", ()))


def _raise_for_status(status: int, label: str) -> None:
    if status == 404:
        raise RemoteFailure("gone", reasons.about(label, reasons.NOT_FOUND))
    if status >= 500:
        raise RemoteFailure("server", reasons.about(label, reasons.SERVER_FAILED, status=status))
    if status >= 400:
        raise RemoteFailure("data", reasons.about(label, reasons.REQUEST_REFUSED, status=status))


def _token_refused(failure: Exception) -> bool:
    """Does this error answer a sync-collection REPORT whose token the server no longer accepts
    (RFC 6578 §3.2: 403 with DAV:valid-sync-token; 409 or 412 on some servers; 500 on servers that
    choke on a token they do not know)?"""
    from caldav.elements import dav
    from caldav.lib import error

    if not isinstance(failure, error.DAVError):
        return False
    if dav.ValidSyncToken.tag in failure.preconditions:
        return True
    return failure.status in (409, 412, 500) or (failure.status == 403 and not failure.preconditions)


def _bytes(data: object) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)  # type: ignore[call-overload]  # lxml's bytes
