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


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    lock = path.with_name(f"{path.name}.lock")
    with open(lock, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(f"{path}: another build is writing this store") from None
        yield


@contextmanager
def staged(path: Path, fresh: bool = False) -> Iterator[Store]:
    """Yield a writable copy of the store at `path` (or a new one) and replace `path` with it
    when the block ends without an exception.

    The copy is `<store>.staging`. A build that is interrupted (Ctrl-C, a crash, a kill) leaves
    it behind with what it had finished, and the next build resumes from it instead of copying
    the store again; `Rollback` (and `fresh`) drop it. Either way `path` itself is only ever
    replaced whole."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_path(path)
    old = path.with_name(f"{path.name}.old")
    with _lock(path):
        shutil.rmtree(old, ignore_errors=True)
        if fresh or not (staging / "CURRENT").exists():
            shutil.rmtree(staging, ignore_errors=True)
            if (path / "CURRENT").exists():
                src = Store.read_only(str(path))
                src.backup(str(staging))    # hard links: cheap on one file system
                del src
                gc.collect()
            elif path.exists() and any(path.iterdir()):
                raise StoreError(f"{path}: exists and is not an mtkg store; refusing to overwrite it")
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
        if path.exists():
            os.replace(path, old)
        os.replace(staging, path)
        shutil.rmtree(old, ignore_errors=True)


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
    """Write the whole dataset (or, for triple formats, the union of its graphs)."""
    if fmt.supports_datasets:
        store.dump(out, fmt)
    else:
        from pyoxigraph import serialize, Triple
        triples = {Triple(q.subject, q.predicate, q.object) for q in store}
        serialize(sorted(triples, key=str), out, fmt)
