"""A protocol signed with no title of its own is the record of the sitting it comes of.

"По итогам заседания подписан протокол." gave no paper: "протокол" needs a topic
(`agreement_kinds.tsv`; a bare "Египет и Судан подписали протокол" is none, agr36), so a
signed one with no "о/об"-title was no head at all. A "протокол" signed by two sides whose
only complements, if any, are the genitive of a sitting, its sides, where and when it was
signed or the outcome phrase it is signed "по итогам"/"в ходе" of (`untitled_protocol`), is
now a paper where that genitive or outcome phrase, on it or on its signing word, names a
sitting (`title_words.SITTINGS`) with words of its own, or a bare "заседания" the sitting the
text named before with words (`recorded_sitting`): titled by it ("Протокол заседания
межправительственной чилийско-перуанской комиссии", `of_its_sitting`). Not "протокол допроса"
(a record of no sitting), "по протоколу" (etiquette, nothing signed), a protocol of no
sitting told, nor "протокол о намерениях", which keeps its own title. Sixty-second pass
(h-agreements73).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract.agreements.dates import OUTCOME_OF, meeting_of
from kg.extract.agreements.title_words import SITTINGS, Title
from kg.extract.common.words import word_lemma
from kg.extract.context import Context
from kg.nlp.deps import fixed_preposition, preposition, preposition_noun
from kg.nlp.morph import case_of, cased, is_plural, morph, upper_first

_PROTOCOL = "протокол"
# complements that leave a protocol untitled: its sides, where and when it was signed
_UNTITLING = frozenset({"с", "между", "в", "во", "на", "от"})
_DETERMINERS = frozenset({"DET", "PRON"})  # "этого заседания": no words of its own


class Sitting(NamedTuple):
    """A sitting a protocol records: as the protocol's sentence tells it (`told`, "по итогам
    заседания") and where the text gives its words (`worded`, maybe a sentence before)."""

    told: Token
    worded: Token


def untitled_protocol(head: Token) -> bool:
    """A "протокол" with no complement but a sitting's genitive ("протокол заседания
    комиссии"), a side, a place, a date or the outcome phrase of a sitting: not "протокол
    допроса", not one titled by a topic ("о намерениях", "к соглашению"), which the title's
    own reading takes."""
    if head.lemma_ != _PROTOCOL:
        return False
    return all(_untitling(c) for c in head.children if c.dep_ == "nmod" and c.i > head.i)


def _untitling(complement: Token) -> bool:
    """A complement of "протокол" that gives it no title of its own."""
    if preposition_noun(complement, OUTCOME_OF) or fixed_preposition(complement, OUTCOME_OF):
        return True  # "протокол по итогам заседания"
    prep = preposition(complement)
    return prep in _UNTITLING if prep else complement.lemma_ in SITTINGS


def recorded_sitting(head: Token, verb: Token) -> Sitting | None:
    """The sitting with words of its own the protocol `head`, signed by `verb`, records: its
    genitive ("протокол заседания комиссии") or the outcome phrase on it or on `verb` ("По
    итогам заседания подписан протокол"); None where none is told."""
    own = (c for c in head.children if c.dep_ == "nmod" and c.lemma_ in SITTINGS)
    found = next(own, None) or meeting_of(head) or meeting_of(verb)
    return _worded(found) if found is not None and found.lemma_ in SITTINGS else None


def _worded(sitting: Token) -> Sitting | None:
    """`sitting` where it has words of its own, else the nearest mention of its noun before
    it that has ("прошло заседание межправительственной комиссии. По итогам заседания …")."""
    doc = sitting.doc
    for t in [sitting, *reversed(doc[: sitting.i])]:
        if t.lemma_ == sitting.lemma_ and any(_phrase(t)):
            return Sitting(sitting, t)
    return None


def of_its_sitting(ctx: Context, title: Title, sitting: Sitting) -> bool:
    """Titles the protocol of `title` by the `sitting` it records ("Протокол заседания
    межправительственной комиссии"), keyed by the sitting's words but its states (the
    sides); False, leaving it, for a sitting whose words name one state ("заседания
    правительства Чили": one state's body), whose record is no paper between states."""
    noun = sitting.worded
    left, right = _phrase(noun)
    phrase = [*left, noun, *right]
    every = list(noun.subtree)  # "встречи президента Чили с президентом Перу": two states
    states = ctx.mentions_in(every[0].idx, every[-1].idx + len(every[-1].text), "State")
    if len({m.entity for m in states}) == 1:
        return False
    words = [morph().nominative(title.head.text), *_genitive(left, sitting)]
    title.text = upper_first(" ".join([*words, *(t.text for t in right)]))
    named = [t for t in phrase if t.is_alpha and t.pos_ not in ("ADP", "CCONJ")]
    keys = (t for t in named if not any(m.start <= t.idx < m.end for m in states))
    title.words = (_PROTOCOL, *(word_lemma(t) for t in keys))
    return True


def _phrase(sitting: Token) -> tuple[list[Token], list[Token]]:
    """The adjectives right before `sitting` and the genitive words right after it that name
    it ("межправительственной комиссии"), no determiner, place or date."""
    doc = sitting.doc
    left: list[Token] = []
    i = sitting.i - 1
    while i >= sitting.sent.start and doc[i].head == sitting and doc[i].dep_ == "amod":
        if doc[i].pos_ not in _DETERMINERS:
            left.insert(0, doc[i])
        i -= 1
    named = {
        t.i
        for c in sitting.children
        if c.dep_ == "nmod" and c.i > sitting.i and not preposition(c) and case_of(c) == "Gen"
        for t in c.subtree
    }
    right: list[Token] = []
    for t in doc[sitting.i + 1 : sitting.sent.end]:
        if t.i not in named or t.is_punct and t.text not in ("-", "«", "»"):
            break
        right.append(t)
    return left, right


def _genitive(left: list[Token], sitting: Sitting) -> list[str]:
    """The adjectives and the noun of a sitting in the genitive, as the text writes them where
    the protocol's genitive or outcome phrase names it, else in the number of that phrase
    ("прошли межмидовские консультации … По итогам консультаций" → "межмидовских
    консультаций")."""
    noun = sitting.worded
    if noun == sitting.told:
        return [t.text for t in [*left, noun]]
    number = "plur" if is_plural(sitting.told) else "sing"
    gender = {morph().gender(noun.text)} - {""} if number == "sing" else set()
    words = [cased(morph().inflect(t.text, {"gent", number, *gender}), t.text) for t in left]
    return [*words, cased(morph().inflect(noun.text, {"gent", number}), noun.text)]
