"""An envoy's credentials handed over ("вручил верительные грамоты президенту X",
"вручение копий верительных грамот министру"): a ceremony, "Вручение верительных грамот",
whose receiver is the dative the handing over names. Sixty-third pass (h-events223)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.nlp.morph import case_of

CREDENTIALS = "верительные_грамоты"  # the `with` of the rows in `event_kinds.tsv`
CREDENTIALS_NAME = "вручение верительных грамот"
_PAPER = "грамота"
_OF_ENVOY = "верительный"
_COPY = "копия"


def credentials(tok: Token) -> Token | None:
    """The credentials a verb or noun of handing over takes: its object or genitive "верительные
    грамоты", their copies' ("копии верительных грамот"), or the adjective the tagger made
    the head of its noun ("вручил верительные грамоты": "верительные" a parataxis of the
    verb, "грамоты" under it); not an honorary certificate ("вручил почётную грамоту")."""
    for c in tok.children:
        if c.lemma_ == _OF_ENVOY and any(g.lemma_ == _PAPER for g in c.children):
            return c
        papers = [c] + [g for g in c.children if c.lemma_ == _COPY and g.dep_ == "nmod"]
        if any(_of_envoy(p) for p in papers):
            return c
    return None


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
    verb = anchors[:1] if tok.pos_ != "VERB" else []
    envoys = [c for h in [tok, *verb] for c in h.children if _named_in(c, "Ins")]
    to = [c for h in [tok, paper, *envoys] for c in h.children if _named_in(c, "Dat")]
    return Handing(envoys, to)


def _named_in(word: Token, case: str) -> bool:
    """A noun or name in `case` hung on a word as its object or oblique, no preposition's."""
    if word.dep_ not in {"iobj", "obl", "nmod"} or word.pos_ not in {"NOUN", "PROPN"}:
        return False
    return case_of(word) == case and not any(c.dep_ == "case" for c in word.children)
