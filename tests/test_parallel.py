"""split_map: the same answer as one process, in order, shared by both processes by how long
each chunk takes, and whole even when the child fails."""

from __future__ import annotations

import os
import sys
import time

from timeward import parallel

SHARED = (os.cpu_count() or 1) > 1 and sys.platform == "linux"


def squares(part):
    return [(n * n, os.getpid()) for n in part]


def slow_squares(part):
    time.sleep(0.002)  # stands for a chunk of parsing, so that both processes get to take some
    return squares(part)


def test_a_large_batch_is_shared_and_answers_in_order():
    numbers = list(range(1000))
    results = parallel.split_map(slow_squares, numbers)
    assert [r[0] for r in results] == [n * n for n in numbers]
    if SHARED:
        assert len({pid for _square, pid in results}) == 2  # some chunks came from the child


def test_costly_chunks_are_balanced_between_the_processes():
    parent = os.getpid()

    def costly_here(part):  # every chunk costs the parent ten times what it costs the child
        time.sleep(0.01 if os.getpid() == parent else 0.001)
        return squares(part)

    results = parallel.split_map(costly_here, list(range(1000)))
    if SHARED:
        from_child = sum(pid != parent for _square, pid in results)
        assert from_child > 600  # a fixed half each would have given the child 500


def test_a_child_that_dies_has_its_half_done_here():
    parent = os.getpid()

    def dies_in_child(part):
        if os.getpid() != parent:
            os._exit(3)
        return [n + 1 for n in part]

    assert parallel.split_map(dies_in_child, list(range(600))) == list(range(1, 601))


def test_a_small_batch_stays_here():
    assert {pid for _s, pid in parallel.split_map(squares, list(range(10)))} == {os.getpid()}
