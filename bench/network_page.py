"""The network page (`mtkg export --format html`) on a large store, opened in Chromium.

    python bench/network_page.py STORE [--out docs/network-10000.png] [--search NAME]

Exports the page, opens it in headless Chromium (tests/cdp.py, the browser tests' driver), waits
for the layout to stop, searches for a name, and keeps a screenshot of the whole network and one
of the searched node selected; prints the node and edge counts, the export time and the time
from opening the page to a finished layout. The browser test does the same at 300 articles
(MTKG_LARGE_TESTS=1); this is for the sizes a test cannot wait for."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.cdp import Browser, CDPError  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--out", default=str(ROOT / "docs" / "network-large.png"))
    ap.add_argument("--search", default="đoàn kết sáng tạo")
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "network.html"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "graph_builder.cli", "export", "--store", args.store,
                        "--format", "html", "--out", str(page)], check=True, cwd=ROOT)
        exported = time.monotonic() - started
        with Browser(Path(tmp) / "profile", size="1400,900") as b:
            started = time.monotonic()
            b.goto(page.as_uri(), timeout=args.timeout)
            # a large page keeps its main thread busy while it reads its data and starts sigma,
            # and then does not answer the driver: ask again until the deadline
            while True:
                try:
                    b.wait("document.body.dataset.layout === 'done' || document.body.dataset.error",
                           timeout=max(1, args.timeout - (time.monotonic() - started)))
                    break
                except CDPError:
                    if time.monotonic() - started > args.timeout:
                        raise
            laid_out = time.monotonic() - started
            state = b.js("({...document.body.dataset})")
            if state.get("error"):
                sys.exit(f"the page reported: {state['error']}")
            time.sleep(1)
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            b.screenshot(out)
            b.type("#search", args.search)
            b.wait("Number(document.querySelector('#results').dataset.count) >= 1", timeout=60)
            b.js("document.querySelector('#results li.match').click()")
            b.wait("document.body.dataset.selected", timeout=60)
            time.sleep(1)
            selected = out.with_name(out.stem + "-selected" + out.suffix)
            b.screenshot(selected)
            errors = b.errors()
    print(json.dumps({"nodes": int(state["nodes"]), "edges": int(state["edges"]), "drawn": int(state["drawn"]),
                      "export_s": round(exported, 1), "layout_s": round(laid_out, 1),
                      "errors": errors, "screenshots": [str(out), str(selected)]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
