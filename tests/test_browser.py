"""The real consumers in headless Chromium: Cytoscape.js loads the .cyjs export and draws it,
and the HTML network page (sigma.js on graphology, ForceAtlas2 in a web worker) draws every
node, lays the network out once and stops, stays offline, finds a person, highlights a
neighbourhood on hover, shows a clicked node's facts and sources, and filters by type,
province and date exactly as `mtkg export --kinds/--province/--since` do. Screenshots are
left in test-artifacts/ (network-fixture.png, network-sample.png, network-300.png).

Needs /usr/bin/chromium (Debian package `chromium`) and, for the Cytoscape.js test, the npm
package `cytoscape` in ./node_modules (tests/tools.sh installs both); skipped, saying which,
without them. The page itself needs nothing but the browser: its libraries are inlined.

The 300-article page (bench/corpus.py, seed 1) is built only when MTKG_LARGE_TESTS=1: today
building and exporting it takes about a minute, most of it graph_builder/network.py's queries."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from cdp import Browser, needs_chromium
from conftest import ROOT, SAMPLES, mtkg
from test_network import sparql_counts
from graph_builder import network as N
from graph_builder.exports import palette
from graph_builder.store import open_read

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CYTOSCAPE = ROOT / "node_modules" / "cytoscape" / "dist" / "cytoscape.min.js"
ARTIFACTS = ROOT / "test-artifacts"


def chromium(url: str, tmp_path: Path, *extra: str) -> str:
    """Run the page until its timers settle; return the DOM after its scripts ran."""
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'chromium-profile'}", "--allow-file-access-from-files",
            "--virtual-time-budget=5000", "--window-size=1200,800", *extra, url]
    r = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def attr(dom: str, name: str) -> str | None:
    m = re.search(rf'<body[^>]*\bdata-{name}="([^"]*)"', dom)
    return m.group(1) if m else None


@needs_chromium
@pytest.mark.skipif(not CYTOSCAPE.exists(), reason="npm package cytoscape not installed in ./node_modules (tests/tools.sh)")
def test_cytoscape_loads_the_cyjs_export(fixture_store, tmp_path):
    out = tmp_path / "net.cyjs"
    assert mtkg("export", "--store", str(fixture_store), "--format", "cyjs", "--out", str(out)).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    page = tmp_path / "cy.html"
    page.write_text(f"""<!doctype html><html><body style="margin:0">
<div id="cy" style="width:800px;height:600px"></div>
<script src="{CYTOSCAPE.as_uri()}"></script>
<script>
const doc = {json.dumps(doc, ensure_ascii=False)};
const cy = cytoscape({{container: document.getElementById("cy"), elements: doc.elements,
  style: [{{selector: "node", style: {{"background-color": "data(color)", label: "data(name)"}}}}],
  layout: {{name: "cose", animate: false, randomize: false}}}});
document.body.dataset.nodes = cy.nodes().length;
document.body.dataset.edges = cy.edges().length;
document.body.dataset.names = cy.nodes().filter((n) => n.data("name") === n.data("label") && n.data("name")).length;
document.body.dataset.linked = cy.edges().filter((e) => e.source().id() === e.data("source") && e.target().nonempty()).length;
setTimeout(() => {{
  let painted = 0;
  for (const c of document.querySelectorAll("#cy canvas")) {{
    if (!c.width || !c.height) continue;
    const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
  }}
  document.body.dataset.painted = painted;
}}, 1500);
</script></body></html>""", encoding="utf-8")
    dom = chromium(page.as_uri(), tmp_path, "--dump-dom")
    nodes, edges = sparql_counts(open_read(fixture_store))
    assert (attr(dom, "nodes"), attr(dom, "edges")) == (str(nodes), str(edges)), dom[:500]
    assert (attr(dom, "names"), attr(dom, "linked")) == (str(nodes), str(edges))
    assert int(attr(dom, "painted") or 0) > 100, "Cytoscape.js drew nothing on its canvas"


# -- the HTML network page ----------------------------------------------------------------------

def open_page(browser: Browser, path: Path, timeout: float = 60, fragment: str = "") -> float:
    """Load the page and wait until its layout has stopped; the seconds that took."""
    started = time.monotonic()
    browser.goto(path.as_uri() + fragment)
    browser.wait("document.body.dataset.layout === 'done' || document.body.dataset.error", timeout=timeout)
    assert not browser.js("document.body.dataset.error"), browser.js("document.body.dataset.error")
    return time.monotonic() - started


def check_drawing(browser: Browser, shot: Path, nodes: int, edges: int) -> None:
    """Every node is in the graph and shown, the layout stopped, the page asked for nothing
    outside itself, it reported no error, and the drawing is really there (pixels in the
    node types' colours, read from a screenshot); the screenshot is kept."""
    state = browser.js("({...document.body.dataset})")
    assert (state["nodes"], state["edges"], state["drawn"], state["drawnEdges"]) == tuple(map(str, (nodes, edges, nodes, edges)))
    # computed once: the positions no longer move once the layout is done
    positions = "JSON.stringify(mtkgNetwork.graph.mapNodes((n, a) => [a.x, a.y]))"
    before = browser.js(positions)
    time.sleep(0.5)
    assert browser.js(positions) == before
    outside = [u for u in browser.requested_urls() if not u.startswith(("file:", "data:", "blob:"))]
    assert not outside, outside
    assert not browser.errors(), browser.errors()
    time.sleep(0.4)  # the camera's last move
    image = browser.capture("#graph")
    assert image.painted() > 500, "the graph area stayed blank"
    types = browser.js("[...new Set(JSON.parse(document.getElementById('graph-data').textContent).nodes.map((n) => n.type))]")
    shown = [t for t in types if image.near(palette()[t], tolerance=24) >= 3]
    assert len(shown) >= min(3, len(types)), (types, shown)
    ARTIFACTS.mkdir(exist_ok=True)
    browser.screenshot(shot)
    assert shot.stat().st_size > 10_000


def export_html(store: Path, out: Path, *args: str) -> Path:
    r = mtkg("export", "--store", str(store), "--format", "html", "--out", str(out), *args)
    assert r.returncode == 0, r.stderr
    return out


@needs_chromium
def test_html_view_draws_searches_highlights_and_shows_sources(fixture_store, tmp_path):
    page = export_html(fixture_store, tmp_path / "network.html")
    nodes, edges = sparql_counts(open_read(fixture_store))
    with Browser(tmp_path / "profile", size="1280,800") as b:
        open_page(b, page)
        check_drawing(b, ARTIFACTS / "network-fixture.png", nodes, edges)
        # hover another node: it and its neighbours are drawn, everything else is greyed
        G = N.build(open_read(fixture_store)).graph
        board = N.find(G, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng")
        board_id = N.node_ids(G)[board]
        near = {N.node_ids(G)[n] for n in (board, *G.successors(board), *G.predecessors(board))}
        x, y = b.js(f"mtkgNetwork.where({json.dumps(board_id)})")
        b.mouse("mouseMoved", x, y)
        b.wait(f"document.body.dataset.hovered === {json.dumps(board_id)}")
        colours = b.js("Object.fromEntries(mtkgNetwork.graph.mapNodes((n) => [n, mtkgNetwork.renderer.getNodeDisplayData(n).color]))")
        greyed = {n for n, c in colours.items() if c == "#e6e6e6"}
        assert greyed == set(colours) - near and greyed
        corner = b.js("(() => { const r = document.querySelector('#graph').getBoundingClientRect(); return [r.left + 4, r.bottom - 4]; })()")
        b.mouse("mouseMoved", *corner)
        b.wait("document.body.dataset.hovered === ''")
        # search, typed as a user does: one match, selected, its facts and sources shown
        b.type("#search", "lâm dũng")
        b.wait("document.querySelector('#results').dataset.count === '1'")
        assert "Lâm Dũng Liêm" in b.js("document.querySelector('#results').textContent")
        details = b.js("document.querySelector('#details').innerText")
        assert "Phó Chủ tịch" in details and "Sóc Trăng: Tập huấn phong trào" in details
        person = b.js("document.body.dataset.selected")
        b.wait("!mtkgNetwork.renderer.getCamera().isAnimated()")  # the camera moved to the person
        # a click on the background clears the panel; a click on the person's node fills it
        b.mouse("click", *corner)
        b.wait("document.body.dataset.selected === '' && !document.querySelector('#details h2')")
        time.sleep(0.4)  # two clicks within sigma's doubleClickTimeout (300 ms) would be a double click
        x, y = b.js(f"mtkgNetwork.where({json.dumps(person)})")
        b.mouse("click", x, y)
        b.wait(f"document.body.dataset.selected === {json.dumps(person)}")
        assert b.js("document.querySelector('#details h2').textContent") == "Lâm Dũng Liêm"
        assert b.js("[...document.querySelectorAll('#sources a')].map((a) => a.href)") == ["http://example.org/a"]


@needs_chromium
def test_html_view_filters_as_the_cli_does(tmp_path):
    from test_network import two_articles
    store = two_articles(tmp_path)
    page = export_html(store, tmp_path / "network.html")
    db = open_read(store)
    with Browser(tmp_path / "profile") as b:
        open_page(b, page)

        def shown():
            return tuple(int(b.js(f"document.body.dataset.{k}")) for k in ("drawn", "drawnEdges"))

        def cli(**kw):
            G = N.build(db, **kw).graph
            return G.number_of_nodes(), G.number_of_edges()

        assert shown() == cli()
        b.click("#legend input[data-type=person]")  # a real click on the checkbox
        assert shown() == cli(kinds=["bodies", "localities", "events", "directives", "movements"])
        b.click("#clear")
        assert shown() == cli()
        province = "tỉnh Sóc Trăng"
        b.js(f"{{ const s = document.querySelector('#province'); s.value = {json.dumps(province)}; s.dispatchEvent(new Event('change')); }}")
        assert shown() == cli(province="Sóc Trăng") and shown() < cli()
        b.click("#clear")
        b.js("{ const d = document.querySelector('#since'); d.value = '2021-01-01'; d.dispatchEvent(new Event('change')); }")
        assert shown() == cli(since="2021-01-01") and shown() < cli()
        # a search only finds what the filters show
        b.type("#search", "hội nghị")
        assert b.js("document.querySelector('#results').dataset.count") == "0"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """The bundled sample articles (data/articles), built as a user would."""
    store = tmp_path_factory.mktemp("sample") / "store"
    r = mtkg("build", str(SAMPLES), "--store", str(store), "--quiet")
    assert r.returncode == 0, r.stderr
    return store


@needs_chromium
def test_html_view_of_the_bundled_sample(sample_store, tmp_path):
    """The picture in the README (docs/network.png is the best of these)."""
    page = export_html(sample_store, tmp_path / "network.html")
    nodes, edges = sparql_counts(open_read(sample_store))
    with Browser(tmp_path / "profile", size="1400,900") as b:
        open_page(b, page)
        check_drawing(b, ARTIFACTS / "network-sample.png", nodes, edges)
        # a search with several matches lists them and highlights them all
        b.type("#search", "ủy ban mttq")
        count = int(b.wait("document.querySelector('#results').dataset.count"))
        assert count > 1 and b.js("document.querySelectorAll('#results li.match').length") == min(count, 50)
        assert not b.js("document.body.dataset.selected")
        time.sleep(0.3)
        b.screenshot(ARTIFACTS / "network-sample-search.png")
        # one of them, chosen from the list: its neighbourhood stands out, its panel is filled
        b.click("#results li.match")
        b.wait("document.body.dataset.selected && document.querySelectorAll('#relations li').length > 0")
        b.wait("!mtkgNetwork.renderer.getCamera().isAnimated()")
        time.sleep(0.3)
        b.screenshot(ARTIFACTS / "network-sample-selected.png")


@pytest.fixture(scope="session")
def store_300(tmp_path_factory):
    if os.environ.get("MTKG_LARGE_TESTS") != "1":
        pytest.skip("set MTKG_LARGE_TESTS=1 to build and open a 300-article network (about a minute today)")
    work = tmp_path_factory.mktemp("c300")
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--articles", "300", "--seed", "1",
                        "--out", str(work / "corpus"), "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    r = mtkg("build", str(work / "corpus" / "articles"), "--store", str(work / "store"), "--quiet", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    return work / "store"


@needs_chromium
def test_html_view_at_300_articles(store_300, tmp_path):
    started = time.monotonic()
    page = export_html(store_300, tmp_path / "network.html")
    exported = time.monotonic() - started
    nodes, edges = sparql_counts(open_read(store_300))
    assert nodes > 2000
    with Browser(tmp_path / "profile", size="1400,900") as b:
        seconds = open_page(b, page, timeout=120)
        check_drawing(b, ARTIFACTS / "network-300.png", nodes, edges)
        b.type("#search", "đoàn kết sáng tạo")
        b.wait("Number(document.querySelector('#results').dataset.count) >= 1")
        b.js("document.querySelector('#results li.match').click()")
        b.wait("document.body.dataset.selected")
        time.sleep(0.6)
        b.screenshot(ARTIFACTS / "network-300-selected.png")
    print(f"300 articles: {nodes} nodes, {edges} edges; export {exported:.1f} s, page load and layout {seconds:.1f} s")
