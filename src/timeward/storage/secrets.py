"""Passwords in the OS keyring (service ``timeward``, user = the source id); the only keyring importer.

Every keyring failure becomes :class:`SecretsUnavailable` with a message a user can act on
("no keyring", "keyring locked"), never a crash, and a stored secret is never wiped because of
one. Nothing is ever written to a file: without a keyring the caller keeps the password for the
session only. A backend that silently drops secrets (keyring's ``null``) is caught by
reading the password back.
"""

from __future__ import annotations

from timeward import KEYRING_SERVICE
from timeward.domain import reasons


class SecretsUnavailable(Exception):
    """The keyring cannot be used now; the message says why in a user's words."""


def _keyring():  # the keyring module, imported only when a secret is needed
    import keyring

    return keyring


def _explain(error: Exception) -> SecretsUnavailable:
    from keyring import errors

    if isinstance(error, errors.NoKeyringError):
        text = reasons.NO_KEYRING
    elif isinstance(error, errors.KeyringLocked):
        text = reasons.KEYRING_LOCKED
    elif isinstance(error, errors.InitError):
        text = reasons.say(reasons.KEYRING_UNOPENED, error=error)
    else:
        text = reasons.say(reasons.KEYRING_FAILED, error=type(error).__name__)
    return SecretsUnavailable(text)


def load(source_id: str) -> str | None:
    """The stored password, or None when there is none."""
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, source_id)
    except (keyring.errors.KeyringError, RuntimeError) as error:
        raise _explain(error) from None


def store(source_id: str, password: str) -> None:
    """Keep ``password``; SecretsUnavailable when the keyring refuses or silently drops it."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, source_id, password)
        kept = keyring.get_password(KEYRING_SERVICE, source_id)
    except (keyring.errors.KeyringError, RuntimeError) as error:
        raise _explain(error) from None
    if kept != password:
        raise SecretsUnavailable(reasons.say(reasons.KEYRING_DROPPED, name=type(keyring.get_keyring()).__name__))


def delete(source_id: str) -> None:
    """Forget the password; nothing happens when there is none."""
    keyring = _keyring()
    try:
        keyring.delete_password(KEYRING_SERVICE, source_id)
    except keyring.errors.PasswordDeleteError:
        pass
    except (keyring.errors.KeyringError, RuntimeError) as error:
        raise _explain(error) from None
