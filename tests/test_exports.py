"""Every network export reads back with the node and edge counts SPARQL computes on the
store, and the XML ones are valid against the official GEXF 1.2 and GraphML 1.0 schemas."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import mtkg
from test_network import sparql_counts, two_articles
from graph_builder.store import open_read

etree = pytest.importorskip("lxml.etree", reason="lxml (the test extra) validates the XML exports")

XSD = Path(__file__).parent / "fixtures" / "xsd"
GEXF = "{http://www.gexf.net/1.2}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


class _Local(etree.Resolver):
    """The GraphML schemas import each other by http URL: serve them from the fixtures."""
    def resolve(self, url, pubid, context):
        for folder in XSD.iterdir():
            local = folder / url.rsplit("/", 1)[-1]
            if folder.is_dir() and local.exists():
                return self.resolve_filename(str(local), context)
        return None


def schema(path: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Local())
    return etree.XMLSchema(etree.parse(str(path), parser))


def export(store, fmt: str, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / f"net.{fmt}"
    r = mtkg("export", "--store", str(store), "--format", fmt, "--out", str(out), *args)
    assert r.returncode == 0, r.stderr
    return out


def counts(fmt: str, path: Path) -> tuple[int, int]:
    text = path.read_text(encoding="utf-8")
    if fmt == "gexf":
        doc = etree.parse(str(path))
        return len(doc.findall(f".//{GEXF}node")), len(doc.findall(f".//{GEXF}edge"))
    if fmt == "graphml":
        doc = etree.parse(str(path))
        return len(doc.findall(f".//{GRAPHML}node")), len(doc.findall(f".//{GRAPHML}edge"))
    if fmt == "cyjs":
        els = json.loads(text)["elements"]
        return len(els["nodes"]), len(els["edges"])
    if fmt == "dot":
        return (len(re.findall(r"^  n\d+ \[", text, re.M)), len(re.findall(r"^  n\d+ -[->] n\d+ ", text, re.M)))
    if fmt == "html":
        data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S).group(1)
        data = json.loads(data)
        return len(data["nodes"]), len(data["edges"])
    raise AssertionError(fmt)


@pytest.fixture(params=["one", "two"])
def store(request, fixture_store, tmp_path):
    return fixture_store if request.param == "one" else two_articles(tmp_path)


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "cyjs", "dot", "html"])
def test_counts_agree_with_sparql(store, fmt, tmp_path):
    assert counts(fmt, export(store, fmt, tmp_path)) == sparql_counts(open_read(store))


@pytest.mark.parametrize("args", [(), ("--view", "co-attendance"), ("--view", "implementation"),
                                  ("--focus", "Lâm Dũng Liêm", "--depth", "2"), ("--since", "2020")])
def test_gexf_is_valid(store, args, tmp_path):
    doc = etree.parse(str(export(store, "gexf", tmp_path, *args)))
    xsd = schema(XSD / "gexf-1.2" / "gexf.xsd")
    assert xsd.validate(doc), xsd.error_log
    graph = doc.getroot().find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"


@pytest.mark.parametrize("args", [(), ("--view", "co-attendance"), ("--province", "Sóc Trăng")])
def test_graphml_is_valid(store, args, tmp_path):
    doc = etree.parse(str(export(store, "graphml", tmp_path, *args)))
    xsd = schema(XSD / "graphml-1.0" / "graphml.xsd")
    assert xsd.validate(doc), xsd.error_log


def test_schemas_reject_what_they_should(fixture_store, tmp_path):
    """The schemas are really checking: a wrong version and a duplicate edge id fail."""
    gexf = export(fixture_store, "gexf", tmp_path).read_text(encoding="utf-8")
    bad = etree.fromstring(gexf.replace('version="1.2"', 'version="9"').encode("utf-8"))
    assert not schema(XSD / "gexf-1.2" / "gexf.xsd").validate(bad)
    graphml = export(fixture_store, "graphml", tmp_path).read_text(encoding="utf-8")
    bad = etree.fromstring(re.sub(r'<edge ([^>]*)id="e\d+"', r'<edge \1id="e0"', graphml).encode("utf-8"))
    assert not schema(XSD / "graphml-1.0" / "graphml.xsd").validate(bad)


def test_gexf_timeline_starts(fixture_store, tmp_path):
    doc = etree.parse(str(export(fixture_store, "gexf", tmp_path)))
    starts = {e.get("label"): e.get("start") for e in doc.iter(f"{GEXF}edge")}
    assert starts["took part in"] == "2020-12-23"
    assert starts["issued"] == "2017-08-18"


def test_html_is_self_contained(fixture_store, tmp_path):
    text = export(fixture_store, "html", tmp_path).read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=", text)
    assert "http://" not in text.split('id="graph-data"')[0]
