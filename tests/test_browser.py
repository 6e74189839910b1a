"""The real consumers in headless Chromium: Cytoscape.js loads the .cyjs export and draws it,
and the HTML view draws, finds a person, and leaves a screenshot in test-artifacts/.

Needs /usr/bin/chromium (Debian package `chromium`) and the npm package `cytoscape` in
./node_modules (`npm install --no-save cytoscape@3`); skipped, saying which, without them."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import ROOT, mtkg
from test_network import sparql_counts
from graph_builder.store import open_read

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CYTOSCAPE = ROOT / "node_modules" / "cytoscape" / "dist" / "cytoscape.min.js"
ARTIFACTS = ROOT / "test-artifacts"

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="headless Chromium not installed (apt-get install chromium)")


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
@pytest.mark.skipif(not CYTOSCAPE.exists(), reason="npm package cytoscape not installed in ./node_modules")
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
    assert int(attr(dom, "painted") or 0) > 100, "Cytoscape.js drew nothing on its canvas"


@needs_chromium
def test_html_view_draws_searches_and_shows_sources(fixture_store, tmp_path):
    out = tmp_path / "network.html"
    assert mtkg("export", "--store", str(fixture_store), "--format", "html", "--out", str(out)).returncode == 0
    url = out.as_uri() + "#search=" + quote("lâm dũng")
    dom = chromium(url, tmp_path, "--dump-dom")
    nodes, _ = sparql_counts(open_read(fixture_store))
    assert attr(dom, "drawn") == str(nodes)
    assert int(attr(dom, "painted") or 0) > 100, "the canvas stayed blank"
    results = re.search(r'<ul id="results"[^>]*>(.*?)</ul>', dom, re.S).group(1)
    assert "Lâm Dũng Liêm" in results
    # one match is selected: its facts, relations and source article are shown
    details = re.search(r'<section id="details">(.*?)</section>', dom, re.S).group(1)
    assert "Phó Chủ tịch" in details and "Sóc Trăng: Tập huấn phong trào" in details
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "network.png"
    chromium(url, tmp_path, f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000
