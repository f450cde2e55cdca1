"""Agenda items from an event description.

Recognises bullets (``-``, ``*``, ``•``), numbered lines (``1.``, ``1)``), checkboxes (``[ ]``,
``[x]``, ``☐``, ``☑``) and an "Agenda:" section heading (English, Vietnamese, Thai, Indonesian).
When the description has list lines, those are the items; under a heading with no list marks,
each following line is one. Items are capped in number and length (hostile descriptions).
"""

from __future__ import annotations

import re
import unicodedata

MAX_ITEMS = 50
MAX_ITEM_LENGTH = 300
_MARK = re.compile(
    r"^\s*(?:[-*•▪◦‣–—]|\d{1,3}[.)]|[a-z][.)](?=\s))\s*(?:\[[ xX✓✔]?\]|[☐☑☒✅])?\s*"
    r"|^\s*(?:\[[ xX✓✔]?\]|[☐☑☒✅])\s*"
)
_HEADING = re.compile(r"^\s*(agenda|chương trình(?: họp)?|nội dung|วาระ(?:การประชุม)?|topics?)\s*[:：]?\s*$",
                      re.IGNORECASE)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).strip()
    return text[:MAX_ITEM_LENGTH]


def parse_agenda(description: str) -> tuple[str, ...]:
    lines = (description or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marked: list[str] = []
    section: list[str] | None = None
    section_closed = False
    for line in lines:
        if _HEADING.match(line):
            section, section_closed = [], False
            continue
        match = _MARK.match(line)
        if match and line[match.end():].strip():
            marked.append(_clean(line[match.end():]))
        elif section is not None and not section_closed:
            if line.strip():
                section.append(_clean(line))
            elif section:
                section_closed = True  # a blank line after some items ends the section
        if len(marked) >= MAX_ITEMS:
            break
    items = marked or (section or [])
    return tuple(item for item in items if item)[:MAX_ITEMS]
