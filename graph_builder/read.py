"""Read articles from .txt, .html and .jsonl files into `Article`s.

Reading never raises for a bad input: it yields `Skipped` records naming the file and
line, so one broken file cannot stop a build."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from .facts import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass
class Skipped:
    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def find_files(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Article files under the given files and folders, sorted for reproducible builds."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            else:
                yield Skipped(str(p), None, f"not an article file (expected {', '.join(SUFFIXES)})")
        else:
            yield Skipped(str(p), None, "no such file or folder")


def _decode(path: Path) -> str | Skipped:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return Skipped(str(path), line, f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_file(path: Path) -> Iterator[Article | Skipped]:
    """Articles in one file (a .jsonl holds several), or why they were skipped."""
    text = _decode(path)
    if isinstance(text, Skipped):
        yield text
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, text)
        return
    title = None
    if suffix in (".html", ".htm"):
        title, text = html_to_text(text)
    if not text.strip():
        yield Skipped(str(path), None, "empty text")
        return
    yield Article(id=path.stem, text=text, path=str(path), title=title)


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Skipped]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(str(path), n, f"broken JSON line: {e.msg} (column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield Skipped(str(path), n, "JSON line is not an object")
            continue
        aid, body = obj.get("id"), obj.get("text")
        if not isinstance(aid, str) or not aid.strip():
            yield Skipped(str(path), n, "missing `id`")
            continue
        if not isinstance(body, str) or not body.strip():
            yield Skipped(str(path), n, f"article {aid}: empty text")
            continue
        yield Article(
            id=aid.strip(), text=unicodedata.normalize("NFC", body), path=f"{path}:{n}",
            title=_opt(obj.get("title")), url=_opt(obj.get("url")),
            published=_opt(obj.get("published")), site=_opt(obj.get("site")))


def _opt(value) -> str | None:
    return unicodedata.normalize("NFC", value.strip()) if isinstance(value, str) and value.strip() else None


class _TextExtractor(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "figcaption", "blockquote", "table", "ul", "ol"}
    SKIP = {"script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, text) of a saved page: markup stripped, one paragraph a line."""
    p = _TextExtractor()
    p.feed(html)
    p.close()
    lines = [" ".join(line.split()) for line in "".join(p.parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    title = " ".join("".join(p.title).split()) or None
    return title, text


def read_all(paths: Iterable[Path]) -> Iterator[Article | Skipped]:
    for f in find_files(paths):
        if isinstance(f, Skipped):
            yield f
        else:
            try:
                yield from read_file(f)
            except OSError as e:
                yield Skipped(str(f), None, f"cannot read: {e.strerror or e}")
