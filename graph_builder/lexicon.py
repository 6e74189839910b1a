"""Lexicons are TSV files in data/lexicons/: a header row, one entry a line, `#` comments.

Adding a title, a document type or a furniture marker is a one-line change there."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .paths import LEXICONS


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of data/lexicons/<name>.tsv as dicts (empty cells become "")."""
    path = LEXICONS / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    rows = []
    for row in reader:
        rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
    return tuple(rows)


def column(name: str, col: str) -> tuple[str, ...]:
    return tuple(r[col] for r in load(name) if r.get(col))


# "[số]" in a lexicon phrase: a count may stand there ("trao [số] nhà": "trao nhà", "trao 03 nhà")
_COUNT = r"(?:\s+(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:căn|ngôi|suất|phần))?)?"
# "[tiền]": a sum of money ("trao hơn 700 triệu đồng", "trao 2 tỷ đồng")
_MONEY = r"\s+(?:(?:hơn|gần|khoảng|trên|số tiền)\s+)?\d[\d.,]*\s+(?:triệu|tỷ|tỉ|nghìn|ngàn)(?:\s+đồng)?"


# "[tên]": a name in quotes follows ("tổ chức chương trình [tên]": "… chương trình “Tết nhân ái”")
_QUOTED_NAME = r"(?=\s*[“\"])"


def alternation(phrases) -> str:
    """One regex alternative per lexicon phrase, longest first: words apart by any white space,
    and a count where a phrase says "[số]" (the counted thing may open a quote: bàn giao "Nhà
    tình nghĩa"), a sum of money where it says "[tiền]",
    a name in quotes after it where "[tên]"."""
    return "|".join(re.escape(w).replace(r"\ \[số\]\ ", _COUNT + r"\s+[“\"‘]?").replace(r"\ \[số\]", _COUNT)
                    .replace(r"\ \[tiền\]", _MONEY).replace(r"\ \[tên\]", _QUOTED_NAME)
                    .replace(r"\ ", r"\s+")
                    for w in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=None)
def count_noun_re() -> re.Pattern:
    """A noun that counts things (lexicon count_nouns) just ahead: "9/9 | cơ sở", "Hướng dẫn
    5 | nội dung"."""
    return re.compile(rf"(?i)\s+(?:{alternation(column('count_nouns', 'noun'))})(?!\w)")


def unit_level(type_word: str, parent=None) -> str:
    """province / district / commune for a unit type word ("thị xã" -> district)."""
    word = type_word.casefold()
    for row in load("unit_types"):
        if row["type_word"] == word:
            if row["level"] == "province_or_district":
                return "district" if parent is not None else "province"
            return row["level"]
    return "commune"
