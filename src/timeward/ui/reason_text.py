"""A failure message from the sync, the keyring or a command, in the user's language.

Those parts write their reasons in English (``domain/reasons.py``), as the whole message or after a
"<what>: " prefix. Here the reason is found again and replaced by its translation, its blanks
filled with what the message held (a blank that is itself a known reason is translated too); the
prefix, a host or a calendar's name, stays as it was. A message that holds no known reason is
shown as it came.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

from timeward.domain import reasons

_BLANK = re.compile(r"\{(\w+)\}")


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each reason with the pattern that finds it at the end of a message, the longest first: a
    reason that holds another ("{error}; nothing was added") is tried after the fuller ones."""
    found = []
    for reason in sorted(reasons.ALL, key=lambda r: len(_BLANK.sub("", r)), reverse=True):
        parts = _BLANK.split(reason)  # fixed text, blank name, fixed text, …
        seen: set[str] = set()
        body = ""
        for index, part in enumerate(parts):
            if index % 2 == 0:
                body += re.escape(part)
            else:  # a blank that comes twice ("'{key}' must hold only [[{key}]]") holds the same twice
                body += f"(?P={part})" if part in seen else f"(?P<{part}>.+?)"
                seen.add(part)
        found.append((reason, re.compile(rf"(?s)(?P<_head>(?:.*: )?){body}")))
    return found


def _filled(blanks: dict[str, str], blank: re.Match[str]) -> str:
    return blanks.get(blank[1], blank[0])


def translated(message: str) -> str:
    """``message`` with its reason in the user's language, line by line."""
    lines = message.split("\n")
    return "\n".join(line[:len(line) - len(line.lstrip())] + _line(line.lstrip()) for line in lines)


def _line(line: str, depth: int = 0) -> str:
    for reason, pattern in _patterns():
        found = pattern.fullmatch(line)
        if found is None:
            continue
        blanks = {name: (_line(value, depth + 1) if depth < 3 else value)
                  for name, value in found.groupdict().items() if name != "_head"}
        text = QCoreApplication.translate("Reason", reason)
        return found["_head"] + _BLANK.sub(functools.partial(_filled, blanks), text)
    return line
