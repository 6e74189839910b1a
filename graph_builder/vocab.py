"""RDF namespaces and the ontology terms the Python code writes.

ontology/mtkg.ttl declares every `MTKG` term used here (a test checks it); the
controlled vocabularies live under `VOCAB` in ontology/vocabularies.ttl."""
from __future__ import annotations

import os
from urllib.parse import quote

from pyoxigraph import NamedNode

ONTOLOGY_NS = "https://w3id.org/mtkg/ontology#"
VOCAB_NS = "https://w3id.org/mtkg/vocab/"
DEFAULT_BASE = "https://w3id.org/mtkg/"

PREFIXES = {
    "mtkg": ONTOLOGY_NS,
    "vocab": VOCAB_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}


class _NS:
    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        # kept as an attribute, so the next access is a plain lookup (a build asks ~650 an article)
        node = NamedNode(self._base + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self._base + name)


MTKG = _NS(ONTOLOGY_NS)
RDF = _NS(PREFIXES["rdf"])
RDFS = _NS(PREFIXES["rdfs"])
XSD = _NS(PREFIXES["xsd"])
SKOS = _NS(PREFIXES["skos"])
ORG = _NS(PREFIXES["org"])
SCHEMA = _NS(PREFIXES["schema"])
PROV = _NS(PREFIXES["prov"])

# Classes of Organization by body kind (facts.BODY_KINDS)
BODY_CLASS = {
    "front_committee": "FrontCommittee",
    "standing_board": "StandingBoard",
    "department": "Department",
    "party_committee": "PartyCommittee",
    "peoples_committee": "PeoplesCommittee",
    "peoples_council": "PeoplesCouncil",
    "member_organization": "MemberOrganization",
    "centre": "Centre",
    "state_body": "StateBody",
    "other": "Organization",
}

# Concept schemes: code -> concept IRI is VOCAB_NS + scheme + "/" + code
SCHEMES = ("event-kind", "role", "implementation-kind", "attendance-qualifier", "unit-level",
           "document-type", "body-kind", "movement-kind")


def concept(scheme: str, code: str) -> NamedNode:
    assert scheme in SCHEMES, scheme
    return NamedNode(f"{VOCAB_NS}{scheme}/{code}")


def base_iri() -> str:
    """The base of data IRIs; MTKG_BASE overrides it (one setting for the whole build)."""
    base = os.environ.get("MTKG_BASE", DEFAULT_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def article_iri(article_id: str, base: str | None = None) -> NamedNode:
    """The article's IRI, which also names the graph holding its facts."""
    return NamedNode(f"{base or base_iri()}article/{quote(article_id, safe='')}")


ONTOLOGY_GRAPH_PATH = "graph/ontology"
