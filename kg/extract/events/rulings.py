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
_COURT_STEMS = ("суд", "трибунал", "арбитраж")  # the words of a court's name, any case


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


def rules_abroad(reader: ActReader, tok: Token) -> bool:
    """`tok` is a ruling of an international court (`court_of`, `_international`): asked
    when its rule is chosen, so that a state's court's ruling ("арестован по решению
    Пресненского суда Москвы 17 октября") is no trigger that takes its sentence's date
    from the act it tells."""
    court = court_of(tok)
    return court is not None and _courts(reader, tok, court) is not None


def _courts(reader: ActReader, tok: Token, court: Token) -> list[str] | None:
    """The organizations of the court that rules by `tok` (`_international`), None for a
    court of no international standing."""
    ruler = court if court.i == tok.i else next(c for c in tok.children if court in c.subtree)
    return _international(reader, court, [t for t in ruler.subtree if t.i != tok.i])


def read_ruling(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the two states of the case and the court; False for a court not told as
    international, one of a state, or fewer than two states."""
    court = court_of(tok)
    courts = _courts(reader, tok, court) if court is not None else None
    if court is None or courts is None:
        return False
    words = [t for c in tok.children if court not in c.subtree for t in c.subtree]
    states = _states_at(reader, words)
    if len(states) < 2:
        return False
    hit.states = states
    hit.others = courts
    return True


def _international(reader: ActReader, court: Token, words: list[Token]) -> list[str] | None:
    """The organizations of an international court or arbitration that rules ([] where
    the text names none), or None for a court not told as one: a state's ("Верховный суд
    Чили", "Суд Москвы"), or a bare "Суд" of no international court named before it
    ("Суд отклонил апелляцию гражданина России на экстрадицию в США": a court at home)."""
    placed = {t.i for w in words if preposition(w) for t in w.subtree}  # "Суд в Гааге": its seat
    own = [w for w in words if w.i not in placed]
    if _states_at(reader, own) or any(reader.capital_of(w) for w in own if w.pos_ == "PROPN"):
        return None
    named = [k for k in reader.orgs_at(court) if not acting_state(reader, k)]
    named = named or [k for w in words for k in reader.orgs_at(w) if not acting_state(reader, k)]
    if named or any(is_role(w, "court_abroad") for w in words):
        return unique(named[:1])
    told = _court_told_before(reader, court)
    return [told] if told else None


def _court_told_before(reader: ActReader, court: Token) -> str:
    """The international court a bare "Суд" stands for: the last organization named before
    it of no state whose name has a court's word ("Гамбия подала иск в Международный суд
    ООН. Суд вынес решение …"); "" for none."""
    before = [m for m in reader.ctx.mentions if m.end <= court.idx and m.type == "Organization"]
    for m in reversed(before):
        org = reader.ctx.entity(m.entity)
        words = org.name.lower().split() if org is not None else []
        if not acting_state(reader, m.entity) and any(w.startswith(_COURT_STEMS) for w in words):
            return m.entity
    return ""


def _states_at(reader: ActReader, words: list[Token]) -> list[str]:
    """The states the words name, or those their persons and bodies act for."""
    keys = (m.entity for w in words for m in reader.by_token.get(w.i, ()))
    return unique([s for k in keys if (s := acting_state(reader, k))])
