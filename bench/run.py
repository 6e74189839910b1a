"""Benchmarks: mtkg beside the straightforward way, at several corpus sizes, in one command.

    python bench/run.py [--sizes 1000,10000,100000] [--jobs 2] [--work bench/work]
                        [--baseline-max 10000] [--out bench/RESULTS.md]

For each size N it generates a corpus with bench/corpus.py (seed 1, cached in --work), then
measures, each beside its baseline where the baseline is run (sizes up to --baseline-max; beyond
that the straightforward way needs more memory and hours than this machine has, which the table
says instead of inventing a figure):

- extraction alone, articles/s on one core (a sample of up to 2,000 articles: it is linear);
- a full build from scratch (`mtkg build --fresh --jobs J`: extract, resolve, load, validate),
  articles/s, wall time and peak memory of the process tree; baseline: the same extraction
  with every quad added to one rdflib Dataset and pyshacl run on the whole graph;
- a rebuild after adding 1% new articles, and its share of the from-scratch time;
- quads/s loaded: the store's N-Quads into a new pyoxigraph store vs an rdflib Dataset;
- SHACL: `mtkg validate` of the whole store (batched), and the incremental validation the
  rebuild did; baseline: pyshacl on the whole graph at once (from the baseline build);
- p50/p95 latency of each saved query on the store vs rdflib's SPARQL on the Dataset;
- extraction quality on the corpus (../shared/eval/score.py, when it is there): macro F1.

Writes a Markdown table (--out) and the raw figures beside it as JSON."""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MTKG = [sys.executable, "-m", "graph_builder.cli"]
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
PARAMS = {"directive-implementers": {"directive": "Chỉ thị 18"}}


# -- measuring a command --------------------------------------------------------------------

def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
        todo += children.get(p, [])
    return total


def run(cmd: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, int, str]:
    """(wall seconds, peak memory of the process tree, stdout) of a command that exits with a
    status in `ok`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    t.join()
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return time.perf_counter() - start, peak[0], out


def percentiles(times: list[float]) -> tuple[float, float]:
    s = sorted(times)
    return statistics.median(s), s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


# -- the steps ------------------------------------------------------------------------------

def corpus(n: int, work: Path) -> Path:
    folder = work / f"corpus-{n}"
    if not (folder / "articles").exists() or len(list((folder / "articles").iterdir())) < n:
        run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--articles", str(n), "--seed", "1",
             "--out", str(folder), "--quiet"])
    return folder


def extraction_rate(articles: Path, sample: int = 2000) -> float:
    from graph_builder.extract import extract
    from graph_builder.read import read_all
    files = sorted(articles.iterdir())[:sample]
    items = [a for a in read_all(files) if hasattr(a, "text")]
    start = time.process_time()
    for a in items:
        extract(a)
    return len(items) / (time.process_time() - start)


def baseline_build(articles: Path) -> dict:
    """The straightforward way: one rdflib Dataset, pyshacl on the whole graph at once."""
    import pyshacl
    from rdflib import Dataset, Graph

    from graph_builder.extract import extract
    from graph_builder.read import read_all
    from graph_builder.triples import article_quads
    from graph_builder.validate import _term, shapes_graph
    from graph_builder.vocab import article_iri

    start = time.perf_counter()
    ds = Dataset(default_union=True)
    quads = 0
    for a in read_all(sorted(articles.iterdir())):
        if not hasattr(a, "text"):
            continue
        for q in article_quads(extract(a), article_iri(a.id)):
            ds.add((_term(q.subject), _term(q.predicate), _term(q.object), _term(q.graph_name)))
            quads += 1
    built = time.perf_counter()
    union = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    pyshacl.validate(union, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    done = time.perf_counter()
    return {"ds": ds, "quads": quads, "build_s": done - start, "shacl_s": done - built}


def load_rates(store: Path, tmp: Path, baseline: bool) -> dict:
    from pyoxigraph import RdfFormat, Store
    from graph_builder.store import open_read
    nq = tmp / "dump.nq"
    with nq.open("wb") as f:
        open_read(store).dump(f, format=RdfFormat.N_QUADS)
    lines = sum(1 for _ in nq.open("rb"))
    target = tmp / "load-store"
    shutil.rmtree(target, ignore_errors=True)
    start = time.perf_counter()
    s = Store(str(target))
    s.bulk_load(path=str(nq), format=RdfFormat.N_QUADS)
    s.flush()
    out = {"quads": lines, "oxigraph_qps": lines / (time.perf_counter() - start)}
    del s
    if baseline:
        from rdflib import Dataset
        start = time.perf_counter()
        Dataset().parse(str(nq), format="nquads")
        out["rdflib_qps"] = lines / (time.perf_counter() - start)
    nq.unlink()
    shutil.rmtree(target, ignore_errors=True)
    return out


QUERY_BUDGET = 120.0      # seconds of runs per query and size (--query-budget)


def lookups(folder: Path) -> dict[str, list[dict[str, str]]]:
    """The narrow questions of each saved query: one article's rows (`source`), one person's,
    place's or directive's (names from the corpus's gold, as a user would type them), one
    kind of event."""
    files = sorted((folder / "gold").glob("*.json"))
    some, gold = files[len(files) // 2], {}
    for f in files[len(files) // 2:][:500]:     # from the middle, one article with every kind of fact
        gold = json.loads(f.read_text(encoding="utf-8"))
        some = f
        if all(gold.get(k) for k in ("persons", "events", "directives", "implementations")):
            break
    person = next((p["name"] for p in gold.get("persons", [])), "Nguyễn")
    place = next((i["locality"] for i in gold.get("implementations", []) if i.get("locality")), "Hà Nội")
    directive = next((d["key"] for d in gold.get("directives", [])), "Chỉ thị 18")
    src = {"source": some.stem}
    return {"people-positions": [src, {"person": person}], "event-participants": [src, {"person": person}],
            "events": [src, {"kind": "training"}], "directives": [src, {"directive": directive}],
            "event-directives": [src, {"directive": directive}],
            "locality-directives": [src, {"locality": place.split(",")[0]}, {"directive": directive}],
            "person-timeline": [{"person": person}], "locality-today": [{"locality": place.split(",")[0]}],
            "directive-implementers": [{"directive": directive}]}


def query_latency(store: Path, ds, repeat: int, folder: Path, api: bool = True) -> dict:
    """Each saved query: p50/p95 of each narrow lookup through the library call `mtkg query`
    makes and through the HTTP API, of its first page (100 rows), and the rate at which its
    whole listing streams as CSV."""
    import shutil
    from graph_builder import query as Q, results_cache
    shutil.rmtree(results_cache.folder(store), ignore_errors=True)   # computed, not kept (kept_latency)
    out = {}
    narrow = lookups(folder)
    server = _server(store) if api else None
    try:
        for name, sq in sorted(Q.saved().items()):
            row: dict = {"lookups": []}
            for params in narrow.get(name, []):
                row["lookups"].append(_lookup(store, server, name, params, repeat))
            required = PARAMS.get(name, {})
            row["page"] = _timed(store, name, required, repeat, limit=100)
            row["stream"] = _streamed(store, name, required)
            if ds is not None:
                row["rdflib_p50_ms"] = _rdflib_query_ms(ds, Q.bind(sq, required), args_timeout=BASELINE_QUERY_TIMEOUT)
            out[name] = row
    finally:
        if server is not None:
            server.close()
    return out


def kept_latency(store: Path, repeat: int, folder: Path) -> dict:
    """`mtkg build --keep-listings`'s work on a built store, from scratch (every whole listing and
    the tables of the broad lookups), then each lookup those tables answer, timed as
    `query_latency` times it."""
    import shutil
    from graph_builder import kept_rows, query as Q, results_cache
    shutil.rmtree(results_cache.folder(store), ignore_errors=True)     # all of it, from scratch
    t = time.perf_counter()
    each = results_cache.keep_listings(store, Q.saved().values())
    out: dict = {"keep_s": time.perf_counter() - t, "keep_each_s": dict(each), "queries": {}}
    narrow = lookups(folder)
    server = _server(store)
    try:
        for name, sq in sorted(Q.saved().items()):
            kept = {l.param for l in kept_rows.kept(sq)}
            looks = []
            for params in narrow.get(name, []):
                if set(params) <= kept:
                    looks.append(_lookup(store, server, name, params, repeat))
            if looks:
                out["queries"][name] = {"lookups": looks}
    finally:
        server.close()
    return out


def _lookup(store: Path, server, name: str, params: dict[str, str], repeat: int) -> dict:
    """One lookup timed through the library and, with a server, through the HTTP API (`api_…`)."""
    look = {"params": params, **_timed(store, name, params, repeat)}
    if server is not None:
        look.update({f"api_{k}": v for k, v in _timed_api(server, name, params, repeat).items()})
    return look


def _server(store: Path):
    import threading as th
    from graph_builder.serve import make_server
    server = make_server(store, port=0, quiet=True, workers=2, max_rows=1_000_000, timeout=QUERY_BUDGET)
    th.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _timed_api(server, name: str, params: dict[str, str], repeat: int) -> dict:
    """The same lookup as an HTTP client asks it (GET /api/NAME?…, CSV)."""
    import urllib.parse
    import urllib.request
    url = f"{server.url}api/{name}?" + urllib.parse.urlencode({**params, "format": "csv"})
    times, spent, rows = [], 0.0, None
    for _ in range(repeat):
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=QUERY_BUDGET) as r:
                rows = r.read().count(b"\n") - 1
        except OSError as e:
            return {"error": str(e)[:200]}
        took = time.perf_counter() - t
        times.append(took)
        spent += took
        if spent > QUERY_BUDGET / 2:
            break
    p50, p95 = percentiles(times)
    return {"p50_ms": p50 * 1000, "p95_ms": p95 * 1000, "runs": len(times), "rows": rows}


def _streamed(store: Path, name: str, params: dict[str, str]) -> dict:
    """Rows per second of the whole listing written as CSV (to nowhere), as `mtkg query
    --format csv` writes it: computed (nothing kept from an earlier run), then asked again,
    when a listing that took a second or more streams from the file kept beside the store
    (results_cache.py)."""
    import shutil
    from graph_builder import results_cache
    shutil.rmtree(results_cache.folder(store), ignore_errors=True)
    first = _streamed_once(store, name, params)
    if first.get("stopped"):
        return first
    again = _streamed_once(store, name, params)
    return {**first, **({"again_s": again["s"], "again_rows_per_s": again["rows_per_s"],
                         "again_kept": again["kept"]} if not again.get("stopped") else {})}


def _streamed_once(store: Path, name: str, params: dict[str, str]) -> dict:
    """One whole listing as `mtkg query NAME --format csv` streams it, in a child process
    stopped after QUERY_BUDGET seconds."""
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    conn_r, conn_w = ctx.Pipe(duplex=False)

    def child() -> None:
        import io as _io
        from graph_builder import query as Q
        from graph_builder.results_cache import write_saved_csv

        class Count(_io.TextIOBase):
            n = 0

            def write(self, text: str) -> int:
                self.n += text.count("\n")
                return len(text)
        sink = Count()
        t = time.perf_counter()
        kept = write_saved_csv(store, Q.get(name), params, sink)
        conn_w.send((time.perf_counter() - t, sink.n - 1, kept))

    p = ctx.Process(target=child)
    p.start()
    got = conn_r.recv() if conn_r.poll(QUERY_BUDGET) else None
    p.kill() if p.is_alive() else None
    p.join()
    if got is None:
        return {"stopped": True, "s": QUERY_BUDGET}
    took, rows, kept = got
    return {"s": took, "rows": rows, "rows_per_s": rows / took if took else None, "kept": kept}


def _timed(store: Path, name: str, params: dict[str, str], repeat: int, limit: int | None = None) -> dict:
    """Run a saved query as `mtkg query` does, up to `repeat` times within QUERY_BUDGET seconds,
    in a child process that is stopped when one run outlasts the budget (a lower bound)."""
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    conn_r, conn_w = ctx.Pipe(duplex=False)

    def child() -> None:
        from graph_builder import query as Q
        from graph_builder.kept_rows import run_saved
        from graph_builder.store import open_read
        s = open_read(store)
        spent = 0.0
        for _ in range(repeat):
            t = time.perf_counter()
            rows = sum(1 for _ in run_saved(s, store, Q.get(name), params, limit=limit))
            took = time.perf_counter() - t
            spent += took
            conn_w.send((took, rows))
            if spent > QUERY_BUDGET / 2:
                break
        conn_w.send(None)

    p = ctx.Process(target=child)
    p.start()
    times, rows = [], 0
    deadline = time.perf_counter() + QUERY_BUDGET
    while True:
        left = deadline - time.perf_counter()
        if left <= 0 or not conn_r.poll(left):
            break
        got = conn_r.recv()
        if got is None:
            break
        times.append(got[0])
        rows = got[1]
    p.kill() if p.is_alive() else None
    p.join()
    if not times:
        return {"p50_ms": QUERY_BUDGET * 1000, "p95_ms": QUERY_BUDGET * 1000, "runs": 0, "rows": None,
                "stopped": True}
    p50, p95 = percentiles(times)
    return {"p50_ms": p50 * 1000, "p95_ms": p95 * 1000, "runs": len(times), "rows": rows}


BASELINE_QUERY_TIMEOUT = 60.0     # a baseline query stopped here is reported as > this


def _rdflib_query_ms(ds, text: str, args_timeout: float) -> float | None:
    """rdflib's time for one run of a query, in a forked child so a query rdflib cannot finish
    in `args_timeout` seconds is stopped (and reported as that bound)."""
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    conn_r, conn_w = ctx.Pipe(duplex=False)

    def child() -> None:
        t = time.perf_counter()
        list(ds.query(text))
        conn_w.send(time.perf_counter() - t)

    p = ctx.Process(target=child)
    p.start()
    p.join(args_timeout)
    if p.is_alive():
        p.kill()
        p.join()
        return args_timeout * 1000          # a lower bound
    return conn_r.recv() * 1000 if conn_r.poll() else None


def quality(folder: Path, work: Path) -> float | None:
    if not SCORE.exists():
        return None
    done = subprocess.run([sys.executable, str(SCORE), "--articles", str(folder / "articles"), "--gold",
                           str(folder / "gold"), "--cli", str(Path(sys.executable).parent / "mtkg"), "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    try:
        return json.loads(done.stdout)["macro_f1"]
    except (ValueError, KeyError):
        for line in done.stdout.splitlines():
            if line.startswith("macro F1"):
                return float(line.split()[2])
    return None


STEPS = ("extract", "build", "rebuild", "validate", "baseline", "load", "queries", "kept", "export", "quality")


def bench(n: int, args) -> dict:
    """The chosen steps at size n; a step that needs the store reuses the one a build left."""
    work = Path(args.work)
    folder = corpus(n, work)
    store = work / f"store-{n}"
    r: dict = {"articles": n}
    steps = set(args.steps.split(","))
    say = lambda what: print(f"  {n:,}: {what}", file=sys.stderr, flush=True)
    if "extract" in steps:
        say("extraction alone")
        r["extract_aps_1core"] = extraction_rate(folder / "articles")
    if "build" in steps:
        say("full build")
        wall, peak, _ = run(MTKG + ["build", str(folder / "articles"), "--store", str(store), "--fresh",
                                    "--jobs", str(args.jobs), "--quiet"])
        r.update(build_s=wall, build_aps=n / wall, build_peak_mb=peak / 2**20)
    if "rebuild" in steps:
        say("rebuild after +1%")
        extra = max(1, n // 100)
        run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--articles", str(extra), "--seed", "1",
             "--start", str(n), "--out", str(folder), "--quiet"])
        wall, _peak, _ = run(MTKG + ["build", str(folder / "articles"), "--store", str(store), "--jobs",
                                     str(args.jobs), "--quiet"])
        r.update(rebuild_s=wall, rebuild_share=wall / r["build_s"] if "build_s" in r else None)
        for sub, suffix in (("articles", "txt"), ("gold", "json")):   # back to n articles
            for p in (folder / sub).glob(f"*.{suffix}"):
                if int(p.stem.rsplit("-", 1)[-1]) >= n:
                    p.unlink()
    if "validate" in steps:
        say("validate")
        # exit status 1: the store has violations, which the report lists; the time is the same
        r["validate_s"] = run(MTKG + ["validate", "--store", str(store), "--format", "json"], ok=(0, 1))[0]
    base = None
    if "baseline" in steps and n <= args.baseline_max:
        say("baseline build")
        base = baseline_build(folder / "articles")
        r.update(baseline_build_s=base["build_s"], baseline_shacl_s=base["shacl_s"])
    if "load" in steps:
        say("load rates")
        r["load"] = load_rates(store, work, base is not None)
    if "queries" in steps:
        say("query latency")
        r["queries"] = query_latency(store, base["ds"] if base else None, args.repeat, folder)
    if "kept" in steps:
        say("listings and lookup tables kept, lookups again")
        r["kept"] = kept_latency(store, args.repeat, folder)
    if "export" in steps:
        say("network export")
        r["export_gexf_s"] = run(MTKG + ["export", "--format", "gexf", "--out", str(work / f"network-{n}.gexf"),
                                         "--store", str(store)])[0]
    if "quality" in steps and n <= args.quality_max:
        say("quality")
        r["macro_f1"] = quality(folder, work)
    return r


# -- the table ------------------------------------------------------------------------------

def table(results: list[dict], args) -> str:
    def f(x, fmt="{:,.0f}"):
        return "–" if x is None else fmt.format(x)

    lines = [f"Machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
             f"Python {platform.python_version()}; `--jobs {args.jobs}`; {time.strftime('%Y-%m-%d')}.", "",
             "| | " + " | ".join(f"{r['articles']:,} articles" for r in results) + " |",
             "|---|" + "---|" * len(results)]

    def row(label, key, fmt="{:,.0f}", base=None, bfmt=None, faster_is_lower=False):
        """A row of figures; `base` gives the baseline's, shown with how many times better
        mtkg's figure is (a rate: ours / theirs; a time: theirs / ours)."""
        cells = []
        for r in results:
            try:
                v = key(r)
            except (KeyError, TypeError):
                v = None                    # not measured at this size
            cell = f(v, fmt)
            if v is not None and base is not None:
                b = base(r)
                if b is None:
                    cell += " (baseline not run)"
                else:
                    gain = (b / v if faster_is_lower else v / b) if b and v else None
                    cell += f" (baseline {f(b, bfmt or fmt)}" + (f", ×{gain:.1f}" if gain else "") + ")"
            cells.append(cell)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("extraction alone, articles/s (1 core)", lambda r: r["extract_aps_1core"])
    row("full build, articles/s", lambda r: r["build_aps"], "{:,.1f}",
        lambda r: r["articles"] / r["baseline_build_s"] if "baseline_build_s" in r else None)
    row("full build, wall time (s)", lambda r: r["build_s"], "{:,.1f}")
    row("full build, peak memory (MB)", lambda r: r["build_peak_mb"])
    row("rebuild after +1% articles (s)", lambda r: r["rebuild_s"], "{:,.1f}")
    row("rebuild, share of from-scratch", lambda r: 100 * r["rebuild_share"], "{:.1f}%")
    row("quads loaded per second", lambda r: r["load"]["oxigraph_qps"], "{:,.0f}",
        lambda r: r["load"].get("rdflib_qps"))
    row("SHACL, whole store (s)", lambda r: r["validate_s"], "{:,.1f}",
        lambda r: r.get("baseline_shacl_s"), "{:,.1f}", faster_is_lower=True)
    def ms(t: dict | None) -> str:
        if not t or "p50_ms" not in t:
            return "–"
        bound = ">" if t.get("stopped") else ""
        return f"{bound}{t['p50_ms']:,.1f} / {bound}{t['p95_ms']:,.1f}"

    def looked(lk: dict) -> str:
        """A lookup's cell: its parameters, p50 / p95 through the library and the API."""
        return f"{'/'.join(lk['params'])}: {ms(lk)} (API {ms({k[4:]: v for k, v in lk.items() if k.startswith('api_')})})"

    for name in sorted({q for r in results for q in r.get("queries", {})}):
        cells = []
        for r in results:
            q = r.get("queries", {}).get(name)
            if q is None or "page" not in q:
                cells.append("–")
                continue
            parts = [looked(lk) for lk in q["lookups"]]
            parts.append(f"first 100 rows: {ms(q['page'])}")
            st = q["stream"]
            parts.append("whole: stopped after " + f"{st['s']:,.0f} s" if st.get("stopped")
                         else f"whole: {st['rows']:,} rows at {st['rows_per_s']:,.0f} rows/s")
            if st.get("again_kept"):
                parts.append(f"again (kept): {st['again_rows_per_s']:,.0f} rows/s")
            if q.get("rdflib_p50_ms"):
                bound = ">" if q["rdflib_p50_ms"] >= BASELINE_QUERY_TIMEOUT * 1000 else ""
                parts.append(f"baseline (rdflib) whole p50 {bound}{q['rdflib_p50_ms']:,.0f} ms")
            cells.append("; ".join(parts))
        lines.append(f"| `{name}`: lookups p50 / p95 ms (library; HTTP API), first page, whole listing | "
                     + " | ".join(cells) + " |")
    row("`build --keep-listings`: listings and lookup tables kept (s)", lambda r: r["kept"]["keep_s"], "{:,.1f}")
    cells = []
    for r in results:
        kept = r.get("kept", {}).get("queries", {})
        cells.append("; ".join(f"`{name}` {looked(lk)}" for name, q in sorted(kept.items())
                               for lk in q["lookups"]) or "–")
    lines.append("| broad lookups answered from the kept tables: p50 / p95 ms (library; HTTP API) | "
                 + " | ".join(cells) + " |")
    row("network export (GEXF) of the whole store (s)", lambda r: r["export_gexf_s"], "{:,.1f}")
    row("extraction macro F1 (score.py)", lambda r: r.get("macro_f1"), "{:.3f}")
    lines.append("")
    lines.append("– : not measured at that size (see bench/README.md).")
    return "\n".join(lines) + "\n"


def main() -> None:
    global QUERY_BUDGET
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", default=str(ROOT / "bench" / "work"))
    ap.add_argument("--baseline-max", type=int, default=10000, help="largest size the baseline runs at")
    ap.add_argument("--quality-max", type=int, default=10000, help="largest size scored for quality")
    ap.add_argument("--repeat", type=int, default=30, help="runs of each saved query")
    ap.add_argument("--query-budget", type=float, default=120.0, metavar="SECONDS",
                    help="time each saved query gets per size: runs stop at half of it, and a run "
                         "that outlasts it is stopped and reported as a lower bound")
    ap.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    ap.add_argument("--steps", default=",".join(STEPS),
                    help="what to measure (default all): " + ",".join(STEPS) + "; a step that "
                         "reads the store uses the one an earlier run left in --work")
    ap.add_argument("--append", action="store_true", help="add these sizes to the results already in --out's JSON")
    args = ap.parse_args()
    QUERY_BUDGET = args.query_budget
    Path(args.work).mkdir(parents=True, exist_ok=True)
    results = []
    if args.append and Path(args.out).with_suffix(".json").exists():
        results = json.loads(Path(args.out).with_suffix(".json").read_text())
    for n in (int(x) for x in args.sizes.split(",")):
        print(f"== {n:,} articles", file=sys.stderr, flush=True)
        got = bench(n, args)
        old = next((r for r in results if r["articles"] == n), None)
        if old is not None:         # a size measured before: these steps' figures replace its
            old.update(got)
            if "rebuild_s" in old and "build_s" in old:     # the rebuild may be measured on its own
                old["rebuild_share"] = old["rebuild_s"] / old["build_s"]
        else:
            results.append(got)
        results.sort(key=lambda r: r["articles"])
        Path(args.out).with_suffix(".json").write_text(json.dumps(results, indent=1))
        # keep the sections other benchmarks wrote below the table (bench/serve_load.py's)
        before = Path(args.out).read_text(encoding="utf-8") if Path(args.out).exists() else ""
        rest = before[before.index("\n## "):] if "\n## " in before else ""
        Path(args.out).write_text(table(results, args) + rest, encoding="utf-8")
    print(Path(args.out).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
