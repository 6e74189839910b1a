"""Body phrases -> `Body`: abbreviations expanded, bare units made specific. (Provisional.)"""
from __future__ import annotations

from ..facts import Body, Locality


def parse_body(phrase: str, ctx: Locality | None) -> Body | None:
    phrase = " ".join(phrase.split())
    return Body(name=phrase) if phrase else None
