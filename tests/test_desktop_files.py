"""The desktop entry, the AppStream metainfo and the scalable icon the packages install: valid
for the freedesktop tools, naming the app id the tray sets, and drawn by the icon code."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeward import APP_ID, __version__

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_the_desktop_entry_validates_and_starts_the_tray():
    checked = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "timeward" and section["Icon"] == APP_ID and section["Terminal"] == "false"
    assert {"Comment[vi]", "Comment[th]", "Comment[id]"} <= set(section)


def test_the_metainfo_validates_and_names_this_release_and_the_desktop_entry():
    checked = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("releases/release").get("version") == __version__
    shots = [image.text or "" for image in root.iter("image")]
    assert shots and all((Path(__file__).resolve().parent.parent / "docs" / "screenshots" / s.rsplit("/", 1)[1])
                         .is_file() for s in shots)


def test_the_scalable_icon_draws_what_the_png_icons_show(qapp):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from timeward.ui.icon import app_icon_file

    renderer = QSvgRenderer(str(RESOURCES / f"{APP_ID}.svg"))
    assert renderer.isValid()
    drawn = QImage(256, 256, QImage.Format.Format_ARGB32)
    drawn.fill(0)
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()
    shipped = QImage(str(app_icon_file(256))).convertToFormat(QImage.Format.Format_ARGB32)
    # Two renderers antialias edges their own way: compare the shapes, not the edge pixels.
    far = sum(1 for y in range(0, 256, 4) for x in range(0, 256, 4)
              if abs(drawn.pixelColor(x, y).alpha() - shipped.pixelColor(x, y).alpha()) > 128)
    assert far <= 40, "the SVG icon is out of date: run `make icons`"
