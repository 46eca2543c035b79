"""An envoy's credentials handed over ("вручил верительные грамоты президенту X",
"вручение копий верительных грамот министру"): a ceremony, "Вручение верительных грамот",
whose receiver is the dative the handing over names. Sixty-third pass (h-events223)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract.events.words import is_role, posted_abroad
from kg.nlp.deps import SUBJECTS, preposition
from kg.nlp.morph import case_of
from kg.resolve.given_agreement import POSTED_AT

CREDENTIALS = "верительные_грамоты"  # the `with` of the rows in `event_kinds.tsv`
CREDENTIALS_NAME = "вручение верительных грамот"
_PAPER = "грамота"
_OF_ENVOY = "верительный"
_COPY = "копия"
_FROM_ENVOY = frozenset({"у", "от"})  # "принял верительные грамоты у посла X"


def credentials(tok: Token) -> Token | None:
    """The credentials a verb or noun of handing over takes: its object or genitive "верительные
    грамоты", their copies' ("копии верительных грамот"), or the adjective the tagger made
    the head of its noun ("вручил верительные грамоты": "верительные" a parataxis of the
    verb, "грамоты" under it); not an honorary certificate ("вручил почётную грамоту")."""
    for c in tok.children:
        if c.lemma_ == _OF_ENVOY and (any(g.lemma_ == _PAPER for g in c.children) or _beside(c)):
            return c
        papers = [c] + [g for g in c.children if c.lemma_ == _COPY and g.dep_ == "nmod"]
        if any(_of_envoy(p) for p in papers):
            return c
    return None


def _beside(adjective: Token) -> bool:
    """ "Вручение верительных грамот": the paper noun right after the adjective, the tagger
    hanging both on the trigger as its genitives (sixty-fourth pass, h-events233)."""
    after = adjective.nbor(1) if adjective.i + 1 < len(adjective.doc) else None
    return after is not None and after.lemma_ == _PAPER and after.head.i == adjective.head.i


def _of_envoy(paper: Token) -> bool:
    """ "верительные грамоты": the paper noun with its adjective."""
    return paper.lemma_ == _PAPER and any(a.lemma_ == _OF_ENVOY for a in paper.children)


class Handing(NamedTuple):
    """Who hands the credentials over, told by the noun, and whom to."""

    envoys: list[Token]
    receivers: list[Token]


def credentials_sides(tok: Token, anchors: list[Token]) -> Handing:
    """Who the credentials pass between beside the envoy the verb's subject names: the
    dative one hands them to ("президенту Аргентины X"), hung on the trigger, on the
    credentials' phrase the tagger made a head, or on the envoy's noun, and for a noun the
    envoy in the instrumental, on it or on its verb ("Вручение верительных грамот послом
    Эстонии президенту Латвии состоялось …"). None for another trigger."""
    paper = credentials(tok)
    if paper is None:
        return Handing([], [])
    if received(tok):
        return Handing(_givers(tok, paper), [])
    verb = anchors[:1] if tok.pos_ != "VERB" else []
    envoys = [c for h in [tok, *verb] for c in h.children if _named_in(c, "Ins")]
    to = [c for h in [tok, paper, *envoys] for c in h.children if _named_in(c, "Dat")]
    return Handing(envoys, to)


def received(tok: Token) -> bool:
    """A verb of receiving the credentials ("Президент Ганы принял верительные грамоты посла
    Того"): its subject is the receiver, not the envoy. Sixty-fifth pass (h-events244)."""
    return tok.pos_ == "VERB" and is_role(tok, "receive")


def _givers(verb: Token, paper: Token) -> list[Token]:
    """The envoy whose credentials a receiving verb takes: the papers' genitive ("грамоты
    посла Того X"; on the paper noun, or on the one beside the adjective the tagger made the
    head) or the verb's "у"/"от" phrase ("принял грамоты у посла Перу")."""
    papers = [paper, *paper.children] + ([paper.nbor(1)] if _beside(paper) else [])
    held = [c for p in papers if p.lemma_ == _PAPER for c in p.children if _named_in(c, "Gen")]
    asked = [c for c in verb.children if c.dep_ == "obl" and preposition(c) in _FROM_ENVOY]
    return held + asked


def _named_in(word: Token, case: str) -> bool:
    """A noun or name in `case` hung on a word as its object or oblique, no preposition's."""
    if word.dep_ not in {"iobj", "obl", "nmod"} or word.pos_ not in {"NOUN", "PROPN"}:
        return False
    return case_of(word) == case and not any(c.dep_ == "case" for c in word.children)


def mission_places(tok: Token, anchors: list[Token]) -> list[Token]:
    """Where the envoy who hands credentials over is posted ("Посол Чили в Аргентине X
    вручил верительные грамоты", "вручение грамот послом Марокко в Сенегале"): the "в"/"при"
    phrases on the envoy's title (the verb's subject, the noun's instrumental, or a title in
    apposition to them), the state that receives him where no receiver is named. Sixty-fourth
    pass (h-events233)."""
    if credentials(tok) is None:
        return []
    named = [c for c in tok.children if c.dep_ in SUBJECTS] if tok.pos_ == "VERB" else []
    named += credentials_sides(tok, anchors).envoys
    titles = named + [a for c in named for a in c.children if a.dep_ == "appos"]
    return [
        c
        for t in titles
        if posted_abroad(t)
        for c in t.children
        if c.dep_ == "nmod" and preposition(c) in POSTED_AT
    ]
