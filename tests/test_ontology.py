"""The OWL ontology (ontology/mtkg.ttl) and the SKOS vocabularies (ontology/vocabularies.ttl).

`undeclared_terms(data, ontology)` is reusable: call it on a full build to check that every
predicate and rdf:type the data uses in the mtkg/ORG/schema/PROV/SKOS/ELI namespaces is
declared by the ontology."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from graph_builder import facts
from graph_builder.text import slug
from graph_builder.vocab import BODY_CLASS, ONTOLOGY_NS, PREFIXES, SCHEMES, VOCAB_NS, concept

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_TTL = ROOT / "ontology" / "mtkg.ttl"
VOCABULARIES_TTL = ROOT / "ontology" / "vocabularies.ttl"
README = ROOT / "ontology" / "README.md"

MTKG = Namespace(ONTOLOGY_NS)
VOCAB = Namespace(VOCAB_NS)
ORG = Namespace(PREFIXES["org"])
SCHEMA = Namespace(PREFIXES["schema"])
PROV = Namespace(PREFIXES["prov"])
ELI = Namespace(PREFIXES["eli"])
FOAF = Namespace(PREFIXES["foaf"])
DCTERMS = Namespace(PREFIXES["dcterms"])

CHECKED_NAMESPACES = tuple(PREFIXES[p] for p in ("mtkg", "org", "schema", "prov", "skos", "eli"))
"""Namespaces whose terms the data may only use when the ontology declares them."""

DECLARATION_TYPES = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                     OWL.AnnotationProperty, RDF.Property, RDFS.Datatype}


# -- reusable helpers --------------------------------------------------------------------------

def declared_terms(ontology_graph: Graph) -> set[URIRef]:
    """IRIs the ontology declares as a class or a property."""
    return {s for t in DECLARATION_TYPES for s in ontology_graph.subjects(RDF.type, t)
            if isinstance(s, URIRef)}


def _data_triples(data_graph):
    """(s, p, o) of every triple or quad of an rdflib Graph/Dataset or a pyoxigraph Store."""
    if hasattr(data_graph, "quads_for_pattern"):          # pyoxigraph Store / Dataset
        for q in data_graph.quads_for_pattern(None, None, None, None):
            o = q.object
            yield q.subject, URIRef(q.predicate.value), (URIRef(o.value) if type(o).__name__ == "NamedNode" else o)
    elif hasattr(data_graph, "quads"):                     # rdflib Dataset / ConjunctiveGraph
        for s, p, o, _ in data_graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data_graph.triples((None, None, None))


def undeclared_terms(data_graph, ontology_graph: Graph) -> set[URIRef]:
    """Predicates, and objects of rdf:type, in the mtkg:, org:, schema:, prov:, skos: and eli:
    namespaces that `data_graph` uses and `ontology_graph` does not declare.

    `data_graph` may be an rdflib Graph or Dataset (all named graphs are read) or a pyoxigraph
    Store; `ontology_graph` is ontology/mtkg.ttl (optionally with vocabularies.ttl)."""
    declared = declared_terms(ontology_graph)
    used: set[URIRef] = set()
    for _, p, o in _data_triples(data_graph):
        used.add(p)
        if p == RDF.type and isinstance(o, URIRef):
            used.add(o)
    return {t for t in used if str(t).startswith(CHECKED_NAMESPACES) and t not in declared}


# -- fixtures ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return Graph().parse(VOCABULARIES_TTL, format="turtle")


def _readme_section(title: str) -> list[list[str]]:
    """The rows (lists of cells) of the table under `## title` in the README."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"## {title}", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]   # without the header


def _curies(cell: str) -> list[str]:
    """Backticked terms of a README cell, without the OWL/RDF/XSD built-ins."""
    return [c for c in re.findall(r"`([a-z]+:[A-Za-z_][\w-]*)`", cell)
            if c.split(":")[0] not in ("owl", "rdf", "xsd")]


def _expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


# -- parsing and header --------------------------------------------------------------------------

def test_files_parse(onto, vocab):
    assert len(onto) > 100
    assert len(vocab) > 100


def test_ontology_header(onto):
    ont = URIRef("https://w3id.org/mtkg/ontology")
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionInfo) is not None
    titles = {t.language for t in onto.objects(ont, DCTERMS.title)}
    assert {"en", "vi"} <= titles
    assert onto.value(ont, DCTERMS.description) is not None


# -- every mtkg term is documented ----------------------------------------------------------------

def _mtkg_terms(onto: Graph) -> set[URIRef]:
    return {t for t in declared_terms(onto) if str(t).startswith(ONTOLOGY_NS)}


def test_mtkg_terms_have_labels_and_comments(onto):
    terms = _mtkg_terms(onto)
    assert len(terms) > 60
    for t in sorted(terms):
        langs = {l.language for l in onto.objects(t, RDFS.label) if isinstance(l, Literal)}
        assert {"en", "vi"} <= langs, f"{t} lacks an @en or @vi label"
        comments = [c for c in onto.objects(t, RDFS.comment) if isinstance(c, Literal) and c.language == "en"]
        assert len(comments) == 1, f"{t} needs exactly one @en rdfs:comment"


def test_mtkg_properties_are_typed_and_ranged(onto):
    props = {t for t in _mtkg_terms(onto) if (t, RDF.type, OWL.Class) not in onto}
    for p in props:
        kinds = set(onto.objects(p, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert len(kinds) == 1, f"{p} must be exactly one of owl:ObjectProperty / owl:DatatypeProperty"
        assert onto.value(p, RDFS.range) is not None, f"{p} has no rdfs:range"


def test_external_terms_used_directly_are_declared_with_labels(onto):
    declared = declared_terms(onto)
    for t in (RDFS.label, ORG.subOrganizationOf, ORG.postIn, ORG.role, ORG.holds, ORG.member,
              ORG.organization, PROV.wasDerivedFrom, SKOS.altLabel, SKOS.prefLabel):
        assert t in declared, t
        assert {l.language for l in onto.objects(t, RDFS.label)} >= {"en", "vi"}, t


def test_everything_referenced_is_declared(onto):
    """Superclasses, superproperties, domains and ranges in the ontology are declared too."""
    declared = declared_terms(onto)
    xsd = PREFIXES["xsd"]
    for pred in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range):
        for s, o in onto.subject_objects(pred):
            if isinstance(o, URIRef) and not str(o).startswith(xsd) and o != RDF.langString:
                assert o in declared, f"{s} {pred} {o}: {o} is not declared"


# -- alignments ---------------------------------------------------------------------------------------

ALIGNMENTS = [
    (MTKG.Person, RDFS.subClassOf, SCHEMA.Person),
    (MTKG.Person, RDFS.subClassOf, FOAF.Person),
    (MTKG.Person, RDFS.subClassOf, PROV.Agent),
    (MTKG.Organization, RDFS.subClassOf, ORG.Organization),
    (MTKG.Organization, RDFS.subClassOf, SCHEMA.Organization),
    (MTKG.Post, RDFS.subClassOf, ORG.Post),
    (MTKG.Title, RDFS.subClassOf, ORG.Role),
    (MTKG.Title, RDFS.subClassOf, SKOS.Concept),
    (MTKG.PostHolding, RDFS.subClassOf, ORG.Membership),
    (MTKG.PostHolding, RDFS.subClassOf, PROV.Entity),
    (MTKG.AdministrativeUnit, RDFS.subClassOf, SCHEMA.AdministrativeArea),
    (MTKG.Directive, RDFS.subClassOf, ELI.LegalResource),
    (MTKG.Directive, RDFS.subClassOf, SCHEMA.Legislation),
    (MTKG.Movement, RDFS.subClassOf, SCHEMA.Thing),
    (MTKG.Event, RDFS.subClassOf, SCHEMA.Event),
    (MTKG.Event, RDFS.subClassOf, PROV.Activity),
    (MTKG.Participation, RDFS.subClassOf, SCHEMA.Role),
    (MTKG.Implementation, RDFS.subClassOf, PROV.Activity),
    (MTKG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
    (MTKG.Evidence, RDFS.subClassOf, PROV.Entity),
    (MTKG.implements, RDFS.subPropertyOf, ELI.implements),
    (MTKG.symbol, RDFS.subPropertyOf, ELI.id_local),
    (MTKG.issueDate, RDFS.subPropertyOf, ELI.date_document),
    (MTKG.issuer, RDFS.subPropertyOf, ELI.passed_by),
    (MTKG.documentType, RDFS.subPropertyOf, ELI.type_document),
    (MTKG.subject, RDFS.subPropertyOf, ELI.description),
    (MTKG.locality, RDFS.subPropertyOf, SCHEMA.location),
    (MTKG.unitName, RDFS.subPropertyOf, SCHEMA.name),
    (MTKG.partOf, RDFS.subPropertyOf, SCHEMA.containedInPlace),
    (MTKG.becamePartOf, RDFS.subPropertyOf, DCTERMS.isReplacedBy),
    (MTKG.eventKind, RDFS.subPropertyOf, SCHEMA.additionalType),
    (MTKG.date, RDFS.subPropertyOf, SCHEMA.startDate),
    (MTKG.endDate, RDFS.subPropertyOf, SCHEMA.endDate),
    (MTKG.organizer, RDFS.subPropertyOf, SCHEMA.organizer),
    (MTKG.disseminated, RDFS.subPropertyOf, SCHEMA.about),
    (MTKG.servesMovement, RDFS.subPropertyOf, SCHEMA.about),
    (MTKG.participationRole, RDFS.subPropertyOf, SCHEMA.roleName),
    (MTKG.implementingBody, RDFS.subPropertyOf, PROV.wasAssociatedWith),
    (MTKG.implementedDirective, RDFS.subPropertyOf, PROV.used),
    (MTKG.via, RDFS.subPropertyOf, PROV.generated),
    (MTKG.articleId, RDFS.subPropertyOf, DCTERMS.identifier),
    (MTKG.url, RDFS.subPropertyOf, SCHEMA.url),
    (MTKG.headline, RDFS.subPropertyOf, SCHEMA.headline),
    (MTKG.published, RDFS.subPropertyOf, SCHEMA.datePublished),
    (MTKG.byline, RDFS.subPropertyOf, SCHEMA.author),
    (MTKG.publisher, RDFS.subPropertyOf, SCHEMA.publisher),
    (MTKG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{t[0].split('#')[-1]}-{t[2].rsplit('/', 1)[-1]}")
def test_alignment(onto, triple):
    assert triple in onto


def test_body_subclasses(onto):
    for cls in set(BODY_CLASS.values()) - {"Organization"}:
        assert (MTKG[cls], RDFS.subClassOf, MTKG.Organization) in onto, cls


DATE_PROPERTIES = ("date", "endDate", "issueDate", "observedOn", "published", "validFrom", "validUntil")


@pytest.mark.parametrize("name", DATE_PROPERTIES)
def test_date_properties_accept_partial_dates(onto, name):
    rng = onto.value(MTKG[name], RDFS.range)
    members = set(onto.items(onto.value(rng, OWL.unionOf)))
    xsd = Namespace(PREFIXES["xsd"])
    assert members == {xsd.date, xsd.gYearMonth, xsd.gYear, xsd.gMonthDay}


# -- vocabularies -----------------------------------------------------------------------------------

def _concepts(vocab: Graph) -> set[URIRef]:
    return set(vocab.subjects(RDF.type, SKOS.Concept))


def test_schemes_declared(vocab):
    for scheme in SCHEMES:
        s = VOCAB[scheme]
        assert (s, RDF.type, SKOS.ConceptScheme) in vocab, scheme
        assert {l.language for l in vocab.objects(s, SKOS.prefLabel)} >= {"en", "vi"}, scheme
        assert vocab.value(s, SKOS.definition) is not None, scheme


def test_every_concept_is_complete(vocab):
    concepts = _concepts(vocab)
    assert len(concepts) > 50
    for c in concepts:
        notation = vocab.value(c, SKOS.notation)
        assert notation is not None, c
        schemes = list(vocab.objects(c, SKOS.inScheme))
        assert len(schemes) == 1, c
        scheme = schemes[0]
        assert (c, SKOS.topConceptOf, scheme) in vocab, c
        assert (scheme, SKOS.hasTopConcept, c) in vocab, c
        # the IRI is vocab/<scheme>/<code>, what graph_builder.vocab.concept() mints
        assert str(c) == f"{scheme}/{notation}", c
        labels = {}
        for l in vocab.objects(c, SKOS.prefLabel):
            assert l.language not in labels, f"{c}: two prefLabels @{l.language}"
            labels[l.language] = l
        assert {"en", "vi"} <= set(labels), c
        definitions = [d for d in vocab.objects(c, SKOS.definition) if d.language == "en"]
        assert len(definitions) == 1, c


CODE_LISTS = [
    ("event-kind", facts.EVENT_KINDS),
    ("role", facts.ROLES),
    ("implementation-kind", facts.IMPLEMENTATION_KINDS),
    ("attendance-qualifier", facts.QUALIFIERS),
    ("unit-level", facts.UNIT_LEVELS),
    ("body-kind", facts.BODY_KINDS),
    ("movement-kind", facts.MOVEMENT_KINDS),
]


@pytest.mark.parametrize("scheme,codes", CODE_LISTS, ids=[s for s, _ in CODE_LISTS])
def test_code_lists_match_schemes(vocab, scheme, codes):
    in_scheme = {str(vocab.value(c, SKOS.notation)) for c in vocab.subjects(SKOS.inScheme, VOCAB[scheme])}
    assert in_scheme == set(codes)
    for code in codes:
        assert (URIRef(concept(scheme, code).value), RDF.type, SKOS.Concept) in vocab


def test_body_kinds_have_classes():
    assert set(BODY_CLASS) == set(facts.BODY_KINDS)


def test_document_types(vocab):
    """Codes are the slugs of the Vietnamese names (what triples.py mints), abbreviations as
    Decree 30/2020/NĐ-CP and the Party's rules give them."""
    expected = {"chi-thi": "CT", "nghi-quyet": "NQ", "ket-luan": "KL", "quyet-dinh": "QĐ",
                "huong-dan": "HD", "ke-hoach": "KH", "de-an": "ĐA", "thong-tri": "TTr",
                "luat": None, "dieu-le": None, "chuong-trinh": "CTr", "quy-che": "QC",
                "quy-dinh": "QĐi", "nghi-dinh": "NĐ", "thong-tu": "TT", "cong-van": "CV",
                "thong-bao": "TB", "to-trinh": "TTr"}
    scheme = VOCAB["document-type"]
    concepts = set(vocab.subjects(SKOS.inScheme, scheme))
    assert {str(vocab.value(c, SKOS.notation)) for c in concepts} == set(expected)
    for c in concepts:
        code = str(vocab.value(c, SKOS.notation))
        vi = next(l for l in vocab.objects(c, SKOS.prefLabel) if l.language == "vi")
        assert slug(str(vi)) == code, (code, vi)
        abbr = vocab.value(c, MTKG.abbreviation)
        assert (str(abbr) if abbr is not None else None) == expected[code], code


def test_abbreviation_declared(onto):
    assert (MTKG.abbreviation, RDF.type, OWL.DatatypeProperty) in onto


# -- the README is the contract ----------------------------------------------------------------

def test_readme_classes_declared(onto):
    declared = declared_terms(onto)
    rows = _readme_section("Classes")
    assert len(rows) >= 20
    for row in rows:
        for curie in _curies(row[0]) + _curies(row[1]):
            assert _expand(curie) in declared, curie
        cls = _expand(_curies(row[0])[0])
        assert (cls, RDF.type, OWL.Class) in onto
        for sup in _curies(row[0])[1:] + _curies(row[1]):
            assert (cls, RDFS.subClassOf, _expand(sup)) in onto, (cls, sup)


def test_readme_properties_declared(onto, vocab):
    declared = declared_terms(onto)
    rows = _readme_section("Properties")
    assert len(rows) >= 50
    for row in rows:
        for curie in _curies(row[0]) + _curies(row[2]):
            assert _expand(curie) in declared, curie
        for curie in _curies(row[1]):
            if curie.startswith("vocab:"):
                assert (_expand(curie), RDF.type, SKOS.ConceptScheme) in vocab, curie
            else:
                assert _expand(curie) in declared, curie


def test_readme_vocabularies(vocab):
    rows = _readme_section("Vocabularies (`vocabularies.ttl`)")
    assert {_curies(r[0])[0] for r in rows} == {f"vocab:{s}" for s in SCHEMES}
    for row in rows:
        scheme = _expand(_curies(row[0])[0])
        entries = [e.strip() for e in re.split(r",\s*(?![^()]*\))", row[1])]
        codes = {e.split(" ")[0] for e in entries}
        in_scheme = {str(vocab.value(c, SKOS.notation)) for c in vocab.subjects(SKOS.inScheme, scheme)}
        assert in_scheme == codes, scheme
        for e in entries:   # "chi-thi (Chỉ thị, CT)": the abbreviation is the last item
            m = re.match(r"^(\S+) \((.*)\)$", e)
            if m and scheme == VOCAB["document-type"]:
                abbr = m.group(2).split(",")[-1].strip()
                assert str(vocab.value(VOCAB[f"document-type/{m.group(1)}"], MTKG.abbreviation)) == abbr, e


def test_python_terms_declared(onto):
    """Every MTKG/ORG/PROV/SKOS term graph_builder writes is declared (vocab.py's promise)."""
    declared = declared_terms(onto)
    used = {MTKG[c] for c in BODY_CLASS.values()}
    ns = {"MTKG": MTKG, "ORG": ORG, "PROV": PROV, "SKOS": Namespace(PREFIXES["skos"]),
          "SCHEMA": SCHEMA}
    pattern = re.compile(r"\b(MTKG|ORG|PROV|SKOS|SCHEMA)(?:\.(\w+)|\[\"(\w+)\"\])")
    for py in (ROOT / "graph_builder").rglob("*.py"):
        for m in pattern.finditer(py.read_text(encoding="utf-8")):
            local = m.group(2) or m.group(3)
            if not local.startswith("_"):
                used.add(ns[m.group(1)][local])
    assert used - declared == set()


# -- undeclared_terms -------------------------------------------------------------------------------

UNDECLARED_DATA = """
@prefix mtkg: <https://w3id.org/mtkg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix ex: <http://example.org/> .
<http://x/p1> a mtkg:Person , mtkg:Politician ;
    mtkg:nickname "Ba" ;
    org:headOf <http://x/o1> ;
    ex:anything "not checked" .
<http://x/o1> a mtkg:Organization , schema:GovernmentOrganization .
"""

DECLARED_DATA = """
@prefix mtkg: <https://w3id.org/mtkg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<http://x/p1> a mtkg:Person ; rdfs:label "Lâm Dũng Liêm"@vi ; org:holds <http://x/post> .
<http://x/post> a mtkg:Post ; org:postIn <http://x/o1> .
<http://x/o1> a mtkg:Organization , mtkg:FrontCommittee ; prov:wasDerivedFrom <http://x/a> .
"""


def test_undeclared_terms_reports_unknown_terms(onto):
    data = Graph().parse(data=UNDECLARED_DATA, format="turtle")
    assert undeclared_terms(data, onto) == {
        MTKG.Politician, MTKG.nickname, ORG.headOf, SCHEMA.GovernmentOrganization}


def test_undeclared_terms_accepts_declared_terms(onto):
    data = Graph().parse(data=DECLARED_DATA, format="turtle")
    assert undeclared_terms(data, onto) == set()


def test_undeclared_terms_reads_named_graphs(onto):
    from rdflib import Dataset
    ds = Dataset()
    ds.graph(URIRef("https://w3id.org/mtkg/article/x")).parse(data=UNDECLARED_DATA, format="turtle")
    assert MTKG.nickname in undeclared_terms(ds, onto)


def test_undeclared_terms_reads_pyoxigraph_store(onto):
    import pyoxigraph
    store = pyoxigraph.Store()
    store.load(UNDECLARED_DATA.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE,
               to_graph=pyoxigraph.NamedNode("https://w3id.org/mtkg/article/x"))
    assert undeclared_terms(store, onto) == {
        MTKG.Politician, MTKG.nickname, ORG.headOf, SCHEMA.GovernmentOrganization}


def test_valid_shapes_fixture_uses_only_declared_terms(onto):
    data = Graph().parse(ROOT / "tests" / "fixtures" / "shapes" / "valid.ttl", format="turtle")
    assert undeclared_terms(data, onto) == set()


def test_a_real_build_uses_only_declared_terms(tmp_path, onto):
    """Articles and curated tables built through the real pipeline use no undeclared term."""
    from graph_builder.build import build
    from graph_builder.store import open_read
    root = Path(__file__).resolve().parent.parent
    store = tmp_path / "s"
    report = build([root / "data" / "articles", root / "data" / "curated"], store, progress=False)
    assert report.articles == 5 and report.curated_sources >= 1
    assert report.validation.violations == 0, report.validation.as_text()
    assert undeclared_terms(open_read(store), onto) == set()
