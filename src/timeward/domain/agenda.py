"""Agenda items from an event description.

Recognises bullets (``-``, ``*``, ``•``), numbered lines (``1.``, ``1)``), checkboxes (``[ ]``,
``[x]``, ``☐``, ``☑``) and an "Agenda:" section heading (English, Vietnamese, Thai, Indonesian).
When the description has list lines, those are the items; under a heading with no list marks,
each following line is one; text on the heading's own line ("Agenda: budget; timeline") is split
at semicolons. A ticked checkbox (``[x]``, ``☑``) marks an item already covered. Items are capped in
number and length (hostile descriptions), so even a 100 KB description is read at once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_ITEMS = 50
MAX_ITEM_LENGTH = 300
_MARK = re.compile(
    r"^\s*(?:[-*•▪◦‣–—]|\d{1,3}[.)]|[a-z][.)](?=\s))\s*(?P<box>\[[ xX✓✔]?\]|[☐☑☒✅])?\s*"
    r"|^\s*(?P<only>\[[ xX✓✔]?\]|[☐☑☒✅])\s*"
)
_TICKED = frozenset("xX✓✔☑☒✅")
_HEADING = re.compile(
    r"^\s*(?:agenda(?: rapat)?|chương trình(?: họp| làm việc)?|nội dung(?: họp| cuộc họp)?|"
    r"วาระ(?:การประชุม)?|หัวข้อ(?:การประชุม)?|pokok bahasan|topics?)\s*(?:[:：]\s*(?P<rest>.*?))?\s*$",
    re.IGNORECASE)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).strip()
    return text[:MAX_ITEM_LENGTH]


@dataclass(frozen=True, slots=True)
class AgendaItem:
    text: str
    covered: bool = False


def parse_agenda_items(description: str) -> tuple[AgendaItem, ...]:
    """The agenda items of a description, each with whether its checkbox is already ticked."""
    lines = (description or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marked: list[AgendaItem] = []
    section: list[AgendaItem] | None = None
    section_closed = False
    for line in lines:
        if len(marked) >= MAX_ITEMS:
            break
        if len(line) < 400 and (heading := _HEADING.match(line)):
            section, section_closed = [], False
            rest = heading["rest"] or ""
            section += [AgendaItem(_clean(part)) for part in rest.split(";") if part.strip()]
            continue
        match = _MARK.match(line)
        if match and line[match.end():].strip():
            box = match["box"] or match["only"] or ""
            marked.append(AgendaItem(_clean(line[match.end():]), any(c in _TICKED for c in box)))
        elif section is not None and not section_closed and len(section) < MAX_ITEMS:
            if line.strip():
                section.append(AgendaItem(_clean(line)))
            elif section:
                section_closed = True  # a blank line after some items ends the section
    items = marked or (section or [])
    return tuple(item for item in items if item.text)[:MAX_ITEMS]


def parse_agenda(description: str) -> tuple[str, ...]:
    """The texts of the agenda items of a description."""
    return tuple(item.text for item in parse_agenda_items(description))
