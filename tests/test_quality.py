"""The real corpus and its scoring command: every article has valid gold, the scorer is the
shared one, and the blind splits are only ever shown as totals."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared" / "eval"


@pytest.mark.parametrize("split", ["train", "blind", "blind2"])
def test_every_article_has_gold_and_an_index_row(split):
    folder = CORPUS / split
    articles = {p.stem for p in (folder / "articles").glob("*.txt")}
    gold = {p.stem for p in (folder / "gold").glob("*.json")}
    index = [r["id"] for r in csv.DictReader((folder / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t")]
    assert articles == gold == set(index) and len(index) == len(set(index))
    for p in (folder / "gold").glob("*.json"):
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["article"] == p.stem


def test_the_splits_do_not_share_an_article_or_an_address():
    rows = {s: list(csv.DictReader((CORPUS / s / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"))
            for s in ("train", "blind", "blind2")}
    ids = [r["id"] for s in rows.values() for r in s]
    assert len(ids) == len(set(ids))
    urls = [r["url"] for s in rows.values() for r in s]
    assert len(urls) == len(set(urls))
    assert len(rows["blind"]) >= 60 and len(rows["blind2"]) >= 40


@pytest.mark.skipif(not (SHARED / "check_gold.py").exists(), reason="../shared/eval is not here")
@pytest.mark.parametrize("split", ["train", "blind", "blind2"])
def test_gold_passes_the_shared_checker(split):
    done = subprocess.run([sys.executable, str(SHARED / "check_gold.py"), str(CORPUS / split / "gold"),
                           "--articles", str(CORPUS / split / "articles")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/eval is not here")
def test_the_bundled_scorer_is_the_shared_one():
    assert (ROOT / "bench" / "score.py").read_bytes() == (SHARED / "score.py").read_bytes()


def quality(*args: str) -> subprocess.CompletedProcess:
    cli = f"{sys.executable} -m graph_builder.cli"
    return subprocess.run([sys.executable, str(ROOT / "bench" / "quality.py"), "--cli", cli, *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.mark.parametrize("split,n", [("blind", 70), ("blind2", 40)])
def test_a_blind_split_prints_totals_only(split, n):
    done = quality("--split", split)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert lines[0] == f"{split}: {n} articles"
    assert [ln.split()[0] for ln in lines[2:9]] == ["persons", "positions", "participants", "events",
                                                    "directives", "event-directives", "implementations"]
    assert re.fullmatch(r"macro F1 \d\.\d{3}; furniture violations \d+", lines[-1])
    assert len(lines) == 10
    assert not re.search(r"\br\d{3,4}\b", done.stdout)      # no article is named
    for peek in (("--per-article",), ("--errors", "events")):
        refused = quality("--split", split, *peek)
        assert refused.returncode != 0 and "totals only" in refused.stderr


def test_a_new_batch_is_scored_from_its_folder(tmp_path):
    # a batch scored before anyone reads it: any folder with articles/ and gold/
    for sub, suffix in (("articles", "txt"), ("gold", "json")):
        (tmp_path / sub).mkdir()
        for stem in ("h001", "r101"):
            (tmp_path / sub / f"{stem}.{suffix}").write_bytes((CORPUS / "train" / sub / f"{stem}.{suffix}").read_bytes())
    done = quality("--folder", str(tmp_path), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout)
    assert got["articles"] == 2 and 0 <= got["macro_f1"] <= 1
    assert got["persons"]["tp"] + got["persons"]["fn"] > 0
    (tmp_path / "gold" / "h001.json").unlink()
    (tmp_path / "gold" / "r101.json").unlink()
    empty = quality("--folder", str(tmp_path))
    assert empty.returncode != 0 and "no gold files" in (empty.stderr + empty.stdout)


# --- the second annotation of training pages (bench/agreement.py) ---

sys.path.insert(0, str(ROOT / "bench"))
import agreement  # noqa: E402
import score as S  # noqa: E402


def test_the_second_annotation_covers_training_pages_and_passes_the_checker():
    folder = CORPUS / "agreement"
    index = {r["id"]: r["annotator"] for r in csv.DictReader((folder / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t")}
    gold = {p.stem for p in (folder / "gold").glob("*.json")}
    train = {p.stem for p in (CORPUS / "train" / "gold").glob("*.json")}
    assert set(index) == gold and len(gold) >= 40 and gold <= train
    if (SHARED / "check_gold.py").exists():
        done = subprocess.run([sys.executable, str(SHARED / "check_gold.py"), str(folder / "gold"),
                               "--articles", str(CORPUS / "train" / "articles")], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout[-2000:]


def test_gold_read_as_rows_agrees_with_itself_and_not_with_another_page():
    golds = agreement.load(CORPUS / "train" / "gold", {"h001", "r101", "r2103"})
    same = S.score(agreement.gold_rows(golds), golds)
    assert same["macro_f1"] == 1.0
    for rel in ("persons", "positions", "events", "directives", "implementations"):
        assert same[rel]["fp"] == same[rel]["fn"] == 0 and same[rel]["tp"] > 0, rel
    # each page's rows scored against another page's gold find nothing of it
    values = list(golds.values())
    swapped = dict(zip(golds, values[1:] + values[:1]))
    crossed = S.score(agreement.gold_rows(swapped), golds)
    assert crossed["persons"]["tp"] == 0 and crossed["persons"]["fn"] == same["persons"]["tp"]


def test_the_agreement_command_scores_both_annotators_and_the_extractor(tmp_path):
    (tmp_path / "gold").mkdir()
    for stem in ("h001", "r101"):
        (tmp_path / "gold" / f"{stem}.json").write_bytes((CORPUS / "train" / "gold" / f"{stem}.json").read_bytes())
    cli = f"{sys.executable} -m graph_builder.cli"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "agreement.py"), "--cli", cli, "--json",
                           "--second", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout)
    assert got["articles"] == 2 and got["annotators"]["macro_f1"] == 1.0
    assert 0 <= got["extractor"]["macro_f1"] <= 1 and got["extractor"]["persons"]["tp"] > 0
    refused = subprocess.run([sys.executable, str(ROOT / "bench" / "agreement.py"), "--first",
                              str(CORPUS / "blind")], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode != 0 and "never read" in refused.stderr
