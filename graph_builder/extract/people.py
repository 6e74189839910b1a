"""People, their posts and the roles the verbs give them. (Provisional.)"""
from __future__ import annotations

from ..facts import Locality, PersonMention, PostHolding, Sentence


def extract_people(sentences: list[Sentence], ctx: Locality | None) -> tuple[list[PostHolding], list[PersonMention]]:
    return [], []
