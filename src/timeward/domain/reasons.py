"""Why a calendar source, the keyring or an address failed (and what a check found), as sentences
with named blanks.

The parts below the interface write these in English (the command line, the log and the cache
keep them so), always as the whole message or after a "<what>: " prefix. The tray finds the
sentence again in what it reads back (``ui/reason_text.py``) and shows its translation with the
same blanks filled, so a sync run as a child process still speaks the user's language.
"""

from __future__ import annotations

import string


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """Marks ``text`` for translation without importing Qt: lupdate reads the call, Python keeps the text."""
    del context
    return text


def say(reason: str, /, **blanks: object) -> str:
    """``reason`` with its blanks filled."""
    return reason.format(**blanks)


def about(what: object, reason: str, /, **blanks: object) -> str:
    """The message of a failure of ``what`` (a calendar, a host, a file): "<what>: <reason>"."""
    return f"{what}: {say(reason, **blanks)}"


# The network and the server.
NO_ANSWER_IN_TIME = QT_TRANSLATE_NOOP("Reason", "the server did not answer in time")
NO_WHOLE_ANSWER = QT_TRANSLATE_NOOP("Reason", "the server sent no whole answer within {seconds} s")
UNREACHABLE = QT_TRANSLATE_NOOP("Reason", "the server could not be reached ({error})")
BUSY = QT_TRANSLATE_NOOP("Reason", "the server asks to wait (busy or rate-limited)")
ASKS_TO_WAIT = QT_TRANSLATE_NOOP("Reason", "the server asks to wait ({status})")
SERVER_FAILED = QT_TRANSLATE_NOOP("Reason", "the server failed ({status})")
ANSWERED = QT_TRANSLATE_NOOP("Reason", "the server answered {status}")
REQUEST_REFUSED = QT_TRANSLATE_NOOP("Reason", "the server refused the request ({status})")
ANSWER_UNUSABLE = QT_TRANSLATE_NOOP("Reason", "the server's answer could not be used ({reason})")
ANSWER_TOO_LARGE = QT_TRANSLATE_NOOP("Reason", "the server's answer is larger than {size} MiB; it is not read")
WEB_PAGE = QT_TRANSLATE_NOOP("Reason", "the server sent a web page, not calendar data (a sign-in page, or a "
                                       "network that wants you to log in first?)")
EMPTY_ANSWER = QT_TRANSLATE_NOOP("Reason", "the server sent an empty answer, not calendar data (a sign-in page, "
                                           "or a network that wants you to log in first?)")
# Access.
LOGIN_REFUSED = QT_TRANSLATE_NOOP("Reason", "the user name or password was not accepted")
NO_PASSWORD_STORED = QT_TRANSLATE_NOOP("Reason", "no password is stored for this account")
NO_PASSWORD_GIVEN = QT_TRANSLATE_NOOP("Reason", "no password given")
PERMISSION_DENIED = QT_TRANSLATE_NOOP("Reason", "permission denied")
NOT_FOUND = QT_TRANSLATE_NOOP("Reason", "not found on the server")
FEED_GONE = QT_TRANSLATE_NOOP("Reason", "the feed is no longer there ({status})")
FEED_PASSWORD = QT_TRANSLATE_NOOP("Reason", "the feed asks for a password; use its secret address instead")
TOO_LARGE = QT_TRANSLATE_NOOP("Reason", "larger than {size} MiB, more than any calendar")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Reason", "no such file or folder")
# Addresses Timeward will not use.
PLAIN_HTTP_PASSWORD = QT_TRANSLATE_NOOP("Reason", "a password is never sent over plain http; use https")
ONLY_HTTPS = QT_TRANSLATE_NOOP("Reason", "only https addresses can be used")
FEED_SCHEMES = QT_TRANSLATE_NOOP("Reason", "only https, http and webcal addresses can be subscribed to")
NETWORK_SHARE = QT_TRANSLATE_NOOP("Reason", "network share paths cannot be subscribed to; use an https address")
REDIRECT_ELSEWHERE = QT_TRANSLATE_NOOP("Reason", "the server redirects to another host ({host}); the password is "
                                                 "not sent there")
REDIRECT_TO_HTTP = QT_TRANSLATE_NOOP("Reason", "the server redirects from https to plain http; the password is "
                                               "not sent there")
FEED_TO_HTTP = QT_TRANSLATE_NOOP("Reason", "redirected from https to plain http; refused")
TOO_MANY_REDIRECTS = QT_TRANSLATE_NOOP("Reason", "redirected more than {count} times")
ALREADY_HERE = QT_TRANSLATE_NOOP("Reason", "{what} is already a calendar here: {id} ({name}); nothing was added")
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("Reason", "{address} is not a valid address ({error})")
NOTHING_ADDED = QT_TRANSLATE_NOOP("Reason", "{error}; nothing was added")
NOT_ADDED_KEYRING = QT_TRANSLATE_NOOP("Reason", "{error}; the account was not added (the password can be kept "
                                                "for this session only instead)")
NOTHING_WAS_ADDED = QT_TRANSLATE_NOOP("Reason", "nothing was added")
NOTHING_WAS_CHANGED = QT_TRANSLATE_NOOP("Reason", "nothing was changed")
# Certificates.
NOT_TRUSTED = QT_TRANSLATE_NOOP("Reason", "the server's certificate is not trusted ({reason})")
NOT_TRUSTED_SHOWN = QT_TRANSLATE_NOOP("Reason", "the server's certificate is not trusted ({reason}). Its SHA-256 "
                                                "fingerprint is {fingerprint}; trust it only if you know it is "
                                                "your server's")
NOT_THE_TRUSTED_ONE = QT_TRANSLATE_NOOP("Reason", "it is not the certificate you trusted")
TRUSTED_UNUSABLE = QT_TRANSLATE_NOOP("Reason", "the trusted certificate could not be used ({error})")
OTHER_CERTIFICATE = QT_TRANSLATE_NOOP("Reason", "the server shows a certificate with the SHA-256 fingerprint "
                                                "{seen}, not {pinned}; {outcome}")
UNREACHABLE_FOR_PIN = QT_TRANSLATE_NOOP("Reason", "the server could not be reached to compare its certificate "
                                                  "with {pinned}; {outcome}")
# What a check of an account found.
CONNECTED = QT_TRANSLATE_NOOP("Reason", "connected to {label} as {user}: {count} calendar(s) found")
NO_CALENDARS = QT_TRANSLATE_NOOP("Reason", "(no calendars with events)")
# What in config.toml cannot be used: "<what> must be <rule>, not <value>; <outcome>".
MUST_BE = QT_TRANSLATE_NOOP("Reason", "{what} must be {rule}, not {value}; {outcome}")
MUST_BE_NOT = QT_TRANSLATE_NOOP("Reason", "{what} must be {rule}, not {value}")
MUST_BE_PLAIN = QT_TRANSLATE_NOOP("Reason", "{what} must be {rule}")
NEEDS = QT_TRANSLATE_NOOP("Reason", "{what} needs '{key}'")
UNKNOWN_SETTING = QT_TRANSLATE_NOOP("Reason", "unknown setting '{key}' is ignored")
UNKNOWN_SETTING_LIKE = QT_TRANSLATE_NOOP("Reason", "unknown setting '{key}' (did you mean '{close}'?) is ignored")
ONLY_TABLES = QT_TRANSLATE_NOOP("Reason", "'{key}' must hold only [[{key}]] tables; the other entries are ignored")
NOT_DATE_OR_DAY = QT_TRANSLATE_NOOP("Reason", "{what}: {word} is neither a date (2026-12-24) nor a weekday; it is "
                                              "ignored")
SCHEMA_UNKNOWN = QT_TRANSLATE_NOOP("Reason", "schema {schema} is not known to this version of Timeward; reading "
                                             "what it can")
CLIENT_NEEDS = QT_TRANSLATE_NOOP("Reason", "{what} needs a 'name' and something to recognise the client by "
                                           "('match': addresses or domains, 'calendars' or 'titles'); it is ignored")
ROW_IGNORED = QT_TRANSLATE_NOOP("Reason", "{what} {error}; it is ignored")
LEFT_OUT = QT_TRANSLATE_NOOP("Reason", "{error}; that calendar is left out until it is fixed")
SAME_ID = QT_TRANSLATE_NOOP("Reason", "{what} has the id {id} of an earlier one; it is left out")
USING_DEFAULTS = QT_TRANSLATE_NOOP("Reason", "{error}; using the defaults")
# The rules and outcomes those sentences hold.
IGNORED = QT_TRANSLATE_NOOP("Reason", "it is ignored")
USING = QT_TRANSLATE_NOOP("Reason", "using {value}")
NO_CALENDAR_SYNCED = QT_TRANSLATE_NOOP("Reason", "no calendar is synced")
RULE_TABLE = QT_TRANSLATE_NOOP("Reason", "a table ([{key}])")
RULE_TABLES = QT_TRANSLATE_NOOP("Reason", "a list of [[{key}]] tables")
RULE_MINUTES = QT_TRANSLATE_NOOP("Reason", "a number of minutes between 0 and 1440")
RULE_NUMBER = QT_TRANSLATE_NOOP("Reason", "a number between 0 and {most}")
RULE_WHOLE_MINUTES = QT_TRANSLATE_NOOP("Reason", "a whole number from 1 to 1440")
RULE_WORDS = QT_TRANSLATE_NOOP("Reason", "a list of text")
RULE_TEXT = QT_TRANSLATE_NOOP("Reason", "text")
RULE_TRUE_FALSE = QT_TRANSLATE_NOOP("Reason", "true or false")
RULE_ADDRESSES = QT_TRANSLATE_NOOP("Reason", "a list of your e-mail addresses")
RULE_CALENDARS = QT_TRANSLATE_NOOP("Reason", "a list of calendar addresses")
RULE_ONE_OF = QT_TRANSLATE_NOOP("Reason", "one of {choices}")
RULE_HOURS = QT_TRANSLATE_NOOP("Reason", 'like "09:00-17:00" (or "" for a day without calls)')
RULE_FOLDER = QT_TRANSLATE_NOOP("Reason", "a folder name (letters, digits, - and _)")
SERVICE_NAME = QT_TRANSLATE_NOOP("Reason", "needs a 'name'")
SERVICE_HOST = QT_TRANSLATE_NOOP("Reason", "needs a 'host' (and a 'path', if any) as text")
SERVICE_NORMALISE = QT_TRANSLATE_NOOP("Reason", "normalise must be one of {choices}")
SERVICE_PATTERN = QT_TRANSLATE_NOOP("Reason", "not a regular expression ({error})")
# Damaged files of Timeward's own.
CACHE_SET_ASIDE = QT_TRANSLATE_NOOP("Reason", "{path} was damaged ({error}): it was set aside as {aside}, and the "
                                              "next sync fills a new one from your calendars")
CACHE_DAMAGED = QT_TRANSLATE_NOOP("Reason", "{path} was damaged ({error}): it is set aside, and the next sync fills "
                                            "a new one from your calendars")
JOURNAL_READ_BACK = QT_TRANSLATE_NOOP("Reason", "{path} was damaged ({error}): it is kept as it was in {aside}, and "
                                                "{read} could be read back from it")
JOURNAL_AND_COPY = QT_TRANSLATE_NOOP("Reason", "{notice}; {more} more came from the daily copy {copy}")
NOTHING = QT_TRANSLATE_NOOP("Reason", "nothing")
# The words of SQLite and of the OS that most often end a message of the journal or the cache:
# written by them, not here, and listed so that the tray finds and translates them too.
DISK_FULL = QT_TRANSLATE_NOOP("Reason", "database or disk is full")
DATABASE_LOCKED = QT_TRANSLATE_NOOP("Reason", "database is locked")
READ_ONLY_DATABASE = QT_TRANSLATE_NOOP("Reason", "attempt to write a readonly database")
DISK_IO = QT_TRANSLATE_NOOP("Reason", "disk I/O error")
MALFORMED = QT_TRANSLATE_NOOP("Reason", "database disk image is malformed")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Reason", "unable to open database file")
NO_SPACE = QT_TRANSLATE_NOOP("Reason", "No space left on device")
OS_PERMISSION = QT_TRANSLATE_NOOP("Reason", "Permission denied")
READ_ONLY_FS = QT_TRANSLATE_NOOP("Reason", "Read-only file system")
# The keyring.
NO_KEYRING = QT_TRANSLATE_NOOP("Reason", "no keyring is available on this system (install and unlock GNOME "
                                         "Keyring or KWallet)")
KEYRING_LOCKED = QT_TRANSLATE_NOOP("Reason", "the keyring is locked; unlock it and try again")
KEYRING_UNOPENED = QT_TRANSLATE_NOOP("Reason", "the keyring could not be opened ({error})")
KEYRING_FAILED = QT_TRANSLATE_NOOP("Reason", "the keyring failed ({error})")
KEYRING_DROPPED = QT_TRANSLATE_NOOP("Reason", "the keyring ({name}) did not keep the password")

#: Every sentence above, for the tray to find in a message it reads back.
ALL: tuple[str, ...] = tuple(value for name, value in dict(globals()).items()
                             if name.isupper() and isinstance(value, str) and not name.startswith("_"))


def must_be(what: str, rule: str, value: object, outcome: str = IGNORED) -> str:
    """ "<what> must be <rule>, not <value!r>; <outcome>": a value of config.toml that cannot be used."""
    return say(MUST_BE, what=what, rule=rule, value=repr(value), outcome=outcome)


def blanks(reason: str) -> list[str]:
    """The names of ``reason``'s blanks, in order."""
    return [name for _text, name, _spec, _conv in string.Formatter().parse(reason) if name]
