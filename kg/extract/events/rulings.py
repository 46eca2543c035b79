"""An international court's or arbitration's ruling in a dispute between two states
("Международный суд ООН отклонил возражения Венесуэлы и постановил, что рассмотрит иск
Гайаны", "Суд вынес решение по делу Гамбии против Мьянмы", "арбитраж присудил Колумбии"):
kind CourtRuling (`event_kinds.tsv`: a verb of ruling whose subject is a court, or a
ruling's noun of a court, `with` word `COURT_RULES`).

Its participants are the two states of the case the words after the court name (the
claimant and the respondent: "иск Гайаны", "возражения Венесуэлы", "по делу X против Y")
and the court, where the text names it as an organization. A court of one state ("Верховный
суд Чили", "суд Москвы") rules at home, no dispute of two states; fewer than two states
tell none ("Суд отклонил иск компании"). A court's sitting is no meeting of the parties
(`court_sitting`). Sixty-eighth pass (h-events256).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.linking import unique
from kg.extract.events.sanctions import acting_state
from kg.extract.events.words import is_role
from kg.nlp.deps import SUBJECTS, preposition

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

RULING = "CourtRuling"
COURT_RULES = "суд_решает"  # `with` of a verb or noun of ruling a court's


def _court_word(word: Token) -> bool:
    """A court by its noun or an adjective on it ("суд", "трибунал", "арбитраж",
    "арбитражная группа", "третейский суд"; role `court` of `event_words.tsv`)."""
    return is_role(word, "court") or any(
        c.dep_ == "amod" and is_role(c, "court") for c in word.children
    )


def court_of(tok: Token) -> Token | None:
    """The court that rules by `tok`: a verb's subject ("Суд постановил"), or the court of
    a judge who is ("Председатель суда огласил решение"), a ruling noun's genitive or
    adjective ("решение Международного суда", "арбитражное решение"); None for another's
    ("МИД отклонил", "решение правительства")."""
    if tok.pos_ in {"VERB", "AUX"}:
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
        return next(filter(None, map(_court_in, subjects)), None)
    for c in tok.children:
        if c.dep_ == "nmod" and not preposition(c) and _court_word(c):
            return c
        if c.dep_ == "amod" and is_role(c, "court"):
            return tok
    return None


def _court_in(word: Token) -> Token | None:
    """The court a word names: itself ("Суд", "арбитражная группа"), a judge ("судья"), or
    the court in the genitive of its title ("Председатель суда X")."""
    if _court_word(word) or word.lemma_ == "судья":
        return word
    owners = (c for c in word.children if c.dep_ == "nmod" and not preposition(c))
    return next((c for c in owners if _court_word(c)), None)


def court_sitting(reader: ActReader, sitting: Token) -> bool:
    """A sitting or hearing of a court ("заседание суда", "на заседании в Международном
    суде", "Председатель суда зачитал постановление на открытом заседании", "судья на
    заседании"): the court's, no meeting of the states whose case it hears."""
    if not is_role(sitting, "sitting"):
        return False
    if any(c.dep_ == "nmod" and _court_word(c) for c in sitting.children):
        return True
    verb = sitting.head if sitting.dep_ in {"obl", "obj"} else None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS] if verb is not None else []
    return any(_of_court(reader, s) for s in subjects)


def _of_court(reader: ActReader, word: Token) -> bool:
    """A court, a judge or one titled by a court (`_court_in`), or a person whose office
    the text gives as a court's ("Ивасава Юдзи" after "Председатель суда Ивасава Юдзи")."""
    if _court_in(word) is not None:
        return True
    mention = reader.mention_head.get(word.i)
    person = reader.ctx.entity(mention.entity) if mention is not None else None
    return person is not None and any(w in {"суд", "судья"} for w in person.office.split())


def read_ruling(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the two states of the case and the court; False for a court of one state or
    fewer than two states."""
    court = court_of(tok)
    if court is None:
        return False
    ruler = court if court.i == tok.i else next(c for c in tok.children if court in c.subtree)
    if _states_at(reader, [t for t in ruler.subtree if t.i != tok.i]):
        return False  # "Верховный суд Чили постановил": a state's court, at home
    words = [t for c in tok.children if c.i != ruler.i for t in c.subtree]
    states = _states_at(reader, words)
    if len(states) < 2:
        return False
    hit.states = states
    hit.others = unique([k for k in reader.orgs_at(court) if not acting_state(reader, k)])
    return True


def _states_at(reader: ActReader, words: list[Token]) -> list[str]:
    """The states the words name, or those their persons and bodies act for."""
    keys = (m.entity for w in words for m in reader.by_token.get(w.i, ()))
    return unique([s for k in keys if (s := acting_state(reader, k))])
