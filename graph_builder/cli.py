"""The `mtkg` command: a thin layer of subcommands over the modules that do the work."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from .paths import DEFAULT_STORE, SAMPLE_ARTICLES, DATA

EPILOG_MAIN = """examples:
  mtkg build                                  build the bundled sample articles into ./mtkg-store
  mtkg build ~/articles data/curated          articles (.txt .html .jsonl), curated .csv, RDF files
  mtkg validate --format json                 SHACL report of the store
  mtkg query --list                           the saved queries
  mtkg query people-positions --format csv
  mtkg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  mtkg export --format ttl --out graph.ttl
"""


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, default=DEFAULT_STORE,
                   help=f"store directory (default: ./{DEFAULT_STORE})")


def _endpoint_args(p: argparse.ArgumentParser, build: bool = False) -> None:
    g = p.add_argument_group("a SPARQL 1.1 server instead of --store",
                             "Credentials, when the server asks: MTKG_ENDPOINT_USER and MTKG_ENDPOINT_PASSWORD "
                             "(HTTP basic or digest, as the server asks).")
    g.add_argument("--endpoint", metavar="URL",
                   help="its query endpoint: Virtuoso http://host:8890/sparql (or /sparql-auth), Fuseki "
                        "http://host:3030/ds/query, GraphDB http://host:7200/repositories/ID")
    g.add_argument("--update-endpoint", metavar="URL",
                   help="its update endpoint, when not the one derived from --endpoint (build writes through it)")
    g.add_argument("--graph-store", metavar="URL",
                   help="its Graph Store protocol endpoint, when not the one derived from --endpoint; 'none' "
                        "for SPARQL Update only (build writes large graphs through it)")
    if build:
        from .remote import BATCH
        g.add_argument("--batch-size", type=int, default=BATCH, metavar="QUADS",
                       help=f"quads per update request (default {BATCH}); a request the server refuses is "
                            f"split and retried")


def _open(args, batch: int | None = None):
    """The store to read: the server given by --endpoint, else the store folder."""
    if getattr(args, "endpoint", None):
        from .endpoint import Endpoint
        from .remote import RemoteStore
        from .store import StoreError
        try:
            endpoint = Endpoint.derive(args.endpoint, args.update_endpoint, args.graph_store)
        except ValueError as e:
            raise StoreError(f"--endpoint: {e}") from e
        return RemoteStore(endpoint, **({"batch": batch} if batch else {}))
    from .store import open_read
    return open_read(args.store)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("mtkg")
    except PackageNotFoundError:      # run from a checkout that was never installed
        return "(not installed)"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="mtkg", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG_MAIN,
        description="mtkg: a knowledge graph of Vietnam's Fatherland Front (MTTQ) built from the news "
                    "its committees publish: officials, posts, bodies, events, directives and which "
                    "localities implemented them.")
    ap.add_argument("--version", action="version", version=f"mtkg {_version()}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="extract facts from articles and tables into the store, then validate",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Read articles (.txt, .html, .jsonl), curated tables (.csv) and RDF files "
                                   "(.ttl .nt .nq .trig .jsonld), write each source's facts as its own named "
                                   "graph (replacing what an earlier build wrote for it) and validate the store "
                                   "with the SHACL shapes. A file that cannot be read is reported and skipped. "
                                   "The store changes only if the whole build succeeds; an interrupted build resumes "
                                   "where it stopped. Rebuilds extract only new or changed articles and drop "
                                   "those gone from the folders read.",
                       epilog="examples:\n  mtkg build\n  mtkg build articles/ --store /data/mtkg-store\n"
                              "  mtkg build data/curated/example.people.csv extra.ttl")
    b.add_argument("paths", nargs="*", type=Path,
                   help=f"files or folders (default: the bundled samples, {SAMPLE_ARTICLES.relative_to(DATA.parent)} "
                        f"and data/curated)")
    _store_arg(b)
    b.add_argument("--fresh", action="store_true", help="start from an empty store instead of adding to it")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    b.add_argument("--strict", action="store_true",
                   help="keep the previous store and exit 1 if validation finds violations")
    b.add_argument("--quiet", action="store_true", help="no progress report")
    b.add_argument("--progress", action="store_true", help="report progress even when not on a terminal")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes for extraction (default: one per CPU core)")
    b.add_argument("--article-timeout", type=float, default=10.0, metavar="SECONDS",
                   help="skip (and report) an article that takes more than this much CPU time to extract "
                        "(default 10; 0: no limit)")
    b.add_argument("--keep-listings", action="store_true",
                   help="after the build, compute every saved query's whole CSV listing (those that need "
                        "no parameter) and keep it beside the store, so that `mtkg query NAME --format csv` "
                        "streams it from a file the first time too, with a table of the rows of its broad "
                        "lookups (a directive, a place, a kind of event), which then answer by index "
                        "(about 50 s at 10,000 articles)")
    _endpoint_args(b, build=True)

    v = sub.add_parser("validate", help="validate the store against the SHACL shapes",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Validate the store with the shapes in shapes/. Exits 1 on violations "
                                   "(warnings alone exit 0).",
                       epilog="examples:\n  mtkg validate\n  mtkg validate --format json > report.json")
    _store_arg(v)
    _endpoint_args(v)
    v.add_argument("--format", choices=("text", "json", "ttl"), default="text")
    v.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes running pyshacl (default: one per CPU core)")

    q = sub.add_parser("query", help="run a saved query from queries/",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Run a saved SPARQL query. Parameters are bound as RDF terms (never pasted "
                                   "into the query text); a value in <angle brackets> is an IRI, anything "
                                   "else a string.",
                       epilog="examples:\n  mtkg query --list\n  mtkg query events\n"
                              "  mtkg query locality-directives --param directive='Chỉ thị 18' --format csv")
    q.add_argument("name", nargs="?", help="the query's name (file name without .rq)")
    q.add_argument("--list", action="store_true", help="list the saved queries with their parameters")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a parameter; a person, body, place or directive is a name looked up as "
                        "`mtkg search` does")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    q.add_argument("--limit", type=int, metavar="N",
                   help="return at most N rows, in the store's order (not the query's ORDER BY: a first "
                        "page must not wait for every row to be sorted)")
    q.add_argument("--offset", type=int, metavar="N", help="skip the first N rows (with --limit: pages)")
    q.add_argument("--fresh", action="store_true",
                   help="compute the result even when it was kept for the same store (whole CSV listings "
                        "that take 0.1 s or more are kept beside the store, in STORE.results/, and streamed "
                        "from there until the store changes; `build --keep-listings` also keeps tables that "
                        "answer the broad lookups)")
    _store_arg(q)
    _endpoint_args(q)

    f = sub.add_parser("search", help="what a name means in the graph: people, bodies, places, directives…",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Look a name up in the name index the saved queries use: first the "
                                   "exact name (any case, either tone-mark style, abbreviations such as "
                                   "UBMTTQ spelled out), else every word among a name's words, without "
                                   "accents and in any order, the last one also as the start of a word "
                                   "('lam dun'). Shows each match with its kind, node and the number "
                                   "of articles naming it.",
                       epilog="examples:\n  mtkg search 'Lâm Dũng Liêm'\n  mtkg search 'chi thi 18' --kind directive")
    f.add_argument("name", help="a name, or its words (the last may be cut short)")
    f.add_argument("--kind", choices=("person", "organization", "directive", "locality", "movement", "title"))
    f.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    _store_arg(f)
    _endpoint_args(f)

    s = sub.add_parser("sparql", help="run an ad-hoc SPARQL query",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Run a SPARQL 1.1 query over the union of all graphs (GRAPH ?g still "
                                   "reaches each article's graph). Common prefixes (mtkg, org, schema, prov, "
                                   "skos, eli, rdfs…) are predeclared.",
                       epilog="examples:\n  mtkg sparql 'SELECT ?p WHERE { ?p a mtkg:Person } LIMIT 5'\n"
                              "  mtkg sparql --file my-query.rq --format csv")
    s.add_argument("query", nargs="?", help="the query text")
    s.add_argument("--file", type=Path, help="read the query from a file")
    s.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    _store_arg(s)
    _endpoint_args(s)

    e = sub.add_parser("export", help="write the dataset as RDF, or the network for graph visualisers",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Write the store: nq and trig keep each article's named graph; ttl, nt and "
                                   "jsonld write the union of the graphs. gexf (Gephi, with a timeline), graphml, "
                                   "cyjs (Cytoscape), dot (Graphviz) and html (one offline page) write the network "
                                   "of people, bodies, localities, events, directives and movements, which the "
                                   "network options below narrow.",
                       epilog="examples:\n  mtkg export --format nq --out mtkg.nq\n  mtkg export --format ttl\n"
                              "  mtkg export --format gexf --out mtkg.gexf\n"
                              "  mtkg export --format html --out network.html --province 'Sóc Trăng'\n"
                              "  mtkg export --format html --focus 'Lâm Dũng Liêm' --depth 2 --out ego.html\n"
                              "  mtkg export --format graphml --view co-attendance --since 2020-01-01\n"
                              "  mtkg export --format cyjs --view implementation --kinds localities,directives")
    e.add_argument("--format", choices=("ttl", "nt", "nq", "trig", "jsonld", "gexf", "graphml", "cyjs", "dot", "html"),
                   default="nq")
    e.add_argument("--out", type=Path, help="output file (default: standard output)")
    n = e.add_argument_group("network options (gexf, graphml, cyjs, dot, html)")
    n.add_argument("--view", choices=("network", "co-attendance", "implementation"), default="network",
                   help="network: everything; co-attendance: people linked by the events they shared; "
                        "implementation: localities linked to the directives they acted on")
    n.add_argument("--focus", metavar="NODE", help="keep the neighbourhood of one node (an IRI or a label)")
    n.add_argument("--depth", type=int, default=1, help="steps from --focus (default 1)")
    n.add_argument("--since", metavar="DATE", help="drop dated facts before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    n.add_argument("--until", metavar="DATE", help="drop dated facts after DATE")
    n.add_argument("--province", metavar="NAME", help="keep what lies in one province (and what it links to)")
    n.add_argument("--kinds", metavar="KINDS",
                   help="comma-separated node kinds to keep: people,bodies,localities,events,directives,movements")
    _store_arg(e)

    c = sub.add_parser("candidates", help="people who may be one person, with the evidence, most likely first",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="List namesakes: one row per name that different person nodes have "
                                   "(different provinces, or split by a decision), with its people (`people` "
                                   "nodes, numbered in `posts`) and the evidence for and against their being "
                                   "one person (pair by pair, `1~2:`, in groups of three or more). Settle a "
                                   "pair by adding a row to a curated `<name>.identity.csv` (left,right,"
                                   "decision: same|different; a side is a person IRI or 'Name @ context') and "
                                   "rebuilding with it.",
                       epilog="examples:\n  mtkg candidates\n  mtkg candidates --format csv > review.csv")
    c.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    _store_arg(c)

    g = sub.add_parser("gazetteer", help="Vietnam's official administrative units (before and after 2025-07-01)",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="The official units of both eras: 2008 (63 provinces with districts, until "
                                   "2025-06-30) and 2025 (34 provinces, communes directly under them), each "
                                   "2008 unit linked to the 2025 units it became part of. Export them as Turtle, "
                                   "load them into the store (graph <base>graph/gazetteer), or look a name up "
                                   "the way the build resolves the units articles name.",
                       epilog="examples:\n  mtkg gazetteer --find 'xã Tân Thành'\n"
                              "  mtkg gazetteer --find 'xã Tân Thành' --context 'tỉnh Thái Nguyên' --date 2020-05-01\n"
                              "  mtkg gazetteer --find 'huyện Gia Viễn, tỉnh Ninh Bình' --date 2023-04-02\n"
                              "  mtkg gazetteer --export units-2025.ttl --era 2025\n"
                              "  mtkg gazetteer --load --store mtkg-store")
    act = g.add_mutually_exclusive_group(required=True)
    act.add_argument("--export", type=Path, metavar="FILE.ttl", help="write the units as Turtle")
    act.add_argument("--load", action="store_true", help="replace the store's gazetteer graph with the units")
    act.add_argument("--find", metavar="UNIT", help="units a phrase names: 'xã Tân Thành', 'huyện Gia Viễn, tỉnh Ninh Bình'")
    g.add_argument("--era", choices=("2008", "2025"), help="--export: only this era's units")
    g.add_argument("--date", metavar="DATE", help="--find: the date the phrase was written (YYYY, YYYY-MM, YYYY-MM-DD)")
    g.add_argument("--context", metavar="UNIT", help="--find: the article's own unit, which settles ambiguous names")
    _store_arg(g)
    _serve_and_report_parsers(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = parser()
    args = ap.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # names from hostile inputs must not crash a report
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if args.command is None:
        ap.print_help()
        return 0
    from .store import StoreError
    from .query import QueryError
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:     # `mtkg export | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())     # the flush at exit must not fail again
        return 141                                # as a command killed by SIGPIPE
    except (StoreError, QueryError) as e:
        print(f"mtkg {args.command}: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if getattr(args, "endpoint", None):
            print("interrupted; the server keeps every graph written so far (the next build skips them)",
                  file=sys.stderr)
        else:
            print("interrupted; the store was left as it was (a build resumes where it stopped)", file=sys.stderr)
        return 130


def cmd_build(args) -> int:
    from . import read
    from .build import BuildError, build
    paths = args.paths or [SAMPLE_ARTICLES, DATA / "curated"]
    if args.jobs is not None and args.jobs < 1:
        print("mtkg build: --jobs must be at least 1", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("mtkg build: --batch-size must be at least 1", file=sys.stderr)
        return 2
    remote = _open(args, batch=args.batch_size) if args.endpoint else None
    try:
        report = build(paths, args.store, fresh=args.fresh, check=not args.no_validate,
                       progress=False if args.quiet else (True if args.progress else None), strict=args.strict,
                       jobs=args.jobs, remote=remote, article_timeout=args.article_timeout)
    except BuildError as e:
        print(f"mtkg build: {e}; the store was not touched", file=sys.stderr)
        return 2
    except OSError as e:    # the machine's trouble, not an input's: a full disk, a lost mount
        where = f" ({read.shown(e.filename)})" if e.filename else ""
        print(f"mtkg build: {e.strerror or e}{where}; the previous store is kept, and the next build "
              f"resumes from what was finished", file=sys.stderr)
        return 1
    print(report.as_text())
    failed = report.refused or report.unwritten
    if args.keep_listings and not failed:
        if remote is not None:
            print("mtkg build: --keep-listings keeps the local store's listings; a SPARQL server's are not kept",
                  file=sys.stderr)
        else:
            from . import query as Q
            from .results_cache import folder, keep_listings
            from .kept_rows import kept as kept_lookups
            queries = Q.saved()
            kept = keep_listings(args.store, queries.values())
            listings = sum(1 for n, _s in kept if not queries[n].required)
            tables = sum(1 for n, _s in kept if kept_lookups(queries[n]))
            print(f"kept {listings} whole listings and {tables} tables of their broad lookups in {folder(args.store)} "
                  f"({sum(s for _n, s in kept):.1f} s: " + ", ".join(f"{n} {s:.1f} s" for n, s in kept) + ")")
    return 1 if failed else 0


def cmd_validate(args) -> int:
    from .validate import validate
    report = validate(_open(args), jobs=args.jobs or os.cpu_count() or 1)
    out = {"text": report.as_text, "json": report.as_json, "ttl": report.as_turtle}[args.format]()
    print(out)
    return 1 if report.violations else 0


def _params(pairs: list[str]) -> dict[str, str]:
    from .query import QueryError
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param takes NAME=VALUE, got {pair!r}")
        out[name.strip()] = value
    return out


def cmd_query(args) -> int:
    from . import query as Q
    if args.list or not args.name:
        for q in Q.saved().values():
            params = ", ".join([p for p in q.required] + [f"[{p}]" for p in q.optional])
            print(f"{q.name:22} {q.summary}" + (f"  (params: {params})" if params else ""))
        return 0
    q, params = Q.get(args.name), _params(args.param)
    whole = args.limit is None and args.offset is None and args.format == "csv"
    if whole and not getattr(args, "endpoint", None) and not args.fresh:
        from .results_cache import write_saved_csv
        write_saved_csv(args.store, q, params, sys.stdout)
        return 0
    from .kept_rows import run_saved
    local = None if getattr(args, "endpoint", None) or args.fresh else args.store
    Q.write(run_saved(_open(args), local, q, params, args.limit, args.offset, lines=args.format == "csv"),
            args.format, sys.stdout)
    return 0


def cmd_search(args) -> int:
    from . import query as Q
    from . import search
    store = _open(args)
    try:
        matches = search.counts(store, search.find(store, args.name, args.kind))
    except search.NotFound as e:
        raise Q.QueryError(str(e)) from e
    columns = ["name", "kind", "articles", "match", "node"]
    rows = [[m.name, m.kind, str(m.articles), "exact" if m.exact else "words", m.node.value] for m in matches]
    if not rows:
        near = search.closest(store, args.name, args.kind)
        print(f"mtkg search: nothing named {args.name!r}" + (f"; closest: {'; '.join(near)}" if near else ""),
              file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1))
    elif args.format in ("csv", "tsv"):
        w = csv.writer(sys.stdout, delimiter="," if args.format == "csv" else "\t", lineterminator="\n")
        w.writerows([columns] + rows)
    else:
        sys.stdout.write(Q.table(columns, rows))
    return 0


def cmd_sparql(args) -> int:
    from . import query as Q
    if args.file:
        text = args.file.read_text(encoding="utf-8")
    elif args.query:
        text = args.query
    else:
        raise Q.QueryError("give the query as an argument or with --file")
    sys.stdout.write(Q.render(Q.run(_open(args), text), args.format))
    return 0


NETWORK_FORMATS = ("gexf", "graphml", "cyjs", "dot", "html")


def cmd_export(args) -> int:
    from .store import open_read
    store = open_read(args.store)
    if args.format in NETWORK_FORMATS:
        from .collector import without_cycle_collection
        with without_cycle_collection():
            return _export_network(store, args)
    from pyoxigraph import RdfFormat
    from .store import dump
    fmt = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "nq": RdfFormat.N_QUADS,
           "trig": RdfFormat.TRIG, "jsonld": RdfFormat.JSON_LD}[args.format]
    return _emit(args, lambda f: dump(store, fmt, f), "")


def _export_network(store, args) -> int:
    from . import network
    from .exports import writer
    try:
        net = network.build(store, view=args.view, focus=args.focus, depth=args.depth, since=args.since,
                            until=args.until, province=args.province,
                            kinds=args.kinds.split(",") if args.kinds else None)
    except network.NetworkError as err:
        print(f"mtkg export: {err}", file=sys.stderr)
        return 2
    return _emit(args, lambda f: writer(args.format)(net, f),
                 f" ({net.graph.number_of_nodes()} nodes, {net.graph.number_of_edges()} edges)")


def _emit(args, write, summary: str) -> int:
    if args.out:
        with args.out.open("wb") as f:
            write(f)
        print(f"wrote {args.out}{summary}", file=sys.stderr)
    else:
        write(sys.stdout.buffer)
    return 0


def cmd_candidates(args) -> int:
    import csv
    import io
    import json
    from .identity import CANDIDATE_COLUMNS, candidates
    from .query import table
    from .store import open_read
    rows = candidates(open_read(args.store))
    if args.format == "json":
        print(json.dumps([dict(zip(CANDIDATE_COLUMNS, r)) for r in rows], ensure_ascii=False, indent=1))
    elif args.format in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if args.format == "csv" else "\t", lineterminator="\n")
        w.writerows([CANDIDATE_COLUMNS] + rows)
        sys.stdout.write(buf.getvalue())
    else:
        sys.stdout.write(table(CANDIDATE_COLUMNS, rows))
    return 0


COMMANDS = {"build": cmd_build, "candidates": cmd_candidates, "validate": cmd_validate, "query": cmd_query, "sparql": cmd_sparql,
            "export": cmd_export, "search": cmd_search}


def cmd_gazetteer(args) -> int:
    from . import gazetteer as G
    if args.export:
        with args.export.open("wb") as f:
            n = G.write_turtle(f, era=args.era)
        print(f"wrote {args.export} ({n} units)", file=sys.stderr)
        return 0
    if args.load:
        from .store import replace_graph, staged
        graph = G.graph_iri()
        with staged(args.store) as store:
            n = replace_graph(store, graph, G.unit_quads(G.load().all(), graph))
        print(f"loaded {len(G.load())} units ({n} triples) into <{graph.value}> of {args.store}", file=sys.stderr)
        return 0
    from .extract.context import parse_locality
    loc = parse_locality(args.find)
    ctx = parse_locality(args.context) if args.context else None
    for phrase, parsed in ((args.find, loc), (args.context, ctx)):
        if phrase and (parsed is None or not parsed.name):
            print(f"mtkg gazetteer: not a unit with a name: {phrase!r}", file=sys.stderr)
            return 2
    print(G.describe_lookup(loc, args.date, ctx))
    return 0


COMMANDS["gazetteer"] = cmd_gazetteer


def _serve_and_report_parsers(sub) -> None:
    sv = sub.add_parser("serve", help="serve the store over HTTP: SPARQL endpoint, saved-query API, web editor",
                        formatter_class=argparse.RawDescriptionHelpFormatter,
                        description="Serve the store: a SPARQL 1.1 Protocol endpoint at /sparql (read-only: "
                                    "updates, LOAD and SERVICE are refused), the saved queries as an HTTP API at "
                                    "/api/<name>?param=value (described at /openapi.json), and a SPARQL editor "
                                    "with the saved queries at /. Each query runs in a worker process that is "
                                    "stopped at the time limit; results are cut at --max-rows (the response then "
                                    "says X-MTKG-Truncated: true).",
                        epilog="examples:\n  mtkg serve\n  mtkg serve --store /data/mtkg-store --port 8080\n"
                               "  curl 'http://127.0.0.1:8890/api/locality-directives?directive=84&format=csv'\n"
                               "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' "
                               "http://127.0.0.1:8890/sparql")
    _store_arg(sv)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8890, help="port (default 8890; 0 picks a free one)")
    sv.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                    help="stop a query after this long and answer 503 (default 30)")
    sv.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                    help="cut results at N rows or triples (default 10000)")
    sv.add_argument("--workers", type=int, default=4, metavar="N",
                    help="worker processes for ordinary queries (default 4)")
    sv.add_argument("--slow-after", type=float, default=0.5, metavar="CPU_SECONDS",
                    help="a query that has used this much CPU moves to the slow lane: lowest CPU priority, "
                         "its worker replaced for ordinary queries (default 0.5)")
    sv.add_argument("--max-slow", type=int, default=4, metavar="N",
                    help="long queries that may run at once; one more is stopped with 503 (default 4)")
    sv.add_argument("--max-memory", type=int, default=2048, metavar="MIB",
                    help="memory a query worker may use; a query needing more ends with 500 (default 2048)")
    sv.add_argument("--max-connections", type=int, default=64, metavar="N",
                    help="open connections at once; more are answered 503 (default 64)")
    sv.add_argument("--header-timeout", type=float, default=10.0, metavar="SECONDS",
                    help="close a connection whose request head has not arrived in this time (default 10)")
    sv.add_argument("--body-timeout", type=float, default=10.0, metavar="SECONDS",
                    help="answer 408 to a request whose body has not arrived in this time (default 10)")
    sv.add_argument("--allow-update", action="store_true",
                    help="accept SPARQL Update (POST update=… or application/sparql-update); one writer process")

    r = sub.add_parser("report", help="reports for auditors: which localities acted on which directives, with evidence",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="implementation: for each locality, each directive it issued a plan for, "
                                   "disseminated, reviewed or carried out, with the date (the action's, else the "
                                   "article's) and the evidence (article, URL when known, the sentence). CSV has "
                                   "one row per locality, directive, kind, date, source and evidence; HTML is one "
                                   "self-contained page: a locality × directive matrix with sortable columns, "
                                   "filters, and each cell linked to its quoted evidence.",
                       epilog="examples:\n  mtkg report implementation --format csv --out implementation.csv\n"
                              "  mtkg report implementation --format html --out implementation.html\n"
                              "  mtkg report implementation --province 'Quảng Nam' --directive 'Hướng dẫn 84'")
    r.add_argument("report", choices=("implementation",), help="the report to write")
    r.add_argument("--format", choices=("csv", "html"), help="default: html for an --out ending in .html, else csv")
    r.add_argument("--out", type=Path, help="output file (default: standard output)")
    r.add_argument("--province", metavar="NAME", help="only localities in this province ('Sóc Trăng' or 'tỉnh Sóc Trăng')")
    r.add_argument("--directive", metavar="TEXT", help="only directives whose name contains TEXT (any case), or one <IRI>")
    _store_arg(r)
    _endpoint_args(r)


def cmd_serve(args) -> int:
    from .serve import serve
    return serve(args.store, args.host, args.port, args.timeout, args.max_rows, args.allow_update, args.workers,
                 slow_after=args.slow_after, max_slow=args.max_slow, max_memory=args.max_memory,
                 max_connections=args.max_connections, header_timeout=args.header_timeout,
                 body_timeout=args.body_timeout)


def cmd_report(args) -> int:
    from . import report
    fmt = args.format or ("html" if args.out and args.out.suffix.lower() in (".html", ".htm") else "csv")
    store = _open(args)
    try:
        rows = report.implementation_rows(store, province=args.province, directive=args.directive)
    except report.ReportError as err:
        print(f"mtkg report: {err}", file=sys.stderr)
        return 2
    text = report.to_html(rows, report.kind_labels(store)) if fmt == "html" else report.to_csv(rows)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(rows)} row{'s' if len(rows) != 1 else ''})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


COMMANDS["serve"] = cmd_serve
COMMANDS["report"] = cmd_report

if __name__ == "__main__":
    sys.exit(main())
