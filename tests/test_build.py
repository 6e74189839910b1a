"""Builds: idempotent, atomic, and robust to bad inputs, through the CLI as a user runs it."""
from __future__ import annotations

import json
import shutil

import pytest
from pyoxigraph import NamedNode

from graph_builder import build as B
from graph_builder.store import open_read
from graph_builder.vocab import article_iri
from conftest import ROOT, SAMPLES, mtkg


def quads_of(path):
    store = open_read(path)
    return sorted(str(q) for q in store)


def test_rebuild_is_idempotent_and_byte_identical(tmp_path):
    store = tmp_path / "s"
    first = mtkg("build", str(SAMPLES), "--store", str(store), "--quiet")
    assert first.returncode == 0, first.stderr
    dump1 = mtkg("export", "--format", "nq", "--store", str(store)).stdout
    again = mtkg("build", str(SAMPLES), "--store", str(store), "--quiet")
    assert again.returncode == 0, again.stderr
    dump2 = mtkg("export", "--format", "nq", "--store", str(store)).stdout
    assert dump1 == dump2 and dump1.count("\n") > 100
    # a fresh store from the same input is byte-identical too
    other = tmp_path / "t"
    mtkg("build", str(SAMPLES), "--store", str(other), "--quiet")
    assert mtkg("export", "--format", "nq", "--store", str(other)).stdout == dump1


def test_each_article_is_its_own_named_graph(tmp_path):
    store = tmp_path / "s"
    B.build([SAMPLES], store, check=False, progress=False)
    graphs = {g.value for g in open_read(store).named_graphs()}
    for f in SAMPLES.glob("*.txt"):
        assert article_iri(f.stem).value in graphs


def test_failed_build_leaves_previous_store(tmp_path, monkeypatch):
    store = tmp_path / "s"
    B.build([SAMPLES], store, check=False, progress=False)
    before = quads_of(store)
    one = tmp_path / "one.txt"
    one.write_text("Hội nghị\n\nNgày 1/1/2020, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị.", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C in the middle
    monkeypatch.setattr(B, "validate", boom)
    with pytest.raises(KeyboardInterrupt):
        B.build([one], store, progress=False)
    assert quads_of(store) == before
    assert not list(tmp_path.glob("s.staging-*"))


def test_bad_inputs_are_reported_with_file_and_line_and_skipped(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    shutil.copy(SAMPLES / "000_9dcb5584fb8e026c.txt", arts)
    (arts / "latin1.txt").write_bytes("Tiêu đề\nHội nghị\n".encode("utf-8") + b"\xff\xfe bad\n")
    (arts / "empty.txt").write_text("  \n", encoding="utf-8")
    (arts / "lines.jsonl").write_text(
        json.dumps({"id": "j1", "url": "http://x/1", "title": "T", "published": "2020-01-02",
                    "text": "Ngày 2/1/2020, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị."}) + "\n"
        + "{not json\n" + json.dumps({"id": "j3", "text": ""}) + "\n", encoding="utf-8")
    store = tmp_path / "s"
    done = mtkg("build", str(arts), "--store", str(store), "--quiet")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "2 article(s)" in out
    assert "latin1.txt:3: not UTF-8" in out
    assert "empty.txt: empty text" in out
    assert "lines.jsonl:2: broken JSON line" in out
    assert "lines.jsonl:3: article j3: empty text" in out
    sources = mtkg("sparql", "SELECT ?id WHERE { ?a mtkg:articleId ?id } ORDER BY ?id", "--store", str(store),
                   "--format", "csv").stdout.split()
    assert sources == ["id", "000_9dcb5584fb8e026c", "j1"]


def test_rdf_import_as_own_graph_and_broken_file_skipped(tmp_path):
    good = tmp_path / "extra.ttl"
    good.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"open .\n", encoding="utf-8")
    nq = tmp_path / "d.nq"
    nq.write_text("<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .\n", encoding="utf-8")
    store = tmp_path / "s"
    done = mtkg("build", str(good), str(bad), str(nq), "--store", str(store), "--quiet", "--no-validate")
    assert done.returncode == 0, done.stderr
    assert "broken.ttl: Parser error" in done.stdout and "line 3" in done.stdout
    s = open_read(store)
    graphs = {g.value for g in s.named_graphs()}
    assert any(g.endswith("import/extra.ttl") for g in graphs)
    assert "http://example.org/g" in graphs
    assert not any(g.endswith("import/broken.ttl") for g in graphs)


def test_help_explains_each_command_with_an_example():
    top = mtkg("--help")
    assert top.returncode == 0 and "examples:" in top.stdout
    for cmd in ("build", "validate", "query", "sparql", "export"):
        done = mtkg(cmd, "--help")
        assert done.returncode == 0 and "examples:" in done.stdout and f"mtkg {cmd}" in done.stdout, cmd


def test_export_formats(tmp_path):
    store = tmp_path / "s"
    B.build([SAMPLES], store, check=False, progress=False)
    for fmt in ("ttl", "nt", "nq", "trig", "jsonld"):
        out = tmp_path / f"all.{fmt}"
        done = mtkg("export", "--format", fmt, "--out", str(out), "--store", str(store))
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 1000, fmt
    from rdflib import Dataset, Graph
    g = Graph().parse(tmp_path / "all.ttl", format="turtle")
    d = Dataset().parse(tmp_path / "all.nq", format="nquads")
    assert len(g) > 50 and len(list(d.contexts())) >= 5


def test_curated_tables_build_as_one_set(tmp_path):
    store = tmp_path / "s"
    done = mtkg("build", str(ROOT / "tests" / "fixtures" / "curated" / "samples"), "--store", str(store), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "Skipped" not in done.stdout
    rows = mtkg("query", "locality-directives", "--store", str(store), "--format", "csv",
                "--param", "locality=Quảng Nam").stdout.splitlines()
    assert rows[1:] == ["tỉnh Quảng Nam,Hướng dẫn 84,issued_plan,Kế hoạch 179,002_9dc2abf15ad7a90e"]
    graphs = mtkg("sparql", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a mtkg:Participation } }",
                  "--store", str(store), "--format", "csv").stdout
    assert "/curated/000_9dcb5584fb8e026c" in graphs


def test_bad_curated_table_is_skipped_with_file_line_and_column(tmp_path):
    table = tmp_path / "t.participants.csv"
    table.write_text("event_id,person,role,source\ne1,Lâm Dũng Liêm,boss,x\n", encoding="utf-8")
    events = tmp_path / "t.events.csv"
    events.write_text("event_id,kind,name,date,source\ne1,training,Hội nghị,2020-01-01,x\n", encoding="utf-8")
    done = mtkg("build", str(tmp_path), "--store", str(tmp_path / "s"), "--quiet", "--no-validate")
    assert done.returncode == 0, done.stderr
    assert "t.participants.csv:2: column 'role'" in done.stdout


def test_base_iri_is_configurable(tmp_path):
    import os, subprocess, sys
    env = dict(os.environ, MTKG_BASE="http://data.example.vn/kg")
    store = tmp_path / "s"
    subprocess.run([sys.executable, "-m", "graph_builder.cli", "build", str(SAMPLES / "000_9dcb5584fb8e026c.txt"),
                    "--store", str(store), "--quiet", "--no-validate"], env=env, check=True, cwd=ROOT)
    graphs = {g.value for g in open_read(store).named_graphs()}
    assert "http://data.example.vn/kg/article/000_9dcb5584fb8e026c" in graphs
    assert not any(g.startswith("https://w3id.org/mtkg/article/") for g in graphs)


def test_one_directive_carried_out_at_two_events_is_two_conforming_implementations():
    """Found by the 100,000-article corpus: the same body disseminating the same directive at two
    events of one article became one implementation with two dates and two events."""
    import dataclasses
    from graph_builder.triples import article_quads
    from graph_builder.validate import validate_quads
    from graph_builder.vocab import MTKG
    from conftest import sample_facts

    f = sample_facts()
    first = f.events[0]
    second = dataclasses.replace(first, id="e2", name="Hội nghị sơ kết", date="--12-24")
    again = dataclasses.replace(f.implementations[0], event="e2", date="2020-12-24")
    f.events.append(second)
    f.implementations[0] = dataclasses.replace(f.implementations[0], date="2020-12-23")
    f.implementations.append(again)
    quads = article_quads(f, article_iri(f.article.id))
    at_event = [q for q in quads if q.predicate == MTKG.atEvent]
    assert len(at_event) == 2 and len({q.subject for q in at_event}) == 2
    assert validate_quads(quads).violations == 0


def test_the_build_reports_the_same_shacl_counts_as_validate(tmp_path):
    """The build's two SHACL lines (what it wrote; the store as recorded) and `mtkg validate`
    agree on the samples and curated tables."""
    import json
    import re
    from conftest import mtkg
    store = tmp_path / "store"
    done = mtkg("build", "--store", str(store))
    assert done.returncode == 0, done.stderr
    wrote = re.search(r"SHACL \(what this build wrote\): (\d+) violation\(s\), (\d+) warning", done.stdout)
    recorded = re.search(r"as recorded\): (\d+) violation\(s\), (\d+) warning", done.stdout)
    report = json.loads(mtkg("validate", "--store", str(store), "--format", "json").stdout)
    assert wrote.groups() == recorded.groups() == (str(report["violations"]), str(report["warnings"]))
    assert report["warnings"] > 0


def test_a_build_in_the_callers_process_leaves_its_collector_as_it_was(tmp_path):
    """Workers collect garbage less often (graph_builder.collector) and freeze what their first
    batch loaded; a build run in the caller's own process (one job) gives the caller back its
    settings, freezes nothing of it, and builds the same store as two worker processes."""
    import gc
    gc.set_threshold(700, 10, 10)
    try:
        B.build([SAMPLES], tmp_path / "one", progress=False, jobs=1)
        assert gc.get_threshold() == (700, 10, 10) and gc.get_freeze_count() == 0
    finally:
        gc.set_threshold(700, 10, 10)
        gc.unfreeze()
    B.build([SAMPLES], tmp_path / "two", progress=False, jobs=2)
    assert quads_of(tmp_path / "one") == quads_of(tmp_path / "two")
