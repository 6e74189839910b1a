"""GraphML for yEd, Cytoscape desktop, Gephi and igraph, written by networkx from the
portable copy of the network (XML-safe ids n0…, e0…, scalar attributes). Checked against
the official GraphML 1.0 schema (tests/fixtures/xsd/graphml) and read back with networkx and
igraph."""
from __future__ import annotations

import networkx as nx

from . import portable
from ..network import Network


def write(net: Network, out) -> None:
    # the edge id is the multigraph key, unique in the document (the schema says so)
    nx.write_graphml(portable(net), out, encoding="utf-8", prettyprint=True, named_key_ids=False)
