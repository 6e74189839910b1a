"""kill -9 at any point: the store path always holds a whole store, no worker outlives its
build or holds its lock, and the next build starts at once and resumes to the store a clean
build makes."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, mtkg
from graph_builder import store as st
from graph_builder.build import build
from graph_builder.store import StoreError, open_read, staging_path

TRAIN = ROOT / "tests" / "corpus" / "train" / "articles"
SLOW_UNIT = "Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư, "


def children(pid: int) -> set[int]:
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.add(int(d.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def dump(store: Path) -> list[str]:
    """The store's quads but the SHACL counts and the file stamps (those depend on when each
    file was read)."""
    return sorted(str(q) for q in open_read(store)
                  if "graph/validation" not in str(q.graph_name) and not q.predicate.value.endswith("#sourceStamp"))


def test_workers_die_with_a_killed_build_and_the_next_build_starts_at_once(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(TRAIN, folder)
    for i in range(4):      # articles that keep a worker busy for seconds
        (folder / f"slow{i}.txt").write_text(SLOW_UNIT * (1_500_000 // len(SLOW_UNIT)), encoding="utf-8")
    store = tmp_path / "store"
    cmd = [sys.executable, "-m", "graph_builder.cli", "build", str(folder), "--store", str(store),
           "--jobs", "2", "--article-timeout", "0", "--quiet", "--no-validate"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = children(proc.pid)
        time.sleep(0.1)
    time.sleep(1.5)         # into the slow articles
    proc.kill()
    proc.wait()
    assert len(workers) >= 2
    deadline = time.monotonic() + 5
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers)
    for f in folder.glob("slow*.txt"):
        f.unlink()
    started = time.monotonic()
    done = mtkg("build", str(folder), "--store", str(store), "--jobs", "2", "--quiet", "--no-validate")
    assert done.returncode == 0, done.stderr
    assert "another build" not in done.stderr
    assert "took over the lock of an earlier build" in done.stdout
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_at_any_moment_leaves_a_store_and_resumes_to_a_clean_build(tmp_path, seed):
    folder = tmp_path / "in"
    shutil.copytree(TRAIN, folder)
    store = tmp_path / "store"
    build([SAMPLES], store, progress=False, jobs=1)
    shutil.copytree(SAMPLES, folder / "samples")
    cmd = [sys.executable, "-m", "graph_builder.cli", "build", str(folder), "--store", str(store),
           "--jobs", "2", "--quiet"]
    env = dict(os.environ, MTKG_LOAD_QUADS="3000")      # many loads, many moments to kill
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.Random(seed).uniform(0.3, 4.0))
    proc.kill()
    proc.wait()
    assert (store / "CURRENT").exists()
    assert len(open_read(store)) > 0                   # a whole store, old or new
    done = mtkg("build", str(folder), "--store", str(store), "--jobs", "2", "--quiet")
    assert done.returncode == 0, done.stderr
    clean = tmp_path / "clean"
    build([SAMPLES], clean, progress=False, jobs=1)
    build([folder], clean, progress=False, jobs=2)
    assert dump(store) == dump(clean)


def test_the_store_path_never_lacks_a_store_while_builds_swap_it_in(tmp_path):
    store = tmp_path / "store"
    build([SAMPLES], store, progress=False, check=False, jobs=1)
    probe = tmp_path / "probe"
    probe.mkdir()
    if not st._exchange(probe, store) or not st._exchange(probe, store):
        pytest.skip("this file system cannot exchange two folders in one step")
    missing, stop = [], threading.Event()

    def watch():
        while not stop.is_set():
            if not (store / "CURRENT").exists():
                missing.append(time.monotonic())
    t = threading.Thread(target=watch)
    t.start()
    try:
        for _ in range(20):
            new = tmp_path / "new"
            open_read(store).backup(str(new))
            st.swap_in(new, store)
    finally:
        stop.set()
        t.join()
    assert not missing
    assert not (tmp_path / "store.old").exists() and not (tmp_path / "new").exists()


def test_a_kill_between_two_renames_is_mended(tmp_path):
    """Where the system cannot exchange folders, the old store waits at <store>.old between the
    two renames; the next build puts it back before anything else."""
    store = tmp_path / "store"
    build([SAMPLES], store, progress=False, check=False, jobs=1)
    before = dump(store)
    os.replace(store, tmp_path / "store.old")          # as if killed right after the first rename
    with st.staged(store):
        pass
    assert dump(store) == before


def test_a_store_reached_through_a_link_has_one_lock_and_stays_a_link(tmp_path):
    real = tmp_path / "real-store"
    build([SAMPLES], real, progress=False, check=False, jobs=1)
    link = tmp_path / "link"
    link.symlink_to(real)
    with st.staged(real):
        with pytest.raises(StoreError, match="another build is writing this store"):
            build([SAMPLES], link, progress=False, check=False, jobs=1)
    build([SAMPLES], link, progress=False, check=False, jobs=1)
    assert link.is_symlink() and (real / "CURRENT").exists()


def test_leftovers_of_a_killed_bulk_load_are_removed(tmp_path):
    store = tmp_path / "store"
    build([SAMPLES], store, progress=False, check=False, jobs=1)
    staging = staging_path(store)
    open_read(store).backup(str(staging))
    (staging / "bulk-0123456789.sst").write_bytes(b"half a table")
    build([SAMPLES], store, progress=False, check=False, jobs=1)
    assert not list(store.glob("bulk-*.sst")) and not staging.exists()
