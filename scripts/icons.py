"""The app icon files, drawn by the same code as the tray icon: `make icons`.

The tray shows the PNGs between calls (loading a PNG is cheaper at start-up than painting); the
packages install them as the hicolor sizes, with the SVG in resources/ as the scalable one. A
test fails when they no longer match the drawing code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def render_all() -> dict[Path, bytes]:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication

    from timeward import APP_ID
    from timeward.domain.phases import Phase
    from timeward.ui.icon import APP_ICON_SIZES, app_icon_file, render_pixmap, render_svg

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = {}
    for size in APP_ICON_SIZES:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render_pixmap("", Phase.IDLE, size).save(buffer, "PNG")
        files[app_icon_file(size)] = bytes(buffer.data().data())
    files[ROOT / "resources" / f"{APP_ID}.svg"] = render_svg(max(APP_ICON_SIZES))
    return files


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
