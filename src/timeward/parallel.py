"""Sharing a large batch of CPU-bound work between two processes.

A first sync reads thousands of objects at once, and Python runs them on one core. Where the
platform forks cheaply (Linux), ``split_chunks`` cuts a large batch into small chunks and forks
one child (which shares the parent's memory, modules and data, so nothing is sent to it). Both
processes take the next chunk from a shared queue until none is left, so the one that met the
costlier objects simply takes fewer chunks. Each chunk's results are handed on as soon as they
are done, the child's through a pipe, so the caller can store them while the rest is read. Any
chunk the child took but did not return (it failed for any reason) is done here, so the answer
never depends on the child.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Work = Callable[[Sequence[Item]], list[Result]]
Done = tuple[Sequence[Item], list[Result]]

#: Below this many items a fork costs more than it saves.
SPLIT_FROM = 400
#: Chunks per batch: small enough to balance two processes, and each is one byte in the queue.
CHUNKS = 64


def split_chunks(work: Work, items: Sequence[Item]) -> Iterator[Done]:
    """``(chunk, work(chunk))`` for chunks that together make ``items``, in the order they are
    done (not the order of ``items``), shared with a child process that is forked on this call.

    ``work`` must not touch shared resources (database connections, sockets) and its results
    must pickle. Call it only with no other thread running (a fork copies only this one)."""
    if len(items) < SPLIT_FROM or sys.platform != "linux" or (os.cpu_count() or 1) < 2:
        return _here(work, items)
    import multiprocessing

    size = -(-len(items) // CHUNKS)
    chunks = [items[start:start + size] for start in range(0, len(items), size)]
    queue, filling = os.pipe()  # one byte per chunk; a read of one byte is atomic
    os.write(filling, bytes(range(len(chunks))))
    os.close(filling)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run_child, args=(work, chunks, queue, sender), daemon=True)
    child.start()
    sender.close()
    return _shared(work, chunks, queue, receiver, child)


def _here(work: Work, items: Sequence[Item]) -> Iterator[Done]:
    yield items, work(items)


def _shared(work: Work, chunks: list[Sequence[Item]], queue: int, receiver: object, child: object) -> Iterator[Done]:
    done: set[int] = set()
    finished = False
    try:
        while taken := os.read(queue, 1):
            done.add(taken[0])
            yield chunks[taken[0]], work(chunks[taken[0]])
            yield from _arrived(receiver, chunks, done, wait=False)
        yield from _arrived(receiver, chunks, done, wait=True)
        finished = True
    finally:
        receiver.close()  # type: ignore[attr-defined]
        if not finished:  # the caller stopped early: the child's work is not wanted
            child.terminate()  # type: ignore[attr-defined]
        child.join()  # type: ignore[attr-defined]
        os.close(queue)
    for index, chunk in enumerate(chunks):
        if index not in done:  # the child took it and died
            yield chunk, work(chunk)


def _arrived(receiver: object, chunks: list[Sequence[Item]], done: set[int], wait: bool) -> Iterator[Done]:
    """The child's chunks that have come (``wait``: until it has sent its last)."""
    try:
        while wait or receiver.poll():  # type: ignore[attr-defined]
            message = receiver.recv()  # type: ignore[attr-defined]
            if message is None:
                return
            index, results = message
            done.add(index)
            yield chunks[index], results
    except (EOFError, OSError):  # the child died: what it took is done in the parent
        return


def _run_child(work: Work, chunks: list[Sequence[Item]], queue: int, sender: object) -> None:
    try:
        while taken := os.read(queue, 1):
            sender.send((taken[0], work(chunks[taken[0]])))  # type: ignore[attr-defined]
        sender.send(None)  # type: ignore[attr-defined]
    except OSError:  # the parent stopped reading
        pass
    finally:
        sender.close()  # type: ignore[attr-defined]
