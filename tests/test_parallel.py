"""split_map: the same answer as one process, in order, and whole even when the child fails."""

from __future__ import annotations

import os
import sys

from timeward import parallel


def squares(part):
    return [(n * n, os.getpid()) for n in part]


def test_a_large_batch_is_split_and_answers_in_order():
    numbers = list(range(1000))
    results = parallel.split_map(squares, numbers)
    assert [r[0] for r in results] == [n * n for n in numbers]
    if (os.cpu_count() or 1) > 1 and sys.platform == "linux":
        assert len({pid for _square, pid in results}) == 2  # the second half came from a child


def test_a_child_that_dies_has_its_half_done_here():
    parent = os.getpid()

    def dies_in_child(part):
        if os.getpid() != parent:
            os._exit(3)
        return [n + 1 for n in part]

    assert parallel.split_map(dies_in_child, list(range(600))) == list(range(1, 601))


def test_a_small_batch_stays_here():
    assert {pid for _s, pid in parallel.split_map(squares, list(range(10)))} == {os.getpid()}
