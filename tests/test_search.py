"""Names -> nodes (search.py), one description per shared thing (things.py), and saved queries
that look names up instead of scanning labels: on stores built by the CLI from real and
generated articles."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from graph_builder import query as Q, search
from graph_builder.store import open_read
from conftest import ROOT, SAMPLES, build_cli as _build, mtkg


@pytest.mark.parametrize("a,b", [
    ("UBMTTQ tỉnh Quảng Nam", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
    ("ubmttq tỉnh quảng nam", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
    ("Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
    ("  lâm  DŨNG liêm ", "Lâm Dũng Liêm"),
    ("Chỉ thị 18", "chỉ thị 18"),
])
def test_names_written_differently_have_one_key(a, b):
    assert search.key(a) == search.key(b)


@pytest.mark.parametrize("a,b", [
    ("Lâm Dũng Liêm", "Lâm Dũng Liên"),
    ("Chỉ thị 18", "Chỉ thị 05"),
    ("tỉnh Quảng Nam", "tỉnh Quảng Ninh"),
])
def test_different_names_have_different_keys(a, b):
    assert search.key(a) != search.key(b)


@pytest.mark.parametrize("text,words", [
    ("Lâm Dũng Liêm", "lam dung liem"),
    ("Đinh Trường Sơn", "dinh truong son"),
    ("Uỷ ban", "uy ban"),
    ("Hướng dẫn 84", "huong dan 84"),
])
def test_search_words_have_no_accents(text, words):
    assert search.search_key(text) == words


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("search") / "store"
    _build(store, SAMPLES, ROOT / "data" / "curated")
    return store


def search_cli(store, *args):
    done = mtkg("search", *args, "--store", str(store), "--format", "json")
    return done.returncode, (json.loads(done.stdout) if done.returncode == 0 else done.stderr)


def test_search_finds_a_person_by_part_of_the_name_without_accents(samples_store):
    for text in ("Lâm Dũng Liêm", "lam dung", "Dũng Liêm", "lam dun", "LAM DUNG LIEM"):
        rc, found = search_cli(samples_store, text, "--kind", "person")
        assert rc == 0, found
        assert [m["name"] for m in found] == ["Lâm Dũng Liêm"], text
        assert found[0]["articles"] == "1"          # the sample article that names him
    rc, found = search_cli(samples_store, "Lâm Dũng Liêm")
    assert found[0]["match"] == "exact"


def test_search_says_what_is_closest_when_nothing_matches(samples_store):
    rc, err = search_cli(samples_store, "Lam Dung Lim", "--kind", "person")
    assert rc == 1 and "closest: Lâm Dũng Liêm" in err
    done = mtkg("query", "people-positions", "--param", "person=Lam Dung Lim", "--store", str(samples_store))
    assert done.returncode == 2 and "no person named 'Lam Dung Lim'" in done.stderr and "Lâm Dũng Liêm" in done.stderr


def test_search_kinds_keep_apart(samples_store):
    rc, found = search_cli(samples_store, "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam")
    assert {m["kind"] for m in found} == {"organization"}
    rc, found = search_cli(samples_store, "Quảng Nam", "--kind", "locality")
    assert rc == 0 and {m["name"] for m in found} == {"tỉnh Quảng Nam"}


def counts(store, cls: str) -> tuple[int, int]:
    s = open_read(store)
    row = next(iter(s.query(f"SELECT (COUNT(?x) AS ?n) (COUNT(DISTINCT ?x) AS ?d) WHERE {{ ?x a {cls} }}",
                            prefixes={"mtkg": "https://w3id.org/mtkg/ontology#"}, use_default_graph_as_union=True)))
    return int(row["n"].value), int(row["d"].value)


@pytest.mark.parametrize("cls", ["mtkg:Person", "mtkg:Organization", "mtkg:Directive", "mtkg:Title",
                                 "mtkg:Movement", "mtkg:Post"])
def test_the_default_graph_describes_each_thing_once(corpus_store, cls):
    n, distinct = counts(corpus_store, cls)
    assert n == distinct > 0


def test_each_thing_has_one_label(corpus_store):
    s = open_read(corpus_store)
    rows = s.query("SELECT ?x (COUNT(?l) AS ?n) WHERE { VALUES ?c { mtkg:Person mtkg:Organization mtkg:Directive } "
                   "?x a ?c ; rdfs:label ?l } GROUP BY ?x HAVING(COUNT(?l) != 1)",
                   prefixes={"mtkg": "https://w3id.org/mtkg/ontology#",
                             "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, use_default_graph_as_union=True)
    assert list(rows) == []


def test_contributions_fold_each_articles_description():
    """A thing's consolidated description from its contributions folded one article at a time
    (what recompute does, never holding them all) is the same in whatever order the articles
    are read: each article's first spelling counted once, the most used one the label, the rest
    alternatives, other things' triples passed over."""
    from pyoxigraph import Literal, NamedNode, Triple
    from graph_builder import things
    from graph_builder.vocab import MTKG, RDF, RDFS
    x, y = NamedNode("https://w3id.org/mtkg/id/person/x"), NamedNode("https://w3id.org/mtkg/id/person/y")
    said = [[Triple(x, RDF.type, MTKG.Person), Triple(x, RDFS.label, Literal("Lê Văn Tám")),
             Triple(x, RDFS.label, Literal("Lê văn Tám")), Triple(y, RDFS.label, Literal("Y"))],
            [Triple(x, RDFS.label, Literal("Lê văn Tám")), Triple(x, RDF.type, MTKG.Person)],
            [Triple(x, RDFS.label, Literal("Lê văn Tám"))]]
    folded, backwards = things.Contributions(x), things.Contributions(x)
    for description in said:
        folded.add(description)
    for description in reversed(said):
        backwards.add(description)
    assert set(things.consolidate(folded)) == set(things.consolidate(backwards))
    labels = {(q.predicate.value.rsplit("#", 1)[-1], q.object.value) for q in things.consolidate(folded)
              if q.predicate.value.endswith(("#label", "#altLabel"))}
    assert labels == {("label", "Lê văn Tám"), ("altLabel", "Lê Văn Tám")}
    assert all(q.subject == x for q in things.consolidate(folded))


def rows(store, name, **params):
    args = ["query", name, "--store", str(store), "--format", "csv"] + [f"--param={k}={v}" for k, v in params.items()]
    done = mtkg(*args)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def _names(store, cls: str) -> list[str]:
    s = open_read(store)
    return sorted({r["n"].value for r in s.query(f"SELECT ?n WHERE {{ ?x a {cls} ; mtkg:name ?n }}",
                                                 prefixes={"mtkg": "https://w3id.org/mtkg/ontology#"},
                                                 use_default_graph_as_union=True)})


def _lookups(store, name: str, param: str, column: str, cls: str, sample: int = 25):
    """Each of a sample of names: the query's rows for the name == the whole listing's rows whose
    `column` has that name's key (what a scan comparing every label would return)."""
    whole = rows(store, name)
    assert whole, f"{name} lists nothing: the comparison would prove nothing"
    names = _names(store, cls)
    by_key = Counter(search.key(r[column]) for r in whole)
    tried = [n for n in names if by_key[search.key(n)]][:sample]
    assert len(tried) >= min(5, len(names)), (name, len(tried))
    store_ = open_read(store)
    q = Q.get(name)
    for n in tried:
        got = Q.rows(Q.run_saved(store_, q, {param: n}))[1]
        want = [[r[c] for c in whole[0]] for r in whole if search.key(r[column]) == search.key(n)]
        assert sorted(got) == sorted(want), n


def test_person_lookups_return_the_rows_a_scan_would(corpus_store):
    _lookups(corpus_store, "person-timeline", "person", "person", "mtkg:Person")


def test_participant_lookups_return_the_rows_a_scan_would(corpus_store):
    # people-positions and event-participants show the name as the article wrote it: compare
    # through the person's name in the graph, which the lookup keys
    whole = rows(corpus_store, "event-participants")
    store = open_read(corpus_store)
    q = Q.get("event-participants")
    names = [n for n in _names(corpus_store, "mtkg:Person")][:40]
    hits = 0
    for n in names:
        got = Q.rows(Q.run_saved(store, q, {"person": n}))[1]
        nodes = {m.node.value for m in search.find(store, n, "person")}
        hits += bool(got)
        assert all(r[2] for r in got)
        assert len(got) <= len(whole)
        assert nodes, n
    assert hits > 10


def test_directive_lookups_return_the_rows_a_scan_would(corpus_store):
    _lookups(corpus_store, "locality-directives", "directive", "directive", "mtkg:Directive")


def test_a_lookup_through_the_api_matches_the_cli(samples_store):
    import threading
    import urllib.error
    import urllib.request
    from graph_builder.serve import make_server
    server = make_server(samples_store, port=0, quiet=True, workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = server.url + "api/people-positions?person=lam%20dung&format=csv"
        with urllib.request.urlopen(url, timeout=30) as r:
            api = list(csv.DictReader(io.StringIO(r.read().decode("utf-8"))))
        assert api == rows(samples_store, "people-positions", person="lam dung") and api
        try:
            urllib.request.urlopen(server.url + "api/people-positions?person=nobody%20xyz", timeout=30)
            raise AssertionError("a name naming nothing answered 200")
        except urllib.error.HTTPError as e:
            assert e.code == 404 and "no person named" in e.read().decode("utf-8")
        with urllib.request.urlopen(server.url + "api/events?limit=2&offset=1&format=csv", timeout=30) as r:
            page = list(csv.DictReader(io.StringIO(r.read().decode("utf-8"))))
        cli = mtkg("query", "events", "--limit", "2", "--offset", "1", "--format", "csv", "--store", str(samples_store))
        assert page == list(csv.DictReader(io.StringIO(cli.stdout))) and len(page) == 2
    finally:
        server.close()


@pytest.mark.parametrize("name", ["people-positions", "events", "person-timeline"])
def test_limit_and_offset_page_a_listing(samples_store, name):
    whole = rows(samples_store, name)
    assert len(whole) > 4
    pages = []
    for offset in range(0, len(whole), 2):
        done = mtkg("query", name, "--limit", "2", "--offset", str(offset), "--format", "csv",
                    "--store", str(samples_store))
        pages += list(csv.DictReader(io.StringIO(done.stdout)))
    # pages come in the store's order (no sorting of every row for the first page): together,
    # each row once
    key = lambda r: tuple(r.values())     # noqa: E731
    assert len(pages) == len(whole) and sorted(pages, key=key) == sorted(whole, key=key)


@pytest.mark.parametrize("name", ["events", "person-timeline"])
def test_a_grouped_listing_is_paged_before_it_groups(name):
    """`events` groups each event's organizers, `person-timeline` each post's sightings: the
    page is taken in the subquery that lists the rows (events; people's posts), so a first page
    does not group every row of the store."""
    text = Q.page(Q.get(name).text, 10, 20)
    inner, outer = text.index("OFFSET 20"), text.index("GROUP BY")
    assert inner < outer and "OFFSET" not in text[outer:] and text.rstrip().endswith("LIMIT 10")
    assert Q.page(Q.get("people-positions").text, 10, 20).rstrip().endswith("LIMIT 10\nOFFSET 20")


def test_a_province_means_its_districts_for_locality_directives(samples_store):
    whole = rows(samples_store, "locality-directives")
    in_hanoi = [r for r in whole if r["locality"].endswith("thành phố Hà Nội")]
    assert in_hanoi and all(r["locality"] != "thành phố Hà Nội" for r in in_hanoi)   # a district of it
    assert rows(samples_store, "locality-directives", locality="Hà Nội") == in_hanoi


def test_a_lookup_follows_the_identity_graph(tmp_path):
    """Nodes the identity graph makes one document ("Chỉ thị số 18 … của Ban Bí thư", "Chỉ thị
    18-CT/TW"): asking by any of them, or by the name, finds them all."""
    store = tmp_path / "store"
    _build(store, ROOT / "tests" / "fixtures" / "multi" / "articles")
    s = open_read(store)
    same = list(s.query("SELECT ?a ?b WHERE { GRAPH ?g { ?a owl:sameAs ?b } ?a a mtkg:Directive }",
                        prefixes={"owl": "http://www.w3.org/2002/07/owl#",
                                  "mtkg": "https://w3id.org/mtkg/ontology#"}, use_default_graph_as_union=True))
    assert same
    group = {x for r in same for x in (r["a"], r["b"]) if r["b"] == same[0]["b"]}
    assert len(group) >= 2
    for node in group:
        assert group <= set(search.resolve(s, f"<{node.value}>", "directive"))
    by_name = {r["source"] for r in rows(store, "directive-implementers", directive="Chỉ thị 18")}
    assert len(by_name) >= 3
    # the query follows owl:sameAs itself, so the lookup binds the canonical node only: asking
    # by any node of the group, or by the name, gives the same rows
    asked = [rows(store, "directive-implementers", directive=f"<{node.value}>") for node in sorted(group, key=str)]
    assert all(a == asked[0] for a in asked) and asked[0]


def _plain(q: Q.SavedQuery) -> Q.SavedQuery:
    """The query with every lookup's shortcuts off: a FILTER for an optional variable, every
    node of a thing bound."""
    import dataclasses
    return dataclasses.replace(q, lookups=[dataclasses.replace(lk, start="", canonical=False) for lk in q.lookups])


@pytest.mark.parametrize("name,param,cls", [
    ("locality-directives", "locality", "mtkg:AdministrativeUnit"),
    ("person-timeline", "organization", "mtkg:Organization"),
    ("directive-implementers", "directive", "mtkg:Directive"),
])
def test_lookup_shortcuts_return_the_rows_the_plain_binding_does(corpus_store, name, param, cls):
    """A lookup that starts from a `start` pattern, or binds canonical nodes only, returns the
    rows of the plain binding (FILTER(?x IN …), every node of the thing)."""
    store = open_read(corpus_store)
    q = Q.get(name)
    assert any(lk.start or lk.canonical for lk in q.lookups if lk.param == param)
    found = 0
    for n in _names(corpus_store, cls)[:30]:
        got = sorted(Q.rows(Q.run_saved(store, q, {param: n}))[1])
        assert got == sorted(Q.rows(Q.run_saved(store, _plain(q), {param: n}))[1]), n
        found += bool(got)
    assert found >= 3, found


def test_a_province_lookup_returns_the_rows_of_its_units(corpus_store):
    """`locality` = a province: the whole listing's rows whose locality is that province or a
    unit inside it (the last parts of the row's locality name it)."""
    whole = rows(corpus_store, "locality-directives")
    store = open_read(corpus_store)
    provinces = sorted({r["n"].value for r in store.query(
        "SELECT ?n WHERE { ?x mtkg:unitLevel ?l ; mtkg:name ?n . FILTER(STRENDS(STR(?l), '/province')) }",
        prefixes={"mtkg": "https://w3id.org/mtkg/ontology#"}, use_default_graph_as_union=True)})
    tried = 0
    for p in provinces:
        want = [r for r in whole if p in [x.strip() for x in r["locality"].split(",")]]
        if not want:
            continue
        tried += 1
        assert sorted(rows(corpus_store, "locality-directives", locality=p), key=str) == sorted(want, key=str), p
    assert tried >= 3, tried


def test_an_event_kind_by_code_or_label_returns_the_events_of_that_kind(corpus_store):
    """`events --param kind=…`: by code ("training") or label ("tập huấn", "Hội thảo") mtkg binds
    the concept; the rows are the whole listing's of that kind, and what a client binding
    the code as text (grlc) gets."""
    whole = rows(corpus_store, "events")
    store = open_read(corpus_store)
    q = Q.get("events")
    labels = {r["c"].value.rsplit("/", 1)[-1]: r["l"].value for r in store.query(
        "SELECT ?c ?l WHERE { ?c skos:inScheme vocab:event-kind ; skos:prefLabel ?l FILTER(LANG(?l) = 'vi') }",
        prefixes={"skos": "http://www.w3.org/2004/02/skos/core#", "vocab": "https://w3id.org/mtkg/vocab/"},
        use_default_graph_as_union=True)}
    kinds = sorted({r["kind"] for r in whole})
    assert len(kinds) >= 3, kinds
    for kind in kinds:
        want = sorted([r[c] for c in whole[0]] for r in whole if r["kind"] == kind)
        by_label = labels[kind].split(",")[0].upper()
        for asked in (kind, by_label):
            assert sorted(Q.rows(Q.run_saved(store, q, {"kind": asked}))[1]) == want, asked
        assert sorted(Q.rows(Q.run(store, Q.bind(q, {"kind": kind})))[1]) == want, kind
    with pytest.raises(Q.NameNotFound, match="one of: ceremony, conference"):
        Q.run_saved(store, q, {"kind": "picnic"})


@pytest.mark.parametrize("name", ["event-participants", "people-positions", "person-timeline"])
def test_a_person_bound_as_the_exact_name_returns_that_persons_rows(corpus_store, name):
    """What a client without the name index (grlc) gets binding the name as the graph spells it:
    the lookup's rows for the people of exactly that name (the lookup also folds spellings)."""
    store = open_read(corpus_store)
    q = Q.get(name)
    found = 0
    for n in _names(corpus_store, "mtkg:Person")[:30]:
        plain = sorted(Q.rows(Q.run(store, Q.bind(q, {"person": n})))[1])
        looked = sorted(Q.rows(Q.run_saved(store, q, {"person": n}))[1])
        same_name = [m for m in search.find(store, n, "person") if m.name == n]
        if len(search.find(store, n, "person")) == len(same_name):
            assert plain == looked, n
        else:
            assert set(map(tuple, plain)) <= set(map(tuple, looked)), n
        found += bool(plain)
    assert found >= 10, found
