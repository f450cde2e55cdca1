"""HTML descriptions (Google's DESCRIPTION, Outlook's X-ALT-DESC) as plain text.

Lists keep their shape as ``- item`` or ``1. item`` lines, so agenda parsing sees them; blocks and
line breaks become new lines; scripts, styles and comments are dropped; images and links are
never fetched, only their text is kept. Entities are decoded and Unicode is left as it is.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAG = re.compile(r"</?(?:br|p|div|ul|ol|li|span|b|i|u|a|strong|em|html|body|table|tr|td|h[1-6])\b[^<>]*>",
                  re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "section", "article", "header", "footer", "pre", "html", "body"})
_HIDDEN = frozenset({"script", "style", "head", "title", "template"})


def looks_like_html(text: str) -> bool:
    """True when ``text`` carries HTML markup (a few known tags), not just a stray ``<``."""
    return "<" in text and _TAG.search(text) is not None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list[int | None]] = []  # one per open list: [next number] or [None] for bullets
        self.hidden = 0

    def _newline(self) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("ul", "ol"):
            self._newline()
            self.lists.append([1 if tag == "ol" else None])
        elif tag == "li":
            self._newline()
            counter = self.lists[-1] if self.lists else [None]
            if counter[0] is None:
                self.out.append("- ")
            else:
                self.out.append(f"{counter[0]}. ")
                counter[0] += 1
        elif tag in _BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._newline()
        elif tag in _BLOCKS or tag == "li":
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment or document, one line per block, list item or break."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [line.replace("\xa0", " ").strip() for line in "".join(parser.out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
