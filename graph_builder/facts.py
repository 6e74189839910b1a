"""The facts mtkg extracts, as plain data: no RDF here.

Every loader (articles, curated CSV) produces these; `triples` turns them into RDF.
Offsets (`Span`) index `Article.text`, the article's NFC text as read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Controlled codes; the SKOS schemes in ontology/vocabularies.ttl hold their labels.
EVENT_KINDS = ("training", "conference", "seminar", "review", "congress", "ceremony",
               "launch", "meeting", "visit", "other")
ROLES = ("chair", "attendee", "presenter", "speaker", "concluder")
IMPLEMENTATION_KINDS = ("issued_plan", "disseminated", "reviewed", "implemented")
QUALIFIERS = ("exact", "more_than", "about")
UNIT_LEVELS = ("province", "district", "commune")
BODY_KINDS = ("front_committee", "standing_board", "department", "party_committee",
              "peoples_committee", "peoples_council", "member_organization", "centre",
              "state_body", "other")
MOVEMENT_KINDS = ("movement", "campaign")


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of the article text that state a fact; a curated row also says
    where it is (`cite`: "curated/example.people.csv:3")."""
    start: int
    end: int
    cite: str | None = None


@dataclass
class Article:
    id: str                      # file name without extension, or the JSON line's `id`
    text: str                    # NFC text as read; every Span indexes it
    path: str = ""               # file it came from ("file.jsonl:12" for a JSON line)
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, or None when the page does not show it
    site: str | None = None
    byline: str | None = None
    stamp: str | None = None     # its file's read.stamp when the file holds only this article


@dataclass
class Sentence:
    """A sentence (or caption line) of the article body, furniture already removed."""
    start: int
    end: int
    text: str                    # Article.text[start:end]
    norm: str                    # same length as text, tone marks canonical (text.canonical)
    caption: bool = False        # a photo caption line: evidence, never a new event


@dataclass(frozen=True)
class Locality:
    """An administrative unit as the text names it ("huyện Gia Viễn").

    `name` is None for a bare type word ("tỉnh") the article does not make specific."""
    type_word: str               # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn
    name: str | None
    parent: "Locality | None" = None

    @property
    def level(self) -> str:
        from .lexicon import unit_level
        return unit_level(self.type_word, self.parent)

    @property
    def label(self) -> str:
        return f"{self.type_word} {self.name}" if self.name else self.type_word

    @property
    def resolved(self) -> bool:
        return self.name is not None


@dataclass(frozen=True)
class Body:
    """An organisation: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng".

    `name` is the expanded canonical name including its locality; `parent` is the body
    it belongs to (a standing board's committee, a department's committee)."""
    name: str
    kind: str = "other"          # one of BODY_KINDS
    locality: Locality | None = None
    parent: "Body | None" = None
    unresolved: str | None = None  # the bare unit word when the locality is not known


@dataclass
class PostHolding:
    person: str                  # the name as written
    title: str                   # bare, expanded role: "Phó Chủ tịch", "Ủy viên Ban Thường vụ"
    body: Body | None
    evidence: Span
    date: str | None = None      # when the post was observed, if the source says (curated tables)
    # elected to a title the text gives no body ("X - tái cử chức danh Chủ tịch"): the body holding
    # the congress, once the events are read (extract.py), else no post
    of_congress: bool = False


@dataclass
class PersonMention:
    """A named person the article reports on, with the roles the verbs near them give."""
    name: str
    roles: list[str] = field(default_factory=list)   # subset of ROLES
    evidence: Span | None = None                      # first mention
    role_evidence: dict[str, Span] = field(default_factory=dict)


@dataclass
class Directive:
    key: str                     # "Chỉ thị 18", or the document's name when it has no number
    type: str                    # "Chỉ thị", "Hướng dẫn", …
    number: str | None = None    # "18", "05" (leading zeros kept)
    symbol: str | None = None    # "18-CT/TW", "15/ĐA-MTTW-BTT"
    date: str | None = None      # ISO, possibly partial
    issuer: Body | None = None
    subject: str | None = None
    evidence: Span | None = None


@dataclass
class Movement:
    name: str                    # short name: "Đoàn kết sáng tạo"
    kind: str = "movement"       # movement (phong trào) or campaign (cuộc vận động)
    aliases: list[str] = field(default_factory=list)
    evidence: Span | None = None


@dataclass
class Event:
    id: str                      # local to the article: "e1"
    kind: str                    # one of EVENT_KINDS
    name: str
    date: str | None = None      # ISO, "YYYY-MM", "YYYY" or "--MM-DD"
    end_date: str | None = None
    organizers: list[Body] = field(default_factory=list)
    locality: Locality | None = None
    attendance: int | None = None
    attendance_qualifier: str | None = None   # one of QUALIFIERS
    directives: list[str] = field(default_factory=list)   # Directive.key
    movements: list[str] = field(default_factory=list)    # Movement.name
    evidence: Span | None = None


@dataclass
class Participation:
    person: str
    event: str                   # Event.id
    role: str                    # one of ROLES
    evidence: Span | None = None


@dataclass
class Implementation:
    locality: Locality | None
    body: Body | None
    directive: str               # Directive.key
    kind: str                    # one of IMPLEMENTATION_KINDS
    via: str | None = None       # key of the plan document, when there is one
    event: str | None = None     # Event.id when it happened at an event
    date: str | None = None
    evidence: Span | None = None


@dataclass
class ArticleFacts:
    article: Article
    locality: Locality | None = None           # the article's own unit, when known
    posts: list[PostHolding] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    implementations: list[Implementation] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def evidence_text(self, span: Span | None) -> str | None:
        return None if span is None else self.article.text[span.start:span.end]
