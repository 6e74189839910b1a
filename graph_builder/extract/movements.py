"""Movements (phong trào) and campaigns (cuộc vận động) with their aliases.

A movement is a quoted name right after its keyword: phong trào (thi đua) “…”, cuộc vận
động “…”; a list goes on without the keyword ("…”; “Người Việt Nam …”"). "(gọi tắt là …)"
gives the short name, which names the movement; longer spellings are its aliases. Quoted
names after other words (mô hình “…”) are not movements."""
from __future__ import annotations

import re

from ..facts import Movement, Sentence, Span

_OPEN, _CLOSE = "“‘\"'", "”’\"'"
_KEYWORD = re.compile(r"(?i)(?<!\w)(phong trào|cuộc vận động)(?:\s+thi đua)?\s*(?=[“‘\"'])")
_QUOTED = re.compile(r"[“‘\"']([^“”‘’\"]{3,200}?)[”’\"']")
_SHORT = re.compile(r"(?i)\s*\(\s*gọi tắt là\s+(?:phong trào|cuộc vận động)?\s*[“‘\"']([^”’\"]+)[”’\"']\s*\)")
_LIST_SEP = re.compile(r"\s*[;,]\s*(?:và\s+)?(?=[“‘\"'])")


def _clean(name: str) -> str:
    return " ".join(name.split()).strip(" ,;.…")


def _in_sentence(s: str) -> list[tuple[str, str, str | None]]:
    """(name, kind, short name) for each quoted movement in the sentence."""
    out = []
    for k in _KEYWORD.finditer(s):
        kind = "campaign" if "vận động" in k.group(1).lower() else "movement"
        pos = k.end()
        while True:
            q = _QUOTED.match(s, pos)
            if not q:
                break
            name = _clean(q.group(1))
            short = _SHORT.match(s, q.end())
            out.append((name, kind, _clean(short.group(1)) if short else None))
            sep = _LIST_SEP.match(s, q.end())
            if not sep:
                break
            pos = sep.end()
    return out


def extract_movements(sentences: list[Sentence]) -> list[Movement]:
    found: dict[str, Movement] = {}          # casefolded short name -> movement

    def add(name: str, kind: str, alias: str | None, span: Span) -> None:
        key = name.casefold()
        mv = found.get(key)
        if mv is None:
            mv = found[key] = Movement(name=name, kind=kind, evidence=span)
        elif span.start < mv.evidence.start:
            mv.evidence = span
        if alias and alias.casefold() != key and alias not in mv.aliases:
            mv.aliases.append(alias)

    pending: list[tuple[str, str, Span]] = []
    for sent in sentences:
        span = Span(sent.start, sent.end)
        for name, kind, short in _in_sentence(sent.norm):
            if short:
                add(short, kind, name, span)
            else:
                pending.append((name, kind, span))
    # a long spelling that begins with a known short name is its alias ("Đoàn kết sáng tạo, …")
    for name, kind, span in sorted(pending, key=lambda p: len(p[0])):
        owner = next((m for k, m in found.items()
                      if name.casefold() != k and name.casefold().startswith(k + ",")), None)
        if owner is not None:
            if name not in owner.aliases:
                owner.aliases.append(name)
        else:
            add(name, kind, None, span)
    # text order of first mention
    return sorted(found.values(), key=lambda m: m.evidence.start if m.evidence else 0)
