"""split_chunks: the same answer as one process, handed on chunk by chunk as it is done, shared by
both processes by how long each chunk takes, and whole even when the child fails."""

from __future__ import annotations

import multiprocessing
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


def in_order(done):
    """The results of every chunk, in the order of the items (chunks start at distinct numbers)."""
    return [result for _chunk, results in sorted(done, key=lambda pair: pair[0][0]) for result in results]


def test_a_large_batch_is_shared_and_gives_every_result_once():
    numbers = list(range(1000))
    done = list(parallel.split_chunks(slow_squares, numbers))
    assert sorted(n for chunk, _results in done for n in chunk) == numbers
    assert all(len(chunk) == len(results) for chunk, results in done)
    results = in_order(done)
    assert [r[0] for r in results] == [n * n for n in numbers]
    if SHARED:
        assert len({pid for _square, pid in results}) == 2  # some chunks came from the child


def test_costly_chunks_are_balanced_and_the_childs_come_while_the_parent_works():
    parent = os.getpid()

    def costly_here(part):  # every chunk costs the parent ten times what it costs the child
        time.sleep(0.01 if os.getpid() == parent else 0.001)
        return squares(part)

    done = list(parallel.split_chunks(costly_here, list(range(1000))))
    if SHARED:
        from_child = [results[0][1] != parent for _chunk, results in done]
        assert sum(len(results) for (_c, results), child in zip(done, from_child, strict=True) if child) > 600
        last_of_parent = max(index for index, child in enumerate(from_child) if not child)
        assert any(from_child[:last_of_parent])  # handed on as they came, not all at the end


def test_a_child_that_dies_has_its_chunks_done_here():
    parent = os.getpid()

    def dies_in_child(part):
        if os.getpid() != parent:
            os._exit(3)
        return [n + 1 for n in part]

    assert in_order(parallel.split_chunks(dies_in_child, list(range(600)))) == list(range(1, 601))


def test_a_caller_that_stops_early_leaves_no_child_behind():
    done = parallel.split_chunks(slow_squares, list(range(2000)))
    next(done)
    done.close()
    assert multiprocessing.active_children() == []


def test_a_small_batch_stays_here():
    done = list(parallel.split_chunks(squares, list(range(10))))
    assert len(done) == 1
    assert {pid for _s, pid in done[0][1]} == {os.getpid()}
