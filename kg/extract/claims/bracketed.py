"""Counts in brackets after a name: whose figure it is.

"Больше всего нарушений в Каире (120), Александрии (45)" counts the violations in each
city, "полиции Осло (40 машин)" the cars of Oslo's police, and in a list "ФСБ (207), МВД
(98)" after a count with its noun ("Росгвардии (35 автомобилей)") each bare figure counts
the same things of its own body. `extract.py` adds the owner this module names to the
metric it finds, or to the one the list's first count gave.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import first_of_list, sentences_back
from kg.nlp.morph import UD_CASE, UD_NUMBER, morph

_OWNER_WORDS = 4  # "Главное управление специальных проектов" and no more
_NAME_POS = ("NOUN", "PROPN", "ADJ")
_PLACE_PREPOSITIONS = {"в", "на"}


@dataclass(frozen=True)
class Owner:
    """The words that say whose a bracketed count is, as the metric ends with them."""

    name: str  # "в Москве", "Росгвардии", "Совета Федерации"
    key: str  # their lemmas


def bracket_owner(ctx: Context, start: int, end: int) -> Owner | None:
    """The owner of a figure standing alone in brackets right after a name of a body or a
    place; None where the bracket holds more, follows no name, or follows a person (whose
    bracket is an age) or a state (a claim's states are its own field)."""
    if not _bracketed(ctx.document.text, start, end):
        return None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2 or span.doc[span.start - 1].text != "(":
        return None
    words = _name_before(span.doc[span.start - 2])
    if not any(t.text[:1].isupper() and not t.is_sent_start for t in words):
        return None  # "голосов избирателей (38,5 %)": a share of the noun, no owner
    if any(_mentioned(ctx, t, "Person") and not _adjective(t) for t in words):
        return None  # "Эрна Сульберг (58)": an age ("Луксорской" is no surname)
    words = [t for t in words if not _mentioned(ctx, t, "State")]  # "СК [РФ]"
    return _owner(words) if words and not _adjective(words[-1]) else None


def listed_unit(ctx: Context, q: Quantity, earlier: list[Quantity]) -> str:
    """The unit a bare bracketed count takes from the list it ends: that of the last
    bracketed count with a noun before it, in its sentence or the two before, where only
    bracketed counts come between ("Росгвардии (35 автомобилей). … ФСБ (207), МВД (98)");
    "" where there is none."""
    sent = ctx.sentence_at(q.start)
    if sent is None:
        return ""
    first = sentences_back(sent, 2)
    for p in reversed(earlier):
        if p.start < first.start_char or not _bracketed(ctx.document.text, p.start, p.end):
            return ""
        if p.unit:
            return p.unit
    return ""


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether a figure stands alone in brackets."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _mentioned(ctx: Context, t: Token, kind: str) -> bool:
    """A token of a mention of the entity type: a person's name (a bracket after it is an
    age) or a state's (a claim's states are a field of their own)."""
    return any(m.start <= t.idx < m.end and m.type == kind for m in ctx.mentions)


def _name_before(last: Token) -> list[Token]:
    """The name that ends at `last`: its nouns, proper nouns and adjectives back to a comma,
    a conjunction, a preposition or a verb; an adjective whose noun comes after the list
    ("Самарской (88) и Новосибирской (64) областях") takes that noun."""
    if last.pos_ not in _NAME_POS:
        return []
    words = [last]
    for t in reversed(last.doc[max(last.sent.start, last.i - _OWNER_WORDS) : last.i]):
        if t.pos_ not in _NAME_POS or not t.text.replace("-", "").isalpha():
            break
        words.insert(0, t)
    if not _adjective(last):
        return words
    noun = _shared_noun(last)
    return [*words, noun] if noun is not None else []


def _adjective(t: Token) -> bool:
    """An adjective, also one the tagger takes for a name ("Асуанской"): pymorphy3 reads
    it as a full adjective."""
    return t.pos_ == "ADJ" or (t.pos_ == "PROPN" and morph().parse(t.lower_)[0].tag.POS == "ADJF")


def _shared_noun(adjective: Token) -> Token | None:
    """The noun a list of place adjectives shares after its last item, in the prepositional
    case ("в Самарской (88) и Новосибирской (64) областях")."""
    for t in adjective.doc[adjective.i + 1 : adjective.sent.end]:
        if (t.pos_ in ("NUM", "PUNCT", "CCONJ") and t.text != ".") or _adjective(t):
            continue
        return t if t.pos_ == "NOUN" and "Loc" in t.morph.get("Case") else None
    return None


def _owner(words: list[Token]) -> Owner | None:
    """The owner as the metric says it: a place keeps its preposition ("в Москве"), which a
    later item of a list shares with the first ("Ставропольском крае" → "в Ставропольском
    крае"); a name in the nominative is put in the genitive ("ФСБ" stays, "Совет Федерации"
    → "Совета Федерации"); a name after another preposition ("из Каира") is no owner."""
    head = next(t for t in words if not _adjective(t))
    names = [t.text for t in words]
    if len(words) > 1 and words[-1].i > words[-2].i + 1:
        names[-1] = _agreeing(words[-1], words[-2])
    preposition = _preposition(words)
    if preposition is None:
        return None
    lemmas = [t.lemma_ for t in words]
    if preposition:
        return Owner(" ".join([preposition, *names]), " ".join([preposition, *lemmas]))
    if "Gen" not in head.morph.get("Case"):
        pairs = zip(words, names, strict=True)
        names = [_genitive_word(t) if t.i <= head.i else n for t, n in pairs]
    return Owner(" ".join(names), " ".join(lemmas))


def _agreeing(noun: Token, adjective: Token) -> str:
    """The noun a list's adjectives share, in the number of one adjective: "Самарской …
    областях" → "области"."""
    case = UD_CASE.get(next(iter(noun.morph.get("Case")), ""), "")
    number = UD_NUMBER.get(next(iter(adjective.morph.get("Number")), ""), "")
    return morph().inflect(noun.text, {g for g in (case, number) if g}) if case else noun.text


def _preposition(words: list[Token]) -> str | None:
    """The preposition of a name: its own, that of the list's first item, or for a name in
    the prepositional case (which has one) the nearest before it; "" for none, None for one
    that is not of a place ("из Каира")."""
    heads = [t for t in words if not _adjective(t)] or words
    for t in [*words, *(first_of_list(t) for t in words)]:
        case = next((c for c in t.children if c.dep_ == "case"), None)
        if case is not None:
            return case.lower_ if case.lower_ in _PLACE_PREPOSITIONS else None
    if "Loc" not in heads[0].morph.get("Case"):
        return ""
    before = words[0].doc[words[0].sent.start : words[0].i]
    case = next((t for t in reversed(before) if t.dep_ == "case"), None)
    return case.lower_ if case is not None and case.lower_ in _PLACE_PREPOSITIONS else None


def _genitive_word(t: Token) -> str:
    """A word of a name in the nominative put in the genitive; an abbreviation stays."""
    if len(t.text) > 1 and t.text.isupper():
        return t.text
    word = morph().inflect(t.text, {"gent"})
    return word[:1].upper() + word[1:] if t.text[:1].isupper() else word
