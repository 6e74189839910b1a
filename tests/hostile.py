"""Hostile and broken inputs for the build's tests: files and JSON lines no reader should choke
on, each with where the build report must name it."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

from graph_builder.read import shown

GOOD_TEXT = ("Sáng ngày 23/12/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị "
             "tập huấn. Tham dự có ông Lâm Dũng Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")


def _line(obj) -> str:
    return json.dumps(obj, ensure_ascii=True)


def bad_json_lines(rng: random.Random, n: int) -> list[str]:
    """`n` JSON lines a reader must skip, one at a time, naming their line."""
    makers = [
        lambda i: '{"id": "s%d", "text": "\\udc80 lone"}' % i,                 # lone surrogate in text
        lambda i: '{"id": "\\ud800x%d", "text": "%s"}' % (i, GOOD_TEXT),     # lone surrogate in id
        lambda i: '{"id": "t%d", "text": "ok", "title": "\\udfff"}' % i,      # ... in a field
        lambda i: "[" * (100_000 + i) + "]" * (100_000 + i),                  # nested too deeply
        lambda i: '{"id": "n%d", "text": ' % i + "[" * 5000 + "]" * 5000 + "}",
        lambda i: '{"id": "b%d", "text": "unterminated' % i,
        lambda i: "not json at all %d" % i,
        lambda i: _line([1, 2, i]),
        lambda i: _line({"text": GOOD_TEXT}),                                  # no id
        lambda i: _line({"id": i, "text": GOOD_TEXT}),                         # id not a string
        lambda i: _line({"id": "   ", "text": GOOD_TEXT}),
        lambda i: _line({"id": f"e{i}", "text": "   \n\t  "}),               # empty text
        lambda i: _line({"id": f"x{i}", "text": ["a", "list"]}),
        lambda i: '{"id": "d%d", "text": "%s", "id": null}' % (i, GOOD_TEXT),  # last key wins: no id
        lambda i: "\ufeff{" + "}" * (i % 3 + 2),
        lambda i: '{"id": "c%d", "text": "a\x00b' % i,
    ]
    return [rng.choice(makers)(i) for i in range(n)]


def write_hostile(folder: Path, rng: random.Random, lines: int = 1860) -> tuple[dict[str, set[int | None]], int]:
    """Write hostile inputs under `folder`; returns (shown path -> the lines the report must name
    for it, None for the file itself) and how many hostile inputs were written."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, set[int | None]] = {}
    count = 0

    def must(path: Path, line: int | None = None) -> None:
        expect.setdefault(shown(path), set()).add(line)

    # JSON lines, good ones mixed in
    for k in range(6):
        path = folder / f"feed{k}.jsonl"
        out, bad_at = [], []
        for ln in bad_json_lines(rng, lines // 6):
            out.append(ln)
            bad_at.append(len(out))
            if rng.random() < 0.05:
                out.append(_line({"id": f"good-{k}-{len(out)}", "text": GOOD_TEXT}))
        path.write_text("\n".join(out) + "\n", encoding="utf-8", errors="surrogatepass")
        for n in bad_at:
            must(path, n)
        count += len(bad_at)
    # files
    files: list[tuple[str, bytes]] = [
        ("latin1.txt", "Hội nghị".encode("cp1258", "replace") + b"\xff\xfe\x80 text"),
        ("binary.txt", bytes(rng.randrange(256) for _ in range(4096))),
        ("blank.txt", b"   \n\t\n  "),
        ("empty.txt", b""),
        ("nul.html", b"<html>\x00\x00<p>" + b"\xc3" * 10),
        ("broken.ttl", b"@prefix ex: <http://e/> .\nex:a ex:b .\n"),
        ("notrdf.jsonld", b"{\"@context\": \"http://example.org/remote-context\", \"@id\": "),
        ("garbage.events.csv", b"\xff\xfe,,,\n\"unterminated\n"),
        ("wrong.people.csv", b"nothing,we,know\n1,2,3\n"),
        ("bad.identity.csv", b"left,right\nA,B\n"),
        ("not-a-table.csv", b"a,b\n1,2\n"),
    ]
    for name, data in files:
        (folder / name).write_bytes(data)
        must(folder / name)
        count += 1
    for i in range(150):                      # many small broken files
        name = f"noise{i:03d}" + rng.choice([".txt", ".html", ".jsonl"])
        data = rng.choice([b"\xff" * (i + 1), b"\x00", b" " * i, b"\x80abc"])
        (folder / name).write_bytes(data)
        must(folder / name)
        count += 1
    # names and links
    raw = os.fsencode(folder) + b"/bad\xff\xfename.txt"
    with open(raw, "wb") as fh:
        fh.write(GOOD_TEXT.encode("utf-8"))
    must(Path(os.fsdecode(raw)))
    os.symlink("nowhere.txt", folder / "dangling.txt")
    must(folder / "dangling.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    must(folder / "loop.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")     # a folder link back up: read once, not forever
    os.mkfifo(folder / "fifo.txt")
    must(folder / "fifo.txt")
    # an RDF dataset that would write into mtkg's own graphs
    (folder / "intrude.nq").write_text(
        "<https://w3id.org/mtkg/id/fake> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/mtkg/ontology#Person> <https://w3id.org/mtkg/graph/ontology> .\n", encoding="utf-8")
    must(folder / "intrude.nq")
    count += 6
    return expect, count
