"""bench/run.py, the benchmark command, on a small corpus: each step it is asked for writes its
figures to the JSON and the Markdown table."""
import json
import subprocess
import sys

from conftest import ROOT


def test_the_benchmark_command_measures_the_steps_it_is_asked_for(tmp_path):
    out = tmp_path / "RESULTS.md"
    cmd = [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "30", "--work", str(tmp_path / "work"),
           "--out", str(out), "--steps", "build,rebuild,validate,queries", "--repeat", "2",
           "--query-budget", "30", "--jobs", "1"]
    assert cmd[6:8] == ["--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    [r] = json.loads(out.with_suffix(".json").read_text())
    assert r["articles"] == 30 and r["build_s"] > 0 and r["build_peak_mb"] > 10
    # (at 30 articles start-up dominates both, so the rebuild may take as long as the build)
    assert r["rebuild_s"] > 0 and abs(r["rebuild_share"] - r["rebuild_s"] / r["build_s"]) < 1e-9
    assert r["validate_s"] > 0
    assert "extract_aps_1core" not in r and "macro_f1" not in r           # steps not asked for
    queries = r["queries"]
    assert set(queries) == {p.stem for p in (ROOT / "queries").glob("*.rq")}
    for name, q in queries.items():
        assert q["page"]["runs"] >= 1 and q["page"]["p50_ms"] <= q["page"]["p95_ms"], name
        assert q["page"]["rows"] <= 100 and q["stream"]["rows"] >= q["page"]["rows"], name
        for look in q["lookups"]:
            assert look["runs"] >= 1 and look["api_runs"] >= 1, (name, look)
            assert look["rows"] == look["api_rows"], (name, look)     # the API answers the same rows
    # a lookup by article, by person and by directive finds rows
    by = {tuple(lk["params"]): lk["rows"] for lk in queries["people-positions"]["lookups"]}
    assert by[("source",)] > 0 and by[("person",)] > 0
    assert queries["directive-implementers"]["lookups"][0]["rows"] > 0
    table = out.read_text(encoding="utf-8")
    assert "| full build, articles/s |" in table and "first 100 rows" in table and "rows/s" in table

    # --append: another step at the same size merges into its figures
    again = subprocess.run(cmd[:8] + ["--steps", "extract", "--append", "--jobs", "1"],
                           capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    [r2] = json.loads(out.with_suffix(".json").read_text())
    assert r2["extract_aps_1core"] > 0 and r2["build_s"] == r["build_s"]
