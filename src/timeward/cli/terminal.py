"""Text on its way to a terminal, made inert: calendar text may carry escape sequences (clear the
screen, set the window title, colours), bidirectional overrides and invisible characters, and a
terminal would act on them. Each is shown as a visible mark instead: a C0 control as its control
picture (ESC as ␛), any other as ⟨U+202E⟩. Line breaks and tabs stay as they are."""

from __future__ import annotations

import io
import re
from typing import TextIO

#: Controls (C0 but newline and tab, DEL, C1) and the format characters that reorder or hide text.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                     "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")


def _mark(found: re.Match[str]) -> str:
    code = ord(found[0])
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "␡"
    return f"⟨U+{code:04X}⟩"


def visible(text: str) -> str:
    """``text`` with every control and hiding character shown as a mark."""
    return _HIDDEN.sub(_mark, text)


class VisibleStream(io.TextIOBase):
    """A text stream that writes through to ``stream`` what ``visible`` makes of it."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True
