"""How far two annotators agree, beside how far the extractor agrees with them.

    python bench/agreement.py                       # tests/corpus/agreement against tests/corpus/train
    python bench/agreement.py --second DIR --first DIR [--json]

A second annotator (who had read neither the extractor nor the corpus gold) annotated pages of the
training split again from the text alone; `tests/corpus/agreement/gold` holds that gold. This scores
the second gold against the corpus gold exactly as score.py scores the extractor's rows (the second
gold is turned into the rows the saved queries would return), and scores the extractor on the same
pages, so each relation's extractor F1 can be read against what two people reading the same text
agree on. Where they disagree the corpus gold is not wrong by that alone; the agreement is the
ceiling a scorer against one annotator's choices can show."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import quality as Q  # noqa: E402
import score as S  # noqa: E402

AGREEMENT = ROOT / "tests" / "corpus" / "agreement"


def gold_rows(golds: dict[str, dict]) -> dict[str, list[dict]]:
    """The rows the saved queries would return if the extractor had read exactly `golds`."""
    rows: dict[str, list[dict]] = {name: [] for name in S.QUERIES}
    for src, g in golds.items():
        for p in g.get("persons", []):
            for pos in p.get("positions", []):
                rows["people-positions"].append({"person": p["name"], "position": pos.get("title") or "",
                                                 "organization": pos.get("organization") or "", "source": src})
        for e in g.get("events", []):
            date = e.get("date") or ""
            rows["events"].append({"event": e.get("name") or "", "kind": e.get("kind") or "", "date": date,
                                   "source": src})
            for p in e.get("participants", []):
                for role in p.get("roles", []):
                    rows["event-participants"].append({"event": e.get("name") or "", "date": date,
                                                       "person": p["person"], "role": role, "source": src})
            for k in e.get("directives", []):
                rows["event-directives"].append({"event": e.get("name") or "", "directive": k, "source": src})
        for d in g.get("directives", []):
            rows["directives"].append({"directive": d.get("key") or "", "type": d.get("type") or "",
                                       "number": d.get("number") or "", "source": src})
        for im in g.get("implementations", []):
            rows["locality-directives"].append({"locality": im.get("locality") or "", "directive": im.get("directive"),
                                                "kind": im.get("kind"), "source": src})
    return rows


def load(folder: Path, ids: set[str] | None = None) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
            if ids is None or p.stem in ids}


def compare(second: Path, first: Path, cli: str) -> dict[str, dict]:
    """{'annotators': second gold scored against the first, 'extractor': the CLI against the first}."""
    other = load(second / "gold")
    if not other:
        raise SystemExit(f"no gold files in {second / 'gold'}")
    reference = load(first / "gold", set(other))
    missing = sorted(set(other) - set(reference))
    if missing:
        raise SystemExit(f"no gold in {first / 'gold'} for {', '.join(missing)}")
    annotators = S.score(gold_rows(other), reference)
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp)
        (pages / "articles").mkdir()
        (pages / "gold").mkdir()
        for src in reference:
            shutil.copy(first / "articles" / f"{src}.txt", pages / "articles")
            shutil.copy(first / "gold" / f"{src}.json", pages / "gold")
        extractor = Q.measure(pages, cli)[0]
    return {"annotators": annotators, "extractor": extractor, "articles": len(reference)}


def table(result: dict) -> str:
    a, x = result["annotators"], result["extractor"]
    lines = [f"{result['articles']} articles annotated twice",
             f"{'relation':18} {'annotators F1':>13} {'extractor F1':>13}   annotators tp/fp/fn"]
    for k in Q.RELATIONS:
        lines.append(f"{k:18} {a[k]['f1']:13.3f} {x[k]['f1']:13.3f}   {a[k]['tp']}/{a[k]['fp']}/{a[k]['fn']}")
    lines.append(f"{'macro F1':18} {a['macro_f1']:13.3f} {x['macro_f1']:13.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--second", type=Path, default=AGREEMENT, help="the second annotation (DIR/gold/*.json)")
    ap.add_argument("--first", type=Path, default=Q.SPLITS["train"],
                    help="the split it annotates again (DIR/articles, DIR/gold)")
    ap.add_argument("--cli", default=Q.default_cli(), help="the command that runs mtkg (default: .venv/bin/mtkg)")
    ap.add_argument("--json", action="store_true", help="both results as JSON")
    args = ap.parse_args(argv)
    if args.first.resolve() in {Q.SPLITS[b].resolve() for b in Q.BLIND}:
        ap.error("the blind splits are never read")
    result = compare(args.second, args.first, args.cli)
    if args.json:
        keep = ("precision", "recall", "f1", "tp", "fp", "fn")
        print(json.dumps({"articles": result["articles"],
                          **{who: {"macro_f1": round(result[who]["macro_f1"], 4),
                                   **{k: {m: round(v, 4) if isinstance(v := result[who][k][m], float) else v
                                          for m in keep} for k in Q.RELATIONS}}
                             for who in ("annotators", "extractor")}}, indent=1, ensure_ascii=False))
    else:
        print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
