"""Extraction quality on the real corpus of tests/corpus (and the shared sets), through the CLI.

    python bench/quality.py --split train [--per-article]    # the articles rules may be written against
    python bench/quality.py --split blind                      # totals per relation only, nothing else
    python bench/quality.py --split blind2                     # the second blind split, the same way
    python bench/quality.py --split heldout                    # tests/fixtures/heldout (written for the rules)
    python bench/quality.py --split dev|real                   # ../shared/eval/dev, ../shared/eval/real
    python bench/quality.py --folder DIR [--json]              # DIR/articles, DIR/gold (a new batch)

It builds the split's articles with the CLI and scores the saved queries' rows against the gold
with bench/score.py (a byte-identical copy of ../shared/eval/score.py). The blind splits are set
aside so that a score on them still says something about articles nobody has read: for them this
prints the totals of each relation and the macro F1, never an article, a row or a name, and
keeps no output. `blind` (70 pages) was drawn from the first collection; `blind2` (40 pages from
39 more sites) was collected and annotated later and set aside whole."""
from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import score as S  # noqa: E402  (bench/score.py)

SHARED = ROOT.parent / "shared" / "eval"
SPLITS = {
    "train": ROOT / "tests" / "corpus" / "train",
    "blind": ROOT / "tests" / "corpus" / "blind",
    "blind2": ROOT / "tests" / "corpus" / "blind2",
    "heldout": ROOT / "tests" / "fixtures" / "heldout",
    "dev": SHARED / "dev",
    "real": SHARED / "real",
}
# set aside before any rule was written against them, never read: totals only
BLIND = ("blind", "blind2")
RELATIONS = ("persons", "positions", "participants", "events", "directives", "event-directives",
             "implementations")


def default_cli() -> str:
    local = ROOT / ".venv" / "bin" / "mtkg"
    return os.environ.get("MTKG_CLI") or (str(local) if local.exists() else "mtkg")


def measure(folder: Path, cli: str) -> tuple[dict, dict[str, float], dict, dict]:
    """(the whole result, each article's macro F1, the rows, the gold) of the articles under `folder`."""
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "gold").glob("*.json"))}
    if not golds:
        raise SystemExit(f"no gold files in {folder / 'gold'}")
    with tempfile.TemporaryDirectory() as tmp:
        rows = S.collect(shlex.split(cli), folder / "articles", Path(tmp))
    result = S.score(rows, golds)
    per = {src: S.score(rows, {src: g})["macro_f1"] for src, g in golds.items()}
    return result, per, rows, golds


def errors(relation: str, rows: dict, golds: dict) -> list[str]:
    """What each article misses (-) and adds (+) in one relation, as score.py compares them
    (for reading the training split's failures; never the blind split's)."""
    out = []
    for src, g in golds.items():
        if relation == "persons":
            gold = {p["name"] for p in g.get("persons", []) if p.get("positions")} | \
                   {p["person"] for e in g.get("events", []) for p in e.get("participants", [])}
            pred = {r["person"] for r in S.by_source(rows["people-positions"], src)} | \
                   {r["person"] for r in S.by_source(rows["event-participants"], src)}
            key = lambda x: S.norm(x, False)  # noqa: E731
        elif relation == "positions":
            gold = {(p["name"], pos["title"], pos.get("organization") or "") for p in g.get("persons", [])
                    for pos in p.get("positions", [])}
            pred = {(r["person"], r["position"], r.get("organization") or "")
                    for r in S.by_source(rows["people-positions"], src)}
            key = lambda x: (S.norm(x[0], False), S.norm(x[1]), S.norm(x[2]))  # noqa: E731
        elif relation == "participants":
            gold = {(p["person"], role) for e in g.get("events", []) for p in e.get("participants", [])
                    for role in p.get("roles", [])}
            pred = {(r["person"], r.get("role") or "") for r in S.by_source(rows["event-participants"], src)}
            key = lambda x: (S.norm(x[0], False), x[1])  # noqa: E731
        elif relation == "events":
            gold = {(e.get("date") or "", e.get("kind"), e.get("name") or "") for e in g.get("events", [])}
            pred = {(r.get("date") or "", r.get("kind"), r.get("event") or "") for r in S.by_source(rows["events"], src)}
            key = lambda x: x[0]  # noqa: E731
        elif relation == "directives":
            gold = {d.get("key") for d in g.get("directives", [])}
            pred = {r.get("directive") for r in S.by_source(rows["directives"], src)}
            key = S.directive_key
        elif relation == "event-directives":
            gold = {k for e in g.get("events", []) for k in e.get("directives", [])}
            pred = {r.get("directive") for r in S.by_source(rows["event-directives"], src)}
            key = S.directive_key
        elif relation == "implementations":
            gold = {(im.get("locality") or "", im.get("directive"), im.get("kind")) for im in g.get("implementations", [])}
            pred = {(r.get("locality") or "", r.get("directive"), r.get("kind"))
                    for r in S.by_source(rows["locality-directives"], src)}
            key = lambda x: (S.place(x[0]), S.directive_key(x[1]))  # noqa: E731
        else:
            raise SystemExit(f"no relation {relation}")
        gk, pk = {key(x): x for x in gold}, {key(x): x for x in pred}
        missed = [gk[k] for k in gk if k not in pk]
        added = [pk[k] for k in pk if k not in gk]
        if missed or added:
            out.append(f"== {src}")
            out += [f"  - {m}" for m in missed] + [f"  + {a}" for a in added]
    return out


def totals(result: dict) -> str:
    """Per relation P/R/F1 and counts, the macro F1 and the number of furniture violations."""
    lines = [f"{'relation':18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for k in RELATIONS:
        v = result[k]
        lines.append(f"{k:18} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
    lines.append(f"macro F1 {result['macro_f1']:.3f}; furniture violations {len(result['furniture_violations'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--split", choices=sorted(SPLITS))
    which.add_argument("--folder", type=Path, help="any folder with articles/ and gold/ (a new batch, "
                                                   "scored before anyone reads it)")
    ap.add_argument("--cli", default=default_cli(), help="the command that runs mtkg (default: .venv/bin/mtkg)")
    ap.add_argument("--per-article", action="store_true",
                    help="each article's macro F1, worst first (not for the blind splits)")
    ap.add_argument("--json", action="store_true", help="the totals as JSON")
    ap.add_argument("--errors", metavar="RELATION", help="list each article's misses and additions in one "
                                                         "relation (not for the blind splits)")
    args = ap.parse_args(argv)
    if args.split in BLIND and (args.per_article or args.errors):
        ap.error(f"the {args.split} split is scored as totals only")
    folder = args.folder or SPLITS[args.split]
    args.split = args.split or str(folder)
    if not folder.exists():
        ap.error(f"{folder} is not there")
    result, per, rows, golds = measure(folder, args.cli)
    n = len(per)
    if args.errors:
        print("\n".join(errors(args.errors, rows, golds)))
        return 0
    if args.json:
        print(json.dumps({"split": args.split, "articles": n, "macro_f1": round(result["macro_f1"], 4),
                          "furniture_violations": len(result["furniture_violations"]),
                          **{k: {m: round(result[k][m], 4) if isinstance(result[k][m], float) else result[k][m]
                                 for m in ("precision", "recall", "f1", "tp", "fp", "fn")} for k in RELATIONS}},
                         indent=1))
        return 0
    if args.per_article:
        for src, f1 in sorted(per.items(), key=lambda x: (x[1], x[0])):
            print(f"{src:12} {f1:.3f}")
        for v in result["furniture_violations"]:
            print(f"furniture violation: {v}")
    print(f"{args.split}: {n} articles")
    print(totals(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
