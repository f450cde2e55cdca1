"""The translations are complete and current: every interface string of the sources is in each
language's .ts, none is unfinished or left over, and the committed .qm files are built from them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402

TRANSLATED = [language for language in i18n.LANGUAGES if language != "en"]


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_source_string_is_translated(tmp_path, language):
    committed = i18n.TS_DIR / f"timeward_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run([i18n.tool("pyside6-lupdate"), "-locations", "none", *map(str, i18n.SOURCES), "-ts", str(fresh)],
                   check=True, capture_output=True)
    now, before = messages(fresh), messages(committed)
    assert sorted(set(now) - set(before)) == [], "strings not in the .ts: run `make i18n-update` and translate them"
    unfinished = [key for key, m in now.items() if (m.find("translation").get("type") or "") in
                  ("unfinished", "vanished", "obsolete")]
    assert unfinished == [], f"{language}: unfinished or left-over entries"
    for (context, source), message in now.items():
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        assert all(t.strip() for t in texts), (context, source)
        for mark in ("%1", "%2", "%n", *re.findall(r"\{\w+\}", source)):
            if mark in source:  # what the app fills in must be there to fill
                assert all(mark in t for t in texts), (context, source, mark)


def test_the_compiled_translations_are_current():
    assert i18n.check() == 0


@pytest.mark.parametrize("language", i18n.QT_LANGUAGES)
def test_qts_own_words_are_translated_for_the_languages_qt_ships_none_for(language):
    own = messages(i18n.TS_DIR / f"qt_{language}.ts")
    assert {"QLineEdit", "QFileDialog", "QPlatformTheme"} <= {context for context, _source in own}
    for (context, source), message in own.items():
        text = message.findtext("translation") or ""
        assert text.strip() and message.find("translation").get("type") is None, (context, source)
        assert text.count("%1") == source.count("%1") and text.count("\n") == source.count("\n"), (context, source)
        assert ("&" in text) == ("&" in source), (context, source)  # the key that opens it stays
