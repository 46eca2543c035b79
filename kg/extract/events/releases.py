"""A release told by the one who walks out ("вышла из тюрьмы", "вышел на свободу",
"`event_kinds.tsv`'s "выйти" rows with свобода | тюрьма | колония | заключение): the subject
is the one released, and no one is named as who released them; not a visitor leaving the
prison the text tells them visit ("посетил тюрьму … вышел из тюрьмы"), nor "вышел на
пенсию", "вышел из партии" (no such row). Forty-fifth pass, own sentences (h-events115)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.deps import preposition, sentence_before

WALK_OUT = frozenset({"выйти", "выходить"})
_FREEDOM = "свобода"
# verbs of going to or being at a place: one who visited the prison walks out of it free
_VISITING = frozenset({"посетить", "посещать", "прибыть", "приехать", "побывать", "зайти",
                       "войти", "осмотреть", "посещение", "визит"})  # fmt: skip


def walked_out(tok: Token) -> list[Token]:
    """The one who walks out to freedom: the subject of "вышла из тюрьмы"."""
    return [c for c in tok.children if c.dep_ == "nsubj"]


def visited_place(tok: Token) -> bool:
    """Whether the place walked out of ("из тюрьмы") is one the sentence or the one before
    tells the subject go into or visit ("Президент посетил тюрьму. Затем он вышел из
    тюрьмы"): a visit's end, no release; "на свободу" always tells one."""
    if any(c.lemma_ == _FREEDOM and preposition(c) == "на" for c in tok.children):
        return False
    places = {c.lemma_ for c in tok.children if preposition(c) == "из"}
    before = sentence_before(tok.sent)
    start = before.start if before is not None else tok.sent.start
    return any(
        t.lemma_ in places and t.i < tok.i and t.head.lemma_ in _VISITING
        for t in tok.doc[start : tok.sent.end]
    )
