"""A body named as led by a name: "Национальный союз горняков Чили (НСГ) во главе с Карлосом
Мендосой", "Профсоюз «Портовики» под руководством Марии Сото": the name's office is the
body's head ("глава"), of that body (pass forty-six, h-offices54; own sentences about Chile,
Estonia). Not a delegation or a state ("Делегация Перу во главе с X": no organization), nor a
name with a title of its own after the phrase ("во главе с премьером X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.resolve.given_agreement import GivenOffice, _given
from kg.resolve.title_lexicon import Title

# The phrases, as lemmas, right before the name ("во главе с", "под руководством").
_LEADING = (("в", "глава", "с"), ("под", "руководство"))
# What may stand between the body's name and the phrase: its abbreviation in brackets, a comma.
_BETWEEN = frozenset(["(", ")", ",", "«", "»", '"'])


def led_bodies(ctx: Context, names: dict[int, int]) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each name right after "во главе с"/"под
    руководством" that an organization's name (its abbreviation in brackets after it) comes
    right before: the head's office of that organization."""
    doc = ctx.doc
    out = []
    for start in names:
        phrase = next(
            (n for n in map(len, _LEADING) if _lemmas(doc, start - n, start) in _LEADING), 0
        )
        if not phrase:
            continue
        at = start - phrase  # the phrase's first token
        k = at
        while k > 0 and (doc[k - 1].text in _BETWEEN or _abbreviated(ctx, k - 1)):
            k -= 1
        if k == 0:
            continue
        end_char = doc[k - 1].idx + len(doc[k - 1])
        found = [
            m
            for m in ctx.mentions_in(doc[0].idx, end_char, "Organization")
            if m.end == end_char and m.via != "abbreviation"
        ]
        if not found:
            continue
        org = found[-1]
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None or not _leads(doc[at], span):
            continue
        last = doc[start - 1]
        title = Title(span.start, start, "глава", "", org.entity, foreign=True,
                      start_char=org.start, end_char=last.idx + len(last), case="Ins",
                      head=span.root.i)  # fmt: skip
        name_end = doc[names[start] - 1]
        out.append((start, _given(title, org.start, name_end.idx + len(name_end), True)))
    return out


def _leads(first: Token, span: Span) -> bool:
    """The phrase hangs on the body's name, or on the common noun the name is of
    ("Профсоюз «Портовики» под руководством X"), the name no preposition's object ("Учёные из
    Университета Чили под руководством X": the scholars are led); "во главе" the parse
    reads as no word's preposition follows the name (the parse hangs it on the verb)."""
    root = span.root
    if any(c.dep_ == "case" and c.i < span.start for c in root.children):
        return False
    if _complement(span):
        return False
    if first.lemma_ == "под":
        head = first.head.head  # "под" → "руководством" → what it hangs on
    elif first.dep_ == "case":
        head = first.head
    else:
        return True
    return span.start <= head.i < span.end or root.head.i == head.i


def _complement(span: Span) -> bool:
    """The name is a genitive complement of a noun before it ("члены коллегии Министерства
    обороны Эстонии", "делегация Университета Чили"): the group is led, not the body
    (h-fix46a). Not a quoted name after its common noun ("Профсоюз «Портовики»")."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "nmod"
        and head.i < span.start
        and head.pos_ in ("NOUN", "PROPN")
        and "Gen" in root.morph.get("Case")
        and span.doc[span.start - 1].text not in _BETWEEN
    )


def _lemmas(doc, start: int, end: int) -> tuple[str, ...]:  # noqa: ANN001 - a spaCy Doc
    if start < 0:
        return ()
    return tuple(t.lemma_.replace("ё", "е").lower() for t in doc[start:end])


def _abbreviated(ctx: Context, i: int) -> bool:
    """The token is (in) an organization's abbreviation ("(НСГ)")."""
    t = ctx.doc[i]
    return any(m.via == "abbreviation" for m in ctx.mentions_in(t.idx, t.idx + len(t)))
