"""Every network export is read back by the program people open it with, and what it reads
is what SPARQL finds in the store: the same nodes (by IRI) with their labels and types, the
same edges (source, relation, target) with their dates, sources and fact counts.

GEXF and GraphML are read by networkx (GraphML by igraph too), Cytoscape JSON by
`networkx.cytoscape_graph` (and by Cytoscape.js in tests/test_browser.py), DOT by Graphviz
itself, the HTML page's data by JSON (the page itself in tests/test_browser.py). GraphML is
also valid against the official GraphML 1.0 schema."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from conftest import ROOT, mtkg
from test_network import sparql_counts, sparql_network, two_articles
from graph_builder.store import open_read

XSD = Path(__file__).parent / "fixtures" / "xsd"
GEXF = "{http://www.gexf.net/1.2draft}"
SFDP = shutil.which("sfdp")
needs_graphviz = pytest.mark.skipif(not SFDP, reason="Graphviz not installed (apt-get install graphviz; tests/tools.sh)")


def export(store, fmt: str, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / f"net.{fmt}"
    r = mtkg("export", "--store", str(store), "--format", fmt, "--out", str(out), *args)
    assert r.returncode == 0, r.stderr
    return out


# -- reading back with the real readers -------------------------------------------------------
# Each gives {"nodes": {iri: {label, type}}, "edges": {(source iri, relation, target iri): {date, sources, facts}}}

def _split(value) -> set[str]:
    if isinstance(value, list):
        return set(value)
    return set(filter(None, str(value or "").split("; ")))


def _from_networkx(G: nx.Graph) -> dict:
    nodes = {d["iri"]: {"label": d["label"], "type": d["type"]} for _, d in G.nodes(data=True)}
    edges = {}
    for s, o, d in G.edges(data=True):
        key = (G.nodes[s]["iri"], d["relation"], G.nodes[o]["iri"])
        assert key not in edges, f"{key} twice"
        edges[key] = {"date": d.get("date", ""), "sources": _split(d.get("sources")), "facts": int(d["facts"])}
    return {"nodes": nodes, "edges": edges}


def read_gexf(path: Path) -> dict:
    G = nx.read_gexf(path)
    for _, d in [*G.nodes(data=True), *((None, d) for *_, d in G.edges(data=True))]:
        assert d.get("start") == (d.get("date") or None), d  # the timeline starts at the date
    return _from_networkx(G)


def read_graphml(path: Path) -> dict:
    return _from_networkx(nx.read_graphml(path))


def read_graphml_igraph(path: Path) -> dict:
    igraph = pytest.importorskip("igraph", reason="python-igraph (the test extra) reads the GraphML export")
    g = igraph.Graph.Read_GraphML(str(path))
    iri = g.vs["iri"]
    nodes = {v["iri"]: {"label": v["label"], "type": v["type"]} for v in g.vs}
    edges = {}
    for e in g.es:
        key = (iri[e.source], e["relation"], iri[e.target])
        assert key not in edges
        edges[key] = {"date": e["date"] or "", "sources": _split(e["sources"]), "facts": int(e["facts"])}
    return {"nodes": nodes, "edges": edges}


def read_cyjs(path: Path) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    G = nx.cytoscape_graph(doc)
    assert G.is_directed() == doc["directed"] and G.is_multigraph()
    for n, d in G.nodes(data=True):  # Cytoscape's own keys: the id, and the name it shows
        assert d["id"] == n and d["name"] == d["label"]
    return _from_networkx(G)


def read_dot(path: Path) -> dict:
    """Graphviz reads the file and lays it out (sfdp, as the file asks); its JSON output says
    what it read."""
    if not SFDP:
        pytest.skip("Graphviz not installed (apt-get install graphviz; tests/tools.sh)")
    done = subprocess.run([SFDP, "-Tjson", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "Error" not in done.stderr, done.stderr
    doc = json.loads(done.stdout)
    objects = doc.get("objects", [])
    nodes = {o["URL"]: {"label": o["label"], "type": o["type"]} for o in objects}
    iri = {o["_gvid"]: o["URL"] for o in objects}
    edges = {}
    for e in doc.get("edges", []):
        key = (iri[e["tail"]], e["relation"], iri[e["head"]])
        assert key not in edges
        edges[key] = {"date": e.get("date", ""), "sources": None, "facts": int(e["weight"])}
    return {"nodes": nodes, "edges": edges}


def page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S).group(1))


def read_html(path: Path) -> dict:
    data = page_data(path)
    by_id = {n["id"]: n for n in data["nodes"]}
    nodes = {n["iri"]: {"label": n["label"], "type": n["type"]} for n in data["nodes"]}
    edges = {}
    for e in data["edges"]:
        key = (by_id[e["source"]]["iri"], e["relation"], by_id[e["target"]]["iri"])
        assert key not in edges
        edges[key] = {"date": e["date"], "sources": set(e["sources"]), "facts": e["weight"]}
    return {"nodes": nodes, "edges": edges}


READERS = {"gexf": read_gexf, "graphml": read_graphml, "graphml-igraph": read_graphml_igraph,
           "cyjs": read_cyjs, "dot": read_dot, "html": read_html}


def full_date(value: str) -> str:
    return {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)


@pytest.fixture(params=["one", "two"])
def store(request, fixture_store, tmp_path):
    return fixture_store if request.param == "one" else two_articles(tmp_path)


@pytest.mark.parametrize("reader", list(READERS))
def test_exports_read_back_as_sparql_says(store, reader, tmp_path):
    got = READERS[reader](export(store, reader.split("-")[0], tmp_path))
    want = sparql_network(open_read(store))
    assert (len(got["nodes"]), len(got["edges"])) == sparql_counts(open_read(store))
    assert set(got["nodes"]) == set(want["nodes"])
    for iri, node in got["nodes"].items():
        assert node["label"] == want["nodes"][iri]["label"]
        assert node["type"] in want["nodes"][iri]["types"]
    assert set(got["edges"]) == want["edges"]
    assert want["took_part"] and want["issued"]
    for (s, o), part in want["took_part"].items():
        edge = got["edges"][(s, "took_part", o)]
        assert edge["facts"] == part["facts"]
        if edge["sources"] is not None:  # DOT keeps no sources
            assert edge["sources"] == part["sources"]
    for (s, o), date in want["issued"].items():
        assert got["edges"][(s, "issued", o)]["date"] == full_date(date)


@pytest.mark.parametrize("args", [(), ("--view", "co-attendance"), ("--view", "implementation"),
                                  ("--focus", "Lâm Dũng Liêm", "--depth", "2"), ("--since", "2020")])
def test_every_view_reads_back_in_networkx(store, args, tmp_path):
    from graph_builder import network as N
    net = N.build(open_read(store), **{"view": args[1]} if args[:1] == ("--view",) else
                  {"focus": args[1], "depth": 2} if args[:1] == ("--focus",) else
                  {"since": args[1]} if args else {})
    def pairs(keys):  # an undirected edge read back may name its ends the other way round
        return {k if net.directed else (frozenset((k[0], k[2])), k[1]) for k in keys}

    want = pairs((net.graph.nodes[s]["iri"], k, net.graph.nodes[o]["iri"]) for s, o, k, _ in N.edges(net.graph))
    assert want or "co-attendance" in args  # one article: one person, nobody to have met
    for fmt, read in (("gexf", read_gexf), ("graphml", read_graphml), ("cyjs", read_cyjs)):
        got = read(export(store, fmt, tmp_path, *args))
        assert set(got["nodes"]) == set(net.graph) and pairs(got["edges"]) == want, fmt
    G = nx.read_gexf(tmp_path / "net.gexf")
    assert G.graph["mode"] == "dynamic" and G.is_directed() == net.directed


def test_gexf_is_what_gephi_reads(fixture_store, tmp_path):
    """GEXF 1.2draft (the namespace of Gephi's own examples and of networkx), dynamic with
    dates, and coloured by type (viz:color, which networkx reads back)."""
    etree = pytest.importorskip("lxml.etree", reason="lxml (the test extra) reads the GEXF export's XML")
    from graph_builder.exports import palette
    path = export(fixture_store, "gexf", tmp_path)
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.2"
    graph = root.find(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == ("dynamic", "date", "directed")
    G = nx.read_gexf(path)
    starts = {d["label"]: d.get("start") for *_, d in G.edges(data=True)}
    assert starts["took part in"] == "2020-12-23"
    assert starts["issued"] == "2017-08-18"
    colours = palette()
    for _, d in G.nodes(data=True):
        c = d["viz"]["color"]
        assert "#{:02x}{:02x}{:02x}".format(c["r"], c["g"], c["b"]) == colours[d["type"]]
        assert d["viz"]["size"] > 0


@pytest.mark.parametrize("args", [(), ("--view", "co-attendance"), ("--province", "Sóc Trăng")])
def test_graphml_is_valid(store, args, tmp_path):
    etree = pytest.importorskip("lxml.etree", reason="lxml (the test extra) validates the GraphML export")
    doc = etree.parse(str(export(store, "graphml", tmp_path, *args)))
    xsd = schema(etree, XSD / "graphml-1.0" / "graphml.xsd")
    assert xsd.validate(doc), xsd.error_log


def schema(etree, path: Path):
    class Local(etree.Resolver):
        """The GraphML schemas import each other by http URL: serve them from the fixtures."""
        def resolve(self, url, pubid, context):
            local = path.parent / url.rsplit("/", 1)[-1]
            return self.resolve_filename(str(local), context) if local.exists() else None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    return etree.XMLSchema(etree.parse(str(path), parser))


def test_graphml_schema_rejects_what_it_should(fixture_store, tmp_path):
    """The schema is really checking: a duplicate edge id fails."""
    etree = pytest.importorskip("lxml.etree", reason="lxml (the test extra) validates the GraphML export")
    graphml = export(fixture_store, "graphml", tmp_path).read_text(encoding="utf-8")
    bad = etree.fromstring(re.sub(r'<edge ([^>]*)id="e\d+"', r'<edge \1id="e0"', graphml).encode("utf-8"))
    assert not schema(etree, XSD / "graphml-1.0" / "graphml.xsd").validate(bad)


@needs_graphviz
def test_dot_is_laid_out_as_a_network(fixture_store, tmp_path):
    """The file asks for sfdp with overlap removal, so `dot -Tsvg file.dot` draws a network
    (not a 14,000-pixel strip): the drawing Graphviz makes is no more than three times as
    wide as it is high."""
    path = export(fixture_store, "dot", tmp_path)
    head = path.read_text(encoding="utf-8").split("\n", 2)[1]
    assert "layout=sfdp" in head and "overlap=prism" in head
    dot = shutil.which("dot")
    done = subprocess.run([dot, "-Tjson", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    x0, y0, x1, y1 = map(float, json.loads(done.stdout)["bb"].split(","))
    assert (x1 - x0) / (y1 - y0) < 3


def test_html_is_self_contained(fixture_store, tmp_path):
    text = export(fixture_store, "html", tmp_path).read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", text)
    assert not re.search(r"@import|url\(", text.split("<script")[0])  # the CSS loads nothing
    # the libraries are in the page: sigma, graphology and its ForceAtlas2
    for lib in ("graphology", "sigma", "forceatlas2"):
        assert re.search(rf'<script id="lib-{lib}">.{{5000,}}?</script>', text, re.S), lib


def test_html_type_labels_are_the_ontologys():
    """The page's Vietnamese type names are the ontology's rdfs:label @vi of the classes."""
    import rdflib
    from graph_builder.exports.html import TYPE_LABELS_VI
    from graph_builder.network import NODE_TYPES
    from graph_builder.vocab import PREFIXES
    g = rdflib.Graph().parse(ROOT / "ontology" / "mtkg.ttl")
    for code, (cls, _) in NODE_TYPES.items():
        vi = {str(label) for label in g.objects(rdflib.URIRef(PREFIXES["mtkg"] + cls), rdflib.RDFS.label)
              if label.language == "vi"}
        assert TYPE_LABELS_VI[code] in vi, (code, vi)


ASSETS = ROOT / "graph_builder" / "exports" / "assets"
NODE_MODULES = ROOT / "node_modules"


@pytest.mark.parametrize("vendored,published", [("sigma.min.js", "sigma/dist/sigma.min.js"),
                                                ("graphology.umd.min.js", "graphology/dist/graphology.umd.min.js")])
def test_vendored_libraries_are_the_published_builds(vendored, published):
    """The copies in assets/ are the npm packages' own builds (assets/README.md), as
    tests/tools.sh installs them; graphology's without its last line, a source-map comment."""
    src = NODE_MODULES / published
    if not src.exists():
        pytest.skip(f"npm package not installed in ./node_modules ({published}; tests/tools.sh)")
    want = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", src.read_text(encoding="utf-8"))
    assert (ASSETS / vendored).read_text(encoding="utf-8") == want
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    version = json.loads((NODE_MODULES / published.split("/")[0] / "package.json").read_text())["version"]
    assert f"{published.split('/')[0]}@{version}" in readme


@pytest.mark.parametrize("view", ["network", "co-attendance"])
def test_gexf_reads_back_as_networkx_own_writer_does(store, view):
    """mtkg writes GEXF as a stream (networkx's GEXFWriter builds the whole tree first, which
    was the slowest third of a large export): read back by networkx, the document is the one
    GEXFWriter writes for the same graph, nodes, edges, keys and every attribute."""
    import io
    from networkx.readwrite.gexf import GEXFWriter
    from graph_builder import network as N
    from graph_builder.exports import gexf
    net = N.build(open_read(store), view=view)
    ours = io.BytesIO()
    gexf.write(net, ours)
    H = gexf.prepared(net)
    theirs = io.BytesIO()
    w = GEXFWriter(encoding="utf-8", prettyprint=False, version=gexf.VERSION)
    w.add_graph(H)
    w.write(theirs)
    A, B = (nx.read_gexf(io.BytesIO(b.getvalue())) for b in (ours, theirs))
    assert A.graph == B.graph and A.is_directed() == B.is_directed() == net.directed
    assert dict(A.nodes(data=True)) == dict(B.nodes(data=True)) and A.number_of_nodes() == net.graph.number_of_nodes()
    edges = lambda G: sorted((s, o, sorted(d.items())) for s, o, d in G.edges(data=True))  # noqa: E731
    assert edges(A) == edges(B) and len(edges(A)) == H.number_of_edges()
