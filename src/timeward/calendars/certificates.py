"""Certificates the user chose to trust, by SHA-256 fingerprint.

TLS is verified against the system's authorities by default. A server with a self-signed
certificate fails with an error that names the host, the reason and the certificate's SHA-256
fingerprint; the user may then trust exactly that certificate (``--trust-certificate``), and from
then on the connection is accepted only when the server shows a certificate with that fingerprint.
There is no switch that turns verification off.
"""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
from urllib.parse import urlsplit

PROBE_TIMEOUT_SECONDS = 10
_HEX = re.compile(r"[0-9A-F]{64}")


class FingerprintError(ValueError):
    """A fingerprint given by the user is not a SHA-256 fingerprint."""


def normalised(fingerprint: str) -> str:
    """``AB:CD:…`` or ``abcd…`` (64 hex digits, colons, spaces) as 64 upper-case hex digits."""
    digits = re.sub(r"[\s:]", "", fingerprint).upper().removeprefix("SHA256_").removeprefix("SHA-256")
    if not _HEX.fullmatch(digits):
        raise FingerprintError(f"{fingerprint!r} is not a SHA-256 fingerprint (64 hexadecimal digits)")
    return digits


def shown(fingerprint: str) -> str:
    """The fingerprint as browsers show it: ``AB:CD:…``."""
    digits = normalised(fingerprint)
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2))


def sha256_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest().upper()


def server_fingerprint(url: str, timeout: float = PROBE_TIMEOUT_SECONDS) -> str:
    """The SHA-256 fingerprint of the certificate the server at ``url`` shows, read without
    verifying it, only to show it to the user; nothing is sent but the TLS handshake. "" when the
    server cannot be reached."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.hostname or ""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, parts.port or 443), timeout=timeout) as raw, \
                context.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except (OSError, ValueError):
        return ""
    return sha256_of(der) if der else ""


def niquests_verify(pinned: str) -> str | bool:
    """What niquests (the one HTTP stack: CalDAV accounts and feeds) takes as ``verify``: the pinned
    fingerprint, else the system's authorities."""
    return f"sha256_{normalised(pinned).lower()}" if pinned else True
