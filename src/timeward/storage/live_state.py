"""What the user did to today's calls (joined, ended, extended...), kept across restarts.

The tray writes it after every answer, atomically; ``timeward status`` reads it so that a status
bar shows the same phase as the tray. It is small JSON in the cache folder: losing it only means
the tray asks "did they join?" again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeward.storage.atomic import write_atomic

FILE_NAME = "live-state.json"


def load_facts(folder: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_facts(folder: Path, facts: dict[str, dict[str, Any]]) -> None:
    write_atomic(folder / FILE_NAME, json.dumps(facts).encode("utf-8"))
