"""`mtkg build`: read inputs, extract facts, write each source's named graph, validate.

Everything happens on a staging copy of the store (store.staged), so a build that crashes
or is interrupted leaves the previous store untouched. A bad input file is reported with its
name and line and skipped; it never stops the others."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, parse

from . import curated, identity, rdf_import, read, store as st
from .extract import extract
from .facts import ArticleFacts
from .paths import ONTOLOGY
from .triples import article_quads
from .validate import Report, validate
from .vocab import article_iri, base_iri

CURATED_SUFFIXES = (".csv",)


@dataclass
class BuildReport:
    store: Path
    articles: int = 0
    curated_sources: int = 0
    rdf_files: int = 0
    skipped: list[str] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    quads: int = 0
    validation: Report | None = None
    refused: bool = False     # --strict and violations: the previous store was kept
    identity_links: int = 0   # owl:sameAs and possible matches in the identity graph

    def as_text(self) -> str:
        lines = [f"Built {self.store}: {self.articles} article(s), {self.curated_sources} curated "
                 f"source(s), {self.rdf_files} RDF file(s); {self.quads} quads written."]
        if self.facts:
            lines.append("Facts: " + ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())))
        if self.identity_links:
            lines.append(f"Identity: {self.identity_links} links across articles (owl:sameAs, possible matches)")
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)}:")
            lines += [f"  {s}" for s in self.skipped]
        if self.validation is not None:
            lines.append(f"SHACL: {self.validation.summary()}"
                         + ("" if not self.validation.violations else " (run `mtkg validate` for details)"))
        if self.refused:
            lines.append("Refused (--strict): violations found; the previous store was kept.")
        return "\n".join(lines)


def ontology_graph() -> NamedNode:
    return NamedNode(base_iri() + "graph/ontology")


def count_facts(f: ArticleFacts) -> Counter:
    return Counter({"posts": len(f.posts), "events": len(f.events), "participations": len(f.participations),
                    "directives": len(f.directives), "movements": len(f.movements),
                    "implementations": len(f.implementations)})


def classify(paths: list[Path]) -> tuple[list[Path], list[Path], list[Path], list[str]]:
    """Split inputs into article files, curated CSVs and RDF files."""
    articles, tables, rdf, bad = [], [], [], []
    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        if not p.exists():
            bad.append(f"{p}: no such file or folder")
            continue
        for f in files:
            suffix = f.suffix.lower()
            if suffix in read.SUFFIXES:
                articles.append(f)
            elif suffix in CURATED_SUFFIXES:
                tables.append(f)
            elif suffix in rdf_import.FORMATS:
                rdf.append(f)
            elif not p.is_dir():
                bad.append(f"{f}: unknown kind of input (articles: .txt .html .jsonl; tables: .csv;"
                           f" RDF: {' '.join(rdf_import.FORMATS)})")
    return articles, tables, rdf, bad


def _progress(done: int, total: int, enabled: bool) -> None:
    if enabled and total:
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


class _Refused(Exception):
    pass


def build(paths: list[Path], store_path: Path, fresh: bool = False, check: bool = True,
          progress: bool | None = None, strict: bool = False) -> BuildReport:
    report = BuildReport(store=store_path)
    article_files, tables, rdf_files, bad = classify([Path(p) for p in paths])
    report.skipped += bad
    show = sys.stderr.isatty() if progress is None else progress
    try:
        _build_into(store_path, report, article_files, tables, rdf_files, fresh, check, show, strict)
    except _Refused:
        report.refused = True
    return report


def _build_into(store_path, report, article_files, tables, rdf_files, fresh, check, show, strict) -> None:
    with st.staged(store_path) as store:
        if fresh:
            store.clear()
        st.replace_graph(store, ontology_graph(), _ontology_quads())
        decision_files = [t for t in tables if identity.is_decisions_file(t)]
        tables = [t for t in tables if not identity.is_decisions_file(t)]
        errors: list[curated.CuratedError] = []
        decisions = identity.read_decisions(decision_files, errors=errors)
        report.skipped += [str(e) for e in errors]
        items = list(read.read_all(article_files))
        for n, item in enumerate(items, 1):
            _progress(n, len(items), show)
            if isinstance(item, read.Skipped):
                report.skipped.append(str(item))
                continue
            try:
                facts = extract(item)
                quads = article_quads(facts, article_iri(item.id), decisions=decisions)
            except Exception as e:  # an extractor bug must not lose the rest of the build
                report.skipped.append(f"{item.path}: extraction failed: {type(e).__name__}: {e}")
                continue
            report.quads += st.replace_graph(store, article_iri(item.id), quads)
            report.articles += 1
            report.facts.update(count_facts(facts))
        if tables:
            errors = []
            sources = curated.load_tables(tables, errors=errors)
            report.skipped += [str(e) for e in errors]
            # The tables are one set (a source's events and participants span files), so
            # their graphs are replaced together; the prefix keeps them apart from articles.
            prefix = f"{base_iri()}curated/"
            for old in st.graphs_with_prefix(store, prefix):
                store.remove_graph(old)
            for facts in sources:
                graph = NamedNode(prefix + quote(facts.article.id, safe=""))
                report.quads += st.replace_graph(store, graph, article_quads(facts, graph, decisions=decisions))
                report.curated_sources += 1
                report.facts.update(count_facts(facts))
        for f in rdf_files:
            try:
                graph, quads = rdf_import.read_rdf(f)
            except rdf_import.RdfImportError as e:
                report.skipped.append(str(e))
                continue
            report.quads += st.replace_graph(store, graph, quads)
            report.rdf_files += 1
        # identity across articles is a property of the whole store: recomputed every build
        links = identity.reconcile(store, decisions)
        report.quads += st.replace_graph(store, identity.identity_graph(), links)
        report.identity_links = len(links)
        if check:
            report.validation = validate(store)
            if strict and report.validation.violations:
                raise _Refused()


def _ontology_quads() -> list[Quad]:
    """The ontology and vocabularies, with blank nodes renamed in parse order so that every
    build writes byte-identical output."""
    graph = ontology_graph()
    names: dict[str, BlankNode] = {}

    def stable(term):
        if isinstance(term, BlankNode):
            return names.setdefault(term.value, BlankNode(f"ontology{len(names)}"))
        return term

    out = []
    for f in sorted(ONTOLOGY.glob("*.ttl")):
        with f.open("rb") as fh:
            out += [Quad(stable(t.subject), t.predicate, stable(t.object), graph)
                    for t in parse(fh, format=RdfFormat.TURTLE)]
    return out
