"""Keeping the tray's own windows (cards, the timer) out of the taskbar and the pager.

Qt has no flag for it. On X11 the window manager reads _NET_WM_STATE_SKIP_TASKBAR and
_NET_WM_STATE_SKIP_PAGER from a window before it is mapped, and Qt keeps states set on an
unmapped window when it adds its own; so the atoms are set through Qt's own xcb connection
(libxcb, which Qt's xcb platform loads anyway) once the native window exists. Elsewhere (Wayland,
Windows, macOS: where a tool window is kept out of the taskbar already) this does nothing, and on
X11 it is best effort: a failure leaves the window as Qt made it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)
_ATOM, _REPLACE = 4, 0  # XCB_ATOM_ATOM, XCB_PROP_MODE_REPLACE


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("pad0", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("atom", ctypes.c_uint32)]


@cache
def _xcb() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("xcb")
    if name is None:
        return None
    library = ctypes.CDLL(name)
    library.xcb_intern_atom.restype = _Cookie
    library.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    library.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    library.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    library.xcb_change_property.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                            ctypes.c_uint32, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_void_p]
    library.xcb_flush.argtypes = [ctypes.c_void_p]
    return library


def _atom(xcb: ctypes.CDLL, connection: int, name: bytes) -> int:
    reply = xcb.xcb_intern_atom_reply(connection, xcb.xcb_intern_atom(connection, 0, len(name), name), None)
    if not reply:
        raise OSError(f"no atom {name.decode()}")
    atom = reply.contents.atom
    ctypes.CDLL(None).free(reply)
    return atom


class _OnEachShow(QObject):
    """Sets the states again before each showing: a window manager drops them from a window that
    is hidden (withdrawn), and the timer window is hidden and shown again and again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            _mark(watched)
        return False


def keep_out_of_taskbar(widget: QWidget) -> None:
    """Keep ``widget``'s window out of the taskbar and the pager, each time it is shown."""
    if QGuiApplication.platformName() != "xcb":
        return
    watcher = _OnEachShow(widget)
    widget.installEventFilter(watcher)
    _mark(widget)


def _connection() -> tuple[int, ctypes.CDLL | None]:
    app = QGuiApplication.instance()
    native = app.nativeInterface() if app is not None else None  # type: ignore[attr-defined]
    return (int(native.connection()) if native is not None else 0), _xcb()


def _mark(widget: QWidget) -> None:
    try:
        connection, xcb = _connection()
        if xcb is None or not connection:
            return
        window = int(widget.winId())
        states = (ctypes.c_uint32 * 2)(_atom(xcb, connection, b"_NET_WM_STATE_SKIP_TASKBAR"),
                                       _atom(xcb, connection, b"_NET_WM_STATE_SKIP_PAGER"))
        xcb.xcb_change_property(connection, _REPLACE, window, _atom(xcb, connection, b"_NET_WM_STATE"), _ATOM, 32,
                                2, states)
        xcb.xcb_flush(connection)
    except (OSError, AttributeError, TypeError, ValueError) as error:
        logger.debug("the window stays in the taskbar: %s", error)
