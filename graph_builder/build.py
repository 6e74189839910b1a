"""`mtkg build`: read inputs, extract facts, write each source's named graph, validate.

Everything happens on a staging copy of the store (store.staged): a build that crashes or is
interrupted leaves the previous store untouched, and the next build resumes where it stopped.
A bad input file is reported with its name and line and skipped; it never stops the others.

Builds are incremental: each article graph records the hash of the article's text and of the
pipeline (fingerprint.py) and the file it came from, so a rebuild extracts only new or changed
articles, and removes the graphs of articles gone from the folders it reads. Extraction runs in
worker processes (`jobs`), a batch of articles at a time, each batch validated with SHACL
where it was extracted; articles stream through, so memory stays bounded.

Against a SPARQL server (`remote`, remote.RemoteStore) there is no staging copy: each graph is
replaced atomically as it is written, an interrupted build leaves what it finished, and the
next one skips it by the same hashes. What the server refused is listed in the report."""
from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple
from urllib.parse import quote, unquote

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from . import collector, curated, fingerprint, identity, rdf_import, read, store as st, things
from .progress import Progress, count_articles
from .extract import extract
from .facts import Article, ArticleFacts
from .paths import ONTOLOGY
from .triples import article_parts, integer
from .validate import Report, Result, merge, validate, validate_quads
from .vocab import MTKG, article_iri, base_iri

CURATED_SUFFIXES = (".csv",)
BATCH = 64            # articles a worker extracts and validates together
IN_FLIGHT = 4         # batches per worker queued ahead: bounds memory
# quads bulk-loaded at once: half the store's CPU of loading each 64-article batch (measured),
# at the price of the work a kill loses and of pyoxigraph's bulk loader's memory, which grows
# with it (10,000 articles: peak 869 MB at 100,000 quads, 1,268 MB at 200,000, 7% faster);
# MTKG_LOAD_QUADS sets it
def _load_quads() -> int:
    value = os.environ.get("MTKG_LOAD_QUADS", "100000")
    if not value.isdigit() or int(value) < 1:
        raise SystemExit(f"MTKG_LOAD_QUADS must be a positive whole number, not {value!r}")
    return int(value)


LOAD_QUADS = _load_quads()
FLUSH_EVERY = 2000    # articles between flushes: a committed batch survives a killed process (the
                      # write-ahead log), a flush makes it survive a crash of the machine too
SERVER_FLUSH_EVERY = 100  # articles between flushes to a SPARQL server: what a kill can lose


@dataclass
class BuildReport:
    store: Path | str           # the store's folder, or the server's query URL
    articles: int = 0
    curated_sources: int = 0
    rdf_files: int = 0
    skipped: list[str] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    quads: int = 0
    validation: Report | None = None
    refused: bool = False     # --strict and violations: the previous store was kept
    identity_links: int = 0   # owl:sameAs links and namesake groups in the identity graph
    unchanged: int = 0        # articles whose text and pipeline were already in the store
    removed: int = 0          # graphs of articles gone from the folders read
    resumed: bool = False     # went on from an interrupted build's staging copy
    store_totals: tuple[int, int, int] | None = None   # (articles, violations, warnings) recorded
    remote: bool = False      # written to a SPARQL server
    server: str = ""          # what was sent to the server (remote.WriteStats)
    unwritten: list[str] = field(default_factory=list)  # what the server refused (remote.Failure)
    unwritten_quads: int = 0
    kept: list[str] = field(default_factory=list)   # earlier facts kept because their input failed
    notes: list[str] = field(default_factory=list)  # what else the user should know

    def as_text(self) -> str:
        lines = []
        if self.resumed:
            lines.append("Resumed an interrupted build.")
        lines.append(f"Built {self.store}: {self.articles} article(s) extracted, {self.unchanged} unchanged, "
                     f"{self.removed} removed; {self.curated_sources} curated source(s), {self.rdf_files} RDF "
                     f"file(s); {self.quads} quads written.")
        if self.facts:
            lines.append("Facts: " + ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())))
        if self.identity_links:
            lines.append(f"Identity: {self.identity_links} links and groups across articles (owl:sameAs, "
                         f"namesakes: mtkg candidates)")
        lines += [f"Note: {n}" for n in self.notes]
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)}:")
            lines += [f"  {s}" for s in self.skipped]
        if self.kept:
            lines.append(f"Kept from earlier builds, since their input could not be used this time "
                         f"({len(self.kept)}):")
            lines += [f"  {k}" for k in self.kept]
        if self.validation is not None:
            lines.append(f"SHACL (what this build wrote): {self.validation.summary()}"
                         + ("" if not self.validation.violations else " (run `mtkg validate` for details)"))
        if self.store_totals is not None:
            n, v, w = self.store_totals
            lines.append(f"SHACL (all {n} article(s) and curated source(s) in the store, as recorded): "
                         f"{v} violation(s), {w} warning(s)"
                         + ("" if self.validation is None or self.unchanged or self.removed
                            or (v, w) == (self.validation.violations, self.validation.warnings) else
                            " (where several articles describe one thing, a result on it counts here once "
                            "for each of them, above and in `mtkg validate` once, and articles validated "
                            "together can supply what one alone lacks)"))
        if self.server:
            lines.append(f"Server: {self.server}")
        if self.unwritten:
            lines.append(f"NOT WRITTEN: {self.unwritten_quads} quad(s) of {len(self.unwritten)} graph(s), which the "
                         f"server refused; a rebuild tries again:")
            lines += [f"  {u}" for u in self.unwritten]
        if self.refused and self.remote:
            lines.append("Violations found (--strict); a server has no staging copy: what was built is on it.")
        elif self.refused:
            lines.append("Refused (--strict): violations found; the previous store was kept.")
        return "\n".join(lines)


def ontology_graph() -> NamedNode:
    return NamedNode(base_iri() + "graph/ontology")


def count_facts(f: ArticleFacts) -> Counter:
    return Counter({"posts": len(f.posts), "events": len(f.events), "participations": len(f.participations),
                    "directives": len(f.directives), "movements": len(f.movements),
                    "implementations": len(f.implementations)})


def classify(paths: list[Path]) -> tuple[list[Path], list[Path], list[Path], list[str]]:
    """Split inputs into article files, curated CSVs and RDF files; and what cannot be read."""
    articles, tables, rdf, bad = [], [], [], []
    given = set(paths)
    for f in read.walk(paths):
        if isinstance(f, read.Skipped):
            bad.append(str(f))
            continue
        suffix = f.suffix.lower()
        if suffix in read.SUFFIXES:
            articles.append(f)
        elif suffix in CURATED_SUFFIXES:
            tables.append(f)
        elif suffix in rdf_import.FORMATS:
            rdf.append(f)
        elif f in given:
            bad.append(f"{read.shown(f)}: unknown kind of input (articles: .txt .html .jsonl; tables: .csv;"
                       f" RDF: {' '.join(rdf_import.FORMATS)})")
    return articles, tables, rdf, bad


def validation_graph() -> NamedNode:
    """Each article's SHACL counts, so a build that re-validates only what changed can still
    tell the state of the whole store."""
    return NamedNode(base_iri() + "graph/validation")


class BuildError(Exception):
    """The build cannot start (a missing path, nothing to read); the store was not touched."""


ARTICLE_TIMEOUT = 10.0   # CPU seconds an article may take to extract and write (--article-timeout)


def build(paths: list[Path], store_path: Path | None, fresh: bool = False, check: bool = True,
          progress: bool | None = None, strict: bool = False, jobs: int | None = None,
          remote=None, article_timeout: float = ARTICLE_TIMEOUT) -> BuildReport:
    """Build into the store at `store_path`, or into a SPARQL server (`remote`, a RemoteStore)."""
    report = BuildReport(store=store_path if remote is None else str(remote), remote=remote is not None)
    missing = [read.shown(p) for p in paths if not os.path.lexists(p)]
    if missing:
        raise BuildError(f"no such file or folder: {', '.join(missing)}")
    article_files, tables, rdf_files, bad = classify([Path(p) for p in paths])
    if not (article_files or tables or rdf_files):
        raise BuildError(f"nothing to build in {', '.join(read.shown(p) for p in paths)}: no article "
                         f"(.txt .html .jsonl), table (.csv) or RDF file that can be read"
                         + "".join(f"\n  {b}" for b in bad))
    report.skipped += bad
    show = sys.stderr.isatty() if progress is None else progress
    report.resumed = remote is None and st.staging_path(store_path).exists() and not fresh
    roots = [Path(p).resolve() for p in paths if Path(p).exists()]
    if remote is None:
        target = st.staged(store_path, fresh=fresh, notes=report.notes)
    else:
        from .remote import writing
        target = writing(remote, fresh=fresh)
    try:
        with target as store:
            _build_into(store, report, article_files, tables, rdf_files, roots, check, show, strict,
                        jobs or os.cpu_count() or 1, article_timeout)
    except st.Rollback:
        report.refused = True
    finally:
        if remote is not None:
            report.server = str(remote.stats)
            report.unwritten = [str(f) for f in remote.failures]
            report.unwritten_quads = sum(f.quads for f in remote.failures)
    return report


# -- articles: extraction in workers -----------------------------------------------------------

@dataclass
class _Done:
    graph: str
    path: str
    nquads: bytes | None = None         # the article's graph and its contribution (things.py)
    facts: Counter | None = None
    results: list[Result] = field(default_factory=list)
    error: str | None = None
    shared: bytes = b""                 # what it adds to the shared things' graph (things.add)
    people: set[str] = field(default_factory=set)   # the name keys of the people it names


_WORKER: dict = {}


# shared-thing triples and names a worker remembers having sent (their hashes, ~70 bytes each)
SENT_MAX = 1_000_000


def _init_worker(decisions, check: bool, pipeline: str, timeout: float, once: bool = False,
                 forked: bool = True) -> None:
    _WORKER.update(decisions=decisions, check=check, pipeline=pipeline, timeout=timeout,
                   sent=set() if once else None, frozen=not forked)   # a caller's process is not frozen
    if forked:
        collector.collect_rarely()      # see collector: a seventh of a worker's time otherwise
        st.release_inherited_locks()    # the lock must go with the build, not with its workers
        _die_with_parent()


def _die_with_parent() -> None:
    """Ask the kernel to kill this worker when the build process dies (kill -9 included), so
    that no worker runs on with a slow article after its build is gone."""
    import ctypes
    import signal
    try:
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):   # not Linux: workers end when their task does
        pass
    if os.getppid() == 1:               # the build died before the request was made
        os._exit(1)


class _Overtime(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Overtime()


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise _Overtime in the block after `seconds` of the process's CPU time (SIGPROF; the
    main thread only, else no limit). CPU time, not the clock: on a busy machine an ordinary
    article waits for a core, and skipping it would make the graph depend on the load.
    Extraction is pure Python, so the signal is seen within a few bytecodes."""
    import signal
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def source_file(article: Article) -> str:
    """The file an article came from ("a.jsonl:12" -> "a.jsonl"), absolute."""
    path = article.path
    if ":" in path and path.rsplit(":", 1)[1].isdigit():
        path = path.rsplit(":", 1)[0]
    return str(Path(path).resolve()) if path else ""


def _stamp(graph: NamedNode, article: Article, pipeline: str) -> list[Quad]:
    """What an incremental build compares: the file, and the pipeline that wrote the graph. The
    pipeline comes last, after all the article's quads: a server may get a graph in parts, and
    one cut short lacks it, so the next build extracts that article again."""
    out = [Quad(graph, MTKG.sourceFile, Literal(source_file(article)), graph)] if article.path else []
    out += [Quad(graph, MTKG.sourceStamp, Literal(article.stamp), graph)] if article.stamp else []
    return out + [Quad(graph, MTKG.pipelineVersion, Literal(pipeline), graph)]


def _work(batch: list[Article]) -> list[_Done]:
    """Extract, write and validate a batch of articles (in a worker process)."""
    try:
        return _work_batch(batch)
    finally:
        if not _WORKER["frozen"]:   # the lexicons and caches the first batch loaded
            collector.freeze()
            _WORKER["frozen"] = True


def _work_batch(batch: list[Article]) -> list[_Done]:
    out: list[_Done] = []
    written: list[Quad] = []
    for a in batch:
        g = article_iri(a.id)
        try:
            with _budget(_WORKER["timeout"]):
                facts = extract(a)
                quads, description = article_parts(facts, g, decisions=_WORKER["decisions"])
                quads += _stamp(g, a, _WORKER["pipeline"])
        except _Overtime:
            out.append(_Done(g.value, a.path, error=f"{read.shown(a.path)}: took longer than "
                                                   f"{_WORKER['timeout']:g} s of CPU time to extract; skipped (--article-timeout)"))
            continue
        except Exception as e:  # an extractor bug must not lose the rest of the build
            out.append(_Done(g.value, a.path, error=f"{read.shown(a.path)}: extraction failed: {type(e).__name__}: {e}"))
            continue
        # validated as one self-contained graph, facts and descriptions; stored apart (things.py)
        written += quads + [Quad(t.subject, t.predicate, t.object, g) for t in description]
        stored = quads + things.contribution(g, description)
        # the shared things' quads and name keys are made here, beside the extraction, so that
        # the process writing the store has only the store to write
        out.append(_Done(g.value, a.path, serialize(stored, format=RdfFormat.N_QUADS), count_facts(facts),
                         shared=serialize(_shared(description), format=RdfFormat.N_QUADS),
                         people=things.person_keys(description)))
    if _WORKER["check"] and written:
        by_source: dict[str, list[Result]] = {}
        # a result on a node several articles describe counts for each of them, as if each
        # graph were validated alone (which keeps the counts independent of the batching)
        for r in validate_quads(written, compiled=True).results:
            for source in r.sources:
                by_source.setdefault(source, []).append(r)
        for d in out:
            if d.error is None:
                d.results = by_source.get(d.graph.rsplit("/", 1)[-1], [])
    return out


def _shared(description: list) -> list[Quad]:
    """The article's additions to the consolidated graph (things.add) that this worker has not
    sent before in this build; all of them when the build sends each article whole (a SPARQL
    server, where a write can fail). Most describe people, bodies and directives that earlier
    articles described already: sending each once spares the store-writing process most of its
    load. Past SENT_MAX hashes the worker forgets them and sends again (the store keeps each
    quad once)."""
    sent = _WORKER.get("sent")
    if sent is not None and len(sent) > SENT_MAX:
        sent.clear()
    return things.add(description, sent)


def _batches(items: Iterator[Article], size: int, gate: threading.Semaphore) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in items:
        batch.append(a)
        if len(batch) == size:
            gate.acquire()          # wait while enough batches are being worked on
            yield batch
            batch = []
    if batch:
        gate.acquire()
        yield batch


def _extract_all(items: Iterator[Article], jobs: int, init: tuple) -> Iterator[list[_Done]]:
    """The articles extracted, a worker's batch at a time, in the order read."""
    gate = threading.Semaphore(IN_FLIGHT * jobs)
    batches = _batches(items, BATCH, gate)
    if jobs == 1:
        _init_worker(*init, forked=False)
        with collector.collecting_rarely():     # the caller's process: given back as it was
            for b in batches:
                yield _work(b)
                gate.release()
        return
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_init_worker, initargs=init) as pool:
        for done in pool.imap(_work, batches):
            yield done
            gate.release()


class _Known(NamedTuple):
    hash: str
    pipeline: str | None        # None: not read yet (see _details)
    file: str | None
    stamp: str


_NOTHING = _Known("", "", "", "")


def recorded_stamp(stamp: str, pipeline: str, file: str) -> str:
    """The stamp an article's graph records: its file's (read.stamp) with the pipeline and the
    file it was read by, so that one equality says the file, its place and the pipeline are
    what they were, and a rebuild reads two properties of each article, not four."""
    place = hashlib.sha256(f"{pipeline}\0{file}".encode()).hexdigest()[:12]
    return f"{stamp}:{place}"


def _known(store) -> dict[str, _Known]:
    """graph -> what a rebuild compares of the articles already in the store (from a local
    store the hash and stamp of each: the pipeline and file are read when needed, _details)."""
    if isinstance(store, Store):    # a scan of each predicate: a third of the query's time
        found: dict[str, dict] = {}
        for p in (MTKG.contentHash, MTKG.sourceStamp):
            for q in store.quads_for_pattern(None, p, None, None):
                if q.subject == q.graph_name:
                    found.setdefault(q.subject.value, {})[p] = q.object.value
        return {g: _Known(v[MTKG.contentHash], None, None, v.get(MTKG.sourceStamp, ""))
                for g, v in found.items() if MTKG.contentHash in v}
    q = f"""SELECT ?g ?hash ?pipe ?file ?stamp WHERE {{ GRAPH ?g {{ ?g <{MTKG.contentHash.value}> ?hash .
      OPTIONAL {{ ?g <{MTKG.pipelineVersion.value}> ?pipe }} OPTIONAL {{ ?g <{MTKG.sourceFile.value}> ?file }}
      OPTIONAL {{ ?g <{MTKG.sourceStamp.value}> ?stamp }} }} }}"""
    value = lambda term: term.value if term else ""     # noqa: E731
    return {r["g"].value: _Known(r["hash"].value, value(r["pipe"]), value(r["file"]), value(r["stamp"]))
            for r in store.query(q)}


def _details(store, g: str, known: dict[str, _Known]) -> _Known:
    """The article's recorded pipeline and file filled in (a lookup of its own graph)."""
    k = known.get(g, _NOTHING)
    if k.pipeline is not None:
        return k
    node = NamedNode(g)
    value = lambda p: next((q.object.value for q in store.quads_for_pattern(node, p, None, node)), "")  # noqa: E731
    known[g] = k = k._replace(pipeline=value(MTKG.pipelineVersion), file=value(MTKG.sourceFile))
    return k


def _resolved(path: str) -> str:
    return str(Path(path).resolve())


class _Resolver:
    """Files' absolute paths, links resolved (as _resolved), each folder resolved once: a
    rebuild of a large folder would otherwise spend seconds resolving every file's path."""

    def __init__(self) -> None:
        self.folders: dict[str, str] = {}
        self.files: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        if path in self.files:
            return self.files[path]
        if path.is_symlink():
            self.files[path] = _resolved(str(path))
            return self.files[path]
        folder = str(path.parent)
        if folder not in self.folders:
            self.folders[folder] = _resolved(folder)
        self.files[path] = os.path.join(self.folders[folder], path.name)
        return self.files[path]


def _gone(file: str) -> bool:
    """Whether a file is known not to exist (not merely unreadable, or in a folder that cannot
    be searched: those keep what they gave)."""
    try:
        os.stat(file)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _under(file: str, roots: list[Path]) -> bool:
    return bool(file) and any(file == str(r) or file.startswith(str(r) + os.sep) for r in roots)


def _recorded(store, graph: NamedNode, results: list[Result]) -> list[Quad]:
    """The validation counts of an article graph, replacing those recorded before."""
    vg = validation_graph()
    for q in list(store.quads_for_pattern(graph, None, None, vg)):
        store.remove(q)
    return [Quad(graph, MTKG.shaclViolations, integer(sum(r.severity == "Violation" for r in results)), vg),
            Quad(graph, MTKG.shaclWarnings, integer(sum(r.severity == "Warning" for r in results)), vg)]


@dataclass
class _Changed:
    """What a build changed among the shared things: those to describe again (things.py), and
    the name keys of the people added or removed (identity.py's namesake groups)."""
    things: set[NamedNode] = field(default_factory=set)
    people: set[str] = field(default_factory=set)

    def removed(self, description: list) -> None:
        self.things |= things.subjects(description)
        self.people |= things.person_keys(description)

    def added(self, description: list) -> None:
        self.people |= things.person_keys(description)


def _forget(store, graph: NamedNode, changed: _Changed | None = None) -> None:
    """Remove an article (or curated source): its graph, its recorded counts and its
    contribution to the shared things, which `changed` collects to be described again."""
    old = things.described(store, graph)
    if changed is not None:
        changed.removed(old)
    for q in list(store.quads_for_pattern(graph, None, None, things.descriptions_graph())):
        store.remove(q)
    store.remove_graph(graph) if store.contains_named_graph(graph) else None
    for q in list(store.quads_for_pattern(graph, None, None, validation_graph())):
        store.remove(q)


def loading_graph() -> NamedNode:
    """Marks on the article graphs being bulk-loaded (see store.load_new_graphs)."""
    return NamedNode(base_iri() + "graph/loading")


def _build_into(store, report, article_files, tables, rdf_files, roots, check, show, strict, jobs,
                timeout) -> None:
    touched = _Changed()
    unfinished = st.unfinished(store, loading_graph())
    for g in unfinished:                # a killed build was loading these
        _forget(store, g, touched)
    store.remove_graph(loading_graph()) if store.contains_named_graph(loading_graph()) else None
    st.replace_graph(store, ontology_graph(), _ontology_quads())
    decision_files, decision_bytes = [], []
    for f in (t for t in tables if identity.is_decisions_file(t)):
        try:
            decision_bytes.append(f.read_bytes())
            decision_files.append(f)
        except OSError as e:
            report.skipped.append(f"{read.shown(f)}: cannot read: {e.strerror or e}; its decisions are not applied")
    tables = [t for t in tables if not identity.is_decisions_file(t)]
    errors: list[curated.CuratedError] = []
    decisions = identity.read_decisions(decision_files, errors=errors)
    report.skipped += [str(e) for e in errors]
    pipeline = fingerprint.pipeline(b"".join(decision_bytes))

    known = _known(store)
    seen: dict[str, str] = {}           # graph -> the file that gave it in this build
    troubled: set[str] = set()          # files with something that could not be read

    restamp: list[tuple[NamedNode, str, str]] = []    # (graph, recorded stamp, its file's now)
    resolved = _Resolver()

    def todo() -> Iterator[Article]:
        for f in article_files:
            file, one = resolved(f), read.single_id(f)
            stamp = read.stamp(f) if one is not None else None     # only a file of one article has one
            g = article_iri(one).value if one is not None else None
            if stamp:
                stamp = recorded_stamp(stamp, pipeline, file)
            # a file of one article whose stamp is the one recorded: not read at all
            if stamp and g is not None and known.get(g, _NOTHING).stamp == stamp and g not in seen:
                seen[g] = file
                report.unchanged += 1
                continue
            for item in read.read_found(f):
                if isinstance(item, read.Skipped):
                    report.skipped.append(str(item))
                    troubled.add(file)
                    continue
                g = article_iri(item.id).value
                if g in seen:
                    report.skipped.append(f"{read.shown(item.path)}: article id {read.shown(item.id)!r} is already "
                                          f"given by {read.shown(seen[g])}; not read (rename one of them)")
                    continue
                k = _details(store, g, known)
                if k.file and k.file != file and not _gone(k.file):
                    report.skipped.append(f"{read.shown(item.path)}: article id {read.shown(item.id)!r} is already "
                                          f"in the store from {read.shown(k.file)}; not read (rename one of them)")
                    seen[g] = k.file
                    continue
                seen[g] = file
                item.stamp = stamp
                digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
                if (k.hash, k.pipeline) == (digest, pipeline):
                    report.unchanged += 1
                    if item.stamp and item.stamp != k.stamp:    # touched, not changed
                        restamp.append((NamedNode(g), k.stamp, item.stamp))
                    continue
                yield item

    results: list[Result] = []
    pending: dict[str, bytes] = {}      # graph -> its N-Quads and SHACL counts, to be loaded
    pending_quads = flushed = 0
    # a server gets each batch as it comes, and what it is sent waits in memory until a flush
    local = isinstance(store, Store)
    load_at, flush_every = (LOAD_QUADS, FLUSH_EVERY) if local else (1, SERVER_FLUSH_EVERY)

    def load_pending() -> None:
        nonlocal pending_quads
        if pending:
            st.load_new_graphs(store, b"".join(pending.values()), [NamedNode(g) for g in pending],
                               loading_graph(), MTKG.beingLoaded)
            pending.clear()
            pending_quads = 0

    progress = Progress(count_articles(article_files) if show else None, show)
    for batch in _extract_all(todo(), jobs, (decisions, check, pipeline, timeout, local)):
        report.skipped += [d.error for d in batch if d.error]
        for d in (d for d in batch if d.error is None):
            graph = NamedNode(d.graph)
            if store.contains_named_graph(graph):
                _forget(store, graph, touched)
            touched.people |= d.people
            data = d.nquads + d.shared
            if check:
                data += serialize(_recorded(store, graph, d.results), format=RdfFormat.N_QUADS)
                results += [r for r in d.results if r.source == graph.value.rsplit("/", 1)[-1]]
            pending[d.graph] = data
            lines = d.nquads.count(b"\n")
            pending_quads += lines
            report.articles += 1
            report.facts.update(d.facts)
            report.quads += lines
        if pending_quads >= load_at:
            load_pending()
            if report.articles - flushed >= flush_every:
                store.flush()
                flushed = report.articles
        progress.update(report.articles, report.unchanged)
    load_pending()
    progress.close()
    # articles gone from the folders (or files) this build read: only those whose file is gone,
    # or was read whole without them; a file that could not be read keeps its articles
    for g, old, new in restamp:
        store.remove(Quad(g, MTKG.sourceStamp, Literal(old), g)) if old else None
        store.add(Quad(g, MTKG.sourceStamp, Literal(new), g))
    read_files = {resolved(f) for f in article_files}
    for g in list(known):
        if g in seen or g.startswith(f"{base_iri()}curated/"):
            continue
        file = _details(store, g, known).file
        if not _under(file, roots):
            continue
        if _gone(file) or (file not in troubled and file in read_files):
            _forget(store, NamedNode(g), touched)
            report.removed += 1
        else:
            report.kept.append(f"{read.shown(file)}: article {read.shown(g.rsplit('/', 1)[-1])} (its file could "
                               f"not be read whole)")

    changed = _curated(store, report, tables, roots, decisions, touched) + _imports(store, report, rdf_files, roots)
    # one description per shared thing: those whose articles changed, those two articles spell
    # differently, and (after a killed load) those no article names any more
    resumed = bool(unfinished or report.resumed)
    things.recompute(store, touched.things | (set(things.orphans(store)) if resumed else set()))
    things.relabel(store)
    # identity across articles: directives' links from the whole store, namesake groups of the
    # names whose people changed (all of them for a store without groups yet)
    keys = None if not identity.grouped(store) or resumed else touched.people
    report.identity_links = identity.update(store, decisions, keys)
    if check:
        written = validate(store, changed)
        ids = {g: next((q.object.value for q in store.quads_for_pattern(g, MTKG.articleId, None, g)), None)
               for g in changed}
        for g, source in ids.items():     # curated sources' counts are recorded as articles' are
            if source is not None:
                store.extend(_recorded(store, g, [r for r in written.results if source in r.sources]))
        report.validation = merge([Report(not any(r.severity == "Violation" for r in results), results,
                                          _empty_graph()), written])
        report.store_totals = _totals(store)
        if strict and report.validation.violations:
            raise st.Rollback()


def _curated(store, report, tables, roots, decisions, touched: _Changed) -> list[NamedNode]:
    """Write the curated tables' sources, each a graph under `curated/` stamped with its table
    files. A source one of whose files is rejected keeps the facts it had (the tables are one
    set: a source's events and participants span files, and a table that refers to a rejected
    one is rejected in turn); a source gone from tables that were read is removed."""
    prefix = f"{base_iri()}curated/"
    previous = {g.value: {q.object.value for q in store.quads_for_pattern(g, MTKG.sourceFile, None, g)}
                for g in st.graphs_with_prefix(store, prefix)}
    if not tables and not previous:
        return []
    errors: list[curated.CuratedError] = []
    sources = curated.load_tables(tables, errors=errors) if tables else []
    report.skipped += [str(e) for e in errors]
    rejected = {_resolved(e.path) for e in errors}
    protected = {g for g, files in previous.items() if files & rejected}
    report.kept += [f"curated source {unquote(g[len(prefix):])} (from {', '.join(sorted(read.shown(f) for f in previous[g]))})"
                    for g in sorted(protected)]
    changed, written = [], set()
    for facts in sources:
        graph = NamedNode(prefix + quote(facts.article.id, safe=""))
        if graph.value in protected:
            continue
        files = sorted({_resolved(f) for f in facts.article.path.split(curated.PATH_SEP) if f})
        stamps = [Quad(graph, MTKG.sourceFile, Literal(f), graph) for f in files]
        quads, description = article_parts(facts, graph, decisions=decisions)
        _forget(store, graph, touched)
        touched.added(description)
        report.quads += things.write(store, graph, quads + stamps, description)
        report.curated_sources += 1
        report.facts.update(count_facts(facts))
        changed.append(graph)
        written.add(graph.value)
    read_files = {_resolved(str(f)) for f in tables}
    for g, files in previous.items():
        if g in written or g in protected:
            continue
        # without stamps (an older build) a source goes whenever tables are read, as it did then
        if (not files and tables) or (files and all(_under(f, roots) and (_gone(f) or f in read_files)
                                                     for f in files)):
            _forget(store, NamedNode(g), touched)
    return changed


def imports_graph() -> NamedNode:
    """Which RDF file wrote each imported graph, so that a deleted file's graphs go."""
    return NamedNode(base_iri() + "graph/imports")


def _imports(store, report, rdf_files, roots) -> list[NamedNode]:
    """Merge the RDF files, each graph they write replaced whole and recorded with its file. A
    file that cannot be read keeps the graphs it wrote before; one that writes into mtkg's own
    graphs is refused (rdf_import); two files of one name would share a graph: the second is
    refused."""
    book = imports_graph()
    previous: dict[str, set[str]] = {}
    for q in store.quads_for_pattern(None, MTKG.sourceFile, None, book):
        previous.setdefault(q.object.value, set()).add(q.subject.value)
    changed, taken = [], {}
    for f in rdf_files:
        file = _resolved(str(f))
        try:
            graph, quads = rdf_import.read_rdf(f)
        except rdf_import.RdfImportError as e:
            report.skipped.append(str(e))
            report.kept += [f"{read.shown(f)}: graph <{g}>" for g in sorted(previous.get(file, ()))]
            previous.pop(file, None)
            continue
        if graph.value in taken:
            report.skipped.append(f"{read.shown(f)}: its graph <{graph.value}> is already written by "
                                  f"{read.shown(taken[graph.value])} (one name, one graph); rename one of them")
            continue
        taken[graph.value] = str(f)
        by_graph: dict[NamedNode, list[Quad]] = {graph: []}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(q)
        for old in previous.pop(file, set()) - {g.value for g in by_graph}:
            _drop_import(store, NamedNode(old))
        for g, qs in by_graph.items():
            report.quads += st.replace_graph(store, g, qs)
            store.add(Quad(g, MTKG.sourceFile, Literal(file), book))
            changed.append(g)
        report.rdf_files += 1
    for file, graphs in previous.items():    # files this build did not read
        if _under(file, roots) and _gone(file):
            for g in graphs:
                _drop_import(store, NamedNode(g))
    return changed


def _drop_import(store, graph: NamedNode) -> None:
    store.remove_graph(graph) if store.contains_named_graph(graph) else None
    for q in list(store.quads_for_pattern(graph, MTKG.sourceFile, None, imports_graph())):
        store.remove(q)


def _empty_graph():
    from rdflib import Graph
    return Graph()


def _totals(store) -> tuple[int, int, int]:
    """(articles, violations, warnings) recorded for the whole store."""
    q = f"""SELECT (COUNT(DISTINCT ?a) AS ?n) (SUM(?v) AS ?vs) (SUM(?w) AS ?ws) WHERE {{
      GRAPH <{validation_graph().value}> {{ ?a <{MTKG.shaclViolations.value}> ?v ; <{MTKG.shaclWarnings.value}> ?w }} }}"""
    for r in store.query(q):
        return tuple(int(r[k].value) if r[k] is not None else 0 for k in ("n", "vs", "ws"))
    return 0, 0, 0


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
