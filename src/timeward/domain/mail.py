"""A mail draft and its two ways out: a ``mailto:`` URL and an .eml file a mail app opens as a draft.

Nothing from a calendar reaches a header unchecked: addresses are validated, CR/LF and other
control characters never survive into the subject or a display name, and every mailto value is
percent-encoded, ``+`` included, so an agenda item such as ``&cc=x@evil`` or ``%0D%0ABcc:`` stays
text in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: mailto URLs longer than this are cut or refused by some systems and mail apps (Windows'
#: ShellExecute, Outlook); past it the draft goes out as an .eml file instead.
MAILTO_LIMIT = 2000
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")


@dataclass(frozen=True, slots=True)
class Draft:
    to: tuple[str, ...]
    subject: str
    body: str
    names: tuple[str, ...] = ()  # display names, one per address ("" when unknown)

    def edited(self, to: str, subject: str, body: str) -> Draft:
        """The draft as the user changed it in the dialog (``to`` as typed: addresses separated
        by commas or semicolons). Names are kept for the addresses that stay."""
        addresses = tuple(a.strip() for a in re.split(r"[,;\s]+", to) if a.strip())
        names = dict(zip(self.to, self.names, strict=False))
        return Draft(addresses, subject, body, tuple(names.get(a, "") for a in addresses))

    @property
    def invalid_addresses(self) -> tuple[str, ...]:
        return tuple(a for a in self.to if not valid_address(a))


def valid_address(address: str) -> bool:
    """A plain ``local@domain`` address (internationalised domains allowed), nothing else."""
    local, at, domain = address.rpartition("@")
    if not at or len(address) > 254 or not _LOCAL.fullmatch(local) or len(local) > 64:
        return False
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_domain.split(".")
    return len(labels) >= 2 and all(_LABEL.fullmatch(label) for label in labels)


def one_line(text: str) -> str:
    """Header-safe text: control characters (CR, LF, tabs…) become single spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def mailto_url(draft: Draft, limit: int = MAILTO_LIMIT) -> str | None:
    """``mailto:`` for the draft, or None when it would be longer than ``limit`` (then save an
    .eml). Invalid addresses are left out."""
    from urllib.parse import quote

    to = ",".join(quote(a, safe="@") for a in draft.to if valid_address(a))
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    url = f"mailto:{to}?subject={quote(one_line(draft.subject), safe='')}&body={quote(body, safe='')}"
    return url if len(url) <= limit else None


def eml_bytes(draft: Draft) -> bytes:
    """The draft as an RFC 5322 message marked ``X-Unsent: 1``, so Outlook and Thunderbird open it
    as a draft to send. Invalid addresses are left out."""
    from email.headerregistry import Address  # the email package only when a draft is written out
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage(policy=SMTP)
    names = dict(zip(draft.to, draft.names, strict=False))
    recipients = [Address(display_name=one_line(names.get(a, "")).replace('"', "'"), addr_spec=a)
                  for a in draft.to if valid_address(a)]
    if recipients:
        message["To"] = recipients
    message["Subject"] = one_line(draft.subject)
    message["X-Unsent"] = "1"
    message.set_content(draft.body.replace("\r\n", "\n"), charset="utf-8")
    return message.as_bytes()
