"""Calendar text made inert for display.

Widgets showing calendar text use ``Qt.PlainText``; these helpers add what that does not cover:
bidirectional isolation (a U+202E in a title must not reorder the UI around it), visible
zero-width characters, eliding of huge titles, and escaping for surfaces without a format setter.
"""

from __future__ import annotations

import html

_FSI, _PDI = "\u2068", "\u2069"
_INVISIBLE = {0x200B: "⟨ZWSP⟩", 0x200C: "⟨ZWNJ⟩", 0x200D: "⟨ZWJ⟩", 0x2060: "⟨WJ⟩", 0xFEFF: "⟨BOM⟩"}
MAX_SHOWN = 200


def inert(text: str, limit: int = MAX_SHOWN) -> str:
    """One line of calendar text, isolated and elided, for a plain-text widget."""
    line = " ".join((text or "").split())
    if len(line) > limit:
        line = line[: limit - 1] + "…"
    return _FSI + line.translate(_INVISIBLE) + _PDI


def escaped(text: str) -> str:
    """For notification bodies, which some daemons read as markup."""
    return html.escape(text, quote=False)


def tooltip(text: str) -> str:
    """For tooltips, which Qt renders as rich text when it guesses so: always escaped rich text."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
