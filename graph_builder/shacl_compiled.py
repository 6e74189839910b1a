"""The shapes of shapes/ compiled to Python checks over a batch's quads, for the build's workers.

pyshacl needs an rdflib graph of the batch (about a tenth of a worker's time to build) and then
walks it shape by shape (a fifth more). The shapes use a small part of SHACL Core: property
shapes with a predicate path on targeted classes, and the constraint components below. Each is
checked here as pyshacl checks it, on an index of the quads read once: the same results (one per
failing focus node, value or value pair, with the shape's messages), which tests/test_shapes.py
asserts on every shape fixture and tests/test_validate_compiled.py on built articles. Literals
whose check depends on their datatype's value space (dates, numbers) are read as rdflib reads
them, once per distinct literal; the value shapes nested with sh:node (mtkgsh:DateValue) are
decided by pyshacl once per distinct value (validate._conforming). Shapes that use anything
else are not compiled: `compile_shapes` raises `Unsupported` and the build runs pyshacl."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pyoxigraph import BlankNode, Literal as OxLiteral, NamedNode, Quad
from pyshacl.constraints.core.value_constraints import DatatypeConstraintComponent
from pyshacl.rdfutil.compare import compare_literal
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from .validate import SH, TARGETS, _conforming, _key, _term, _VERDICTS, compiled_shapes

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# what a shape may say besides its constraints
_ANNOTATIONS = {SH.name, SH.description, SH.message, SH.severity, SH.path, SH.order, SH.group,
                SH.deactivated, SH.property, URIRef(RDF_TYPE),
                URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                URIRef("http://www.w3.org/2000/01/rdf-schema#comment")} | set(TARGETS)
_COMPONENTS = {SH.minCount, SH.maxCount, SH.datatype, SH.languageIn, SH["class"], SH.pattern, SH.flags,
               SH.minLength, SH.minInclusive, SH["in"], SH.hasValue, SH.nodeKind, SH.lessThan}


class Unsupported(Exception):
    """The shapes use SHACL this module does not compile (pyshacl runs them instead)."""


@dataclass(frozen=True)
class _Check:
    shape: str                  # the shape's IRI, as a result's sh:sourceShape
    path: NamedNode | None      # None: the focus node itself is the value (a node shape)
    targets: tuple              # (target predicate's local name, "targetClass", its object)
    severity: str
    message: str
    components: tuple           # (component's local name, "minCount", and its argument)
    value_shape: URIRef | None = None   # a nested value shape (sh:node), checked once per value
    value_rule: tuple | None = None     # that shape compiled (_value_shape), or None: pyshacl decides


def _ox(term):
    """An rdflib term of the shapes graph as the pyoxigraph term the data uses."""
    if isinstance(term, URIRef):
        return NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return OxLiteral(str(term), language=term.language)
        return OxLiteral(str(term), datatype=NamedNode(str(term.datatype or XSD_STRING)))
    raise Unsupported(f"blank node {term} as a constraint's argument")


def compile_shapes() -> tuple[_Check, ...]:
    """The checks of the shapes as the build runs them (validate.compiled_shapes: each property
    shape on its node shapes' targets, value shapes apart); `Unsupported`, once decided, at
    every call."""
    checks = _compiled_once()
    if isinstance(checks, Unsupported):
        raise checks
    return checks


@lru_cache(maxsize=1)
def _compiled_once():
    try:
        return compile_graph(*compiled_shapes())
    except Unsupported as e:
        return e


def compile_graph(shapes: Graph, value_checks: tuple, kept: Graph) -> tuple[_Check, ...]:
    """The checks of a shapes graph as validate.compiled_shapes leaves it (`kept`: the value
    shapes' own triples); `Unsupported` when it uses SHACL these checks do not cover."""
    nested_value = {(str(c.shape), str(c.value_shape)) for c in value_checks}
    out: list[_Check] = []
    for shape in sorted(set(shapes.subjects(URIRef(RDF_TYPE), SH.PropertyShape))
                        | set(shapes.subjects(URIRef(RDF_TYPE), SH.NodeShape)), key=str):
        targets = tuple((str(p).rsplit("#", 1)[-1], _ox(o)) for p in TARGETS for o in shapes.objects(shape, p))
        if not targets or (shape, SH.deactivated, Literal(True)) in shapes:
            continue        # reached only through other shapes: value shapes, handled below
        if isinstance(shape, BNode):
            raise Unsupported(f"blank node shape {shape}")
        path = shapes.value(shape, SH.path)
        is_property = (shape, URIRef(RDF_TYPE), SH.PropertyShape) in shapes or path is not None
        if is_property and not isinstance(path, URIRef):
            raise Unsupported(f"{shape}: a path that is not a predicate")
        if not is_property and list(shapes.objects(shape, SH.property)):
            raise Unsupported(f"{shape}: a targeted node shape with property shapes")
        components = []
        for p, o in sorted(shapes.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))):
            if p in _ANNOTATIONS or p == SH.node and (str(shape), str(o)) in nested_value:
                continue
            if p not in _COMPONENTS:
                raise Unsupported(f"{shape}: {p}")
            components.append((str(p).rsplit("#", 1)[-1], _argument(shapes, shape, p, o)))
        if not components:
            continue        # a node shape whose property shapes took its targets
        messages = sorted(str(m) for m in shapes.objects(shape, SH.message))
        if not messages:
            raise Unsupported(f"{shape}: no sh:message (pyshacl would write its own)")
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        out.append(_Check(str(shape), NamedNode(str(path)) if is_property else None, targets, severity,
                          "; ".join(messages), tuple(components)))
    for c in value_checks:
        out.append(_Check(str(c.shape), NamedNode(str(c.path)),
                          tuple((str(p).rsplit("#", 1)[-1], _ox(o)) for p, o in c.targets),
                          c.severity, c.message, (), c.value_shape, _value_shape(kept, c.value_shape)))
    return tuple(out)


_VALUE_ONLY = {SH.datatype, SH.pattern, SH.flags, SH.languageIn, SH.minLength, SH.minInclusive, SH["in"],
               SH.nodeKind}


def _value_shape(shapes: Graph, node) -> tuple | None:
    """A value shape as (its own components, its sh:or lists of branches, each branch's
    components): "mtkgsh:DateValue: one of four datatypes, each with its lexical pattern". None
    when it says more (sh:xone, sh:not, nesting): pyshacl decides its values then."""
    own, ors = [], []
    for p, o in sorted(shapes.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
        if p in _ANNOTATIONS:
            continue
        if p == SH["or"]:
            branches = []
            for b in Collection(shapes, o):
                comps = []
                for bp, bo in sorted(shapes.predicate_objects(b), key=lambda po: (str(po[0]), str(po[1]))):
                    if bp in _ANNOTATIONS:
                        continue
                    if bp not in _VALUE_ONLY:
                        return None
                    comps.append((str(bp).rsplit("#", 1)[-1], _argument(shapes, b, bp, bo)))
                branches.append(tuple(comps))
            ors.append(tuple(branches))
        elif p in _VALUE_ONLY:
            own.append((str(p).rsplit("#", 1)[-1], _argument(shapes, node, p, o)))
        else:
            return None
    return tuple(own), tuple(ors)


def _argument(shapes: Graph, shape, p, o):
    if p == SH.flags:
        return str(o)
    if p == SH.pattern:
        flags = str(shapes.value(shape, SH.flags) or "")
        return re.compile(str(o), _re_flags(flags))
    if p == SH.languageIn:
        return frozenset(str(x).lower() for x in Collection(shapes, o))
    if p == SH["in"]:
        items = list(Collection(shapes, o))
        if any(not isinstance(x, URIRef) for x in items):
            raise Unsupported(f"{shape}: sh:in with literals")
        return frozenset(NamedNode(str(x)) for x in items)
    if p in (SH.minCount, SH.maxCount, SH.minLength):
        return int(o)
    if p == SH.minInclusive:
        return o                               # compared as rdflib compares it
    if p == SH.hasValue:
        if not isinstance(o, URIRef):
            raise Unsupported(f"{shape}: sh:hasValue of a literal")
        return NamedNode(str(o))
    if p == SH.nodeKind:
        if o not in (SH.IRI, SH.BlankNode, SH.Literal, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral, SH.IRIOrLiteral):
            raise Unsupported(f"{shape}: sh:nodeKind {o}")
        return str(o).rsplit("#", 1)[-1]
    if p == SH.lessThan:
        return NamedNode(str(o))
    return str(o)                              # datatype, class: IRIs


def _re_flags(flags: str) -> int:
    out = 0
    for f, bit in (("i", re.I), ("m", re.M), ("s", re.S), ("x", re.X)):
        if f in flags:
            out |= bit
    return out


# -- the batch's index --------------------------------------------------------------------------

class _Index:
    """The triples of a batch (the union of its graphs, each triple once) by subject and
    predicate, and its typing."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self.spo: dict = {}
        self.by_type: dict[str, set] = {}
        self.types: dict = {}
        self.sub: dict[str, set[str]] = {}      # class -> its direct subclasses (the data's)
        spo = self.spo
        for q in quads:
            s, p, o = q.subject, q.predicate, q.object
            by_p = spo.get(s)
            if by_p is None:
                by_p = spo[s] = {}
            objects = by_p.get(p)
            if objects is None:
                by_p[p] = [o]
            elif o in objects:
                continue                        # a triple several graphs of the batch hold
            else:
                objects.append(o)
            pv = p.value
            if pv == RDF_TYPE and isinstance(o, NamedNode):
                self.by_type.setdefault(o.value, set()).add(s)
                self.types.setdefault(s, set()).add(o.value)
            elif pv == SUBCLASS and isinstance(s, NamedNode) and isinstance(o, NamedNode):
                self.sub.setdefault(o.value, set()).add(s.value)

    def values(self, s, p: NamedNode) -> list:
        return self.spo.get(s, {}).get(p, [])

    def subclasses(self, c: str) -> set[str]:
        out, todo = {c}, [c]
        while todo:
            for d in self.sub.get(todo.pop(), ()):
                if d not in out:
                    out.add(d)
                    todo.append(d)
        return out

    def is_a(self, node, c: str) -> bool:
        types = self.types.get(node, ())
        if c in types:
            return True
        if not self.sub:
            return False
        return any(t in self.subclasses(c) for t in types)

    def focus(self, targets: tuple) -> list:
        out: dict = {}
        for kind, o in targets:
            if kind == "targetClass":
                for c in self.subclasses(o.value):
                    out.update(dict.fromkeys(self.by_type.get(c, ())))
            elif kind == "targetNode":
                out[o] = None
            elif kind == "targetSubjectsOf":
                out.update(dict.fromkeys(s for s, by_p in self.spo.items() if o in by_p))
            elif kind == "targetObjectsOf":
                out.update(dict.fromkeys(x for by_p in self.spo.values() for x in by_p.get(o, ())))
        return list(out)


# -- values as rdflib reads them ----------------------------------------------------------------

_RDFLIB: dict = {}


def _rd(term):
    """The rdflib term pyshacl would see for a pyoxigraph term (memoised)."""
    found = _RDFLIB.get(term)
    if found is None:
        if len(_RDFLIB) > 200_000:
            _RDFLIB.clear()
        found = _RDFLIB[term] = _term(term)
    return found


def _string_of(v) -> str:
    """What sh:pattern and sh:minLength read: a string's value, another literal's lexical form
    as rdflib keeps it, an IRI as written."""
    if isinstance(v, OxLiteral):
        dt = v.datatype.value if v.datatype is not None else XSD_STRING
        if v.language or dt == XSD_STRING:
            return v.value
        return str(_rd(v))
    return v.value


def _datatype_ok(v, rule: str) -> bool:
    if not isinstance(v, OxLiteral):
        return False
    if v.language:
        return rule == LANG_STRING
    dt = v.datatype.value
    if rule == XSD_STRING and dt == XSD_STRING:
        return True
    r = _rd(v)
    rule_ref = URIRef(rule)
    if r.datatype == rule_ref:
        if getattr(r, "ill_typed", None) is True:
            return False
        return DatatypeConstraintComponent._assert_actual_datatype(None, r, rule_ref)
    if rule == "http://www.w3.org/2000/01/rdf-schema#Literal":
        return True
    if rule == "http://www.w3.org/2000/01/rdf-schema#Datatype" and r.datatype:
        return True
    return False


def _min_inclusive_ok(v, bound: Literal) -> bool:
    if not isinstance(v, OxLiteral):
        return False
    r = _rd(v)
    if isinstance(bound.value, str) != isinstance(r.value, str):
        return False
    try:
        return compare_literal(r, bound) >= 0
    except (TypeError, NotImplementedError):
        return False


def _less_than_fails(values: list, others: list) -> list:
    """The value nodes (one per failing pair) sh:lessThan reports, as pyshacl compares them."""
    out = []
    for v in values:
        if isinstance(v, BlankNode):
            raise Unsupported("sh:lessThan on a blank node")
        a, a_str = _comparable(v)
        for o in others:
            if isinstance(o, BlankNode):
                raise Unsupported("sh:lessThan on a blank node")
            b, b_str = _comparable(o)
            if a_str != b_str:
                out.append(v)
                continue
            try:
                ok = a < b
            except TypeError:
                ok = False
            if not ok:
                out.append(v)
    return out


def _comparable(v):
    if isinstance(v, NamedNode):
        return v.value, True
    r = _rd(v)
    if isinstance(r.value, str):
        return r.value, True
    return r, False


def _node_kind_ok(v, kind: str) -> bool:
    iri, blank, lit = isinstance(v, NamedNode), isinstance(v, BlankNode), isinstance(v, OxLiteral)
    return {"IRI": iri, "BlankNode": blank, "Literal": lit, "BlankNodeOrIRI": blank or iri,
            "BlankNodeOrLiteral": blank or lit, "IRIOrLiteral": iri or lit}[kind]


# -- running the checks -------------------------------------------------------------------------

def failures(quads: Iterable[Quad]) -> list[tuple[object, _Check]]:
    """(focus node, check) for each result pyshacl would report on the quads as one graph."""
    idx = _Index(quads)
    out: list[tuple[object, _Check]] = []
    kept = compiled_shapes()[2]
    for c in compile_shapes():
        focus = idx.focus(c.targets)
        if not focus:
            continue
        if c.value_shape is not None:
            pairs = [(f, v) for f in focus for v in idx.values(f, c.path)]
            if c.value_rule is not None:
                out += [(f, c) for f, v in pairs if not _conforms(idx, v, c.value_rule)]
                continue
            _conforming(c.value_shape, {_rd(v) for _f, v in pairs}, kept)
            out += [(f, c) for f, v in pairs if not _VERDICTS[(c.value_shape, _key(_rd(v)))]]
            continue
        for f in focus:
            values = idx.values(f, c.path) if c.path is not None else [f]
            for comp, arg in c.components:
                out += [(f, c)] * _count(idx, f, values, comp, arg)
    return out


def _conforms(idx: _Index, v, rule: tuple) -> bool:
    own, ors = rule
    return all(_value_ok(idx, v, comp, arg) for comp, arg in own if comp != "flags") and \
        all(any(all(_value_ok(idx, v, comp, arg) for comp, arg in branch if comp != "flags") for branch in branches)
            for branches in ors)


def _count(idx: _Index, f, values: list, comp: str, arg) -> int:
    """How many results the component gives at one focus node."""
    if comp == "minCount":
        return int(len(values) < arg)
    if comp == "maxCount":
        return int(len(values) > arg)
    if comp == "hasValue":
        return int(arg not in values)
    if comp == "lessThan":
        return len(_less_than_fails(values, idx.values(f, arg)))
    if comp == "flags":
        return 0
    return sum(not _value_ok(idx, v, comp, arg) for v in values)


def _value_ok(idx: _Index, v, comp: str, arg) -> bool:
    if comp == "datatype":
        return _datatype_ok(v, arg)
    if comp == "languageIn":
        lang = v.language if isinstance(v, OxLiteral) else None
        return bool(lang) and ("*" in arg or lang.lower() in arg or lang.split("-")[0].lower() in arg)
    if comp == "class":
        return not isinstance(v, OxLiteral) and idx.is_a(v, arg)
    if comp == "pattern":
        if isinstance(v, BlankNode):
            return False
        s = _string_of(v)
        return bool(arg.match(s) or arg.search(s))
    if comp == "minLength":
        return arg == 0 or (not isinstance(v, BlankNode) and len(_string_of(v)) >= arg)
    if comp == "minInclusive":
        return _min_inclusive_ok(v, arg)
    if comp == "in":
        return v in arg
    if comp == "nodeKind":
        return _node_kind_ok(v, arg)
    raise Unsupported(comp)
