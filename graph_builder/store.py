"""The embedded on-disk store (pyoxigraph), and atomic changes to it.

A build works on a staging copy (`Store.backup`, hard links on the same file system, so it
is cheap) and swaps it in only when everything succeeded: a build that fails or is killed
leaves the previous store exactly as it was, and the staging copy, from which the next build
resumes."""
from __future__ import annotations

import fcntl
import gc
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store


class StoreError(Exception):
    pass


def open_read(path: Path) -> Store:
    """Open an existing store for reading (several readers may share it)."""
    path = Path(path)
    if not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no mtkg store here (run `mtkg build` first, or pass --store)")
    try:
        return Store.read_only(str(path))
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store: {e}") from e


class Rollback(Exception):
    """Raised inside `staged` to drop the staging copy and keep the store as it was."""


def staging_path(path: Path) -> Path:
    return Path(path).with_name(f"{Path(path).name}.staging")


HELD_LOCKS: set[int] = set()     # this process's lock descriptors (forked workers close them)


def release_inherited_locks() -> None:
    """In a process forked from a build: close its copies of the build's lock, so that the lock
    goes when the build does, whatever this process is still doing."""
    for fd in list(HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    HELD_LOCKS.clear()


def lock_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.lock")


@contextmanager
def _lock(path: Path) -> Iterator[str]:
    """Hold the store's lock for a build. The lock is the kernel's (flock): it goes with the
    last process holding it, so a killed build leaves nothing stale, as long as its workers do
    not hold it on (build.py closes it in them). The file says who holds it, and is emptied on
    a clean exit: yields who held it last without a clean exit ("" when nobody)."""
    lock = lock_path(path)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "another process"
            raise StoreError(f"{path}: another build is writing this store ({holder})") from None
        stale = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode("ascii"), 0)
        HELD_LOCKS.add(fd)
        try:
            yield stale
        finally:
            os.ftruncate(fd, 0)     # only a killed build leaves its pid here
    finally:
        HELD_LOCKS.discard(fd)
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (renameat2 RENAME_EXCHANGE, Linux 3.15+); False where the
    system or the file system cannot."""
    import ctypes
    import errno
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD, RENAME_EXCHANGE = -100, 2
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def swap_in(new: Path, path: Path) -> None:
    """Make `new` the store at `path`, so that `path` always holds a whole store: an atomic
    exchange of the two folders where the system has one; else two renames, with the old
    store kept at `<path>.old` in between (`staged` puts it back if a kill fell there)."""
    old = path.with_name(f"{path.name}.old")
    if not path.exists():
        os.replace(new, path)
    elif _exchange(new, path):
        os.replace(new, old)            # `new` now holds the old store
    else:
        os.replace(path, old)
        os.replace(new, path)
    shutil.rmtree(old, ignore_errors=True)


def _clean_bulk_leftovers(store_dir: Path) -> None:
    """SST files a killed bulk load left in the folder; the store never references them."""
    for f in store_dir.glob("bulk-*.sst"):
        f.unlink(missing_ok=True)


@contextmanager
def staged(path: Path, fresh: bool = False, notes: list[str] | None = None) -> Iterator[Store]:
    """Yield a writable copy of the store at `path` (or a new one) and replace `path` with it
    when the block ends without an exception.

    The copy is `<store>.staging`. A build that is interrupted (Ctrl-C, a crash, a kill) leaves
    it behind with what it had finished, and the next build resumes from it instead of copying
    the store again; `Rollback` drops it. `fresh` starts from an empty store. Either way `path`
    itself is only ever replaced whole. A symlinked `path` is followed: the store and its lock
    are those of the real folder, and the link stays a link. What the caller should be told
    (a lock taken over from a build that was killed) is appended to `notes`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path = path.resolve()
    staging = staging_path(path)
    old = path.with_name(f"{path.name}.old")
    with _lock(path) as stale:
        if stale and notes is not None:
            notes.append(f"took over the lock of an earlier build ({stale}) that did not finish")
        if not (path / "CURRENT").exists() and (old / "CURRENT").exists():
            os.replace(old, path)       # a kill between the two renames of swap_in
        shutil.rmtree(old, ignore_errors=True)
        if fresh or not (staging / "CURRENT").exists():
            shutil.rmtree(staging, ignore_errors=True)
            if (path / "CURRENT").exists():
                if not fresh:
                    src = Store.read_only(str(path))
                    src.backup(str(staging))    # hard links: cheap on one file system
                    del src
                    gc.collect()
            elif path.exists() and any(path.iterdir()):
                raise StoreError(f"{path}: exists and is not an mtkg store; refusing to overwrite it")
        _clean_bulk_leftovers(staging) if staging.exists() else None
        store = Store(str(staging))
        try:
            yield store
            store.flush()
        except Rollback:
            del store
            gc.collect()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        except BaseException:
            store.flush()           # keep what is finished: the next build resumes from it
            del store
            gc.collect()
            raise
        del store
        gc.collect()
        swap_in(staging, path)


def replace_graph(store: Store, graph: NamedNode, quads: Iterable[Quad]) -> int:
    """Replace the named graph with the quads (idempotent: same input, same graph)."""
    store.remove_graph(graph) if store.contains_named_graph(graph) else None
    quads = list(quads)
    store.extend(quads)
    return len(quads)


def load_new_graphs(store, data: bytes, graphs: list[NamedNode], journal: NamedNode,
                    mark: NamedNode) -> None:
    """Add the N-Quads `data`, the whole content of `graphs` (absent from the store).

    The embedded store bulk-loads them (a third of a transaction's time on an empty store), and
    marks the graphs in `journal` before and unmarks them after: a build killed in between leaves
    the marks, and `unfinished` names the graphs to drop. A server gets them in transactions."""
    if not isinstance(store, Store):
        store.load(data, format=RdfFormat.N_QUADS)
        return
    store.extend([Quad(g, mark, Literal(True), journal) for g in graphs])
    store.bulk_load(data, format=RdfFormat.N_QUADS)
    store.remove_graph(journal)


def unfinished(store, journal: NamedNode) -> list[NamedNode]:
    """Graphs a killed build was loading (see `load_new_graphs`)."""
    if not isinstance(store, Store):
        return []
    return sorted({q.subject for q in store.quads_for_pattern(None, None, None, journal)
                   if isinstance(q.subject, NamedNode)}, key=lambda g: g.value)


def graphs_with_prefix(store: Store, prefix: str) -> list[NamedNode]:
    return [g for g in store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(prefix)]


def dump(store: Store, fmt: RdfFormat, out) -> None:
    """Write the whole dataset (or, for triple formats, the union of its graphs), Turtle and
    TriG with the project's prefixes."""
    from .vocab import PREFIXES
    prefixes = PREFIXES if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG) else None
    if fmt.supports_datasets:
        store.dump(out, fmt, prefixes=prefixes)
    else:
        from pyoxigraph import serialize, Triple
        triples = {Triple(q.subject, q.predicate, q.object) for q in store}
        serialize(sorted(triples, key=str), out, fmt, prefixes=prefixes)
