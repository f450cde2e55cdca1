"""Sharing a large batch of CPU-bound work between two processes.

A first sync reads thousands of objects at once, and Python runs them on one core. Where the
platform forks cheaply (Linux), ``split_map`` cuts a large batch into small chunks and forks one
child (which shares the parent's memory, modules and data, so nothing is sent to it). Both
processes take the next chunk from a shared queue until none is left, so the one that met the
costlier objects simply takes fewer chunks; the child's results come back through a pipe. Any
chunk the child took but did not return (it failed for any reason) is done here, so the answer
never depends on the child.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Below this many items a fork costs more than it saves.
SPLIT_FROM = 400
#: Chunks per batch: small enough to balance two processes, and each is one byte in the queue.
CHUNKS = 64


def split_map(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item]) -> list[Result]:
    """``work(items)``, shared in chunks with a forked child process; results in item order.

    ``work`` must not touch shared resources (database connections, sockets) and its results
    must pickle. Call it only with no other thread running (a fork copies only this one)."""
    if len(items) < SPLIT_FROM or sys.platform != "linux" or (os.cpu_count() or 1) < 2:
        return work(items)
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
    try:
        done = _take_chunks(work, chunks, queue)
        with contextlib.suppress(EOFError, OSError):  # the child died: what it took is done below
            done.update(receiver.recv())
    finally:
        receiver.close()
        child.join()
        os.close(queue)
    return [result for index, chunk in enumerate(chunks)
            for result in (done[index] if index in done else work(chunk))]


def _take_chunks(work: Callable[[Sequence[Item]], list[Result]], chunks: list[Sequence[Item]],
                 queue: int) -> dict[int, list[Result]]:
    done = {}
    while taken := os.read(queue, 1):
        done[taken[0]] = work(chunks[taken[0]])
    return done


def _run_child(work: Callable[[Sequence[Item]], list[Result]], chunks: list[Sequence[Item]], queue: int,
               sender: object) -> None:
    sender.send(_take_chunks(work, chunks, queue))  # type: ignore[attr-defined]
    sender.close()  # type: ignore[attr-defined]
