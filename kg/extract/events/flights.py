"""A visit a flight tells: a delegation or an officer carried on a plane or a flight to a
city of another state ("Первый прямой рейс из Ташкента в Куала-Лумпур выполнила в пятницу
авиакомпания … На борту находилась делегация министерства туризма Узбекистана во главе с
министром X", "Самолёт с делегацией Киргизии … приземлился в аэропорту Баку") is that
person's or state's visit to the city's state, though no verb of travel tells it; its day is
the flight's. Passengers of no state ("туристы из Армении"), an officer flown home and a
flight that names no city abroad tell none. Sixty-seventh pass (h-events252).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.events.delegations import delegates, delegation_states
from kg.extract.events.greeters import persons_in
from kg.extract.events.hit import Hit
from kg.extract.events.linking import unique
from kg.extract.events.triggers import VISITS
from kg.extract.events.words import is_role, role_tokens
from kg.nlp.deps import negated, preposition
from kg.resolve.title_lexicon import is_office

if TYPE_CHECKING:
    from kg.extract.events.visits import Visits

_BOARD = "борт"  # "на борту": who is on board is carried
_CARRIED = frozenset({"nsubj", "conj"})  # the clause's subject, or one "в том числе" lists


class Flight(NamedTuple):
    """Who a carrier word carries, the verb that tells it, where the flight goes and, for a
    flight the sentence before told ("рейс из Душанбе в Исламабад выполнила в среду …"),
    that sentence's verb, whose day is the visit's."""

    verb: Token
    anchors: list[Token]  # the verb and a participle on the carrier ("самолёта, прибывшего")
    travellers: list[Token]
    dest: Token
    told_by: Token | None


def flown_visit(
    reader: Visits, sent: Sentence, told: list[Hit], lead: bool
) -> tuple[Hit, Flight] | None:
    """The visit of the one traveller a flight of `sent` carries abroad (`_flights`), where
    `told` (this sentence's hits, the sentence before's in its paragraph) tells no visit:
    the delegation's head, else its state, goes to the state of the flight's city."""
    if any(h.kind in VISITS for h in told):
        return None
    for flight in _flights(sent):
        if (hit := _visit_of(reader, sent, flight, lead)) is not None:
            return hit, flight
    return None


def _visit_of(reader: Visits, sent: Sentence, flight: Flight, lead: bool) -> Hit | None:
    """`flown_visit`'s visit of a flight's one traveller who acts for a state, else None."""
    named: list[str] = []
    states: list[str] = []
    for t in flight.travellers:
        delegation = is_role(t, "party")
        if not (delegation or is_office([t.lemma_])):
            continue  # "140 пассажиров", "туристы из Армении": no state's travellers
        named += delegates(t, reader.by_token) if delegation else persons_in(reader.ctx, t)
        states += [
            m.entity for x in t.subtree for m in reader.by_token.get(x.i, ()) if m.type == "State"
        ]
        states += delegation_states(t, reader.by_token) if delegation else []
    states += [s for k in named if (s := reader.served_state(k))]
    host = reader._host(flight.dest)
    if not states or not host or states[0] == host or negated(flight.verb):
        return None
    hit = Hit("Visit", flight.verb.i, flight.verb.lemma_, (sent.start_char, sent.end_char), lead)
    hit.visitor, hit.by_verb = (named or states)[0], True
    hit.persons = unique(named[:1])
    hit.states = unique([states[0], host])
    hit.host = host
    reader._locate(hit, flight.dest)
    return hit


def _flights(sent: Sentence) -> list[Flight]:
    """Each carrier word's flight (`plane` in `event_words.tsv`) in `sent` that carries
    someone somewhere the sentence or the one before names: "на борту находилась делегация",
    "на борту были 120 пассажиров, в том числе министр X" (the clause's subjects), "самолёт
    с делегацией X приземлился" (the carrier's "с"), "этим рейсом прилетела делегация"."""
    out: list[Flight] = []
    for carrier in role_tokens(sent, "plane"):
        clause = carrier.head if carrier.dep_ == "obl" else carrier
        if carrier.lemma_ == _BOARD and preposition(carrier) == "на" or carrier.dep_ == "obl":
            verb = _clause_verb(clause)
            travellers = [s for s in clause.children if s.dep_ == "nsubj"]
            travellers += [c for s in travellers for c in s.children if c.dep_ in _CARRIED]
        elif carrier.dep_ == "nsubj" and carrier.head.pos_ == "VERB":
            verb = carrier.head
            travellers = [c for c in carrier.children if preposition(c) == "с"]
        else:
            continue
        if verb is None or not travellers:
            continue
        owners = [carrier, *_owners(carrier)]
        dest = _destination([*owners, verb])
        anchors = [verb, *(c for w in owners for c in w.children if c.dep_ == "acl")]
        told_by = None
        if dest is None and (before := _told_before(sent)) is not None:
            dest, told_by = before
        if dest is not None:
            out.append(Flight(verb, anchors, travellers, dest, told_by))
    return out


def _clause_verb(clause: Token) -> Token | None:
    """The verb of the clause "на борту" is in: the clause's head, else its "быть"
    ("На борту самолёта были …", which the parser roots on "борту")."""
    if clause.pos_ in {"VERB", "AUX"}:
        return clause
    return next((c for c in clause.children if c.dep_ == "cop"), None)


def _owners(carrier: Token) -> list[Token]:
    """The plane or flight whose board "борту" is ("на борту самолёта"), which tells where
    it went ("самолёта, прибывшего в Анкару")."""
    return [c for c in carrier.children if c.dep_ == "nmod" and is_role(c, "plane")]


def _destination(words: list[Token | None]) -> Token | None:
    """The first place "в" (or "в аэропорту") governed by one of `words` or a participle on
    it names: the flight's destination (its capital or state is asked by `_host`)."""
    for word in words:
        if word is None:
            continue
        heads = [word, *(c for c in word.children if c.dep_ == "acl")]
        for head in heads:
            for c in head.children:
                if c.dep_ in {"obl", "nmod"} and preposition(c) == "в" and c.pos_ == "PROPN":
                    return c
                if c.dep_ in {"obl", "nmod"} and is_role(c, "arrival_place"):
                    name = next((n for n in c.children if n.pos_ == "PROPN"), None)
                    if name is not None:
                        return name
    return None


def _told_before(sent: Sentence) -> tuple[Token, Token] | None:
    """The destination of a flight the sentence before tells ("Первый рейс из Душанбе в
    Исламабад выполнила …", "В Ханой прибыл первый прямой рейс"): where its carrier goes,
    and the verb that tells the flight."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    for carrier in before:
        if is_role(carrier, "plane") and carrier.lemma_ != _BOARD:
            verb = carrier.head
            if carrier.dep_ not in {"nsubj", "obj"} or verb.pos_ != "VERB":
                continue
            if (dest := _destination([carrier, verb])) is not None:
                return dest, verb
    return None
