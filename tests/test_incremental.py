"""Incremental, parallel and resumable builds give the same store as one build from scratch."""
import os
import shutil
import sys
from pathlib import Path

from pyoxigraph import RdfFormat

from graph_builder.build import build
from graph_builder.store import open_read, staging_path

from conftest import ROOT, kill_build_after

SAMPLES = sorted((ROOT / "data" / "articles").glob("*.txt"))


def _corpus(folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for f in SAMPLES:
            shutil.copy(f, folder / (f.stem + (f"-{n}" if copies > 1 else "") + ".txt"))
    return folder


def _dump(store: Path) -> list[str]:
    """The store's quads but the file stamps, which depend on when each file was read (a file
    written less than two seconds before has none)."""
    data = open_read(store).dump(format=RdfFormat.N_QUADS).decode("utf-8")
    return sorted(line for line in data.splitlines() if "#sourceStamp>" not in line)


def test_rebuild_extracts_only_what_changed_and_equals_a_fresh_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    first = build([corpus], store, progress=False, jobs=1)
    assert first.articles == len(SAMPLES) and first.unchanged == 0

    again = build([corpus], store, progress=False, jobs=1)
    assert (again.articles, again.unchanged, again.removed) == (0, len(SAMPLES), 0)

    # one added, one edited, one deleted
    shutil.copy(SAMPLES[0], corpus / "added.txt")
    edited = corpus / SAMPLES[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nXem thêm\n", encoding="utf-8")
    (corpus / SAMPLES[2].name).unlink()
    inc = build([corpus], store, progress=False, jobs=1)
    assert (inc.articles, inc.unchanged, inc.removed) == (2, len(SAMPLES) - 2, 1)
    assert inc.store_totals[0] == len(SAMPLES)

    scratch = tmp_path / "scratch"
    build([corpus], scratch, progress=False, jobs=1)
    assert _dump(store) == _dump(scratch)


def test_changing_the_decisions_re_extracts_every_article(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    build([corpus], store, progress=False, jobs=1)
    decisions = tmp_path / "people.identity.csv"
    decisions.write_text("left,right,decision\nA B C @ tỉnh Sóc Trăng,A B C @ tỉnh Quảng Nam,same\n", encoding="utf-8")
    report = build([corpus, decisions], store, progress=False, jobs=1)
    assert report.articles == len(SAMPLES) and report.unchanged == 0


def test_workers_give_the_same_store_as_one_process(tmp_path):
    corpus = _corpus(tmp_path / "corpus", copies=30)
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = build([corpus], one, progress=False, jobs=1)
    r2 = build([corpus], two, progress=False, jobs=2)
    assert r1.articles == r2.articles == 30 * len(SAMPLES)
    assert r1.validation.summary() == r2.validation.summary()
    assert _dump(one) == _dump(two)


def test_a_killed_build_loses_nothing_and_the_next_one_resumes(tmp_path):
    corpus = _corpus(tmp_path / "corpus", copies=80)           # 400 articles
    total = 80 * len(SAMPLES)
    store = tmp_path / "store"
    build([SAMPLES[0]], store, progress=False, jobs=1)         # a store that must survive
    before = _dump(store)
    cmd = [sys.executable, "-m", "graph_builder.cli", "build", str(corpus), "--store", str(store),
           "--progress", "--jobs", "1"]
    env = {**os.environ, "MTKG_LOAD_QUADS": "2000"}             # loads of a few articles each
    kill_build_after(cmd, 120, env=env)
    assert _dump(store) == before                               # the store is untouched
    assert staging_path(store).exists()                         # and the work done is kept

    resumed = build([corpus], store, progress=False, jobs=1)
    # every batch committed before the kill is kept
    assert resumed.resumed and resumed.unchanged >= 100 and resumed.articles + resumed.unchanged == total
    assert not staging_path(store).exists()

    scratch = tmp_path / "scratch"
    build([SAMPLES[0]], scratch, progress=False, jobs=1)
    build([corpus], scratch, progress=False, jobs=1)
    assert _dump(store) == _dump(scratch)


def test_graphs_a_killed_build_was_loading_are_dropped_and_extracted_again(tmp_path):
    """A build bulk-loads each batch between two marks; one killed in between leaves the marks
    (and maybe part of the graphs), and the next build must not take those graphs as done."""
    from pyoxigraph import Literal, NamedNode, Quad, Store
    from graph_builder.build import loading_graph
    from graph_builder.vocab import MTKG, article_iri

    corpus = _corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    build([corpus], store, progress=False, jobs=1)
    victim = article_iri(SAMPLES[1].stem)
    open_read(store).backup(str(staging_path(store)))       # the staging copy a kill leaves
    s = Store(str(staging_path(store)))
    # what a cut-short bulk load can leave: the stamps a rebuild compares, but not all the facts
    stamps = {MTKG.contentHash, MTKG.pipelineVersion, MTKG.sourceFile}
    half = [q for q in s.quads_for_pattern(None, None, None, victim) if q.predicate not in stamps]
    for q in half[: len(half) // 2]:
        s.remove(q)
    s.add(Quad(victim, MTKG.beingLoaded, Literal(True), loading_graph()))
    s.flush()
    del s

    resumed = build([corpus], store, progress=False, jobs=1)
    assert resumed.resumed and (resumed.articles, resumed.unchanged) == (1, len(SAMPLES) - 1)
    scratch = tmp_path / "scratch"
    build([corpus], scratch, progress=False, jobs=1)
    assert _dump(store) == _dump(scratch)
    assert not open_read(store).contains_named_graph(loading_graph())


def test_validating_in_worker_processes_gives_the_same_report(tmp_path, monkeypatch):
    from graph_builder import validate as V
    corpus = _corpus(tmp_path / "corpus", copies=6)
    store = tmp_path / "store"
    build([corpus], store, progress=False, jobs=1)
    monkeypatch.setattr(V, "BATCH", 7)                          # several batches of a small store
    s = open_read(store)
    one, two = V.validate(s, jobs=1), V.validate(s, jobs=2)
    key = lambda r: sorted((x.severity, x.focus, x.path or "", x.message, x.sources) for x in r.results)
    assert key(one) == key(two) and one.warnings > 0
    # a node several articles describe is reported once, with all of them as its sources
    assert max(len(x.sources) for x in two.results) > 1
    assert len({(x.severity, x.focus, x.path, x.message, x.shape) for x in two.results}) == len(two.results)


def test_workers_send_each_shared_quad_once_and_the_store_is_the_same(tmp_path, monkeypatch):
    """Articles naming the same people and bodies: a worker sends the consolidated graph's quads
    of a thing once per build, and the store equals one where every article sends all of them
    (also when the worker's memory of what it sent overflows and is cleared)."""
    import graph_builder.build as B
    from graph_builder import things
    corpus = _corpus(tmp_path / "corpus", copies=3)
    sizes: list[tuple[int, int]] = []
    real = B._shared

    def whole(description: list) -> list:
        return things.add(description)

    def measured(description: list) -> list:
        out = real(description)
        sizes.append((len(whole(description)), len(out)))
        return out

    monkeypatch.setattr(B, "_shared", measured)
    once = build([corpus], tmp_path / "once", progress=False, jobs=1)
    given, sent = map(sum, zip(*sizes))
    assert sent < given / 2             # three copies of each article: two thirds are repeats
    monkeypatch.setattr(B, "SENT_MAX", 5)
    forgetful = build([corpus], tmp_path / "forgetful", progress=False, jobs=1)
    monkeypatch.setattr(B, "_shared", whole)
    every = build([corpus], tmp_path / "every", progress=False, jobs=1)
    assert once.articles == forgetful.articles == every.articles == 3 * len(SAMPLES)
    assert once.validation.summary() == every.validation.summary()
    assert _dump(tmp_path / "once") == _dump(tmp_path / "every") == _dump(tmp_path / "forgetful")


def _reads(monkeypatch) -> list[str]:
    """The names of the article files builds read from now on."""
    from graph_builder import read
    real, names = read.read_file, []

    def counted(path):
        names.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(read, "read_file", counted)
    return names


def test_a_rebuild_reads_no_file_whose_stamp_is_unchanged(tmp_path, monkeypatch):
    """A file that holds one article and has not changed since it was read (its size, times and
    inode) is not read again; one written back with the same size and its old modification
    time (cp -p, rsync) is, by its change time; one touched is read, found the same, and not
    read by the next build. The store stays equal to a fresh build's."""
    from graph_builder import read
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "more.jsonl").write_text('{"id": "j1", "text": "Sáng 3/5, Ủy ban MTTQ xã tổ chức hội nghị."}\n',
                                       encoding="utf-8")
    store = tmp_path / "store"
    monkeypatch.setattr(read, "SETTLED_NS", 0)          # every file counts as settled at once
    build([corpus], store, progress=False, jobs=1)
    reads = _reads(monkeypatch)

    again = build([corpus], store, progress=False, jobs=1)
    assert (again.articles, again.unchanged) == (0, len(SAMPLES) + 1)
    assert reads == ["more.jsonl"]                      # several articles a file: read and hashed

    victim = corpus / SAMPLES[1].name
    before = victim.stat()
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("Ủy ban", "Uỷ ban", 1) if "Ủy ban" in text else text[::-1], encoding="utf-8")
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert victim.stat().st_size == before.st_size
    reads.clear()
    changed = build([corpus], store, progress=False, jobs=1)
    assert sorted(reads) == sorted(["more.jsonl", victim.name]) and changed.articles == 1

    touched = corpus / SAMPLES[2].name
    os.utime(touched)
    reads.clear()
    same = build([corpus], store, progress=False, jobs=1)
    assert sorted(reads) == sorted(["more.jsonl", touched.name]) and same.articles == 0
    reads.clear()
    build([corpus], store, progress=False, jobs=1)
    assert reads == ["more.jsonl"]

    scratch = tmp_path / "scratch"
    build([corpus], scratch, progress=False, jobs=1)
    assert _dump(store) == _dump(scratch)


def test_a_file_written_just_now_gets_no_stamp(tmp_path):
    """A file may change again within its clock's tick and keep its stamp: one younger than two
    seconds is read at every build until it settles."""
    from graph_builder.vocab import MTKG
    corpus = _corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    build([corpus], store, progress=False, jobs=1)
    assert not list(open_read(store).quads_for_pattern(None, MTKG.sourceStamp, None, None))


def test_a_rebuild_settles_the_labels_of_the_things_it_named(tmp_path):
    """Articles added by a rebuild that spell a name otherwise, more often than before: the
    thing keeps one label, the spelling most articles use, as in a fresh build."""
    corpus = _corpus(tmp_path / "corpus")
    text = SAMPLES[0].read_text(encoding="utf-8")
    assert "Lâm Dũng Liêm" in text
    store = tmp_path / "store"
    build([corpus], store, progress=False, jobs=1)
    for n in range(2):                  # the same name in capitals, twice
        (corpus / f"respelt-{n}.txt").write_text(text.replace("Lâm Dũng Liêm", "LÂM DŨNG LIÊM"), encoding="utf-8")
    build([corpus], store, progress=False, jobs=1)
    labels = [r["l"].value for r in open_read(store).query(
        'SELECT ?l WHERE { ?x a mtkg:Person ; rdfs:label ?l FILTER(LCASE(STR(?l)) = "lâm dũng liêm") }',
        prefixes={"mtkg": "https://w3id.org/mtkg/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        use_default_graph_as_union=True)]
    assert labels == ["LÂM DŨNG LIÊM"]
    scratch = tmp_path / "scratch"
    build([corpus], scratch, progress=False, jobs=1)
    assert _dump(store) == _dump(scratch)


def test_known_articles_read_by_scan_or_by_query_are_the_same(tmp_path):
    """A local store's articles are read by scanning two predicates (their pipeline and file
    looked up when needed); a server's by a query."""
    from pyoxigraph import Store
    import graph_builder.build as B
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "more.jsonl").write_text('{"id": "j1", "text": "Sáng 3/5, Ủy ban MTTQ xã tổ chức hội nghị."}\n',
                                       encoding="utf-8")
    store = tmp_path / "store"
    build([corpus, ROOT / "data" / "curated"], store, progress=False, jobs=1)
    s = Store(str(store))

    class Server:                       # what a RemoteStore offers _known: queries
        def query(self, q):
            return s.query(q)

    scanned, asked = B._known(s), B._known(Server())
    assert all(k.pipeline is None and k.file is None for k in scanned.values())
    filled = {g: B._details(s, g, scanned) for g in list(scanned)}
    # (a curated source read from several tables records each: which one is no matter)
    articles = {g for g in asked if "/curated/" not in g}
    assert len(articles) > len(SAMPLES) and set(filled) == set(asked)
    assert {g: filled[g] for g in articles} == {g: asked[g] for g in articles}
