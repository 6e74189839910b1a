"""Exports of the network projection (`graph_builder.network`) for graph visualisers, one
module per format; each has `write(net, out)` taking a binary file object."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

FORMATS = ("gexf", "graphml", "cyjs", "dot", "html")
ASSETS = Path(__file__).resolve().parent / "assets"


def writer(fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"unknown network format {fmt!r}")
    return importlib.import_module(f"{__name__}.{fmt}").write


def palette() -> dict[str, str]:
    """Colour of each node type, shared by the DOT, Cytoscape and HTML views."""
    return json.loads((ASSETS / "palette.json").read_text(encoding="utf-8"))
