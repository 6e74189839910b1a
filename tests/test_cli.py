"""The CLI's conventions, as a user at a shell meets them: --version, a closed pipe, progress with
a total, a rate and the time left, JSON that ends with a newline, Turtle and TriG with prefixes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import version

import pytest
from rdflib import Dataset, Graph

from conftest import ROOT, SAMPLES, mtkg

TRAIN = ROOT / "tests" / "corpus" / "train" / "articles"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    done = mtkg("build", "--store", str(path), "--quiet")
    assert done.returncode == 0, done.stderr
    return path


def test_version_is_the_installed_package_version():
    done = mtkg("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"mtkg {version('mtkg')}"


@pytest.mark.parametrize("args", [["export", "--format", "ttl"], ["export", "--format", "nq"],
                                  ["query", "people-positions", "--format", "csv"]])
def test_a_closed_pipe_ends_quietly(store, args):
    """`mtkg … | head -1`: the reader closes the pipe; no traceback, the SIGPIPE status."""
    proc = subprocess.Popen([sys.executable, "-m", "graph_builder.cli", *args, "--store", str(store)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode in (0, 141)


def test_progress_shows_done_of_total_rate_and_time_left(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for f in sorted(TRAIN.glob("*.txt"))[:40]:
        (articles / f.name).write_bytes(f.read_bytes())
    done = mtkg("build", str(articles), "--store", str(tmp_path / "store"), "--progress", "--no-validate")
    assert done.returncode == 0, done.stderr
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    assert lines, "no progress"
    pattern = re.compile(r"^(\d+) extracted, (\d+) unchanged: (\d+)/40 articles \((\d+)%\), [\d.]+ ?articles/s, "
                         r"\d\d:\d\d left$")
    assert all(pattern.match(l) for l in lines), lines
    last = pattern.match(lines[-1])
    assert last.group(3) == "40" and last.group(4) == "100"


@pytest.mark.parametrize("args", [["query", "events", "--format", "json"], ["validate", "--format", "json"],
                                  ["search", "Lâm Dũng Liêm", "--format", "json"],
                                  ["candidates", "--format", "json"],
                                  ["sparql", "ASK { ?s ?p ?o }", "--format", "json"]])
def test_json_output_ends_with_a_newline(store, args):
    done = mtkg(*args, "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("\n") and not done.stdout.endswith("\n\n")
    json.loads(done.stdout)


def test_turtle_and_trig_use_the_project_prefixes(store):
    ttl = mtkg("export", "--format", "ttl", "--store", str(store)).stdout
    assert "@prefix mtkg: <https://w3id.org/mtkg/ontology#> ." in ttl and " mtkg:Person" in ttl
    nt = mtkg("export", "--format", "nt", "--store", str(store)).stdout
    assert len(Graph().parse(data=ttl, format="turtle")) == len(Graph().parse(data=nt, format="nt")) > 500
    trig = mtkg("export", "--format", "trig", "--store", str(store)).stdout
    assert "@prefix mtkg: <https://w3id.org/mtkg/ontology#> ." in trig
    nq = mtkg("export", "--format", "nq", "--store", str(store)).stdout
    ds_trig, ds_nq = Dataset(), Dataset()
    ds_trig.parse(data=trig, format="trig")
    ds_nq.parse(data=nq, format="nquads")
    assert len(ds_trig) == len(ds_nq) and len(list(ds_trig.graphs())) == len(list(ds_nq.graphs())) > 5


def test_the_package_says_its_licence_authors_urls_and_classifiers():
    from importlib.metadata import files, metadata
    m = metadata("mtkg")
    assert m["License-Expression"] == "MIT" and "LICENSE" in (m.get_all("License-File") or [])
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert m.get_all("Author") and m.get_all("Project-URL") and len(m.get_all("Classifier")) >= 5
    assert any(str(f).endswith("LICENSE") for f in files("mtkg"))


def test_fresh_starts_from_an_empty_store(tmp_path):
    """`--fresh` drops what the store held (the staging copy was made from it once)."""
    store = tmp_path / "store"
    assert mtkg("build", str(SAMPLES), "--store", str(store), "--quiet").returncode == 0
    one = tmp_path / "one"
    one.mkdir()
    first = sorted(SAMPLES.glob("*.txt"))[0]
    (one / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    done = mtkg("build", str(one), "--store", str(store), "--fresh", "--quiet")
    assert done.returncode == 0, done.stderr
    ids = mtkg("sparql", "SELECT DISTINCT ?id WHERE { ?a a mtkg:Article ; mtkg:articleId ?id }", "--store", str(store),
               "--format", "csv")
    assert ids.stdout.split()[1:] == [first.stem]
