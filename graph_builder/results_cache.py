"""Whole results kept beside the store, so that a listing asked again streams from a file.

A whole listing is evaluated by pyoxigraph at an index lookup per pattern and row (2,000–14,000
rows/s at 10,000 articles); written once as CSV, it is read back at disk speed. A result is
kept only when it took at least WORTH_S to compute (a lookup by name answers in milliseconds),
under `<store>.results/`, named by the store's state and a hash of the query text and graphs it
ran on. The store's state is its folder's identity and every file's name, size and time: any
build (a new folder swapped in) or update (RocksDB writes new files) changes it, so a kept
result is never served for a store it was not computed on, and results of earlier states are
deleted when a new one is kept. A query whose header keeps lookups (kept_rows.py) keeps, from the
same evaluation of its whole listing, a table that answers those lookups by index."""
from __future__ import annotations

import hashlib
import os
import shutil
import time
from contextlib import suppress
from pathlib import Path
from typing import Callable, TextIO

WORTH_S = 0.1           # keep a result that took this long (seconds) to compute
KEEP = 16               # results kept per store state, the most recently used first


def folder(store_path: Path) -> Path:
    store_path = Path(store_path)
    return store_path.with_name(f"{store_path.name}.results")


def state(store_path: Path) -> str:
    """The store's state as 16 hex digits: changes whenever anything is written to it."""
    h = hashlib.sha256()
    h.update(str(os.stat(store_path).st_ino).encode())
    for entry in sorted(os.scandir(store_path), key=lambda e: e.name):
        s = entry.stat(follow_symlinks=False)
        h.update(f"{entry.name}\0{s.st_size}\0{s.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _name(store_state: str, text: str, graphs) -> str:
    h = hashlib.sha256(text.encode("utf-8"))
    h.update("\n".join(g.value for g in graphs or []).encode("utf-8"))
    return f"{store_state}-{h.hexdigest()[:24]}.csv"


class _Tee:
    """A text stream writing to `out` and to the file being kept."""

    def __init__(self, out: TextIO, copy: TextIO) -> None:
        self.out, self.copy = out, copy

    def write(self, text: str) -> int:
        self.copy.write(text)
        return self.out.write(text)


def write_csv(store_path: Path, store_state: str, text: str, graphs, compute: Callable[[TextIO], bool | None],
              out: TextIO, worth: float | None = None, fresh: bool = False) -> bool:
    """Write the CSV result of `text` on `graphs` to `out`: from the kept file when there is one
    for this store state, else by `compute(stream)`, keeping what it wrote when that took
    WORTH_S (or `worth`) or more and the store did not change meanwhile, unless `compute` says
    False (what it wrote is kept elsewhere already). True when the kept file served it (never
    when `fresh`).
    A folder that cannot be written (a read-only store) only means nothing is kept."""
    where = folder(store_path)
    kept = where / _name(store_state, text, graphs)
    try:
        src = None if fresh else open(kept, encoding="utf-8", newline="")
    except OSError:
        src = None
    if src is not None:
        with suppress(OSError):
            os.utime(kept)          # most recently used (a read-only folder keeps its times)
        with src:
            shutil.copyfileobj(src, out, 1 << 20)
        return True
    try:
        where.mkdir(exist_ok=True)
        part = where / f".{kept.name}.{os.getpid()}.part"
        copy = open(part, "w", encoding="utf-8", newline="")
    except OSError:
        compute(out)
        return False
    t = time.perf_counter()
    try:
        with copy:
            worth_keeping = compute(_Tee(out, copy)) is not False
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    try:
        if worth_keeping and time.perf_counter() - t >= (WORTH_S if worth is None else worth) \
                and state(store_path) == store_state:
            os.replace(part, kept)
            _prune(where, store_state)
    finally:
        part.unlink(missing_ok=True)
    return False


def _prune(where: Path, store_state: str) -> None:
    """Delete results of other store states, and all but the KEEP most recently used."""
    current = []
    for f in where.glob("*.csv"):
        if not f.name.startswith(store_state + "-"):
            f.unlink(missing_ok=True)
        else:
            current.append(f)

    def used(f: Path) -> int:
        try:
            return f.stat().st_mtime_ns
        except OSError:         # deleted by another process meanwhile
            return 0
    for f in sorted(current, key=used, reverse=True)[KEEP:]:
        f.unlink(missing_ok=True)


def write_saved_csv(store_path: Path, q, params: dict[str, str], out: TextIO, worth: float | None = None,
                    fresh: bool = False) -> bool:
    """A saved query's whole result as CSV (`mtkg query NAME --format csv`), kept or computed.
    Kept under the query's text with its parameters bound and its names as given, before they
    are looked up: a name resolves to the same nodes on the same store state, and a kept listing
    by name ("Chỉ thị 18") is then served without opening the store."""
    from . import query as Q
    from .store import open_read
    if not Path(store_path).is_dir():
        store = open_read(store_path)           # a clear error when there is no store
        Q.write(Q.run(store, *Q.planned(store, q, params)), "csv", out)
        return False
    # the state before the store is opened: a result is never kept under a state newer than the
    # snapshot it was computed on (an update in between changes the state again, and nothing is kept)
    store_state = state(store_path)
    text, pending = Q.prepare(q, params)
    key = text + "".join(f"\n# {lookup!r} = {value!r}" for lookup, value in pending)

    def compute(stream: TextIO) -> bool:
        from . import kept_rows
        store = open_read(store_path)
        if not params and kept_rows.kept(q):    # the whole listing, and the table of its lookups
            kept_rows.keep(store, store_path, store_state, q, stream)
            kept_rows.prune(store_path, store_state)
            return True
        # a lookup its kept table answered is not kept again as a file: the table is the one
        # copy (and a damaged table then falls back to the store, not to a copy of its rows)
        found = kept_rows.answer(store, store_path, q, params, lines=True)
        if found is not None:
            Q.write(found, "csv", stream)
            return False
        Q.write(Q.run_saved(store, q, params), "csv", stream)
        return True
    return write_csv(store_path, store_state, key, None, compute, out, worth, fresh)


class _Discard:
    def write(self, text: str) -> int:
        return len(text)


def keep_listings(store_path: Path, queries) -> list[tuple[str, float]]:
    """Compute and keep the whole listing of every saved query that needs no parameter, however
    long it takes (`mtkg build --keep-listings`), so that the first listing after a build is
    streamed from its file too, and the table of each query's kept lookups (kept_rows.py), from
    the same rows. (name, seconds) for each."""
    from . import kept_rows
    from .store import open_read
    done = []
    for q in queries:
        t = time.perf_counter()
        if not q.required:
            # computed again when its lookups' table is missing, though the listing was kept
            missing = bool(kept_rows.kept(q)) and not kept_rows.path(store_path, state(store_path), q).exists()
            write_saved_csv(store_path, q, {}, _Discard(), worth=0.0, fresh=missing)
        elif set(q.required) <= {l.param for l in kept_rows.kept(q)}:
            # no whole listing without its parameter, but a table of its rows for the lookups
            store_state = state(store_path)
            kept_rows.keep(open_read(store_path), store_path, store_state, q, _Discard())
            kept_rows.prune(store_path, store_state)
        else:
            continue
        done.append((q.name, time.perf_counter() - t))
    return done
