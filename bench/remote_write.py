"""Write throughput into a SPARQL server: what `mtkg build --endpoint` sends, extraction aside.

    python bench/remote_write.py [--articles 5000] [--batch-size 2000] [--endpoint URL]

The article graphs are real: synthetic articles of bench/corpus.py (seed 7) extracted by the
pipeline (`mtkg build` into a temporary store), about 200 quads each, sharing the people, bodies,
units and directives they name as a real corpus does. They are written the way a build writes
them: per article `contains_named_graph` (and `remove_graph`), `load` of its N-Quads and its
SHACL record in the validation graph, a flush every 100 articles. Three passes:

1. into an empty server (a first build);
2. again, so that every graph is replaced (a rebuild where every article changed);
3. for comparison, one Graph Store protocol PUT per article graph, as a writer without batching
   across graphs would.

Without --endpoint it starts a Virtuoso of its own (tests/virtuoso.py, on free loopback ports,
in a temporary directory, stopped at the end); with one, credentials come from
MTKG_ENDPOINT_USER / MTKG_ENDPOINT_PASSWORD and the graphs written are those of the articles
`bench-*` under the base IRI (dropped at the start)."""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pyoxigraph import NamedNode, RdfFormat, Store, Triple, serialize  # noqa: E402

from graph_builder import build as B  # noqa: E402
from graph_builder.endpoint import Endpoint  # noqa: E402
from graph_builder.remote import BATCH, RemoteStore  # noqa: E402
from graph_builder.vocab import article_iri  # noqa: E402


def articles(count: int) -> list[tuple[NamedNode, bytes]]:
    """(graph, N-Quads) of `count` synthetic articles as the pipeline writes them, renamed
    `bench-…` so that they stay apart from real ones on a shared server."""
    with tempfile.TemporaryDirectory() as tmp:
        run = lambda *a: subprocess.run([sys.executable, *a], cwd=ROOT, check=True,  # noqa: E731
                                        stdout=subprocess.DEVNULL)
        run("bench/corpus.py", "--articles", str(count), "--seed", "7", "--out", tmp, "--quiet")
        store = Path(tmp) / "store"
        run("-m", "graph_builder.cli", "build", str(Path(tmp) / "articles"), "--store", str(store), "--quiet",
            "--no-validate")
        s = Store.read_only(str(store))
        out = []
        for g in sorted(s.named_graphs(), key=str):
            if "/article/" in g.value:
                iri = article_iri("bench-" + g.value.rsplit("/", 1)[1])
                data = serialize(s.quads_for_pattern(None, None, None, g), format=RdfFormat.N_QUADS)
                out.append((iri, data.replace(f"<{g.value}>".encode(), f"<{iri.value}>".encode())))
        return out


def write_like_a_build(store: RemoteStore, docs: list[tuple[NamedNode, bytes]]) -> tuple[int, float]:
    start, quads = time.perf_counter(), 0
    for n, (graph, data) in enumerate(docs, 1):
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.load(data, format=RdfFormat.N_QUADS)
        B._record(store, graph, [])
        quads += data.count(b"\n") + 2
        if n % B.FLUSH_EVERY == 0:
            store.flush()
    store.flush()
    return quads, time.perf_counter() - start


def put_each(store: RemoteStore, docs: list[tuple[NamedNode, bytes]]) -> tuple[int, float]:
    from pyoxigraph import parse
    url = store.endpoint.graph_store
    start, quads = time.perf_counter(), 0
    for graph, data in docs:
        body = serialize([Triple(q.subject, q.predicate, q.object) for q in parse(data, format=RdfFormat.N_QUADS)],
                         format=RdfFormat.N_TRIPLES)
        r = store.session.request("PUT", f"{url}?graph={quote(graph.value, safe='')}", body,
                                  {"Content-Type": "application/n-triples"})
        if not r.ok:
            raise SystemExit(f"PUT {graph.value}: {r.message()}")
        quads += data.count(b"\n")
    return quads, time.perf_counter() - start


def run(endpoint: Endpoint, count: int, batch: int) -> None:
    docs = articles(count)
    total = sum(d.count(b"\n") for _, d in docs)
    print(f"{len(docs):,} article graphs, {total:,} quads; batch {batch} quads; {endpoint.describe()}", flush=True)
    store = RemoteStore(endpoint, batch=batch)
    store.check_writable()
    for g in store.named_graphs():
        if "/article/bench-" in g.value:
            store.remove_graph(g)
    store.flush()
    for label in ("into an empty server", "replacing every graph"):
        before = store.stats.requests
        n, seconds = write_like_a_build(store, docs)
        print(f"{label:40} {n:>10,} quads {seconds:8.1f} s {n / seconds:>10,.0f} quads/s "
              f"({store.stats.requests - before:,} requests, {store.stats.split} split)", flush=True)
    assert not store.failures, store.failures
    if endpoint.graph_store:
        n, seconds = put_each(store, docs)
        print(f"{'one Graph Store PUT per graph':40} {n:>10,} quads {seconds:8.1f} s {n / seconds:>10,.0f} quads/s",
              flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000, help="articles to write (5,000: about 1M quads)")
    ap.add_argument("--batch-size", type=int, default=BATCH)
    ap.add_argument("--endpoint", help="a server's query URL (default: a Virtuoso of the benchmark's own)")
    args = ap.parse_args()
    if args.endpoint:
        run(Endpoint.derive(args.endpoint), args.articles, args.batch_size)
        return 0
    from virtuoso import BINARY, PASSWORD, USER, Virtuoso
    if BINARY is None:
        raise SystemExit("virtuoso-t not found: apt-get install virtuoso-opensource, or give --endpoint")
    with tempfile.TemporaryDirectory() as tmp:
        server = Virtuoso(Path(tmp), buffers=170_000).start()      # 1.3 GB of pages, as a real setup would
        try:
            run(Endpoint.derive(server.sparql_auth, env={"MTKG_ENDPOINT_USER": USER,
                                                         "MTKG_ENDPOINT_PASSWORD": PASSWORD}),
                args.articles, args.batch_size)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
