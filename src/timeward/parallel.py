"""Splitting a large batch of CPU-bound work over two processes.

A first sync reads thousands of objects at once, and Python runs them on one core. Where the
platform forks cheaply (Linux), ``split_map`` hands the second half of a large batch to a forked
child (which shares the parent's memory, modules and data, so nothing is sent to it) and takes
its results back through a pipe. If the child fails for any reason its half is done here, so the
answer never depends on the child.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Below this many items a fork costs more than it saves.
SPLIT_FROM = 400


def split_map(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item]) -> list[Result]:
    """``work(items)``, with the second half of a large batch run in a forked child process.

    ``work`` must not touch shared resources (database connections, sockets) and its results
    must pickle. Call it only with no other thread running (a fork copies only this one)."""
    if len(items) < SPLIT_FROM or sys.platform != "linux" or (os.cpu_count() or 1) < 2:
        return work(items)
    import multiprocessing

    half = len(items) // 2
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run_child, args=(work, items[half:], sender), daemon=True)
    child.start()
    sender.close()
    first = work(items[:half])
    try:
        second: list[Result] = receiver.recv()
    except (EOFError, OSError):  # the child died: its half is done here
        second = work(items[half:])
    finally:
        receiver.close()
        child.join()
    return first + second


def _run_child(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], sender: object) -> None:
    sender.send(work(items))  # type: ignore[attr-defined]
    sender.close()  # type: ignore[attr-defined]
