"""What every remote calendar source shares: failures of known kinds, URL rules, masking.

Failure kinds drive what the sync does next: ``auth`` pauses the source until the user gives a
password again; ``rate``, ``server``, ``timeout`` and ``network`` back off and retry;
``forbidden``, ``gone`` and ``data`` are reported for that calendar only; ``tls`` shows the host,
the reason and the certificate's fingerprint;
``refused`` is a URL Timeward will not use.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from enum import StrEnum
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from timeward.domain import reasons


class FailureKind(StrEnum):
    """What kind of failure a source's is, which decides what the sync does next."""

    AUTH = "auth"  # pause the source until the user gives a password again
    RATE = "rate"  # back off (honouring Retry-After) and retry
    SERVER = "server"
    TIMEOUT = "timeout"
    NETWORK = "network"
    FORBIDDEN = "forbidden"  # that calendar only
    GONE = "gone"
    DATA = "data"
    TLS = "tls"  # the host, the reason and the certificate's fingerprint are shown
    REFUSED = "refused"  # an address Timeward will not use


RETRYABLE = frozenset({FailureKind.RATE, FailureKind.SERVER, FailureKind.TIMEOUT, FailureKind.NETWORK})
_SECRET_QUERY_KEYS = re.compile(r"token|key|secret|auth|pass|sig|code|private", re.IGNORECASE)


class RemoteFailure(Exception):
    """A source could not be read; ``kind`` says what to do about it, the message says why."""

    def __init__(self, kind: FailureKind | str, message: str, retry_after: float | None = None,
                 fingerprint: str = "") -> None:
        super().__init__(message)
        self.kind = FailureKind(kind)  # a kind no one knows is a fault of ours: it fails here, loudly
        self.retry_after = retry_after
        self.fingerprint = fingerprint

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_credentials_url(url: str) -> None:
    """Credentials go only over https, or plain http to this machine."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname):
        raise RemoteFailure("refused", reasons.about(parts.hostname, reasons.PLAIN_HTTP_PASSWORD))
    if parts.scheme.lower() not in ("http", "https"):
        raise RemoteFailure("refused", reasons.about(mask_url(url), reasons.ONLY_HTTPS))


def check_redirect(origin: str, location: str) -> None:
    """A redirect is followed with credentials only on the same host, and never from https to http:
    anything else is refused with the reason."""
    from urllib.parse import urljoin

    before, after = urlsplit(origin), urlsplit(urljoin(origin, location))
    if (after.hostname or "").lower() != (before.hostname or "").lower():
        raise RemoteFailure("refused", reasons.about(before.hostname, reasons.REDIRECT_ELSEWHERE, host=after.hostname))
    if before.scheme == "https" and after.scheme != "https":
        raise RemoteFailure("refused", reasons.about(before.hostname, reasons.REDIRECT_TO_HTTP))


def feed_url(url: str) -> str:
    """The address to fetch for a subscription: webcal is https; anything but http(s)
    and webcal, such as file:// or a UNC path, is refused."""
    text = url.strip()
    if text.startswith("\\\\"):
        raise RemoteFailure("refused", reasons.NETWORK_SHARE)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "webcal":
        return urlunsplit(parts._replace(scheme="https"))
    if scheme not in ("http", "https"):
        raise RemoteFailure("refused", reasons.about(mask_url(text), reasons.FEED_SCHEMES))
    return text


def mask_url(url: str) -> str:
    """The URL as shown in the UI and logs: no user info, secret-looking query values hidden,
    long opaque path segments shortened (feeds often carry their token in the path)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    query = urlencode([(k, "***" if _SECRET_QUERY_KEYS.search(k) else v) for k, v in parse_qsl(parts.query)],
                      safe="*")
    segments = [s[:4] + "…" if len(s) >= 24 and re.fullmatch(r"[A-Za-z0-9_\-%.=]+", s) else s
                for s in parts.path.split("/")]
    return urlunsplit((parts.scheme, host, "/".join(segments), query, ""))


def read_capped(chunks: Iterable[bytes], limit: int) -> bytes:
    """An answer's body from its ``chunks``, read no further than one chunk past ``limit`` bytes
    (the caller refuses a body longer than that): an answer is never read whole before it is
    measured, however much the server sends."""
    parts, size = [], 0
    for chunk in chunks:
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(parts)


def describe_network_error(what: str, error: BaseException, url: str = "") -> RemoteFailure:
    """A failure of the HTTP stack (niquests, urllib, ssl, sockets) in a user's words. A certificate
    failure names the certificate's SHA-256 fingerprint (read from ``url``), so that the user can
    compare it and choose to trust it."""
    import ssl

    text = f"{type(error).__name__}: {error}".lower()
    chain = [error]
    while chain[-1].__cause__ is not None or chain[-1].__context__ is not None:
        nxt = chain[-1].__cause__ or chain[-1].__context__
        if nxt in chain or nxt is None:
            break
        chain.append(nxt)
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "certificate" in text \
            or "fingerprints did not match" in text:
        return _certificate_failure(what, chain, url)
    if any(isinstance(e, TimeoutError) for e in chain) or "timed out" in text or "timeout" in text:
        return RemoteFailure("timeout", reasons.about(what, reasons.NO_ANSWER_IN_TIME))
    return RemoteFailure("network", reasons.about(what, reasons.UNREACHABLE, error=_short(error)))


def _certificate_failure(what: str, chain: list[BaseException], url: str) -> RemoteFailure:
    import ssl

    from timeward.calendars.certificates import server_fingerprint, shown

    verify = next((e for e in chain if isinstance(e, ssl.SSLCertVerificationError)), None)
    if any("fingerprints did not match" in str(e).lower() for e in chain):
        reason = reasons.NOT_THE_TRUSTED_ONE
    elif verify is not None:
        reason = getattr(verify, "verify_message", "") or _short(verify)
    else:
        reason = _short(chain[0])
    fingerprint = server_fingerprint(url) if url else ""
    message = f"{what}: " + (reasons.say(reasons.NOT_TRUSTED_SHOWN, reason=reason, fingerprint=shown(fingerprint))
                             if fingerprint else reasons.say(reasons.NOT_TRUSTED, reason=reason))
    return RemoteFailure("tls", message, fingerprint=fingerprint)


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "…"
