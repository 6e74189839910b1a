"""The embedded on-disk store (pyoxigraph), and atomic changes to it.

A build works on a staging copy (`Store.backup`, hard links on the same file system, so it
is cheap) and swaps it in only when everything succeeded: a build that fails or is killed
leaves the previous store exactly as it was."""
from __future__ import annotations

import gc
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from pyoxigraph import NamedNode, Quad, RdfFormat, Store


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


@contextmanager
def staged(path: Path) -> Iterator[Store]:
    """Yield a writable copy of the store at `path` (or a new one); replace `path` with it
    when the block ends without an exception."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f"{path.name}.staging-{os.getpid()}")
    old = path.with_name(f"{path.name}.old-{os.getpid()}")
    for leftover in (staging, old):
        shutil.rmtree(leftover, ignore_errors=True)
    if (path / "CURRENT").exists():
        src = Store.read_only(str(path))
        src.backup(str(staging))
        del src
        gc.collect()
    elif path.exists() and any(path.iterdir()):
        raise StoreError(f"{path}: exists and is not an mtkg store; refusing to overwrite it")
    store = Store(str(staging))
    try:
        yield store
        store.flush()
    except BaseException:
        del store
        gc.collect()
        shutil.rmtree(staging, ignore_errors=True)
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
