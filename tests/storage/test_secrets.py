"""Keyring failures become messages a user can act on, and a keyring that drops secrets is caught.
The backends here are test doubles set for the test only."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import InitError, KeyringLocked

from timeward.storage import secrets


class Refusing(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.fixture
def backend():
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


@pytest.mark.parametrize(("chosen", "words"), [
    (lambda: fail.Keyring(), "no keyring is available"),
    (lambda: Refusing(KeyringLocked("locked")), "the keyring is locked"),
    (lambda: Refusing(InitError("dbus gone")), "could not be opened (dbus gone)"),
    (lambda: Refusing(RuntimeError("boom")), "the keyring failed (RuntimeError)"),
])
def test_each_keyring_failure_is_said_in_words(backend, chosen, words):
    backend(chosen())
    for action in (lambda: secrets.store("acct", "pw"), lambda: secrets.load("acct"), lambda: secrets.delete("acct")):
        with pytest.raises(secrets.SecretsUnavailable, match=words.replace("(", r"\(").replace(")", r"\)")):
            action()


def test_a_keyring_that_silently_drops_secrets_is_caught(backend):
    backend(null.Keyring())
    with pytest.raises(secrets.SecretsUnavailable, match="did not keep the password"):
        secrets.store("acct", "pw")
