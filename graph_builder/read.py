"""Read articles from .txt, .html and .jsonl files into `Article`s.

Reading never raises for a bad input: it yields `Skipped` records naming the file and
line, so one broken file cannot stop a build."""
from __future__ import annotations

import json
import os
import re
import stat
import time
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from .facts import Article

# a combining mark left over after composition: every Vietnamese letter has a composed form,
# so this is a typing slip ("đồng chí̀") that would split the word it sits on
_STRAY_MARK = re.compile("(?<=[^\\W\\d_])[\u0300-\u036f]+")


def nfc(text: str) -> str:
    """The text composed (NFC), stray combining marks dropped."""
    return _STRAY_MARK.sub("", unicodedata.normalize("NFC", text))

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")

# a file changed this recently may change again within its clock's tick (two seconds on some
# file systems) and keep the same stamp: it gets none, and is read at every build until it settles
SETTLED_NS = 2_000_000_000


def shown(path) -> str:
    """A path (or a name from a file) as it can be printed: bytes of a file name that are not
    UTF-8 as \\xNN escapes, lone surrogates as \\udXXX."""
    try:
        return os.fsencode(str(path)).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass
class Skipped:
    path: str
    line: int | None
    reason: str

    def __post_init__(self) -> None:
        self.path = shown(self.path)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def walk(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Every regular file under the given files and folders, sorted within each folder, links
    followed and each folder read once; a Skipped for what cannot be taken: a missing path, a
    folder that cannot be listed, a dangling link, a link loop, a name that is not UTF-8, a
    FIFO or a device (reading one could wait forever)."""
    seen: set[tuple[int, int]] = set()

    def visit(p: Path, given: bool) -> Iterator[Path | Skipped]:
        try:
            st = p.stat()
        except FileNotFoundError:
            yield Skipped(p, None, "no such file or folder" if given or not p.is_symlink()
                          else "a link to nothing")
            return
        except OSError as e:
            yield Skipped(p, None, f"cannot read: {e.strerror or e}")
            return
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) in seen:
                if p.is_symlink():
                    yield Skipped(p, None, "a link to a folder already read (a loop?); not read again")
                return
            seen.add((st.st_dev, st.st_ino))
            try:
                names = sorted(os.listdir(p), key=os.fsencode)
            except OSError as e:
                yield Skipped(p, None, f"cannot list the folder: {e.strerror or e}")
                return
            for name in names:
                yield from visit(p / name, False)
        elif not stat.S_ISREG(st.st_mode):
            yield Skipped(p, None, "not a regular file (a FIFO, socket or device); not read")
        elif not _utf8_name(p):
            yield Skipped(p, None, "the file name is not UTF-8; rename it")
        else:
            yield p

    for p in paths:
        yield from visit(Path(p), True)


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:      # undecodable bytes of the name, kept as surrogates
        return False
    return True


def find_files(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Article files under the given files and folders, sorted for reproducible builds."""
    paths = [Path(p) for p in paths]
    given = set(paths)
    for f in walk(paths):
        if isinstance(f, Skipped) or f.suffix.lower() in SUFFIXES:
            yield f
        elif f in given:
            yield Skipped(f, None, f"not an article file (expected {', '.join(SUFFIXES)})")


def _decode(path: Path) -> str | Skipped:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return Skipped(str(path), line, f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})")
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def single_id(path: Path) -> str | None:
    """The id of the one article a file holds (its name), or None for a file of several."""
    return None if path.suffix.lower() == ".jsonl" else path.stem


def stamp(path: Path) -> str | None:
    """What says a file is unchanged without reading it (size, modification and change times,
    inode), taken before it is read; None for a file that changed too recently to trust it, or
    cannot be examined. The change time moves with every write, even one that sets the
    modification time back (cp -p, rsync, tar)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLED_NS:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


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
        try:
            title, text = html_to_text(text)
        except Exception as e:  # HTMLParser gives up on some broken markup
            yield Skipped(str(path), None, f"cannot read the HTML: {type(e).__name__}: {e}")
            return
    if not _has_words(text):
        yield Skipped(str(path), None, "empty text (no letter or digit)")
        return
    yield Article(id=single_id(path), text=text, path=str(path), title=title)


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Skipped]:
    if not text.strip():
        yield Skipped(str(path), None, "no JSON line in it")
        return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(str(path), n, f"broken JSON line: {e.msg} (column {e.colno})")
            continue
        except RecursionError:
            yield Skipped(str(path), n, "JSON line nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield Skipped(str(path), n, "JSON line is not an object")
            continue
        aid, body = obj.get("id"), obj.get("text")
        if not isinstance(aid, str) or not aid.strip():
            yield Skipped(str(path), n, "missing `id`")
            continue
        if not isinstance(body, str) or not _has_words(body):
            yield Skipped(str(path), n, f"article {shown(aid)}: empty text (no letter or digit)")
            continue
        bad = next((k for k in ("id", "text", "title", "url", "published", "site")
                    if isinstance(obj.get(k), str) and not _unicode(obj[k])), None)
        if bad:
            yield Skipped(str(path), n, f"`{bad}` holds a lone surrogate (\\udXXX): not Unicode text")
            continue
        yield Article(
            id=aid.strip(), text=nfc(body), path=f"{path}:{n}",
            title=_opt(obj.get("title")), url=_opt(obj.get("url")),
            published=_opt(obj.get("published")), site=_opt(obj.get("site")))


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _unicode(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _opt(value) -> str | None:
    return nfc(value.strip()) if isinstance(value, str) and value.strip() else None


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
        yield from [f] if isinstance(f, Skipped) else read_found(f)


def read_found(f: Path) -> Iterator[Article | Skipped]:
    """read_file, a file that cannot be read (gone since it was found, a permission) a Skipped."""
    try:
        yield from read_file(f)
    except OSError as e:
        yield Skipped(str(f), None, f"cannot read: {e.strerror or e}")
