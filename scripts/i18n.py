"""Translation sources and compiled files: ``update`` (lupdate), ``build`` (lrelease), ``check``.

English has a plural-only source (``-pluralonly``) so that "%n minute(s)" reads "1 minute" and
"5 minutes"; the other languages' sources list every interface string of ``src/timeward/ui``.
``check`` rebuilds into a temporary folder and fails when a committed .qm is out of date.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The interface, and the reasons for failures that the parts below it write in English.
SOURCES = [*sorted((ROOT / "src" / "timeward" / "ui").rglob("*.py")),
           ROOT / "src" / "timeward" / "domain" / "reasons.py"]
TS_DIR = ROOT / "translations"
#: Qt's own words (text fields' menus, the file dialog, its buttons) for the languages Qt ships no
#: qtbase translation for: written here, not extracted (``qt_<lang>.ts``).
QT_LANGUAGES = ("vi", "th", "id")
QM_DIR = ROOT / "src" / "timeward" / "assets" / "i18n"
LANGUAGES = ("en", "vi", "th", "id")
#: Every .ts file, built to a .qm of the same name.
CATALOGUES = (*(f"timeward_{language}" for language in LANGUAGES), *(f"qt_{language}" for language in QT_LANGUAGES))


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: run this with the project's .venv")
    return found


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none",
                        *map(str, SOURCES), "-ts", str(TS_DIR / f"timeward_{language}.ts")], check=True)
    fill_english_plurals(TS_DIR / "timeward_en.ts")


def fill_english_plurals(path: Path) -> None:
    """English forms follow from the source: "minute(s)" -> "minute" / "minutes"."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = translation.findall("numerusform")
        for form, text in zip(forms, (re.sub(r"\(s\)", "", source), source.replace("(s)", "s")), strict=False):
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def build(target: Path = QM_DIR) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in CATALOGUES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"{name}.ts"),
                        "-qm", str(target / f"{name}.qm")], check=True)


def check() -> int:
    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder))
        stale = [name for name in CATALOGUES if not (QM_DIR / f"{name}.qm").is_file()
                 or not filecmp.cmp(Path(folder) / f"{name}.qm", QM_DIR / f"{name}.qm", shallow=False)]
    if stale:
        print(f"out of date: {', '.join(stale)}; run `make i18n-build`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit("usage: i18n.py update|build|check")
