"""`mtkg serve` under load: ordinary queries beside runaway ones, from many clients at once.

    python bench/serve_load.py [--articles 2000] [--clients 32] [--runaway 0.05] [--seconds 60]
                               [--work bench/work] [--out bench/RESULTS.md]

Builds (once, cached in --work) a store of generated articles (bench/corpus.py), starts
`mtkg serve` with its defaults in its own process, and runs the clients as threads here, all on
loopback, each in a loop for a bounded time:

1. baseline: ordinary queries only (--baseline-seconds);
2. load: each request is a runaway query (a four-way cross product, which no time limit short
   of minutes finishes) with probability --runaway, else an ordinary one: a saved query looked
   up by article, person or directive through /api, or a small SPARQL query on /sparql;
3. recovery: ordinary queries only again; how long after the runaways stop until a half-second
   window's p95 is back within twice the baseline p95.

Reports ordinary queries refused (any status but 200) and their p50/p95, what happened to the
runaways, the largest resident memory of any query worker (sampled every 0.2 s) against the
cap, and the recovery time; writes them as a section of --out and as JSON beside it."""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from sections import replace_section  # noqa: E402
MTKG = [sys.executable, "-m", "graph_builder.cli"]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SECTION = "## `mtkg serve` under load"


def prepare(work: Path, articles: int) -> tuple[Path, list[str]]:
    corpus, store = work / f"corpus-{articles}", work / f"serve-store-{articles}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--articles", str(articles),
                        "--seed", "1", "--out", str(corpus), "--quiet"], check=True, cwd=ROOT)
    if not (store / "CURRENT").exists():
        subprocess.run(MTKG + ["build", str(corpus / "articles"), "--store", str(store), "--quiet"], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
    ids = sorted(p.stem for p in corpus.rglob("*.txt"))
    if not ids:         # a corpus of JSON lines
        ids = [json.loads(line)["id"] for f in sorted(corpus.rglob("*.jsonl"))
               for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return store, ids


def start_server(store: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(MTKG + ["serve", "--store", str(store), "--port", "0"], cwd=ROOT,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:
        m = re.search(r" at (http://\S+/) ", line)
        if m:
            threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
            return proc, m.group(1)
    raise SystemExit("mtkg serve did not start")


def ordinary_requests(url: str, ids: list[str], rng: random.Random) -> str:
    aid = rng.choice(ids)
    return rng.choice([
        f"{url}api/people-positions?" + urlencode({"source": aid, "format": "csv"}),
        f"{url}api/events?" + urlencode({"source": aid, "format": "csv"}),
        f"{url}api/event-participants?" + urlencode({"source": aid, "format": "csv"}),
        f"{url}api/directives?" + urlencode({"source": aid, "format": "csv"}),
        f"{url}sparql?" + urlencode({"query": "SELECT ?g WHERE { ?g mtkg:articleId ?id } LIMIT 10"}),
        f"{url}sparql?" + urlencode({"query": "ASK { ?s a mtkg:Person }"}),
    ])


class Load:
    def __init__(self, url: str, ids: list[str], clients: int) -> None:
        self.url, self.ids, self.clients = url, ids, clients
        self.runaway = 0.0
        self.stop = threading.Event()
        self.records: list[tuple[float, str, int, float]] = []   # (end time, kind, status, seconds)
        self.lock = threading.Lock()

    def client(self, n: int) -> None:
        rng = random.Random(n)
        while not self.stop.is_set():
            runaway = rng.random() < self.runaway
            target = f"{self.url}sparql?" + urlencode({"query": RUNAWAY}) if runaway \
                else ordinary_requests(self.url, self.ids, rng)
            started = time.monotonic()
            try:
                with urlopen(target, timeout=120) as r:
                    r.read()
                    status = r.status
            except HTTPError as e:
                status = e.code
            except (URLError, OSError):
                status = 0
            with self.lock:
                self.records.append((time.monotonic(), "runaway" if runaway else "ordinary", status,
                                     time.monotonic() - started))

    def run(self) -> list[threading.Thread]:
        threads = [threading.Thread(target=self.client, args=(n,), daemon=True) for n in range(self.clients)]
        for t in threads:
            t.start()
        return threads


def worker_rss(server_pid: int) -> int:
    """The largest resident memory (bytes) among the server's descendants (its query workers,
    forked from a forkserver that is its child)."""
    parent, rss = {}, {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            parent[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            for line in (d / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss[int(d.name)] = int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue

    def descends(pid: int) -> bool:
        seen = 0
        while pid in parent and seen < 64:
            pid, seen = parent[pid], seen + 1
            if pid == server_pid:
                return True
        return False
    return max((v for pid, v in rss.items() if descends(pid)), default=0)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def summary(records, kind: str) -> dict:
    rows = [r for r in records if r[1] == kind]
    ok = [r[3] for r in rows if r[2] == 200]
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[str(r[2])] = statuses.get(str(r[2]), 0) + 1
    return {"requests": len(rows), "statuses": statuses, "refused": sum(r[2] != 200 for r in rows),
            "p50_ms": round(1000 * pct(ok, 0.5), 1), "p95_ms": round(1000 * pct(ok, 0.95), 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--runaway", type=float, default=0.05, help="share of requests that are runaway queries")
    ap.add_argument("--seconds", type=float, default=60, help="length of the load phase")
    ap.add_argument("--baseline-seconds", type=float, default=15)
    ap.add_argument("--recovery-seconds", type=float, default=15)
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    store, ids = prepare(args.work, args.articles)
    server, url = start_server(store)
    peak = {"rss": 0}
    sampling = threading.Event()

    def sample():
        while not sampling.is_set():
            peak["rss"] = max(peak["rss"], worker_rss(server.pid))
            time.sleep(0.2)
    threading.Thread(target=sample, daemon=True).start()
    try:
        load = Load(url, ids, args.clients)
        threads = load.run()
        time.sleep(args.baseline_seconds)
        t_load = time.monotonic()
        load.runaway = args.runaway
        time.sleep(args.seconds)
        t_recover = time.monotonic()
        load.runaway = 0.0
        time.sleep(args.recovery_seconds)
        load.stop.set()
        for t in threads:
            t.join(150)
    finally:
        sampling.set()
        server.terminate()
        server.wait(30)
    base = [r for r in load.records if r[0] < t_load]
    during = [r for r in load.records if t_load <= r[0] < t_recover]
    after = [r for r in load.records if r[0] >= t_recover and r[1] == "ordinary"]
    base_p95 = pct([r[3] for r in base if r[2] == 200], 0.95)
    recovered = None
    for k in range(int(args.recovery_seconds * 2)):
        window = [r[3] for r in after if t_recover + k / 2 <= r[0] < t_recover + (k + 1) / 2 and r[2] == 200]
        if window and pct(window, 0.95) <= 2 * base_p95:
            recovered = k / 2
            break
    result = {
        "date": time.strftime("%Y-%m-%d"), "articles": args.articles, "clients": args.clients,
        "runaway_share": args.runaway, "load_seconds": args.seconds, "cores": os.cpu_count(),
        "baseline": summary(base, "ordinary"),
        "ordinary_under_load": summary(during, "ordinary"),
        "runaway": summary(during, "runaway"),
        "recovery": summary(after, "ordinary"),
        "recovered_after_s": recovered,
        "worker_peak_rss_mb": round(peak["rss"] / 2**20), "worker_memory_cap_mb": 2048,
    }
    args.out.with_name("serve_load.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    write_section(args.out, result)
    print(json.dumps(result, indent=1))
    return 0


def write_section(out: Path, r: dict) -> None:
    o, b, w = r["ordinary_under_load"], r["baseline"], r["runaway"]
    met = lambda ok: "met" if ok else "**not met**"  # noqa: E731
    text = f"""{SECTION}

`python bench/serve_load.py` ({r['date']}, {r['cores']} cores): {r['clients']} clients on loopback against
`mtkg serve` with its defaults (4 workers, a slow lane of 4 after 0.5 s of CPU, 30 s limit,
2,048 MiB a worker) on a store of {r['articles']:,} generated articles; {r['load_seconds']:g} s with {r['runaway_share']:.0%}
of requests runaway queries, between phases of ordinary queries only.

| | requests | refused | p50 (ms) | p95 (ms) |
|---|---|---|---|---|
| ordinary, before | {b['requests']} | {b['refused']} | {b['p50_ms']} | {b['p95_ms']} |
| ordinary, with runaways | {o['requests']} | {o['refused']} | {o['p50_ms']} | {o['p95_ms']} |
| ordinary, after | {r['recovery']['requests']} | {r['recovery']['refused']} | {r['recovery']['p50_ms']} | {r['recovery']['p95_ms']} |
| runaway | {w['requests']} | {w['refused']} ({', '.join(f'{k}: {v}' for k, v in sorted(w['statuses'].items()))}) | – | – |

- 0 ordinary queries refused: {met(o['refused'] == 0)} ({o['refused']}).
- ordinary p95 under 2 s with runaways: {met(o['p95_ms'] < 2000)} ({o['p95_ms']:,} ms).
- no worker above its memory cap: {met(r['worker_peak_rss_mb'] <= r['worker_memory_cap_mb'])} (largest worker {r['worker_peak_rss_mb']} MiB).
- back to normal latency within 2 s: {met(r['recovered_after_s'] is not None and r['recovered_after_s'] <= 2)} ({'not within the phase' if r['recovered_after_s'] is None else f"{r['recovered_after_s']:g} s"}).
"""
    replace_section(out, SECTION, text)


if __name__ == "__main__":
    sys.exit(main())
