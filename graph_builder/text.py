"""Text normalisation that keeps offsets: every function here returns a string of the
same length as its input, so a match in the normalised text is a span of the original."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_TONES = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)


def _move_tone(first: str, second: str) -> tuple[str, str]:
    """Move the tone mark of `second` onto `first` ("oà" -> "òa")."""
    d = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in d if c in _TONES)
    bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return unicodedata.normalize("NFC", first + tone), bare


# Old-style placement puts the mark on the second vowel of an open "oa", "oe", "uy"
# syllable ("hoà", "Uỷ"); the new style (used by the gold and most sites) puts it on the first.
_OLD_STYLE = re.compile(r"([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?!\w)|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def canonical(text: str) -> str:
    """NFC text with tone marks in the new placement; same length as NFC(text)."""
    # names, titles and bodies come back again and again: remembered (whole pages are not)
    return _canonical_short(text) if len(text) < 256 else _canonical_long(text)


@lru_cache(maxsize=1 << 16)
def _canonical_short(text: str) -> str:
    return _canonical(text)


# a page's sentences and chrome are read again by each step of one article's extraction
@lru_cache(maxsize=256)
def _canonical_long(text: str) -> str:
    return _canonical(text)


def _canonical(text: str) -> str:
    # "Ð" (U+00D0, eth) typed for "Đ" by some sites' fonts: "Ðại hội", "HÐND"
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")

    def fix(m: re.Match) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a, b = _move_tone(first, second)
        return a + b

    return _OLD_STYLE.sub(fix, text)


def strip_tones(text: str) -> str:
    """Lower-case text without diacritics (đ kept as d); for lenient keys. Not length-safe."""
    d = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in d if unicodedata.category(c) != "Mn").replace("đ", "d")


@lru_cache(maxsize=1 << 16)     # the same bodies, titles and places are minted again and again
def slug(text: str) -> str:
    """ASCII slug for IRIs: "Ủy ban MTTQ tỉnh Sóc Trăng" -> "uy-ban-mttq-tinh-soc-trang"."""
    return _NOT_SLUG.sub("-", strip_tones(canonical(text))).strip("-")


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """The form two spellings are compared in: canonical tones, case-folded, spaces collapsed."""
    return " ".join(canonical(text).casefold().split())


def squash(text: str) -> str:
    """Collapse whitespace and fix missing spaces after commas; for labels, not offsets."""
    text = re.sub(r"\s*,\s*(?=\S)", ", ", text)
    return re.sub(r"\s+", " ", text).strip()
