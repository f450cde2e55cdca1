"""Phrase templates: the built-in ones inside the package, overridable in the config folder.

A user's file that cannot be used is reported and the built-in phrases are used instead.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from timeward.assets import FOLDER
from timeward.domain.phrases import PhraseBook, TemplateProblem, validate

FALLBACK_LANGUAGE = "en"


def _builtin(language: str) -> dict[str, str] | None:
    folder = FOLDER / "templates" / language / "phrases.toml"
    try:
        return tomllib.loads(folder.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None


def load_phrases(language: str, config: Path | None = None) -> tuple[PhraseBook, str | None]:
    """The phrase book for ``language`` and a problem message (None when all is well)."""
    builtin = _builtin(language)
    if builtin is None:
        language, builtin = FALLBACK_LANGUAGE, _builtin(FALLBACK_LANGUAGE)
    assert builtin is not None, "the built-in English phrases are missing from the package"
    book = validate(language, builtin)
    if config is None:
        return book, None
    override = config / "templates" / language / "phrases.toml"
    if not override.is_file():
        return book, None
    try:
        merged = {**builtin, **tomllib.loads(override.read_text(encoding="utf-8"))}
        return validate(language, merged), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TemplateProblem) as error:
        return book, f"{override}: {error}; the built-in phrases are used instead"
