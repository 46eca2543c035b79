"""What every fact extractor reads: the processed Doc, the resolved entities and the
gazetteer the build uses.

Extractors are plain functions `extract(ctx: Context, ...) -> list[Fact]`; they
never resolve entities themselves, they look up what `kg.resolve` found, and they
read the gazetteer from here, so a user's `--gazetteer` reaches every one of them.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.attrs import IDX, LEMMA, POS
from spacy.tokens import Doc, Span

from kg.doc_text import char_range, settle, token_strings
from kg.extract.common.dates import find_dates
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, EntityType, Mention
from kg.model import Span as Evidence
from kg.sentences import index_sentences

if TYPE_CHECKING:
    from kg.resolve.given import GivenRead

T = TypeVar("T")


@dataclass
class Context:
    doc: Doc
    document: Document
    mentions: list[Mention]
    entities: dict[str, Entity] = field(default_factory=dict)
    gazetteer: Gazetteer = field(default_factory=Gazetteer.load)
    _memo: dict[Callable[..., Any], Any] = field(default_factory=dict, repr=False)
    # The keys `entity` was asked for, found or not: the facts read no other entity
    looked_up: set[str] = field(default_factory=set, repr=False)
    # The names step's offices given by titles, which the offices extractor takes where it
    # would read the same (`read_given`)
    given: GivenRead | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        index_sentences(self.doc)  # the extractors ask for tokens' sentences in loops
        settle(self.doc)  # and for tokens' lemmas and texts, read once

    def once(self, compute: Callable[[Context], T]) -> T:
        """`compute(self)`, computed once per document: what several extractors read
        (the attributed regions, the document's pair of states) is read once."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        return self._memo[compute]

    @cached_property
    def reference_year(self) -> int:
        """The document's year, or (undated) the latest year its text names; 0 if none: what
        tells a fact of history from one of the news."""
        if self.document.date[:4].isdigit():
            return int(self.document.date[:4])
        years = [int(d.value[:4]) for d in find_dates(self.document.text) if d.value[:4].isdigit()]
        return max(years, default=0)

    @cached_property
    def sents(self) -> tuple[Span, ...]:
        """The Doc's sentences, listed once: spaCy makes every sentence's `Span` (and a `Token`
        or two for its offsets) anew on each pass over `doc.sents`."""
        return tuple(self.doc.sents)

    @cached_property
    def lemmas(self) -> tuple[str, ...]:
        """Each token's lemma, read from the Doc's arrays once: rules that look further at
        the few tokens of some lemmas pick them here, making no `Token` for the rest."""
        return token_strings(self.doc, LEMMA)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Each token's text, likewise."""
        return token_strings(self.doc)

    @cached_property
    def pos(self) -> tuple[str, ...]:
        """Each token's part of speech ("VERB"), likewise."""
        return token_strings(self.doc, POS)

    @cached_property
    def _token_starts(self) -> list[int]:
        return self.doc.to_array(IDX).tolist() if len(self.doc) else []

    def first_from(self, sent: Span, char: int) -> int:
        """The index of the first token of `sent` at or after `char` (`sent.end` if none): a
        sentence split at a character, with no `Token` made for the words on either side."""
        return bisect_left(self._token_starts, char, sent.start, sent.end)

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int, type: EntityType | None = None) -> list[Mention]:
        """Mentions lying inside [start, end), in text order, optionally of one type."""
        i = bisect_right(self._starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (type is None or m.type == type):
                out.append(m)
            i += 1
        return out

    def entity(self, key: str) -> Entity | None:
        """The only way extractors read `entities`: what the facts read of them is then known
        (`looked_up`), and the build keeps facts a corpus's other descriptions cannot change."""
        self.looked_up.add(key)
        return self.entities.get(key)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sents]

    def sentence_at(self, char: int) -> Span | None:
        """The sentence of the word at `char` (of a space, that of the word after it), one of
        `sents`: the rules ask it of figures and names over and over, and `token.sent` made
        a `Token` and a new `Span` each time (seventieth pass, h-perf72)."""
        found = char_range(self.doc, char, char + 1)
        if found is None:
            return None
        return self.sents[bisect_right(self._sentence_starts, found[0]) - 1]

    def trimmed(self, sent: Span) -> tuple[int, int]:
        """A sentence's character offsets without the whitespace around it."""
        text = self.document.text
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start, end, self.document.text[start:end])


def fact_key(kind: str, *parts: object) -> str:
    """A deterministic key from what identifies a fact, so the same fact read twice,
    in one document or in two, gets one node: "agreement/3f2a…"."""
    text = "\x1f".join(str(p) for p in parts)
    return f"{kind}/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"
