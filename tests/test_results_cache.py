"""Whole CSV listings kept beside the store: served again only for the store they were computed
on, and never kept half-written."""
import csv
import io

import pytest

from graph_builder import cli, results_cache as rc
from graph_builder.build import build
from conftest import ROOT

FIRST = sorted((ROOT / "data" / "articles").glob("*.txt"))[0]


def listing(capsys, store, name: str, *extra: str) -> str:
    assert cli.main(["query", name, "--store", str(store), "--format", "csv", *extra]) == 0
    return capsys.readouterr().out


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "store"
    build([FIRST], path, progress=False, jobs=1, check=False)
    return path


def test_a_kept_listing_is_served_until_the_store_changes(capsys, monkeypatch, store, tmp_path):
    monkeypatch.setattr(rc, "WORTH_S", 0.0)
    first = listing(capsys, store, "people-positions")
    kept = list(rc.folder(store).glob("*.csv"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == first
    people = {r["person"] for r in csv.DictReader(io.StringIO(first))}
    assert people                                    # the listing has rows to keep

    # served from the kept file: the store is not asked (a kept file edited by hand shows through)
    kept[0].write_text(first + "marker\n", encoding="utf-8")
    assert listing(capsys, store, "people-positions") == first + "marker\n"
    assert listing(capsys, store, "people-positions", "--fresh") == first

    # another article built into the store: its state changed, the listing is computed again
    # (with the new article's people) and what was kept for the old state is gone
    build([ROOT / "data" / "articles"], store, progress=False, jobs=1, check=False)
    again = listing(capsys, store, "people-positions")
    assert "marker" not in again
    assert {r["person"] for r in csv.DictReader(io.StringIO(again))} > people
    assert [f.read_text(encoding="utf-8") for f in rc.folder(store).glob("*.csv")] == [again]


def test_only_whole_csv_listings_that_took_long_are_kept(capsys, monkeypatch, store):
    listing(capsys, store, "events")                 # milliseconds: not worth a file
    assert not list(rc.folder(store).glob("*.csv"))
    monkeypatch.setattr(rc, "WORTH_S", 0.0)
    assert cli.main(["query", "events", "--store", str(store), "--format", "tsv"]) == 0
    assert cli.main(["query", "events", "--store", str(store), "--format", "csv", "--limit", "1"]) == 0
    assert not list(rc.folder(store).glob("*.csv"))  # pages and other formats are never kept
    listing(capsys, store, "events", "--param", f"source={FIRST.stem}")
    listing(capsys, store, "events")
    assert len(list(rc.folder(store).glob("*.csv"))) == 2   # one per text and parameters


def test_a_failed_or_overtaken_computation_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(rc, "WORTH_S", 0.0)
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "CURRENT").write_text("x")
    state = rc.state(folder)

    def broken(out):
        out.write("a,b\n1,2\n")
        raise RuntimeError("the store went away")
    with pytest.raises(RuntimeError):
        rc.write_csv(folder, state, "SELECT 1", None, broken, io.StringIO())
    assert list(rc.folder(folder).iterdir()) == []   # no kept file, no part left behind

    def overtaken(out):
        out.write("a\n1\n")
        (folder / "000012.log").write_text("an update meanwhile")
    out = io.StringIO()
    assert rc.write_csv(folder, state, "SELECT 1", None, overtaken, out) is False
    assert out.getvalue() == "a\n1\n" and list(rc.folder(folder).iterdir()) == []


def test_a_store_whose_folder_cannot_be_written_still_answers(tmp_path, monkeypatch):
    monkeypatch.setattr(rc, "WORTH_S", 0.0)
    folder = tmp_path / "store"
    folder.mkdir()
    rc.folder(folder).write_text("a file where the folder would be")
    out = io.StringIO()
    assert rc.write_csv(folder, rc.state(folder), "SELECT 1", None, lambda o: o.write("a\n1\n"), out) is False
    assert out.getvalue() == "a\n1\n"


def test_a_listing_by_name_is_kept_under_the_name_and_a_name_not_found_keeps_nothing(capsys, monkeypatch, store):
    monkeypatch.setattr(rc, "WORTH_S", 0.0)
    people = list(csv.DictReader(io.StringIO(listing(capsys, store, "people-positions"))))
    name = people[0]["person"]
    first = listing(capsys, store, "person-timeline", "--param", f"person={name}")
    assert name in first
    # served again from its file, the name not looked up again: a kept file edited by hand shows
    kept = [f for f in rc.folder(store).glob("*.csv") if f.read_text(encoding="utf-8") == first]
    assert len(kept) == 1
    kept[0].write_text(first + "marker\n", encoding="utf-8")
    from graph_builder import search

    def no_lookup(*_a, **_k):
        raise AssertionError("a kept listing looked its name up again")
    with monkeypatch.context() as m:
        m.setattr(search, "resolve", no_lookup)
        assert listing(capsys, store, "person-timeline", "--param", f"person={name}") == first + "marker\n"
    # another name is another listing; a name nobody has is an error, and nothing is kept for it
    before = sorted(rc.folder(store).glob("*.csv"))
    assert cli.main(["query", "person-timeline", "--store", str(store), "--format", "csv",
                     "--param", "person=Không Ai Tên Này"]) != 0
    assert sorted(rc.folder(store).glob("*.csv")) == before
    assert not list(rc.folder(store).glob(".*.part"))


def test_a_build_can_keep_every_listing_for_its_first_asking(capsys, tmp_path):
    path = tmp_path / "store"
    assert cli.main(["build", str(FIRST), "--store", str(path), "--quiet", "--no-validate", "--keep-listings"]) == 0
    said = capsys.readouterr().out
    from graph_builder import query as Q
    plain = [q.name for q in Q.saved().values() if not q.required]
    tables = [q.name for q in Q.saved().values() if any(l.kept for l in q.lookups)]
    assert f"kept {len(plain)} whole listings and {len(tables)} tables of their broad lookups" in said
    assert len(list(rc.folder(path).glob("*.rows.sqlite"))) == len(tables)
    kept = sorted(rc.folder(path).glob("*.csv"))
    assert len(kept) == len(plain)
    # each is what the store answers, and the first listing asked is served from its file
    for name in plain:
        fresh = listing(capsys, path, name, "--fresh")
        match = [f for f in kept if f.read_text(encoding="utf-8") == fresh]
        assert len(match) == 1, name
        match[0].write_text(fresh + "marker\n", encoding="utf-8")
        assert listing(capsys, path, name) == fresh + "marker\n"


def test_a_listing_of_no_store_is_the_stores_error_and_leaves_nothing(capsys, tmp_path):
    missing = tmp_path / "nothing-here"
    assert cli.main(["query", "people-positions", "--store", str(missing), "--format", "csv"]) != 0
    assert "no mtkg store" in capsys.readouterr().err
    assert not rc.folder(missing).exists()
