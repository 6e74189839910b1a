"""Vietnam's official administrative units of both eras, and resolving the units the news names.

Era "2008" is the 63-province list (three tiers) that ended on 2025-06-30; era "2025" is the
34-province list (province and commune, no districts) from 2025-07-01. Both come from the
`vietnamadminunits` package's data files (its SQLite table and conversion map), read directly:
importing the package would pull in shapely and geopy and load large JSON files.

`resolve` never guesses: a unit is returned only when the mention, its stated parents and the
article's context leave exactly one candidate."""
from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from collections import defaultdict, deque
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from .facts import Locality
from .lexicon import load as lexicon
from .text import canonical, fold
from .vocab import MTKG, PREFIXES, RDF, RDFS, XSD, base_iri, concept

ERAS = ("2008", "2025")
NEXT_ERA = {"2008": "2025"}
VALID = {"2008": (None, "2025-06-30"), "2025": ("2025-07-01", None)}
GRAPH_PATH = "graph/gazetteer"


class GazetteerError(Exception):
    pass


@dataclass(frozen=True)
class Unit:
    era: str                 # "2008" (until 2025-06-30) or "2025" (from 2025-07-01)
    code: str                # official code: province 2 digits, district 3, commune 5
    level: str               # province | district | commune
    type_word: str           # lower-case, as data/lexicons/unit_types.tsv spells it
    name: str                # short name as the official list has it ("Gia Viễn", "Quận 1")
    parent: str | None       # code of the parent unit in the same era
    valid_from: str | None
    valid_until: str | None
    became: tuple[str, ...] = ()   # codes in the next era this unit became (part of)

    @property
    def label(self) -> str:
        # "Quận 1", "Phường 3": the official name already starts with its type word
        if name_key(self.name).startswith(self.type_word + " "):
            return self.name
        return f"{self.type_word} {self.name}"


# -- keys: how names compare ---------------------------------------------------------------------

def name_key(name: str) -> str:
    """Case, tone-mark placement ("Hoà"/"Hòa"), hyphen spacing, the apostrophe's glyph
    ("Đắk R’lấp"/"Đắk R'Lấp") and a syllable's final "i" or "y" after a consonant ("Phú
    Quí"/"Phú Quý", "Mĩ"/"Mỹ": two spellings of one sound) do not tell names apart."""
    key = " ".join(canonical(name).casefold().translate(_KEY_CHARS).split())
    return _FINAL_Y.sub(lambda m: m.group(1) + _Y_AS_I[m.group(2)], key)


# a syllable of consonants and a final "y" (with its tone), written "i" in the other spelling;
# not "uy" ("Huy", "Thủy"), where the "u" is a vowel of its own ("qu" is a consonant)
_Y_AS_I = dict(zip("yýỳỷỹỵ", "iíìỉĩị"))
_FINAL_Y = re.compile(r"(?<![^\W\d_])((?:ngh|ng|nh|ch|gh|kh|ph|th|tr|qu|[bcdđghklmnprstvx]))([yýỳỷỹỵ])(?![^\W\d_])")


# the apostrophe's glyphs as one; dashes as spaces
_KEY_CHARS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "-": " ", "–": " ", "—": " "})


def squashed_key(name: str) -> str:
    """The name's key with no spaces: "EaKar" and "Ea Kar", "ĐắkLắk" and "Đắk Lắk" read alike."""
    return name_key(name).replace(" ", "")


@lru_cache(maxsize=None)
def _type_spellings() -> dict[str, str]:
    out = {}
    for row in lexicon("unit_types"):
        out[row["type_word"]] = row["type_word"]
        for ab in filter(None, row.get("abbreviations", "").split("|")):
            out[ab] = row["type_word"]
    return out


def type_key(word: str) -> str:
    """A type word as written ("TP.", "Thị xã") -> its canonical spelling ("thành phố", "thị xã")."""
    w = fold(word)
    return _type_spellings().get(w, w)


@lru_cache(maxsize=None)
def _type_levels() -> dict[str, frozenset[str]]:
    """Levels a type word can name: "thành phố" is a province or a district."""
    both = frozenset(("province", "district"))
    return {r["type_word"]: both if r["level"] == "province_or_district" else frozenset((r["level"],))
            for r in lexicon("unit_types")}


# -- reading the package's data -----------------------------------------------------------------

def data_dir() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError("the vietnamadminunits package is not installed (pip install -e .)")
    return Path(spec.submodule_search_locations[0]) / "data"


def _split_full(full: str) -> tuple[str, str]:
    """"Huyện Cai Lậy" -> ("huyện", "Cai Lậy"). The full name's prefix is the type: the data's
    type column is wrong for a few units (Thị trấn Ngọc Lặc is typed Xã)."""
    words = full.split()
    for n in (2, 1):
        t = " ".join(words[:n]).casefold()
        if t in _type_levels():
            return t, " ".join(words[n:])
    raise GazetteerError(f"no unit type word at the start of {full!r}")


def _short(short: str) -> str:
    # "Cai Lậy (Huyện)": the package's own disambiguation, not part of the name
    return re.sub(r"\s*\([^)]*\)$", "", short).strip()


def _rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def units_2025(rows: Iterable[tuple]) -> list[Unit]:
    """Rows (province, provinceShort, provinceCode, ward, wardShort, wardCode) -> units."""
    start, end = VALID["2025"]
    out: dict[str, Unit] = {}
    for prov, prov_short, pcode, ward, ward_short, wcode in rows:
        if pcode not in out:
            out[pcode] = Unit("2025", pcode, "province", _split_full(prov)[0], prov_short, None, start, end)
        out[wcode] = Unit("2025", wcode, "commune", _split_full(ward)[0], _short(ward_short), pcode, start, end)
    return list(out.values())


def successor_codes(converter: dict, new_codes: dict) -> dict[str, tuple[str, ...]]:
    """Old composite keys ("tinhsoctrang", "tinhsoctrang_huyenkesach_xaantlong",
    "thanhphodanang_huyenhoangsa_" for a district without communes) -> new codes, the
    default successor of a divided commune first. `new_codes` maps "province" and
    "province_ward" keys of the 2025 list to codes."""
    out: dict[str, list[tuple[bool, str]]] = defaultdict(list)
    for new_p, olds in converter["DICT_PROVINCE"].items():
        for old_p in olds:
            out[old_p].append((True, new_codes[new_p]))
    for new_p, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_w, olds in wards.items():
            for old in olds:
                out[old].append((True, new_codes[f"{new_p}_{new_w}"]))
    for new_p, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in olds.items():
            for part in parts:
                out[old].append((bool(part["isDefaultNewWard"]), new_codes[f"{new_p}_{part['newWardKey']}"]))
    # stable sort: default first, then the data's order
    return {k: tuple(dict.fromkeys(c for _d, c in sorted(v, key=lambda x: not x[0]))) for k, v in out.items()}


def units_2008(rows: Iterable[tuple], became: dict[str, tuple[str, ...]]) -> list[Unit]:
    """Rows (province, provinceShort, provinceCode, provinceKey, district, districtShort,
    districtCode, districtKey, ward, wardShort, wardCode, wardKey) -> units, with what each
    became. A district's territory went to its province's successor; an island district
    without communes became a commune-level special zone as well."""
    start, end = VALID["2008"]
    out: dict[tuple[str, str], Unit] = {}
    for (prov, prov_short, pcode, pkey, dist, dist_short, dcode, dkey,
         ward, ward_short, wcode, wkey) in rows:
        p_became = became[pkey]
        if ("province", pcode) not in out:
            out["province", pcode] = Unit("2008", pcode, "province", _split_full(prov)[0], prov_short,
                                          None, start, end, p_became)
        if ("district", dcode) not in out:
            own = became.get(f"{pkey}_{dkey}_", ())
            out["district", dcode] = Unit("2008", dcode, "district", _split_full(dist)[0], _short(dist_short),
                                          pcode, start, end, own + p_became)
        if wcode:
            out["commune", wcode] = Unit("2008", wcode, "commune", _split_full(ward)[0], _short(ward_short),
                                         dcode, start, end, became[f"{pkey}_{dkey}_{wkey}"])
    return list(out.values())


def read_units(data: Path | None = None, former: bool = True) -> list[Unit]:
    """Both eras' units; with `former`, the 2008 era also holds the units merged away before
    2025 (data/lexicons/former_units.tsv)."""
    data = data or data_dir()
    db = data / "dataset.db"
    new_rows = _rows(db, "SELECT province, provinceShort, provinceCode, ward, wardShort, wardCode, "
                         "provinceKey, wardKey FROM admin_units ORDER BY provinceCode, wardCode")
    new_codes = {}
    for _p, _ps, pcode, _w, _ws, wcode, pkey, wkey in new_rows:
        new_codes[pkey] = pcode
        new_codes[f"{pkey}_{wkey}"] = wcode
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    old_rows = _rows(db, "SELECT province, provinceShort, provinceCode, provinceKey, district, districtShort, "
                         "districtCode, districtKey, ward, wardShort, wardCode, wardKey "
                         "FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode")
    old = units_2008(old_rows, successor_codes(converter, new_codes))
    return old + (former_units(old) if former else []) + units_2025(r[:6] for r in new_rows)


def former_units(units_2008: list[Unit]) -> list[Unit]:
    """The units of data/lexicons/former_units.tsv (kind `unit`) in the 2008 era: merged away
    before 2025 on a date the list does not give, so with no end date, and what each became is
    its province's successor."""
    by_code = {u.code: u for u in units_2008}
    rows = [r for r in lexicon("former_units") if r["kind"] == "unit"]
    parents = {r["code"]: r["parent"] or None for r in rows}
    out = []
    for r in rows:
        top = r["code"]
        while (up := parents.get(top, by_code[top].parent if top in by_code else None)) is not None:
            top = up
        became = by_code[top].became if top in by_code else ()
        out.append(Unit("2008", r["code"], r["level"], r["type_word"], r["name"], r["parent"] or None,
                        None, None, became))
    return out


def earlier_parents() -> dict[tuple[str, str], str]:
    """(era, code) -> the parent a unit had in the earlier list, when it moved since (the
    wards of thị xã Cửa Lò, under thành phố Vinh on the 2025 list)."""
    return {("2008", r["code"]): r["parent"] for r in lexicon("former_units") if r["kind"] == "moved"}


def former_aliases() -> list[dict[str, str]]:
    """Other names of units of the 2008 era: the names the earlier list gives them."""
    return [{"era": "2008", "code": r["code"], "type_word": r["type_word"], "name": r["name"]}
            for r in lexicon("former_units") if r["kind"] == "alias"]


# -- the gazetteer --------------------------------------------------------------------------------

class Gazetteer:
    """The units of both eras, indexed by code and by (type word, name)."""

    def __init__(self, units: Iterable[Unit], aliases: Iterable[dict[str, str]] = (),
                 earlier: dict[tuple[str, str], str] | None = None) -> None:
        self._units = list(units)
        self._earlier = earlier or {}
        self._by_code = {(u.era, u.code): u for u in self._units}
        self._names: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        for u in self._units:
            key = name_key(u.name)
            self._names[u.era, u.code].add((u.type_word, key))
            if key.startswith(u.type_word + " "):          # "Quận 1" is also quận "1"
                self._names[u.era, u.code].add((u.type_word, key[len(u.type_word) + 1:]))
        for a in aliases:
            self._names[a["era"], a["code"]].add((type_key(a["type_word"]), name_key(a["name"])))
        self._squashed: dict[tuple[str, str], set[str]] | None = None
        self._by_name: dict[tuple[str, str, str], list[Unit]] = defaultdict(list)
        for (era, code), names in self._names.items():
            for t, n in names:
                self._by_name[era, t, n].append(self._by_code[era, code])

    def get(self, era: str, code: str) -> Unit:
        return self._by_code[era, code]

    def has(self, era: str, code: str) -> bool:
        return (era, code) in self._by_code

    def find(self, type_word: str, name: str, era: str) -> list[Unit]:
        return sorted(self._by_name.get((era, type_key(type_word), name_key(name)), ()), key=lambda u: u.code)

    def ancestors(self, unit: Unit) -> list[Unit]:
        out = []
        while unit.parent is not None:
            unit = self._by_code[unit.era, unit.parent]
            out.append(unit)
        return out

    def chains(self, unit: Unit) -> list[list[Unit]]:
        """The unit's ancestors, and those it had under the parent it moved from, if it moved."""
        out = [self.ancestors(unit)]
        if (before := self._earlier.get((unit.era, unit.code))) is not None:
            parent = self._by_code[unit.era, before]
            out.append([parent, *self.ancestors(parent)])
        return out

    def successors(self, unit: Unit) -> list[Unit]:
        era = NEXT_ERA.get(unit.era)
        return [self._by_code[era, c] for c in unit.became] if era else []

    def named(self, unit: Unit, loc: Locality) -> bool:
        """The unit is the one `loc` names (type word and name, or an alias)."""
        return loc.name is not None and \
            (type_key(loc.type_word), name_key(loc.name)) in self._names[unit.era, unit.code]

    def spelling(self, type_word: str, name: str) -> str | None:
        """The official spelling of a name written with its syllables run together or split
        ("EaKar" -> "Ea Kar", "ĐắkLắk" -> "Đắk Lắk"), when exactly one official name of units
        of that type reads so without spaces."""
        if self._squashed is None:
            self._squashed = defaultdict(set)
            for u in self._units:
                self._squashed[u.type_word, squashed_key(u.name)].add(u.name)
        found = self._squashed.get((type_key(type_word), squashed_key(name)), set())
        return next(iter(found)) if len(found) == 1 else None

    def all(self) -> Iterator[Unit]:
        return iter(self._units)

    def __len__(self) -> int:
        return len(self._units)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer(read_units(), [*lexicon("unit_aliases"), *former_aliases()], earlier_parents())


# -- resolving mentions -----------------------------------------------------------------------------

def era_of(date: str | None) -> str | None:
    """"2023-05-01" -> "2008"; "2025-07" -> "2025"; "2025" and "--05-01" cannot tell -> None."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", date or "")
    if not m:
        return None
    year, month = int(m.group(1)), m.group(2)
    if year != 2025:
        return "2008" if year < 2025 else "2025"
    if month is None:
        return None
    return "2008" if int(month) < 7 else "2025"


def _chain(loc: Locality | None) -> Iterator[Locality]:
    while loc is not None:
        yield loc
        loc = loc.parent


def _stated_chain_agrees(g: Gazetteer, unit: Unit, loc: Locality) -> bool:
    """Every named parent the mention states is one of the unit's ancestors (now, or before
    it moved)."""
    stated = [p for p in _chain(loc.parent) if p.name]
    return any(all(any(g.named(a, p) for a in ancestors) for p in stated) for ancestors in g.chains(unit))


def _context_agrees(g: Gazetteer, unit: Unit, ctx: Locality | None) -> bool:
    """Each province- or district-level unit of the context is the unit's own at that level
    (or the unit itself). A tier the era lacks (districts after 2025) does not count."""
    return any(_context_agrees_with(g, [unit, *ancestors], ctx) for ancestors in g.chains(unit))


def _context_agrees_with(g: Gazetteer, own: list[Unit], ctx: Locality | None) -> bool:
    for c in _chain(ctx):
        levels = _type_levels().get(type_key(c.type_word), frozenset()) & {"province", "district"}
        at = [u for u in own if u.level in levels]
        if c.name and at and not any(g.named(u, c) for u in at):
            return False
    return True


def candidates(loc: Locality, era: str, ctx: Locality | None = None) -> list[Unit]:
    """The units of one era `loc` may name, narrowed by its stated parents and, when several
    remain, by the article's context. One left means resolved."""
    if not loc.name:
        return []
    g = load()
    found = [u for u in g.find(loc.type_word, loc.name, era) if _stated_chain_agrees(g, u, loc)]
    levels = _type_levels().get(type_key(loc.type_word), frozenset())
    if not found and levels in ({"district"}, {"commune"}):
        # a district or commune whose type changed while keeping its name ("huyện Kim Bảng", a
        # thị xã on the list; "xã X", now "phường X"): any type word of that level (never a
        # province: "thành phố Hà Tĩnh" is not "tỉnh Hà Tĩnh")
        others = [t for t, lv in _type_levels().items() if t != type_key(loc.type_word) and lv & levels]
        found = [u for t in others for u in g.find(t, loc.name, era)
                 if u.level in levels and _stated_chain_agrees(g, u, Locality(t, loc.name, loc.parent))]
    if len(found) > 1 and ctx is not None:
        found = [u for u in found if _context_agrees(g, u, ctx)]
    if len(found) > 1 and loc.parent is None:
        # "thành phố X" with no parent: the centrally-run city when X names one
        provinces = [u for u in found if u.level == "province"]
        found = provinces or found
    return found


def _one(units: list[Unit]) -> Unit | None:
    return units[0] if len(units) == 1 else None


# the month the merger's resolutions were passed: committees of the new units met, and the news
# named them, from then on
MERGER_DECIDED = "2025-06"


def _before_the_merger(units: list[Unit], on: str | None) -> list[Unit]:
    """Units of the 2025 list named on an earlier date: the same commune, which kept its code and
    was respelt ("xã Ia Dreh" in 2022, "Ia HDreh" on the 2008 list), or a new unit named in the
    weeks the merger was decided ("phường Nùng Trí Cao", 24/06/2025)."""
    g = load()
    out = []
    for u in units:
        old = g.get("2008", u.code) if g.has("2008", u.code) else None
        if old is not None and old.level == u.level and SequenceMatcher(None, fold(old.name), fold(u.name)).ratio() >= 0.85:
            out.append(old)
        elif (on or "") >= MERGER_DECIDED:
            out.append(u)
    return out


def resolve(loc: Locality | None, on: str | None, ctx: Locality | None = None) -> Unit | None:
    """The official unit a mention names on a date, or None when that is not certain.

    From 2025-07-01 the 2025 list is looked at first, then the 2008 one (the news still
    names abolished districts); before, the 2008 list only; with no date, a unit only when
    exactly one era yields one and neither is in doubt ("xã Mỹ Thạnh" is one commune of the
    2025 list but four of the 2008 one: without a date it is none of them), or the one whose
    type is the one the text writes."""
    if loc is None or not loc.name:
        return None
    era = era_of(on)
    if era == "2008":
        return _one(candidates(loc, "2008", ctx) or _before_the_merger(candidates(loc, "2025", ctx), on))
    if era == "2025":
        return _one(candidates(loc, "2025", ctx) or candidates(loc, "2008", ctx))
    per_era = [candidates(loc, e, ctx) for e in ERAS]
    if any(len(c) > 1 for c in per_era):
        return None
    found = [c[0] for c in per_era if c]
    # the type the text writes may be one era's only: "thị trấn Nam Phước" is the 2008 town,
    # not the 2025 xã of that name (2025 has no thị trấn)
    exact = [u for u in found if u.type_word == type_key(loc.type_word)]
    return _one(exact if len(found) > 1 else found)


# -- RDF -------------------------------------------------------------------------------------------

def graph_iri(base: str | None = None) -> NamedNode:
    return NamedNode(f"{base or base_iri()}{GRAPH_PATH}")


def unit_iri(unit: Unit, base: str | None = None) -> NamedNode:
    return NamedNode(f"{base or base_iri()}id/unit/{unit.era}/{unit.code}")


def closure(units: Iterable[Unit]) -> list[Unit]:
    """The units, their ancestors and what they became (and those units' ancestors), once each."""
    g = load()
    out: dict[tuple[str, str], Unit] = {}
    todo = deque(units)
    while todo:
        u = todo.popleft()
        if (u.era, u.code) in out:
            continue
        out[u.era, u.code] = u
        if u.parent is not None:
            todo.append(g.get(u.era, u.parent))
        todo.extend(g.successors(u))
    return list(out.values())


def _date(value: str) -> Literal:
    # gazetteer dates are full dates; triples.date_literal is not imported so that triples
    # can import this module
    return Literal(value, datatype=XSD.date)


def unit_triples(unit: Unit, base: str | None = None) -> list[Triple]:
    """The unit's own description (not its ancestors' or successors')."""
    base = base or base_iri()
    node = unit_iri(unit, base)
    po = [(RDF.type, MTKG.AdministrativeUnit),
          (RDFS.label, Literal(unit.label, language="vi")),
          (MTKG.unitType, Literal(unit.type_word)),
          (MTKG.unitName, Literal(unit.name)),
          (MTKG.unitLevel, concept("unit-level", unit.level)),
          (MTKG.officialCode, Literal(unit.code.split("-")[0]))]     # (a former unit's "00181-2022")
    if unit.parent is not None:
        po.append((MTKG.partOf, NamedNode(f"{base}id/unit/{unit.era}/{unit.parent}")))
    if unit.valid_from:
        po.append((MTKG.validFrom, _date(unit.valid_from)))
    if unit.valid_until:
        po.append((MTKG.validUntil, _date(unit.valid_until)))
    nxt = NEXT_ERA.get(unit.era)
    po.extend((MTKG.becamePartOf, NamedNode(f"{base}id/unit/{nxt}/{c}")) for c in unit.became)
    return [Triple(node, p, o) for p, o in po]


def described(unit: Unit, base: str | None = None) -> tuple[Triple, ...]:
    """The unit, its ancestors and the units it became (and theirs), described."""
    return _described(unit, base or base_iri())


@lru_cache(maxsize=1 << 14)     # an article describes the same few provinces as the last
def _described(unit: Unit, base: str) -> tuple[Triple, ...]:
    return tuple(t for u in closure([unit]) for t in unit_triples(u, base))


def unit_quads(units: Iterable[Unit], graph: NamedNode, base: str | None = None) -> list[Quad]:
    """The units, their ancestors and the units they became, described in `graph`."""
    base = base or base_iri()
    return [Quad(t.subject, t.predicate, t.object, graph)
            for u in closure(units) for t in unit_triples(u, base)]


def write_turtle(out, era: str | None = None, base: str | None = None) -> int:
    """Write the units (of one era, or all) as Turtle to a binary file or path; return how many.
    One era's units link to the other era's by IRI without describing them."""
    units = [u for u in load().all() if era is None or u.era == era]
    serialize((t for u in units for t in unit_triples(u, base)), out, RdfFormat.TURTLE,
              prefixes={k: PREFIXES[k] for k in ("mtkg", "vocab", "rdf", "rdfs", "xsd")})
    return len(units)


# -- reading a lookup (mtkg gazetteer --find) --------------------------------------------------------

def chain_label(unit: Unit) -> str:
    """"xã Tân Thành, huyện Thạnh Hóa, tỉnh Long An"."""
    return ", ".join(u.label for u in [unit, *load().ancestors(unit)])


def describe_lookup(loc: Locality, on: str | None = None, ctx: Locality | None = None) -> str:
    """What `resolve` decides for a mention, and the candidates it chose among, as text."""
    g = load()
    era = era_of(on)
    eras = {"2008": ("2008",), "2025": ("2025", "2008")}.get(era, ("2025", "2008"))
    found = [u for e in eras for u in candidates(loc, e, ctx)]
    chosen = resolve(loc, on, ctx)
    head = (f"{' / '.join(l.label for l in _chain(loc))}  (date: {on or 'none'}"
            f"{', era ' + era if era else ''}; context: {' / '.join(c.label for c in _chain(ctx)) or 'none'})")
    verdict = (f"resolved: {chosen.era} {chosen.code} {chain_label(chosen)}" if chosen else
               f"not resolved: {len(found)} candidates" if found else "not resolved: no unit of that name")
    lines = [head, verdict]
    for u in found:
        became = "; ".join(f"{s.era} {s.code} {chain_label(s)}" for s in g.successors(u))
        lines.append(f"{'*' if u == chosen else ' '} {u.era} {u.code:>5}  {chain_label(u)}"
                     + (f"  -> became part of {became}" if became else ""))
    return "\n".join(lines)
