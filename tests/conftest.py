"""Shared fixtures: a hand-made article's facts (independent of the extractor), and stores."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder import facts as F

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "articles"

TEXT = ("Sóc Trăng: Tập huấn phong trào\n\n"
        "Sáng ngày 23/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị tập huấn.\n"
        "Tham dự hội nghị có ông Lâm Dũng Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 150 đại biểu.\n"
        "Ông Lâm Dũng Liêm báo cáo về Đề án 15/ĐA-MTTW-BTT ngày 18/8/2017 của Ban Thường trực UBTƯ MTTQ Việt Nam.\n"
        "Thực hiện Hướng dẫn 84, Ban Thường trực đã ban hành Kế hoạch số 179.\n")


def sentences(*texts: str) -> list[F.Sentence]:
    """Sentences of the given texts laid end to end (one space apart), as `clean` yields them."""
    from graph_builder.text import canonical
    out, pos = [], 0
    for t in texts:
        out.append(F.Sentence(pos, pos + len(t), t, canonical(t)))
        pos += len(t) + 1
    return out


def line_of(needle: str) -> F.Span:
    start = TEXT.index(needle)
    start = TEXT.rfind("\n", 0, start) + 1
    end = TEXT.index("\n", start)
    return F.Span(start, end)


def sample_facts(article_id: str = "fixture-1") -> F.ArticleFacts:
    province = F.Locality("tỉnh", "Sóc Trăng")
    committee = F.Body("Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "front_committee", province)
    board = F.Body("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "standing_board", province, committee)
    central = F.Body("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "standing_board")
    s_event, s_attend = line_of("Sáng ngày"), line_of("Tham dự")
    s_report, s_plan = line_of("báo cáo"), line_of("Thực hiện")
    article = F.Article(id=article_id, text=TEXT, title="Sóc Trăng: Tập huấn phong trào",
                        url="http://example.org/a", published="2020-12-24")
    return F.ArticleFacts(
        article=article, locality=province,
        posts=[F.PostHolding("Lâm Dũng Liêm", "Phó Chủ tịch", committee, s_attend)],
        people=[F.PersonMention("Lâm Dũng Liêm", ["attendee", "presenter"], s_attend)],
        events=[F.Event("e1", "training", "Hội nghị tập huấn", date="--12-23", organizers=[board],
                        locality=province, attendance=150, attendance_qualifier="exact",
                        directives=["Đề án 15"], movements=["Đoàn kết sáng tạo"], evidence=s_event)],
        participations=[F.Participation("Lâm Dũng Liêm", "e1", "attendee", s_attend),
                        F.Participation("Lâm Dũng Liêm", "e1", "presenter", s_report)],
        directives=[F.Directive("Đề án 15", "Đề án", "15", "15/ĐA-MTTW-BTT", "2017-08-18", central,
                                "tổ chức Phong trào “Đoàn kết sáng tạo”", s_report),
                    F.Directive("Hướng dẫn 84", "Hướng dẫn", "84", evidence=s_plan),
                    F.Directive("Kế hoạch 179", "Kế hoạch", "179", evidence=s_plan)],
        movements=[F.Movement("Đoàn kết sáng tạo", "movement",
                              ["Đoàn kết sáng tạo, nâng cao hiệu quả, chất lượng, hội nhập quốc tế"], s_event)],
        implementations=[
            F.Implementation(province, board, "Đề án 15", "disseminated", event="e1", evidence=s_event),
            F.Implementation(province, board, "Hướng dẫn 84", "issued_plan", via="Kế hoạch 179", evidence=s_plan)],
    )


@pytest.fixture
def fixture_store(tmp_path):
    """A store holding only the hand-made article's graph and the ontology."""
    from graph_builder import store as st, things
    from graph_builder.build import _ontology_quads, ontology_graph
    from graph_builder.triples import article_parts
    from graph_builder.vocab import article_iri

    path = tmp_path / "store"
    facts = sample_facts()
    graph = article_iri(facts.article.id)
    with st.staged(path) as s:
        st.replace_graph(s, ontology_graph(), _ontology_quads())
        things.write(s, graph, *article_parts(facts, graph))
    return path


def mtkg(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the CLI as a user would."""
    return subprocess.run([sys.executable, "-m", "graph_builder.cli", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, env=env)


def build_cli(store, *paths) -> None:
    """`mtkg build` of the paths into the store, as a user runs it (violations allowed)."""
    done = mtkg("build", *map(str, paths), "--store", str(store), "--quiet")
    assert done.returncode in (0, 1), done.stderr


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """60 real articles and 150 generated ones (bench/corpus.py, seed 3), built by the CLI."""
    import shutil
    tmp = tmp_path_factory.mktemp("corpus")
    real = tmp / "real"
    real.mkdir()
    for f in sorted((ROOT / "tests" / "corpus" / "train" / "articles").glob("*.txt"))[:60]:
        shutil.copy(f, real / f.name)
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--articles", "150", "--seed", "3",
                    "--out", str(tmp / "gen"), "--quiet"], check=True)
    store = tmp / "store"
    build_cli(store, real, tmp / "gen" / "articles")
    return store


def kill_build_after(cmd: list[str], articles: int, env: dict | None = None) -> None:
    """Run a `mtkg build --progress` command and SIGKILL it once it reports `articles` extracted."""
    import os
    import signal
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in proc.stderr:                                # "N extracted, M unchanged"
            if line.split()[0].isdigit() and int(line.split()[0]) >= articles:
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


def query_rows(store, name: str, *params: str) -> list[dict]:
    """A saved query's rows, run through the CLI as a user would (`--param name=value`)."""
    import csv
    import io
    args = ["query", name, "--store", str(store), "--format", "csv"]
    for p in params:
        args += ["--param", p]
    done = mtkg(*args)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))

@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso open source server for the session (tests/virtuoso.py), stopped at the end."""
    from virtuoso import BINARY, Virtuoso
    if BINARY is None:
        pytest.skip("virtuoso-t not found: apt-get install virtuoso-opensource (tests/tools.sh does, as root)")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso")).start()
    yield server
    server.stop()
