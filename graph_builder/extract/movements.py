"""Movements (phong trào) and campaigns (cuộc vận động) with their aliases. (Provisional.)"""
from __future__ import annotations

from ..facts import Movement, Sentence


def extract_movements(sentences: list[Sentence]) -> list[Movement]:
    return []
