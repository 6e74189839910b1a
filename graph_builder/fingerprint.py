"""The pipeline as one hash: the code and data that turn an article into quads.

An incremental build skips an article only when its text and this fingerprint are both what the
store recorded for it; editing the extractor, a lexicon, the writer or the gazetteer's version
makes every article be extracted again."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .paths import LEXICONS
from .vocab import base_iri

PACKAGE = Path(__file__).resolve().parent
# the modules an article's quads depend on (the store, queries and exports do not count)
MODULES = ("facts.py", "text.py", "lexicon.py", "vocab.py", "read.py", "triples.py", "gazetteer.py")


@lru_cache(maxsize=None)
def _code() -> str:
    h = hashlib.sha256()
    files = [PACKAGE / m for m in MODULES] + sorted((PACKAGE / "extract").glob("*.py")) \
        + sorted(LEXICONS.glob("*.tsv"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    try:
        h.update(metadata.version("vietnamadminunits").encode())
    except metadata.PackageNotFoundError:
        pass
    return h.hexdigest()


def pipeline(extra: bytes = b"") -> str:
    """16 hex digits; `extra` is whatever else the build feeds the writer (identity decisions)."""
    h = hashlib.sha256(_code().encode())
    h.update(base_iri().encode())
    h.update(extra)
    return h.hexdigest()[:16]
