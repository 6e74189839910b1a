"""Saved-query lookups against Virtuoso: the scale issue's "same lookups against a SPARQL server".

    python bench/virtuoso_latency.py [--size 10000] [--repeat 10] [--buffers 170000]

Takes the store `bench/run.py` built for that size (bench/work/store-N, built from
bench/work/corpus-N), bulk-loads every quad of it into a new Virtuoso of its own
(tests/virtuoso.py: loopback ports, a temporary database under bench/work, stopped at the end)
with Virtuoso's own loader (`ld_dir` + `rdf_loader_run`, through `isql-vt`), then times the
lookups bench/run.py times on the local store (one article, person, place, directive, kind of
event), each as `mtkg query --endpoint` runs it: the name looked up in the name index on the
server, the query sent through SPARQLWrapper. Prints p50/p95 per lookup, with its rows beside
the local store's rows for the same lookup, and writes them as JSON (--json) and as
a section of bench/RESULTS.md (--out)."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from pyoxigraph import RdfFormat, Store  # noqa: E402

from graph_builder import query as Q  # noqa: E402
from graph_builder.endpoint import Endpoint  # noqa: E402
from graph_builder.remote import RemoteStore  # noqa: E402
from run import lookups, percentiles  # noqa: E402
from sections import replace_section  # noqa: E402
from virtuoso import BINARY, PASSWORD, USER, Virtuoso  # noqa: E402


def isql(v: Virtuoso, sql: str) -> str:
    done = subprocess.run(["isql-vt", f"127.0.0.1:{v.sql}", USER, PASSWORD, "VERBOSE=OFF", f"EXEC={sql}"],
                          capture_output=True, text=True, timeout=7200)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql {sql!r}: {done.stdout[-500:]} {done.stderr[-500:]}")
    return done.stdout


def load(v: Virtuoso, store: Path) -> dict:
    """Every quad of the store, dumped as N-Quads beside the database and bulk-loaded."""
    dump = v.dir / "store.nq"
    t = time.perf_counter()
    with open(dump, "wb") as f:
        Store.read_only(str(store)).dump(f, format=RdfFormat.N_QUADS)
    dumped = time.perf_counter() - t
    t = time.perf_counter()
    isql(v, f"ld_dir('{v.dir}', 'store.nq', 'urn:mtkg:bench:default')")
    isql(v, "rdf_loader_run()")
    isql(v, "checkpoint")
    loaded = time.perf_counter() - t
    quads = int(isql(v, "SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } }").split()[-1])
    dump.unlink()
    return {"dump_s": dumped, "load_s": loaded, "quads": quads}


def timed(store: RemoteStore, name: str, params: dict[str, str], repeat: int) -> dict:
    times, rows = [], None
    q = Q.get(name)
    for _ in range(repeat):
        t = time.perf_counter()
        rows = sum(1 for _ in Q.run_saved(store, q, params))
        times.append(time.perf_counter() - t)
    p50, p95 = percentiles(times)
    return {"p50_ms": p50 * 1000, "p95_ms": p95 * 1000, "runs": len(times), "rows": rows}


SECTION = "## Lookups against Virtuoso"


def write_section(r: dict, out: Path) -> None:
    """The section of RESULTS.md, replacing the one an earlier run wrote."""
    rows = []
    for name, looks in sorted(r["queries"].items()):
        for lk in looks:
            (param, value), = lk["params"].items()
            same = "yes" if lk["rows"] == lk["rows_local"] else f"no ({lk['rows_local']} locally)"
            rows.append(f"| `{name}` | {param} | {lk['p50_ms']:,.1f} | {lk['p95_ms']:,.1f} | {lk['rows']} | {same} |")
    p50s = [lk["p50_ms"] for looks in r["queries"].values() for lk in looks]
    met = sum(x < 300 for x in p50s)
    text = f"""{SECTION}

`python bench/virtuoso_latency.py --size {r['size']}` ({r['date']}, 2 cores): the store of
{r['size']:,} generated articles ({r['quads']:,} quads, bulk-loaded in {r['load_s']:.0f} s) in a Virtuoso
open source of its own; each lookup as `mtkg query --endpoint` runs it (the name looked up in
the name index on the server, then the query), after one run that fills the server's caches.

| query | lookup by | p50 (ms) | p95 (ms) | rows | same rows as the local store |
|---|---|---|---|---|---|
{chr(10).join(rows)}

- p50 under 300 ms: {met} of {len(p50s)} lookups.
"""
    replace_section(out, SECTION, text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--buffers", type=int, default=170_000, help="Virtuoso's 8 kB buffers (170,000: 1.3 GB)")
    ap.add_argument("--work", default=str(ROOT / "bench" / "work"))
    ap.add_argument("--json", default=str(ROOT / "bench" / "virtuoso_latency.json"))
    ap.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"), help="the section is written here")
    args = ap.parse_args()
    if BINARY is None or shutil.which("isql-vt") is None:
        sys.exit("needs virtuoso-t and isql-vt (apt-get install virtuoso-opensource)")
    work = Path(args.work)
    store, corpus = work / f"store-{args.size}", work / f"corpus-{args.size}"
    if not store.exists() or not corpus.exists():
        sys.exit(f"no {store} or {corpus}: run bench/run.py --sizes {args.size} --steps build first")
    db = work / f"virtuoso-{args.size}"
    shutil.rmtree(db, ignore_errors=True)
    v = Virtuoso(db, buffers=args.buffers).start()
    try:
        loaded = load(v, store)
        print(f"loaded {loaded['quads']:,} quads in {loaded['load_s']:.0f} s", flush=True)
        remote = RemoteStore(Endpoint.derive(v.sparql, env={}))
        local = Store.read_only(str(store))
        out = {"size": args.size, "date": time.strftime("%Y-%m-%d"), **loaded, "queries": {}}
        for name, asks in sorted(lookups(corpus).items()):
            out["queries"][name] = []
            for params in asks:
                timed(remote, name, params, 1)          # a first run fills the server's caches
                r = {"params": params, **timed(remote, name, params, args.repeat),
                     "rows_local": sum(1 for _ in Q.run_saved(local, Q.get(name), params))}
                out["queries"][name].append(r)
                same = "same as" if r["rows"] == r["rows_local"] else "NOT the same as"
                print(f"{name} {params}: p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, {r['rows']} rows"
                      f" ({same} the local store's {r['rows_local']})", flush=True)
        Path(args.json).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        write_section(out, Path(args.out))
    finally:
        v.stop()
        shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
