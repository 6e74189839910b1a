"""The network projection: what a reader sees, built from a hand-made store, checked against
counts SPARQL computes on the same store."""
from __future__ import annotations

import dataclasses

import pytest

from conftest import line_of, mtkg, sample_facts
from graph_builder import facts as F
from graph_builder import network as N
from graph_builder.store import open_read

NODE_COUNT = """SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {
  VALUES ?k { mtkg:Person mtkg:Organization mtkg:AdministrativeUnit mtkg:Event mtkg:Directive mtkg:Movement }
  ?n a ?k }"""

# One pattern per relation, binding ?s and ?o: an edge is a distinct (?s, ?o) pair.
EDGE_PATTERNS = {
    "holds_post": "?h org:member ?s ; org:organization ?o",
    "took_part": "?p mtkg:participant ?s ; mtkg:inEvent ?o",
    "organised": "?o mtkg:organizer ?s",
    "disseminated": "?s mtkg:disseminated ?o",
    "implemented": "?x mtkg:implementedDirective ?o . OPTIONAL { ?x mtkg:implementingBody ?b } "
                   "OPTIONAL { ?x mtkg:implementingLocality ?l } BIND(COALESCE(?b, ?l) AS ?s) FILTER(BOUND(?s))",
    "issued": "?o mtkg:issuer ?s",
    "implements": "?s mtkg:implements ?o",
    "part_of": "{ ?s org:subOrganizationOf ?o } UNION { ?s mtkg:partOf ?o }",
    "located_in": "?s mtkg:locality ?o FILTER NOT EXISTS { ?s a mtkg:Article }",
    "serves": "?s mtkg:servesMovement ?o",
}


def count(store, query: str) -> int:
    return int(next(iter(store.query(query, use_default_graph_as_union=True,
                                     prefixes=N.PREFIXES)))["c"].value)


def sparql_counts(store) -> tuple[int, int]:
    edges = sum(count(store, f"SELECT (COUNT(*) AS ?c) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ {p} }} }}")
                for p in EDGE_PATTERNS.values())
    return count(store, NODE_COUNT), edges


TYPES = {f"{N.PREFIXES['mtkg']}{cls}": code for code, (cls, _) in N.NODE_TYPES.items()}


def rows(store, query: str) -> list[dict]:
    solutions = store.query(query, use_default_graph_as_union=True, prefixes=N.PREFIXES)
    names = [v.value for v in solutions.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in solutions]


def sparql_network(store) -> dict:
    """What every export must carry, computed by SPARQL on the store, independently of
    graph_builder.network: each node's label (the least, as the projection takes) and type;
    each edge as (source IRI, relation, target IRI); for `took part in` the articles it came
    from and the number of participations, for `issued` the issue date."""
    nodes = {}
    for r in rows(store, """SELECT ?n ?k (MIN(STR(?l)) AS ?label) WHERE {
            VALUES ?k { mtkg:Person mtkg:Organization mtkg:AdministrativeUnit mtkg:Event mtkg:Directive mtkg:Movement }
            ?n a ?k OPTIONAL { ?n rdfs:label ?l } } GROUP BY ?n ?k"""):
        node = nodes.setdefault(r["n"], {"label": None, "types": set()})
        node["types"].add(TYPES[r["k"]])
        if r["label"] and (node["label"] is None or r["label"] < node["label"]):
            node["label"] = r["label"]
    for iri, node in nodes.items():
        node["label"] = node["label"] or iri.rsplit("/", 1)[-1]
    edges = {(r["s"], rel, r["o"]) for rel, p in EDGE_PATTERNS.items()
             for r in rows(store, f"SELECT DISTINCT ?s ?o WHERE {{ {p} }}")}
    took_part = {}
    for r in rows(store, """SELECT ?s ?o (COUNT(DISTINCT ?p) AS ?n) (GROUP_CONCAT(DISTINCT ?id; separator="|") AS ?ids)
            WHERE { ?p mtkg:participant ?s ; mtkg:inEvent ?o .
                    OPTIONAL { ?p prov:wasDerivedFrom/mtkg:articleId ?id } } GROUP BY ?s ?o"""):
        took_part[(r["s"], r["o"])] = {"facts": int(r["n"]), "sources": set(filter(None, r["ids"].split("|")))}
    issued = {(r["s"], r["o"]): r["d"] for r in rows(store, "SELECT ?s ?o ?d WHERE { ?o mtkg:issuer ?s ; mtkg:issueDate ?d }")}
    return {"nodes": nodes, "edges": edges, "took_part": took_part, "issued": issued}


def store_of(path, *articles):
    """A store at `path` with the ontology and each article's facts in its graph."""
    from graph_builder import store as st
    from graph_builder.build import _ontology_quads, ontology_graph
    from graph_builder.triples import article_quads
    from graph_builder.vocab import article_iri

    with st.staged(path) as s:
        st.replace_graph(s, ontology_graph(), _ontology_quads())
        for facts in articles:
            iri = article_iri(facts.article.id)
            st.replace_graph(s, iri, article_quads(facts, iri))
    return path


def two_articles(tmp_path):
    """The fixture article, and a second report of the same training where another
    official also attended: enough for co-attendance and several sources."""
    second = sample_facts("fixture-2")
    second.participations = second.participations + [
        F.Participation("Trần Văn Hai", "e1", "attendee", line_of("Tham dự"))]
    second.article = dataclasses.replace(second.article, published="2021-01-05")
    return store_of(tmp_path / "store2", sample_facts("fixture-1"), second)


@pytest.fixture
def store2(tmp_path):
    return open_read(two_articles(tmp_path))


def test_counts_agree_with_sparql(fixture_store, store2):
    for store in (open_read(fixture_store), store2):
        G = N.build(store).graph
        assert (G.number_of_nodes(), G.number_of_edges()) == sparql_counts(store)


def test_edges_carry_title_role_kind_date_and_sources(fixture_store):
    net = N.build(open_read(fixture_store))
    G = net.graph
    by = {(G.nodes[s]["label"], k, G.nodes[o]["label"]): d for s, o, k, d in N.edges(G)}
    post = by[("Lâm Dũng Liêm", "holds_post", "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng")]
    assert post["detail"] == {"Phó Chủ tịch"}
    part = by[("Lâm Dũng Liêm", "took_part", "Hội nghị tập huấn")]
    assert part["detail"] == {"attendee", "presenter"} and part["facts"] == 1
    # --12-23 in an article published 2020-12-24: the year is the article's
    assert part["date"] == "2020-12-23"
    assert N.source_ids(net, part["sources"]) == ["fixture-1"]
    impl = by[("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "implemented", "Hướng dẫn 84")]
    assert impl["detail"] == {"issued a plan"}
    assert ("Kế hoạch 179", "implements", "Hướng dẫn 84") in by
    assert ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "issued", "Đề án 15") in by
    assert ("Hội nghị tập huấn", "serves", "Đoàn kết sáng tạo") in by
    person = G.nodes[N.find(G, "Lâm Dũng Liêm")]
    assert (person["type"], person["type_label"], person["province"]) == ("person", "Person", "tỉnh Sóc Trăng")
    assert {"degree", "community"} <= set(person)
    # a reader's facts, not the name index's keys and words
    assert ("name", "Lâm Dũng Liêm") in person["facts"]
    assert not {p for p, _ in person["facts"]} & {"name key", "search word"}


@pytest.mark.parametrize("value,published,expected", [
    ("2017-08-18", None, "2017-08-18"), ("2017-08", None, "2017-08-01"), ("2017", None, "2017-01-01"),
    ("--12-23", "2020-12-24", "2020-12-23"), ("--12-23", "2021-01-05", "2020-12-23"), ("--12-23", None, None),
])
def test_iso_date(value, published, expected):
    assert N.iso_date(value, published) == expected


def test_focus_by_label_or_iri(fixture_store):
    store = open_read(fixture_store)
    G = N.build(store).graph
    iri = N.find(G, "lâm dũng liêm")
    one = N.build(store, focus="Lâm Dũng Liêm", depth=1).graph
    assert set(one) == {iri, *G.successors(iri)}
    assert set(N.build(store, focus=f"<{iri}>", depth=1).graph) == set(one)
    assert len(N.build(store, focus="Lâm Dũng Liêm", depth=2).graph) > len(one)
    with pytest.raises(N.NetworkError, match="names"):
        N.build(store, focus="Ban Thường trực")
    with pytest.raises(N.NetworkError, match="no node"):
        N.build(store, focus="Nobody")


def test_province_kinds_and_dates(fixture_store):
    store = open_read(fixture_store)
    full = N.build(store).graph
    soc = N.build(store, province="Sóc Trăng").graph
    # the central board and its directive have no province but link to the province's things
    assert "Đề án 15" in {d["label"] for _, d in soc.nodes(data=True)}
    with pytest.raises(N.NetworkError):
        N.build(store, province="Hà Giang")
    people = N.build(store, kinds=["people", "events"]).graph
    assert {d["type"] for _, d in people.nodes(data=True)} == {"person", "event"}
    late = N.build(store, since="2021").graph
    assert "event" not in {d["type"] for _, d in late.nodes(data=True)}
    assert len(late) < len(full)
    assert len(N.build(store, since="2017-01-01", until="2020-12-31").graph) == len(full)


def test_co_attendance_view(store2):
    G = N.build(store2, view="co-attendance").graph
    labels = {G.nodes[n]["label"] for n in G}
    assert labels == {"Lâm Dũng Liêm", "Trần Văn Hai"}
    (a, b, data), = G.edges(data=True)
    assert data["facts"] == 1 and data["relation"] == "co_attended"
    pairs = count(store2, """SELECT (COUNT(*) AS ?c) WHERE { SELECT DISTINCT ?a ?b WHERE {
        ?p mtkg:participant ?a ; mtkg:inEvent ?e . ?q mtkg:participant ?b ; mtkg:inEvent ?e .
        FILTER(STR(?a) < STR(?b)) } }""")
    assert G.number_of_edges() == pairs


def test_implementation_view(fixture_store):
    store = open_read(fixture_store)
    G = N.build(store, view="implementation").graph
    assert {d["type"] for _, d in G.nodes(data=True)} == {"locality", "directive"}
    pairs = count(store, """SELECT (COUNT(*) AS ?c) WHERE { SELECT DISTINCT ?u ?d WHERE {
        ?x mtkg:implementingLocality ?u ; mtkg:implementedDirective ?d } }""")
    assert G.number_of_edges() == pairs == 2


def test_cli_network_errors_and_rdf_formats_unchanged(fixture_store, tmp_path):
    r = mtkg("export", "--store", str(fixture_store), "--format", "dot", "--focus", "Nobody")
    assert r.returncode == 2 and "no node" in r.stderr
    r = mtkg("export", "--store", str(fixture_store), "--format", "nt")
    assert r.returncode == 0 and "Lâm Dũng Liêm" in r.stdout
    out = tmp_path / "g.nq"
    assert mtkg("export", "--store", str(fixture_store), "--format", "nq", "--out", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").count("\n") > 50


def test_an_issuer_edge_cites_the_articles_naming_the_issuer(tmp_path):
    """A second article names Đề án 15 without its issuer: the issued edge cites the first only
    (it cited every article naming the directive, 901,703 rows at 1,000 articles)."""
    second = sample_facts("fixture-2")
    second.directives = [dataclasses.replace(d, issuer=None, date=None) for d in second.directives]
    net = N.project(open_read(store_of(tmp_path / "store", sample_facts("fixture-1"), second)))
    G = net.graph
    issued = [d for s, o, k, d in N.edges(G) if k == "issued" and G.nodes[o]["label"] == "Đề án 15"]
    assert [N.source_ids(net, d["sources"]) for d in issued] == [["fixture-1"]]



def test_communities_are_stable_and_as_modular_as_networkx_louvain(tmp_path):
    """Communities come from igraph's Louvain, seeded: the same store gives the same ones, and
    they divide the network of the real training articles as well as networkx's Louvain does."""
    import networkx as nx
    from conftest import ROOT
    store = tmp_path / "store"
    done = mtkg("build", str(ROOT / "tests" / "corpus" / "train" / "articles"), "--store", str(store),
                "--quiet", "--no-validate")
    assert done.returncode == 0, done.stderr
    G = N.build(open_read(store)).graph
    again = N.build(open_read(store)).graph
    community = nx.get_node_attributes(G, "community")
    assert community == nx.get_node_attributes(again, "community") and len(set(community.values())) > 10
    simple = nx.Graph(G.to_undirected(as_view=True))
    simple.remove_edges_from(nx.selfloop_edges(simple))
    groups: dict[int, set] = {}
    for n, c in community.items():
        groups.setdefault(c, set()).add(n)
    ours = nx.community.modularity(simple, groups.values())
    theirs = nx.community.modularity(simple, nx.community.louvain_communities(simple, seed=0))
    assert ours >= 0.95 * theirs, (ours, theirs)
    # numbered biggest first
    sizes = [len(groups[c]) for c in sorted(groups)]
    assert sizes == sorted(sizes, reverse=True)
