"""A second process that reads a first sync's objects while this one does, on another core.

A first sync of a large calendar spends most of its own time parsing. The helper is a fresh
interpreter (started, not forked: safe with threads, the same on every OS), started when a first
sync begins, so it has imported the parser by the time the server's answer arrives. The objects
are then cut into chunks that this process and the helper take in turn from both ends of one
queue, so neither waits while the other reads the costlier ones.

No helper outlives its sync: it runs in its own session (Ctrl-C reaches only the sync, which
prints one line), ends when its input closes (which the kernel does when the sync ends in any
way, even killed), and is killed when the sync stops reading early. A chunk the helper took and
did not return (it died, or could not be started) is read here: the helper only ever saves time.
"""

from __future__ import annotations

import collections
import contextlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TypeVar, cast

Item = TypeVar("Item", bound=tuple[str, str | None, bytes])
Found = TypeVar("Found")
#: Below this many objects the helper is not worth its messages.
MIN_OBJECTS = 400
#: About this many chunks per sync: small enough that both finish close together.
CHUNKS = 48
#: Chunks handed to the helper before it returns one: it never waits for the next.
AHEAD = 2
_LENGTH = struct.Struct("!Q")
#: Far above any chunk or its answer (a few MB).
MAX_MESSAGE = 1 << 28


def _send(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> object:
    """The next message, or None at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    if size > MAX_MESSAGE:  # not one of our messages: the other end is not the helper it should be
        return None
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)  # noqa: S301 - the other end is our own child, on a private pipe


def _command() -> list[str]:
    """How to start the helper (from source, or the frozen bundle's own program)."""
    from timeward.launch import helper_command

    return helper_command()


class ReadingHelper:
    """The helper process of one sync; ``read`` uses it for one batch of objects."""

    def __init__(self, process: subprocess.Popen[bytes] | None) -> None:
        self._process = process

    @classmethod
    def start(cls, command: list[str] | None = None) -> ReadingHelper:
        """Start the helper now (it imports the parser while the server prepares its answer);
        ``command`` replaces how it is started (tests start helpers that fail)."""
        command = command or _command()
        try:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, start_new_session=True)
        except OSError:
            return cls(None)
        return cls(process)

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def stop(self) -> None:
        """End the helper now. It is killed before its pipes are closed: a thread still reading
        its answers then sees the end of them, instead of a pipe closed under it."""
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:  # its last chunk could not be flushed: no one wants it now
                pass

    def __enter__(self) -> ReadingHelper:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def read(self, items: Sequence[Item], context: tuple[object, ...],
             read: Callable[[bytes], Found]) -> Iterator[tuple[Item, Found]]:
        """``(item, read(item[2]))`` for each of ``items`` (href, etag, data), in no set order: the
        helper reads its share as ``read_data(data, *context)``, this process the rest with ``read``."""
        process = self._process

        def here(part: Sequence[Item]) -> Iterator[tuple[Item, Found]]:
            return ((item, read(item[2])) for item in part)

        if process is None or len(items) < MIN_OBJECTS or not _picklable(context):
            yield from here(items)
            return
        size = max(1, -(-len(items) // CHUNKS))
        chunks = collections.deque(range(0, len(items), size))
        returned: queue.SimpleQueue[tuple[int, list[object]] | None] = queue.SimpleQueue()
        feeder = threading.Thread(target=self._feed, args=(process, items, size, chunks, context, returned),
                                  name="reading-helper", daemon=True)
        feeder.start()
        try:
            while True:
                try:
                    start = chunks.popleft()
                except IndexError:
                    break
                yield from here(items[start:start + size])
                yield from _finished(items, size, returned, block=False)
            yield from _finished(items, size, returned, block=True)
            feeder.join()
            while chunks:  # what the helper took and never returned
                start = chunks.popleft()
                yield from here(items[start:start + size])
        finally:
            if feeder.is_alive():  # stopped early (an error, a deadline): the helper is of no more use
                self.stop()
                feeder.join()

    @staticmethod
    def _feed(process: subprocess.Popen[bytes], items: Sequence[Item], size: int, chunks: collections.deque[int],
              context: tuple[object, ...], returned: queue.SimpleQueue[tuple[int, list[object]] | None]) -> None:
        """Keep the helper AHEAD chunks ahead, from the back of the queue; put each answer in
        ``returned``, then None. A chunk it did not answer goes back to the queue."""
        given: list[int] = []
        try:
            assert process.stdin is not None and process.stdout is not None
            while True:
                while len(given) < AHEAD:
                    try:
                        start = chunks.pop()
                    except IndexError:
                        break
                    given.append(start)
                    _send(process.stdin, (context, [item[2] for item in items[start:start + size]]))
                if not given:
                    break
                readings = _receive(process.stdout)
                if not isinstance(readings, list):
                    break
                returned.put((given.pop(0), readings))
        except (OSError, ValueError, pickle.PickleError, EOFError):
            pass
        finally:
            chunks.extend(given)
            returned.put(None)


def _finished(items: Sequence[Item], size: int, returned: queue.SimpleQueue[tuple[int, list[Any]] | None],
              block: bool) -> Iterator[tuple[Item, Any]]:
    """The helper's answers so far (``block``: all, up to its end)."""
    while True:
        try:
            answer = returned.get(block=block)
        except queue.Empty:
            return
        if answer is None:
            returned.put(None)  # seen again by a later call
            return
        start, readings = answer
        yield from zip(items[start:start + size], readings, strict=True)


def _picklable(context: tuple[object, ...]) -> bool:
    """Whether the helper gets the same context: a zone read from a file has no name to send."""
    try:
        return bool(pickle.loads(pickle.dumps(context)) == context)  # noqa: S301 - our own data
    except Exception:  # noqa: BLE001 - any failure means: read here
        return False


def serve(inbound: IO[bytes], outbound: IO[bytes]) -> None:
    """The helper's loop: read each chunk it is sent and answer with what it found, until its
    input ends. Its input is drained by a thread, so the sync never blocks sending a chunk while
    the helper sends an answer."""
    import timeward.calendars.ics  # noqa: F401 - the parser, before the first chunk arrives
    from timeward.sync.reading import read_data

    pending: queue.SimpleQueue[object] = queue.SimpleQueue()

    def drain() -> None:
        while (message := _receive(inbound)) is not None:
            pending.put(message)
        pending.put(None)

    threading.Thread(target=drain, name="inbound", daemon=True).start()
    while (message := pending.get()) is not None:
        context, datas = cast("tuple[tuple[Any, ...], list[bytes]]", message)
        window, zone, me, calendar = context
        _send(outbound, [read_data(data, window, zone, me, calendar) for data in datas])


def main() -> None:
    import gc
    import signal

    gc.disable()  # a short process whose objects nearly all live to its end
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):  # it only ever saves time: where cores are busy, the sync and the server go first
        with contextlib.suppress(OSError):
            os.nice(10)
    with contextlib.suppress(OSError):  # the sync ended (a broken pipe): so does its helper
        serve(sys.stdin.buffer, sys.stdout.buffer)
    os._exit(0)


if __name__ == "__main__":
    main()
