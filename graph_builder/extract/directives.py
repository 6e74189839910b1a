"""Numbered and named policy documents. (Provisional.)"""
from __future__ import annotations

from ..facts import Article, Directive, Locality, Sentence


def extract_directives(sentences: list[Sentence], ctx: Locality | None, article: Article) -> list[Directive]:
    return []
