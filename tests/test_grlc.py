"""grlc, the tool that turns a folder of SPARQL queries into a web API, serving queries/ against
`mtkg serve`: every saved query answers through grlc what `mtkg query` answers, with grlc's own
parameter binding (it pastes values into the text). grlc pins its own versions of rdflib, Flask
and others, so it lives in a virtual environment of its own, `.venv-grlc` (tests/tools.sh makes
it; MTKG_GRLC_PYTHON names another)."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, query_rows
from graph_builder.build import build
from graph_builder.serve import make_server

GRLC_PYTHON = Path(os.environ.get("MTKG_GRLC_PYTHON", ROOT / ".venv-grlc" / "bin" / "python"))

pytestmark = pytest.mark.skipif(not GRLC_PYTHON.exists(),
                                reason=f"{GRLC_PYTHON} not found: tests/tools.sh installs grlc there")

# grlc's local mode, driven through Flask's test client (no second port to find)
RUN = """
import json, sys
from grlc.server import app
client = app.test_client()
out = []
for name, params in json.loads(sys.argv[1]):
    r = client.get(f"/api-local/{name}", query_string=params, headers={"Accept": "text/csv"})
    out.append([r.status_code, r.data.decode("utf-8")])
spec = client.get("/api-local/swagger").get_json()
print(json.dumps({"answers": out, "spec": spec}))
"""

ASKED = [(name, {}) for name in ("people-positions", "event-participants", "events", "directives",
                                 "event-directives", "locality-directives", "locality-today", "person-timeline")] + [
    ("directive-implementers", {"directive": "Chỉ thị 18"}),
    ("directive-implementers", {"directive": "Hướng dẫn 84"}),
    ("people-positions", {"person": "Lâm Dũng Liêm"}),
    ("person-timeline", {"person": "Lâm Dũng Liêm"}),
    ("event-participants", {"person": "Lâm Dũng Liêm"}),
    ("events", {"kind": "training"}),
    ("locality-directives", {"directive": "Hướng dẫn 84"}),
    ("directives", {"source": "001_d4ee55283678552c"}),
    ("locality-today", {"locality": "tỉnh Sóc Trăng"}),
]


@pytest.fixture(scope="module")
def grlc(tmp_path_factory):
    """grlc's answers to ASKED and its API description, over queries/ (with an endpoint.txt
    naming a `mtkg serve` of the samples)."""
    tmp = tmp_path_factory.mktemp("grlc")
    store = tmp / "store"
    report = build([SAMPLES, ROOT / "data" / "curated"], store, progress=False)
    assert not report.refused, report.as_text()
    server = make_server(store, port=0, quiet=True, workers=2)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        queries = tmp / "queries"
        shutil.copytree(ROOT / "queries", queries)
        (queries / "endpoint.txt").write_text(server.url + "sparql\n", encoding="utf-8")
        (tmp / "config.ini").write_text(f"[local]\nlocal_sparql_dir = {queries}\n", encoding="utf-8")
        done = subprocess.run([str(GRLC_PYTHON), "-c", RUN, json.dumps(ASKED)], cwd=tmp, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        yield store, json.loads(done.stdout.splitlines()[-1])
    finally:
        server.close()


@pytest.mark.parametrize("i", range(len(ASKED)), ids=[f"{n}-{'-'.join(p) or 'all'}" for n, p in ASKED])
def test_grlc_answers_what_mtkg_query_answers(grlc, i):
    store, out = grlc
    name, params = ASKED[i]
    status, body = out["answers"][i]
    assert status == 200, body[:500]
    theirs = list(csv.DictReader(io.StringIO(body)))
    ours = query_rows(store, name, *[f"{k}={v}" for k, v in params.items()])
    assert ours, f"{name} {params} returns nothing on the samples: the comparison would prove nothing"
    assert sorted(map(sorted, (r.items() for r in theirs))) == sorted(map(sorted, (r.items() for r in ours)))


def test_grlc_describes_every_saved_query_with_its_parameters(grlc):
    from graph_builder import query as Q
    _store, out = grlc
    paths = out["spec"]["paths"]
    for name, q in Q.saved().items():
        op = paths[f"/{name}"]["get"]
        assert op["summary"] == q.summary
        given = {p["name"]: p.get("required", False) for p in op.get("parameters", []) if p["in"] == "query"}
        assert {p: given.get(p) for p in q.params} == {p: p in q.required for p in q.params}
