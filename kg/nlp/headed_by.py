"""One reader of "X во главе с Y" and "X под руководством Y": the body or group X named right
before the phrase and its head Y right after it, a name ("Союз горняков Чили во главе с Карлосом
Мендосой") or a title, a possessive at most before it ("Секта «Ветвь Давидова» во главе с её
лидером"); and one test of whether X is led itself or is only the genitive complement of the
group that is ("Делегация МИД Перу во главе с министром": the delegation's head, not the
ministry's).

Pass forty-seven (h-tidy47): the offices' led bodies, the titles' headed bodies and the events'
delegations read the phrase here instead of each on its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span

# The phrases, as lower-case words, before the head ("во главе с", "под руководством").
PHRASES = (("во", "главе", "с"), ("во", "главе", "со"), ("под", "руководством"))
# What may stand between the body's name and the phrase: brackets, quotes, a comma.
BETWEEN = frozenset(["(", ")", ",", "«", "»", '"', "“", "”"])
# The possessives a title may have before it ("во главе с её лидером", "со своим лидером").
_POSSESSIVES = frozenset({"её", "ее", "его", "их", "свой"})


class Headed(NamedTuple):
    """A body or group, the phrase after it, and its head (a name or a title)."""

    body: Span
    phrase: Span
    head: Span


def phrase_at(doc: Doc, i: int) -> int:
    """The number of words of the phrase that starts at token `i` ("во главе с": 3, "под
    руководством": 2), 0 where none does."""
    words = tuple(t.lower_ for t in doc[i : i + 3])
    return next((len(p) for p in PHRASES if words[: len(p)] == p), 0)


def headed_by(
    doc: Doc,
    head: Span,
    body_at: Callable[[int], Span | None],
    skipped: Callable[[int], bool] = lambda i: False,
    *,
    under: bool = True,
) -> Headed | None:
    """The body that the phrase right before `head` (past a possessive) follows, with the
    phrase and the head; None where no phrase comes right before or no body right before it.
    `body_at(end)` is the body whose name ends at token `end`, if any: tried from the
    phrase's first word back past brackets, quotes, a comma and the words `skipped` says
    belong to the name's abbreviation ("Союз горняков Чили (НСГ) во главе с"). Not "под
    руководством" where `under` is False (a title's: "работала в институте под руководством
    академика X" names whom one worked under, no post of the institute's)."""
    start = head.start
    if start and (doc[start - 1].lemma_ in _POSSESSIVES or doc[start - 1].lower_ in _POSSESSIVES):
        start -= 1
    lengths = (3, 2) if under else (3,)
    at = next((start - n for n in lengths if start >= n and phrase_at(doc, start - n) == n), -1)
    if at < 1:
        return None
    end = at
    while True:
        body = body_at(end)
        if body is not None:
            return Headed(body, doc[at:start], head)
        if end == 0 or not (doc[end - 1].text in BETWEEN or skipped(end - 1)):
            return None
        end -= 1


def group_led(body: Span) -> bool:
    """The body is a genitive complement of a noun before it ("члены коллегии Министерства
    обороны Эстонии", "делегация Университета Чили", "Делегация МИД Перу"): the group is led,
    not the body (h-fix46a). Not a quoted name after its common noun ("Профсоюз «Портовики»")."""
    root = body.root
    head = root.head
    return (
        root.dep_ == "nmod"
        and head.i < body.start
        and head.pos_ in ("NOUN", "PROPN")
        and "Gen" in root.morph.get("Case")
        and body.doc[body.start - 1].text not in BETWEEN
    )
