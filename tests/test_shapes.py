"""SHACL shapes (shapes/*.ttl) against hand-written fixtures (tests/fixtures/shapes/).

`valid.ttl` is one correct article graph; every rule has a broken variant (a SPARQL Update
patch of valid.ttl, or a fixture file of its own) that must make pyshacl report it, with the
expected source shape and severity, and no violation from any other shape."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS

ROOT = Path(__file__).resolve().parent.parent
SHAPE_FILES = sorted((ROOT / "shapes").glob("*.ttl"))
FIXTURES = ROOT / "tests" / "fixtures" / "shapes"

MTKG = Namespace("https://w3id.org/mtkg/ontology#")
MTKGSH = Namespace("https://w3id.org/mtkg/shapes#")
VOCAB_NS = "https://w3id.org/mtkg/vocab/"
ID = "https://w3id.org/mtkg/id/"

# Nodes of valid.ttl, as SPARQL IRIs
ART = "<https://w3id.org/mtkg/article/h001>"
PROVINCE = f"<{ID}unit/tinh-soc-trang-0000000001>"
DISTRICT = f"<{ID}unit/huyen-my-tu-0000000002>"
COMMITTEE = f"<{ID}org/uy-ban-mttq-tinh-soc-trang-0000000003>"
BOARD = f"<{ID}org/btt-tinh-soc-trang-0000000004>"
BOARD_TW = f"<{ID}org/btt-trung-uong-0000000005>"
PERSON = f"<{ID}person/lam-dung-liem-0000000007>"
TITLE = f"<{ID}title/pho-chu-tich-0000000008>"
POST = f"<{ID}post/pho-chu-tich-0000000009>"
HOLDING = f"<{ID}holding/lam-dung-liem-0000000010>"
DE_AN = f"<{ID}directive/de-an-15-0000000011>"
PLAN = f"<{ID}directive/ke-hoach-179-0000000012>"
MOVEMENT = f"<{ID}movement/doan-ket-sang-tao-0000000013>"
EVENT = f"<{ID}event/h001-e1-0000000014>"
PART = f"<{ID}participation/h001-e1-lam-dung-liem-0000000015>"
IMPL = f"<{ID}implementation/h001-my-tu-0000000016>"
EV = f"<{ID}evidence/h001-120-400>"
NOWHERE = f"<{ID}person/nobody-9999999999>"

PREFIXES = """
PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX vocab: <https://w3id.org/mtkg/vocab/>
"""


# -- patches ----------------------------------------------------------------------------------

def drop(node: str, pred: str) -> str:
    return f"DELETE WHERE {{ {node} {pred} ?o }}"


def add(node: str, pred: str, obj: str) -> str:
    return f"INSERT DATA {{ {node} {pred} {obj} }}"


def put(node: str, pred: str, obj: str) -> str:
    """Replace every value of `pred` on `node` by `obj`."""
    return f"{drop(node, pred)} ;\n{add(node, pred, obj)}"


def untype(node: str, cls: str) -> str:
    return f"DELETE DATA {{ {node} rdf:type {cls} }}"


@dataclass
class Case:
    id: str
    patch: str                  # SPARQL Update applied to valid.ttl, or a fixture file name
    shape: str                  # local name of the expected sh:sourceShape
    severity: str = "Violation"
    focus: str | None = None    # expected focus node (SPARQL IRI), when the shape is shared
    also: set[str] = field(default_factory=set)  # other shapes allowed to report a violation


V, W = "Violation", "Warning"

CASES = [
    # Article
    Case("article-without-id", drop(ART, "mtkg:articleId"), "Article-articleId"),
    Case("article-with-two-ids", add(ART, "mtkg:articleId", '"h002"'), "Article-articleId"),
    Case("article-id-not-string", put(ART, "mtkg:articleId", "42"), "Article-articleId"),
    Case("article-headline-plain", put(ART, "mtkg:headline", '"Sóc Trăng"'), "Article-headline"),
    Case("article-url-not-http", put(ART, "mtkg:url", '"mattran.org.vn/x"'), "Article-url"),
    Case("article-published-ill-formed", put(ART, "mtkg:published", '"2023-13-45"^^xsd:date'), "Article-published"),
    Case("article-published-untyped", put(ART, "mtkg:published", '"2023-12-24"'), "Article-published"),
    Case("article-byline-twice", add(ART, "mtkg:byline", '"T.H."'), "Article-byline"),
    Case("article-publisher-twice", add(ART, "mtkg:publisher", '"mattran.vn"'), "Article-publisher"),
    Case("article-without-hash", drop(ART, "mtkg:contentHash"), "Article-contentHash"),
    Case("article-bad-hash", put(ART, "mtkg:contentHash", '"ABC"'), "Article-contentHash"),
    Case("article-two-localities", add(ART, "mtkg:locality", DISTRICT), "Article-locality"),
    Case("article-label-english", put(ART, "rdfs:label", '"Training"@en'), "OptionalLabel"),
    # Evidence
    Case("evidence-start-after-end", put(EV, "mtkg:startOffset", '"500"^^xsd:nonNegativeInteger'), "Evidence-offsetOrder"),
    Case("evidence-start-equals-end", put(EV, "mtkg:startOffset", '"400"^^xsd:nonNegativeInteger'), "Evidence-offsetOrder"),
    Case("evidence-without-quote", drop(EV, "mtkg:quote"), "Evidence-quote"),
    Case("evidence-empty-quote", put(EV, "mtkg:quote", '""'), "Evidence-quote"),
    Case("evidence-without-start", drop(EV, "mtkg:startOffset"), "Evidence-startOffset"),
    Case("evidence-negative-start", put(EV, "mtkg:startOffset", '"-1"^^xsd:integer'), "Evidence-startOffset"),
    Case("evidence-end-untyped", put(EV, "mtkg:endOffset", '"400"'), "Evidence-endOffset", also={"Evidence-offsetOrder"}),
    Case("evidence-without-article", drop(EV, "mtkg:inArticle"), "Evidence-inArticle"),
    Case("evidence-article-not-article", put(EV, "mtkg:inArticle", PERSON), "Evidence-inArticle"),
    # Person, title, post
    Case("person-without-label", drop(PERSON, "rdfs:label"), "RequiredLabel", focus=PERSON),
    Case("person-label-not-vi", put(PERSON, "rdfs:label", '"Lam Dung Liem"@en'), "RequiredLabel", focus=PERSON),
    Case("person-label-plain", put(PERSON, "rdfs:label", '"Lâm Dũng Liêm"'), "RequiredLabel", focus=PERSON),
    Case("person-holds-not-post", add(PERSON, "org:holds", TITLE), "Person-holds"),
    Case("namesakes-of-one", f"INSERT DATA {{ <{ID}namesakes/x> a mtkg:Namesakes ; rdfs:label \"Lâm Dũng Liêm\"@vi ; "
                             f"mtkg:namesake {PERSON} }}", "Namesakes-namesake"),
    Case("title-without-preflabel", drop(TITLE, "skos:prefLabel"), "Title-prefLabel"),
    Case("post-without-label", drop(POST, "rdfs:label"), "RequiredLabel", focus=POST),
    Case("post-without-role", drop(POST, "org:role"), "Post-role"),
    Case("post-role-not-title", put(POST, "org:role", PERSON), "Post-role"),
    Case("post-in-not-organization", put(POST, "org:postIn", PROVINCE), "Post-postIn"),
    # Organizations
    Case("organization-without-label", drop(COMMITTEE, "rdfs:label"), "RequiredLabel", focus=COMMITTEE),
    Case("organization-without-body-kind", drop(BOARD_TW, "mtkg:bodyKind"), "Organization-bodyKind",
         also={"StandingBoard-bodyKind"}),
    Case("organization-body-kind-outside-vocabulary", put(BOARD_TW, "mtkg:bodyKind", "<https://w3id.org/mtkg/vocab/body-kind/club>"),
         "Organization-bodyKind", also={"StandingBoard-bodyKind"}),
    Case("organization-two-body-kinds", add(COMMITTEE, "mtkg:bodyKind", "<https://w3id.org/mtkg/vocab/body-kind/other>"),
         "Organization-bodyKind"),
    Case("subclass-not-typed-organization", untype(COMMITTEE, "mtkg:Organization"), "OrganizationSubclassShape",
         also={"Post-postIn", "PostHolding-organization", "Organization-subOrganizationOf"}),
    Case("front-committee-wrong-body-kind", put(COMMITTEE, "mtkg:bodyKind", "<https://w3id.org/mtkg/vocab/body-kind/centre>"),
         "FrontCommittee-bodyKind"),
    Case("sub-organization-of-unit", add(BOARD, "org:subOrganizationOf", PROVINCE), "Organization-subOrganizationOf"),
    Case("organization-locality-not-unit", add(BOARD_TW, "mtkg:locality", PERSON), "Organization-locality"),
    Case("organization-unresolved-locality", add(BOARD_TW, "mtkg:unresolvedLocality", '"tỉnh"'), "UnresolvedLocality",
         W, focus=BOARD_TW),
    # Post holdings
    Case("holding-without-member", drop(HOLDING, "org:member"), "PostHolding-member"),
    Case("holding-member-not-person", put(HOLDING, "org:member", COMMITTEE), "PostHolding-member"),
    Case("holding-without-role", drop(HOLDING, "org:role"), "PostHolding-role"),
    Case("holding-without-post", drop(HOLDING, "mtkg:post"), "PostHolding-post"),
    Case("holding-two-organizations", add(HOLDING, "org:organization", BOARD), "PostHolding-organization"),
    Case("holding-without-name", drop(HOLDING, "mtkg:nameAsWritten"), "PostHolding-nameAsWritten"),
    Case("holding-observed-untyped", put(HOLDING, "mtkg:observedOn", '"23/12"'), "PostHolding-observedOn"),
    Case("holding-not-derived", drop(HOLDING, "prov:wasDerivedFrom"), "DerivedFromArticle", focus=HOLDING),
    Case("holding-derived-from-non-article", put(HOLDING, "prov:wasDerivedFrom", PERSON), "DerivedFromArticle",
         focus=HOLDING),
    Case("holding-without-evidence", drop(HOLDING, "mtkg:evidence"), "HasEvidence", focus=HOLDING),
    Case("holding-evidence-not-evidence", put(HOLDING, "mtkg:evidence", ART), "HasEvidence", focus=HOLDING),
    # Administrative units
    Case("unit-without-label", drop(DISTRICT, "rdfs:label"), "RequiredLabel", focus=DISTRICT),
    Case("unit-without-type", drop(DISTRICT, "mtkg:unitType"), "AdministrativeUnit-unitType"),
    Case("unit-without-name", drop(DISTRICT, "mtkg:unitName"), "AdministrativeUnit-unitName"),
    Case("unit-without-level", drop(DISTRICT, "mtkg:unitLevel"), "AdministrativeUnit-unitLevel"),
    Case("unit-level-outside-vocabulary", put(DISTRICT, "mtkg:unitLevel", "<https://w3id.org/mtkg/vocab/unit-level/village>"),
         "AdministrativeUnit-unitLevel"),
    Case("unit-two-parents", add(DISTRICT, "mtkg:partOf", DISTRICT), "AdministrativeUnit-partOf"),
    Case("unit-part-of-organization", put(DISTRICT, "mtkg:partOf", COMMITTEE), "AdministrativeUnit-partOf"),
    Case("unit-code-integer", put(PROVINCE, "mtkg:officialCode", "94"), "AdministrativeUnit-officialCode"),
    Case("unit-not-in-the-official-list", drop(DISTRICT, "mtkg:officialCode"),
         "AdministrativeUnit-officialCodeKnown", severity="Warning"),
    Case("unit-valid-from-bad", put(PROVINCE, "mtkg:validFrom", '"1992"'), "AdministrativeUnit-validFrom"),
    Case("unit-valid-until-bad", add(PROVINCE, "mtkg:validUntil", '"2025-7"^^xsd:gYearMonth'),
         "AdministrativeUnit-validUntil"),
    Case("unit-became-part-of-organization", add(DISTRICT, "mtkg:becamePartOf", COMMITTEE),
         "AdministrativeUnit-becamePartOf"),
    # Directives
    Case("directive-without-label", drop(DE_AN, "rdfs:label"), "RequiredLabel", focus=DE_AN),
    Case("directive-without-type", drop(DE_AN, "mtkg:documentType"), "Directive-documentType"),
    Case("directive-type-outside-vocabulary", put(DE_AN, "mtkg:documentType", "<https://w3id.org/mtkg/vocab/document-type/Đề-án>"),
         "Directive-documentType"),
    Case("directive-number-with-words", put(DE_AN, "mtkg:documentNumber", '"số 15"'), "Directive-documentNumber"),
    Case("directive-two-numbers", add(DE_AN, "mtkg:documentNumber", '"16"'), "Directive-documentNumberUnique", W),
    Case("directive-bad-symbol", put(DE_AN, "mtkg:symbol", '"ĐA 15"'), "Directive-symbol"),
    Case("directive-two-symbols", add(DE_AN, "mtkg:symbol", '"16/ĐA-MTTW-BTT"'), "Directive-symbol"),
    Case("directive-date-untyped", put(DE_AN, "mtkg:issueDate", '"18/8/2017"'), "Directive-issueDate"),
    Case("directive-two-dates", add(DE_AN, "mtkg:issueDate", '"2017-08-19"^^xsd:date'), "Directive-issueDateUnique", W),
    Case("directive-without-date", drop(DE_AN, "mtkg:issueDate"), "Directive-issueDateMissing", W),
    Case("directive-without-issuer", drop(DE_AN, "mtkg:issuer"), "Directive-issuerMissing", W),
    Case("directive-issuer-not-organization", put(DE_AN, "mtkg:issuer", PERSON), "Directive-issuer"),
    Case("directive-subject-plain", put(DE_AN, "mtkg:subject", '"tổ chức Phong trào"'), "Directive-subject"),
    Case("directive-implements-non-directive", put(PLAN, "mtkg:implements", MOVEMENT), "Directive-implements"),
    Case("directive-not-derived", drop(PLAN, "prov:wasDerivedFrom"), "DerivedFromArticle", focus=PLAN),
    Case("directive-evidence-not-evidence", add(PLAN, "mtkg:evidence", ART), "OptionalEvidence", focus=PLAN),
    # Movements
    Case("movement-without-kind", drop(MOVEMENT, "mtkg:movementKind"), "Movement-movementKind"),
    Case("movement-kind-outside-vocabulary", put(MOVEMENT, "mtkg:movementKind", "<https://w3id.org/mtkg/vocab/event-kind/launch>"),
         "Movement-movementKind"),
    Case("movement-alias-plain", put(MOVEMENT, "skos:altLabel", '"Đoàn kết sáng tạo 2"'), "Movement-altLabel"),
    Case("movement-not-derived", drop(MOVEMENT, "prov:wasDerivedFrom"), "DerivedFromArticle", focus=MOVEMENT),
    # Events
    Case("event-without-label", drop(EVENT, "rdfs:label"), "RequiredLabel", focus=EVENT),
    Case("event-without-kind", drop(EVENT, "mtkg:eventKind"), "Event-eventKind"),
    Case("event-kind-outside-vocabulary", put(EVENT, "mtkg:eventKind", "<https://w3id.org/mtkg/vocab/role/chair>"),
         "Event-eventKind"),
    Case("event-two-kinds", add(EVENT, "mtkg:eventKind", "<https://w3id.org/mtkg/vocab/event-kind/review>"),
         "Event-eventKind"),
    Case("event-two-dates", add(EVENT, "mtkg:date", '"2023-12-23"^^xsd:date'), "Event-date"),
    Case("event-date-untyped", put(EVENT, "mtkg:date", '"2023-12-23"'), "Event-date"),
    Case("event-date-ill-formed", put(EVENT, "mtkg:date", '"--13-40"^^xsd:gMonthDay'), "Event-date"),
    Case("event-date-without-year", put(EVENT, "mtkg:date", '"--01-05"^^xsd:gMonthDay'), "Event-dateHasYear", W),
    Case("event-end-date-without-year", put(EVENT, "mtkg:endDate", '"--12-24"^^xsd:gMonthDay'), "Event-endDateHasYear", W),
    Case("event-end-date-untyped", put(EVENT, "mtkg:endDate", '"24/12"'), "Event-endDate"),
    Case("event-without-organizer", drop(EVENT, "mtkg:organizer"), "Event-organizerMissing", W),
    Case("event-organizer-not-organization", put(EVENT, "mtkg:organizer", PERSON), "Event-organizer"),
    Case("event-locality-not-unit", put(EVENT, "mtkg:locality", COMMITTEE), "Event-locality"),
    Case("event-unresolved-locality", add(EVENT, "mtkg:unresolvedLocality", '"huyện"'), "UnresolvedLocality",
         W, focus=EVENT),
    Case("event-attendance-negative", put(EVENT, "mtkg:attendance", '"-5"^^xsd:integer'), "Event-attendance"),
    Case("event-attendance-decimal", put(EVENT, "mtkg:attendance", '"150.5"^^xsd:decimal'), "Event-attendance"),
    Case("event-attendance-twice", add(EVENT, "mtkg:attendance", '"200"^^xsd:nonNegativeInteger'), "Event-attendance"),
    Case("event-qualifier-outside-vocabulary", put(EVENT, "mtkg:attendanceQualifier", '"hơn"'),
         "Event-attendanceQualifier"),
    Case("event-disseminated-non-directive", add(EVENT, "mtkg:disseminated", MOVEMENT), "Event-disseminated"),
    Case("event-serves-non-movement", add(EVENT, "mtkg:servesMovement", DE_AN), "Event-servesMovement"),
    Case("event-not-derived", drop(EVENT, "prov:wasDerivedFrom"), "DerivedFromArticle", focus=EVENT),
    Case("event-without-evidence", drop(EVENT, "mtkg:evidence"), "HasEvidence", focus=EVENT),
    # Participations
    Case("participation-without-person", drop(PART, "mtkg:participant"), "Participation-participant"),
    Case("participation-person-missing", put(PART, "mtkg:participant", NOWHERE), "Participation-participant"),
    Case("participation-two-people", add(PART, "mtkg:participant", NOWHERE), "Participation-participant"),
    Case("participation-without-event", drop(PART, "mtkg:inEvent"), "Participation-inEvent"),
    Case("participation-event-not-event", put(PART, "mtkg:inEvent", DE_AN), "Participation-inEvent"),
    Case("participation-without-role", drop(PART, "mtkg:participationRole"), "Participation-role"),
    Case("participation-role-outside-vocabulary", add(PART, "mtkg:participationRole", "<https://w3id.org/mtkg/vocab/role/guest>"),
         "Participation-role"),
    Case("participation-name-twice", add(PART, "mtkg:nameAsWritten", '"Liêm"'), "Participation-nameAsWritten"),
    Case("participation-not-derived", drop(PART, "prov:wasDerivedFrom"), "DerivedFromArticle", focus=PART),
    Case("participation-without-evidence", drop(PART, "mtkg:evidence"), "HasEvidence", focus=PART),
    Case("participation-dangling-file", "broken-participation.ttl", "Participation-participant",
         also={"Participation-inEvent"}),
    # Implementations
    Case("implementation-without-directive", drop(IMPL, "mtkg:implementedDirective"),
         "Implementation-implementedDirective"),
    Case("implementation-directive-not-directive", put(IMPL, "mtkg:implementedDirective", MOVEMENT),
         "Implementation-implementedDirective"),
    Case("implementation-without-kind", drop(IMPL, "mtkg:implementationKind"), "Implementation-kind"),
    Case("implementation-kind-outside-vocabulary", put(IMPL, "mtkg:implementationKind", "<https://w3id.org/mtkg/vocab/implementation-kind/planned>"),
         "Implementation-kind"),
    Case("implementation-locality-not-unit", put(IMPL, "mtkg:implementingLocality", BOARD), "Implementation-locality"),
    Case("implementation-body-not-organization", put(IMPL, "mtkg:implementingBody", DISTRICT), "Implementation-body"),
    Case("implementation-via-not-directive", put(IMPL, "mtkg:via", EVENT), "Implementation-via"),
    Case("implementation-at-non-event", add(IMPL, "mtkg:atEvent", DE_AN), "Implementation-atEvent"),
    Case("implementation-date-untyped", put(IMPL, "mtkg:date", '"11/2023"'), "Implementation-date"),
    Case("implementation-unresolved-locality", add(IMPL, "mtkg:unresolvedLocality", '"huyện"'), "UnresolvedLocality",
         W, focus=IMPL),
    Case("implementation-not-derived", drop(IMPL, "prov:wasDerivedFrom"), "DerivedFromArticle", focus=IMPL),
    Case("implementation-without-evidence", drop(IMPL, "mtkg:evidence"), "HasEvidence", focus=IMPL),
]


# -- helpers --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shapes() -> Graph:
    g = Graph()
    for f in SHAPE_FILES:
        g.parse(f, format="turtle")
    return g


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(FIXTURES / "valid.ttl", format="turtle")


def validate(data: Graph, shapes: Graph) -> tuple[bool, list[dict]]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    results = []
    # top-level results only (pyshacl also types the nested sh:detail results of sh:node)
    for r in report.objects(None, SH.result):
        results.append({
            "severity": str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
            "shape": report.value(r, SH.sourceShape),
            "focus": report.value(r, SH.focusNode),
            "path": report.value(r, SH.resultPath),
            "messages": [str(m) for m in report.objects(r, SH.resultMessage)],
        })
    return conforms, results


def patched(valid: Graph, patch: str) -> Graph:
    if patch.endswith(".ttl"):
        return Graph().parse(FIXTURES / patch, format="turtle")
    g = Graph()
    g += valid
    before = len(g)
    g.update(PREFIXES + patch)
    assert len(g) != before or "INSERT" in patch, f"patch changed nothing: {patch}"
    return g


def _local(shape) -> str:
    return str(shape).rsplit("#", 1)[-1] if isinstance(shape, URIRef) else "_:bnode"


# -- the valid fixture --------------------------------------------------------------------------

def test_valid_fixture_conforms(valid, shapes):
    conforms, results = validate(valid, shapes)
    violations = [r for r in results if r["severity"] == "Violation"]
    assert conforms and violations == [], violations
    # its only warning: the event date has no year
    assert [(r["severity"], _local(r["shape"])) for r in results] == [("Warning", "Event-dateHasYear")]


def test_valid_fixture_conforms_after_a_pyoxigraph_round_trip(valid, shapes):
    """The store canonicalises literals (xsd:nonNegativeInteger comes back as xsd:integer):
    what the shapes see after loading into pyoxigraph must still conform."""
    import pyoxigraph
    store = pyoxigraph.Store()
    store.load(valid.serialize(format="nt").encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES,
               to_graph=pyoxigraph.NamedNode("https://w3id.org/mtkg/article/h001"))
    back = Graph().parse(data=store.dump(format=pyoxigraph.RdfFormat.N_QUADS,
                                         from_graph=pyoxigraph.NamedNode("https://w3id.org/mtkg/article/h001")).decode("utf-8"),
                         format="nt")
    assert len(back) == len(valid)
    conforms, results = validate(back, shapes)
    assert conforms and [r for r in results if r["severity"] == "Violation"] == []


def test_valid_fixture_covers_every_class(valid):
    used = set(valid.objects(None, RDF.type))
    for cls in ("Article", "Person", "Organization", "FrontCommittee", "StandingBoard", "Title", "Post",
                "PostHolding", "AdministrativeUnit", "Directive", "Movement", "Event", "Participation",
                "Implementation", "Evidence"):
        assert MTKG[cls] in used, cls


# -- every rule fires on its broken fixture ---------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_broken_fixture_is_reported(valid, shapes, case):
    conforms, results = validate(patched(valid, case.patch), shapes)
    hits = [r for r in results if _local(r["shape"]) == case.shape and r["severity"] == case.severity]
    if case.focus is not None:
        hits = [r for r in hits if r["focus"] == URIRef(case.focus.strip("<>"))]
    assert hits, f"expected {case.severity} from {case.shape}; got " + \
        repr([(r["severity"], _local(r["shape"]), str(r["focus"])) for r in results])
    assert all(m for r in hits for m in r["messages"]), "every result carries a message"
    others = {_local(r["shape"]) for r in results if r["severity"] == "Violation"} - {case.shape} - case.also
    assert others == set(), f"unexpected violations from {others}"
    assert conforms == (case.severity != "Violation" and not case.also)


def test_every_rule_is_exercised(shapes):
    """Each named property shape and constrained node shape has at least one broken fixture."""
    exercised = {c.shape for c in CASES}
    named = {_local(s) for s in shapes.subjects(RDF.type, SH.PropertyShape) if isinstance(s, URIRef)}
    named |= {_local(s) for s in shapes.subjects(RDF.type, SH.NodeShape)
              if isinstance(s, URIRef) and (s, SH["class"], None) in shapes}
    body_kind_shapes = {n for n in named if n.endswith("-bodyKind") and n != "Organization-bodyKind"}
    # the nine "<Subclass>-bodyKind" shapes are alike: FrontCommittee-bodyKind stands for them
    missing = named - exercised - (body_kind_shapes - {"FrontCommittee-bodyKind"})
    assert missing == set()


# -- directive symbols ----------------------------------------------------------------------------

GOOD_SYMBOLS = ["18-CT/TW", "15/ĐA-MTTW-BTT", "32/TTr-MTTW-BTT", "217/QĐ-TW", "51/HD-MT-BTT",
                "293/KH-MTTQ-BTT", "30/2020/NĐ-CP", "179/KH-MTTQ-BTT", "29-CT/HU", "05-CT/TW",
                "08-CTr/TU", "102-QĐ/TW", "24-HD/BTGTW", "33/2009/QH12", "120/KH-UBND", "84/HD-MTTW-BTT",
                "43-NQ/TW", "35-KL/TW", "18a-CT/TW"]
BAD_SYMBOLS = ["ĐA 15", "18", "18-CT", "15/ĐA MTTW", "số 15/ĐA-MTTW-BTT", "18–CT/TW", "",
               "15/đa-mttw", "CT/TW-18", "15/ĐA-MTTW-BTT."]


def _symbol_results(valid, shapes, symbol):
    g = patched(valid, put(DE_AN, "mtkg:symbol", Literal(symbol).n3()))
    return [r for r in validate(g, shapes)[1] if _local(r["shape"]) == "Directive-symbol"]


@pytest.mark.parametrize("symbol", GOOD_SYMBOLS)
def test_real_symbols_accepted(valid, shapes, symbol):
    assert _symbol_results(valid, shapes, symbol) == []


@pytest.mark.parametrize("symbol", BAD_SYMBOLS)
def test_malformed_symbols_rejected(valid, shapes, symbol):
    results = _symbol_results(valid, shapes, symbol)
    assert results and all(r["severity"] == "Violation" for r in results)


# -- the shapes themselves --------------------------------------------------------------------------

def test_every_shape_is_named(shapes):
    for s in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape)):
        assert shapes.value(s, RDFS.label) is not None or shapes.value(s, SH.name) is not None, s


def test_every_property_shape_has_an_english_message(shapes):
    for s in shapes.subjects(RDF.type, SH.PropertyShape):
        assert any(m.language == "en" for m in shapes.objects(s, SH.message)), s


def test_every_class_is_targeted(shapes):
    from rdflib import OWL
    onto = Graph().parse(ROOT / "ontology" / "mtkg.ttl", format="turtle")
    classes = {c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(MTKG))}
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes - targeted == set()


def test_shapes_use_declared_terms(shapes):
    from test_ontology import declared_terms
    onto = Graph().parse(ROOT / "ontology" / "mtkg.ttl", format="turtle")
    declared = declared_terms(onto)
    used = set(shapes.objects(None, SH.path)) | set(shapes.objects(None, SH.targetClass)) \
        | set(shapes.objects(None, SH["class"])) | set(shapes.objects(None, SH.lessThan))
    assert {t for t in used if t not in declared} == set()


def test_sh_in_lists_match_vocabularies(shapes):
    """Each sh:in list of concepts is exactly one scheme of vocabularies.ttl."""
    vocab = Graph().parse(ROOT / "ontology" / "vocabularies.ttl", format="turtle")
    checked = 0
    for s, head in shapes.subject_objects(SH["in"]):
        members = set(Collection(shapes, head))
        if not all(str(m).startswith(VOCAB_NS) for m in members):
            continue
        schemes = {str(m)[len(VOCAB_NS):].split("/", 1)[0] for m in members}
        assert len(schemes) == 1, s
        scheme = URIRef(VOCAB_NS + schemes.pop())
        assert members == set(vocab.subjects(SKOS.inScheme, scheme)), s
        checked += 1
    assert checked == 8    # one list per scheme


# -- the shapes as the build runs them ----------------------------------------------------------------

def test_the_build_runs_property_shapes_on_their_node_shapes_targets(shapes):
    from graph_builder.validate import with_targets_on_property_shapes
    run = with_targets_on_property_shapes(shapes)
    assert (MTKGSH["Article-articleId"], SH.targetClass, MTKG.Article) in run
    assert (MTKGSH.RequiredLabel, SH.targetClass, MTKG.Person) in run        # shared: every target
    assert list(run.objects(MTKGSH.ArticleShape, SH.property)) == []
    assert list(shapes.objects(MTKGSH.ArticleShape, SH.property)) != []     # the file is unchanged


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_shapes_as_run_report_what_the_shapes_as_written_report(valid, shapes, case):
    from graph_builder.validate import with_targets_on_property_shapes
    data = patched(valid, case.patch)

    def key(results):
        return sorted((r["severity"], str(r["shape"]), str(r["focus"]), str(r["path"]), tuple(sorted(r["messages"])))
                      for r in results)
    as_written, as_run = validate(data, shapes), validate(data, with_targets_on_property_shapes(shapes))
    assert as_written[0] == as_run[0] and key(as_written[1]) == key(as_run[1])


def _as_quads(g: Graph):
    """An rdflib graph as pyoxigraph quads of one article graph (as a build's worker has them)."""
    from pyoxigraph import NamedNode, Quad, RdfFormat, parse
    graph = NamedNode("https://w3id.org/mtkg/article/h001")
    return [Quad(t.subject, t.predicate, t.object, graph)
            for t in parse(g.serialize(format="nt").encode("utf-8"), format=RdfFormat.N_TRIPLES)]


def _report_key(report):
    return sorted((r.severity, r.focus, r.label, r.path, r.message, r.shape, r.sources) for r in report.results)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_value_shapes_checked_once_per_value_report_what_pyshacl_reports(valid, case):
    # the build's workers check mtkgsh:DateValue once per distinct value (validate.compiled_shapes);
    # every fixture, broken dates among them, gets the report pyshacl gives with the shapes as run
    from graph_builder import validate as v
    quads = _as_quads(patched(valid, case.patch))
    v._VERDICTS.clear()
    compiled = v.validate_quads(quads, compiled=True)
    plain = v.validate_quads(quads)
    assert _report_key(compiled) == _report_key(plain)
    assert compiled.conforms == plain.conforms


def test_value_shapes_are_taken_out_of_the_shapes_pyshacl_runs():
    from graph_builder import validate as v
    run, checks, _ = v.compiled_shapes()
    assert {c.shape for c in checks} == set(v.validation_shapes().subjects(SH.node, MTKGSH.DateValue))
    assert len(checks) == 6 and not list(run.subjects(SH.node, MTKGSH.DateValue))


def test_a_value_shape_that_looks_past_its_value_is_left_to_pyshacl(shapes):
    from graph_builder.validate import _closure
    g = Graph()
    g += shapes
    assert _closure(g, MTKGSH.DateValue) is not None
    g.add((MTKGSH.DateValue, SH.property, MTKGSH.RequiredLabel))     # now it reads the graph
    assert _closure(g, MTKGSH.DateValue) is None


def test_an_invalid_date_repeated_across_nodes_is_reported_at_each():
    from pyoxigraph import Literal as OxLiteral, NamedNode, Quad
    from graph_builder import validate as v
    from graph_builder.vocab import MTKG as OX, RDF as OXRDF
    g = NamedNode("https://w3id.org/mtkg/article/x1")
    bad = OxLiteral("2023-13-45", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    events = [NamedNode(f"https://w3id.org/mtkg/id/event/x1-e{i}") for i in range(3)]
    quads = [q for e in events for q in (Quad(e, OXRDF.type, OX.Event, g), Quad(e, OX.date, bad, g))]
    for compiled in (False, True, True):     # the second compiled run decides from the memo
        found = [r for r in v.validate_quads(quads, compiled=compiled).results if r.shape.endswith("#Event-date")]
        assert sorted(r.focus for r in found) == sorted(e.value for e in events)
