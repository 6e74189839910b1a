"""When Python's cycle collector runs. Extraction and network exports make millions of small
containers that hold no reference cycles; at CPython's default a young collection runs every 700
new ones, and the older generations (lexicons, caches, a graph being projected) are traversed
again and again. That was a seventh of a build worker's time and a third of a network export's.
Reference counting still frees what they drop."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

RARELY = (50_000, 20, 100)      # thresholds while extracting: a young collection every 50,000


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """No cycle collection in the block (an export: no cycles, many objects)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def collect_rarely() -> None:
    """For a process of its own (a build's worker): young collections every RARELY[0]."""
    gc.set_threshold(*RARELY)


def freeze() -> None:
    """What is alive now (lexicons and caches, once loaded) is never traversed again."""
    gc.freeze()


@contextmanager
def collecting_rarely() -> Iterator[None]:
    """collect_rarely in the caller's own process, whose settings are given back after the
    block (nothing of it is frozen: that could not be undone for the caller's own objects)."""
    was = gc.get_threshold()
    collect_rarely()
    try:
        yield
    finally:
        gc.set_threshold(*was)
