"""Article text -> body sentences with offsets, furniture removed; article metadata.
(Provisional: splits lines and sentences only.)"""
from __future__ import annotations

import re
from dataclasses import replace

from ..facts import Article, Sentence
from ..text import canonical


def clean(article: Article) -> tuple[Article, list[Sentence]]:
    text = article.text
    norm = canonical(text)
    sentences: list[Sentence] = []
    title = article.title
    for m in re.finditer(r"[^\n]+", text):
        line_start = m.start()
        if title is None and m.group().strip():
            title = m.group().strip()
            continue
        for s in re.finditer(r"[^.!?]+(?:[.!?]+|$)", m.group()):
            a, b = line_start + s.start(), line_start + s.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                sentences.append(Sentence(a, b, text[a:b], norm[a:b]))
    return replace(article, title=title), sentences
