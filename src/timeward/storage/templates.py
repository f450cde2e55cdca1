"""Templates: the phrases to say and the follow-up mails, built into the package per language
and overridable in the config folder (``templates/<language>/<name>.toml``), and for one client
in its own folder (``templates/clients/<folder>/<language>/<name>.toml``), in that order.

A user's file that cannot be used is reported and the built-in one is used instead.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from timeward.assets import FOLDER
from timeward.domain.followup import FollowupBook, followup_book
from timeward.domain.phrases import PhraseBook, TemplateProblem, validate

FALLBACK_LANGUAGE = "en"
Book = TypeVar("Book")


def _builtin(language: str, name: str = "phrases") -> dict[str, str] | None:
    folder = FOLDER / "templates" / language / f"{name}.toml"
    try:
        return tomllib.loads(folder.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None


def load_phrases(language: str, config: Path | None = None, client: str = "") -> tuple[PhraseBook, str | None]:
    """The phrase book for ``language`` (English when there is none), with the user's own and then
    the ``client`` folder's over it, and a problem message (None when all is well)."""
    return _load("phrases", validate, "the built-in phrases are used instead", language, config, client)


def _folders(config: Path, client: str) -> list[Path]:
    """Where the user's templates are, most general first: the user's, then the client's."""
    return [config / "templates", *([config / "templates" / "clients" / client] if client else [])]


def load_followup(language: str, config: Path | None = None, client: str = "") -> tuple[FollowupBook, str | None]:
    """The follow-up templates for ``language`` (English when there are none), with the user's
    own and then the ``client`` folder's over them, and a problem message about a file that
    could not be used (None when all is well)."""
    return _load("followup", followup_book, "the built-in follow-up template is used instead", language, config,
                 client)


def _load(name: str, build: Callable[[str, dict[str, str]], Book], used_instead: str, language: str,
          config: Path | None, client: str) -> tuple[Book, str | None]:
    """The ``name`` templates built by ``build``: the built-in ones of ``language`` (English when
    there are none), then each user's file over them, stopping at the first that cannot be used."""
    builtin = _builtin(language, name)
    if builtin is None:
        language, builtin = FALLBACK_LANGUAGE, _builtin(FALLBACK_LANGUAGE, name)
    assert builtin is not None, f"the built-in English {name}.toml is missing from the package"
    book = build(language, builtin)
    if config is None:
        return book, None
    merged = dict(builtin)
    for override in (folder / language / f"{name}.toml" for folder in _folders(config, client)):
        if not override.is_file():
            continue
        try:
            candidate = {**merged, **tomllib.loads(override.read_text(encoding="utf-8"))}
            book, merged = build(language, candidate), candidate
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TemplateProblem) as error:
            return book, f"{override}: {error}; {used_instead}"
    return book, None
    merged = dict(builtin)
    for override in (folder / language / "followup.toml" for folder in _folders(config, client)):
        if not override.is_file():
            continue
        try:
            candidate = {**merged, **tomllib.loads(override.read_text(encoding="utf-8"))}
            book, merged = followup_book(language, candidate), candidate
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TemplateProblem) as error:
            return book, f"{override}: {error}; the built-in follow-up template is used instead"
    return book, None
