"""Acts of relief one state does for its people or for another state: an evacuation of its
people out of another state ("Египет эвакуировал из Судана 1200 своих граждан", "эвакуация
граждан Индии из Йемена") and a delivery of aid ("Япония направила в Манилу самолёт с 20
тоннами гуманитарной помощи", "Катар доставил в Доху гуманитарный груз").

Their participants are their roles read from the parse, both states, never one alone:
- evacuation: who evacuates (the subject's state: "Власти Египта эвакуировали", "Египет
  начал эвакуацию"; else the state of the people taken out: "эвакуированы граждане Индии")
  and the state they are taken out of ("из Судана", "из Хартума" by its state); a state's
  own people moved inside it ("эвакуировали жителей из Хартума" by Sudan) are no event
  between states;
- aid delivery: who sends (the verb's subject, its passive agent) and who receives (the
  verb's dative, the state or city "в"/"на" it is sent to, the aid's "для"/dative); only
  aid of a kind the text names (`aid` in `event_words.tsv`: "гуманитарная помощь",
  "гуманитарный груз") that a verb of sending takes (`deliver`), by itself or through the
  measures and carriers it is counted in ("два самолёта с 60 тоннами гуманитарной
  помощи"). Sixty-sixth pass (h-events246). Aid counted in a unit ("25 тонн гуманитарных
  грузов") is one load; brought to a place noun a name stands beside ("в порт Коломбо"),
  that name's city; handed over in a bare word after it ("Помощь передал министру X"), its
  persons take part (sixty-ninth pass, h-events262).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.common.number_units import MEASURE_UNITS
from kg.extract.events.acts import counted_noun
from kg.extract.events.labels import phrase_in
from kg.extract.events.place_names import proper
from kg.extract.events.triggers import trigger_rules
from kg.extract.events.words import is_role
from kg.lexicon import load_list
from kg.nlp.deps import passive_marked, preposition
from kg.nlp.morph import case_of, is_animate
from kg.resolve.city_names import city_state, named_city

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

RELIEF = frozenset({"Evacuation", "AidDelivery"})
# `with` of an aid noun a verb of sending takes (`sent_aid`): "направил гуманитарную помощь"
AID_SENT = "отправленная_помощь"
_CARRIED_IN = 3  # nouns between the aid and the verb: "самолёта с 60 тоннами … помощи"
_TAKEN = frozenset({"obj", "nsubj:pass", "nsubj"})  # "направил помощь", "помощь доставлена"


def read_relief(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the two states of an evacuation or an aid delivery; False when `tok` tells none
    between two states here."""
    if hit.kind == "Evacuation":
        doers, others = _evacuation(reader, tok, anchors)
    else:
        doers, others = _delivery(reader, tok)
    doers = [k for k in doers if k not in others]
    if not doers or not others:
        return False
    hit.agent = doers[0]
    hit.states = list(dict.fromkeys([doers[0], *others]))
    if hit.kind == "AidDelivery":  # "Гуманитарная помощь", "Гуманитарный груз": the label's
        hit.name = phrase_in(tok, "nomn", {t.i for c in tok.rights for t in c.subtree})
    return True


def sent_aid(tok: Token) -> Token | None:
    """The verb of sending that takes an aid noun of a kind the text names ("направил
    гуманитарную помощь", "гуманитарный груз доставлен"), by itself or through the measures
    and carriers it is counted in ("направил два самолёта с 60 тоннами гуманитарной
    помощи"); None for aid only spoken of ("обсудили гуманитарную помощь", "призвал оказать
    помощь") or of no kind named ("помощь друзей")."""
    if not any(c.dep_ == "amod" and is_role(c, "aid") for c in tok.children):
        return None
    word = tok
    for _ in range(_CARRIED_IN):
        if word.dep_ != "nmod" or word.head.pos_ != "NOUN":
            break
        word = word.head
    verb = word.head
    taken = word.dep_ in _TAKEN or _carried_with(word)
    return verb if taken and verb.pos_ == "VERB" and is_role(verb, "deliver") else None


def handed_aid(tok: Token) -> Token | None:
    """The verb that hands over a bare aid noun ("Помощь передал министру … Y верховный
    комиссар Индии X", "Груз передал послу …"): aid of no kind named, so no delivery of its
    own, but the one told just before handed over, whose participants those the verb names
    are (`hits._aid_handed`); None for any other word. Sixty-ninth pass (h-events262)."""
    aid = any(r.kind == "AidDelivery" for r in trigger_rules().get(tok.lemma_, ()))
    if not aid or any(c.dep_ == "amod" and is_role(c, "aid") for c in tok.children):
        return None
    verb = tok.head
    return verb if tok.dep_ in _TAKEN and verb.pos_ == "VERB" and is_role(verb, "deliver") else None


def measured_load(tok: Token) -> bool:
    """A plural aid noun a measure counts ("доставил 25 тонн гуманитарных грузов"): one load
    sent, not several deliveries as a bare plural of "груз" may be. Sixty-ninth pass
    (h-events262)."""
    measure = tok.head
    counted = tok.dep_ == "nmod" and case_of(tok) == "Gen" and not preposition(tok)
    return counted and measure.lemma_ in load_list(MEASURE_UNITS)


def _carried_with(aid: Token) -> bool:
    """Aid "с" that the parser hangs on the verb beside a carrier it sends ("направила на
    Филиппины три самолёта сил самообороны с гуманитарной помощью"): the carrier's load.
    Sixty-seventh pass (h-events254)."""
    with_ = aid.dep_ == "obl" and any(c.dep_ == "case" and c.lemma_ == "с" for c in aid.children)
    carriers = [c for c in aid.head.children if c.dep_ == "obj" and is_role(c, "craft")]
    return with_ and bool(carriers)


def _evacuation(reader: ActReader, tok: Token, anchors: list[Token]) -> tuple[list[str], list[str]]:
    """(who evacuates, the states people are taken out of)."""
    # the verb that takes the noun ("Индия начала эвакуацию"), not one it is the subject of
    # ("Эвакуация граждан Индии из Йемена завершилась": whose the people are)
    verb = tok if tok.pos_ == "VERB" else (anchors[0] if anchors and tok.dep_ == "obj" else None)
    out_of = [c for c in tok.children if reader.prep_of(c) == "из"]
    # "более 1200 своих граждан": the parse makes the comparative the subject or a clause
    people = [
        counted_noun(c) for c in tok.children if c.dep_ in _TAKEN | {"nmod"} or counted_noun(c) != c
    ]
    people = [c for c in people if c not in out_of]
    if tok.pos_ == "VERB" and not any(_people(reader, p) for p in people):
        return [], []  # "эвакуировали технику": no people taken out
    from_states = [k for c in out_of if (k := _state_named(reader, c))]
    subject = reader.subject_mentions(verb, climb=False) if verb is not None else []
    if tok.pos_ == "VERB" and passive_marked(tok, ("nsubj:pass",)):
        subject = []
    doers = [s for k in subject if (s := reader.state_of(k))]
    excluded = {t.i for c in out_of for t in c.subtree}
    own = [
        m.entity
        for p in people
        for t in p.subtree
        if t.i not in excluded
        for m in reader.by_token.get(t.i, ())
        if m.type == "State"
    ]
    return doers or own, from_states


def _people(reader: ActReader, word: Token) -> bool:
    """People, or a body of them ("граждан", "1200 человек", "посольство"), not things."""
    return is_animate(word) or reader.has_role(word, "group") or reader.people_noun(word)


def _delivery(reader: ActReader, tok: Token) -> tuple[list[str], list[str]]:
    """(who sends the aid, who receives it)."""
    verb = sent_aid(tok)
    if verb is None:
        return [], []
    passive = passive_marked(verb, ("nsubj:pass",))
    subject = [] if passive else reader.subject_mentions(verb, climb=False)
    agents = [
        k
        for c in verb.children
        if c.dep_ in {"obl", "obl:agent"} and case_of(c) == "Ins" and not reader.prep_of(c)
        for k in reader.by_token.get(c.i, ())
        if k.type == "State"
    ]
    senders = [s for k in subject if (s := reader.state_of(k))] + [m.entity for m in agents]
    # "Гуманитарная помощь из Египта доставлена", "помощь Египта": whence, whose
    senders += [
        k
        for w in [verb, tok]
        for c in w.children
        if _sent_by(reader, c, tok)
        if (k := _state_named(reader, c))
    ]
    receivers = [
        k
        for w in [verb, tok]
        for c in w.children
        if _received_by(reader, c)
        if (k := _state_named(reader, c))
    ]
    return senders, receivers


def _sent_by(reader: ActReader, word: Token, aid: Token) -> bool:
    """A word that may name who sends: "из" a state, or the aid's bare genitive."""
    prep = reader.prep_of(word)
    own = word.head.i == aid.i and word.dep_ == "nmod" and not prep and case_of(word) == "Gen"
    return prep == "из" or own


def _received_by(reader: ActReader, word: Token) -> bool:
    """A word that may name who receives what is sent: a bare dative ("Судану"), or a
    place "в"/"на" or "для" ("в Порт-Судан", "для Судана")."""
    prep = reader.prep_of(word)
    return prep in {"в", "во", "на", "для"} or not prep and case_of(word) == "Dat"


def _state_named(reader: ActReader, word: Token) -> str:
    """The state a word names: by its own name, as a capital, or as a city the gazetteer
    places ("из Хартума", "в Порт-Судан"); `place_names.city_state_at` asks for a proper
    noun, which the tagger does not always see in a hyphenated name. A place noun a name
    stands beside is that name's ("в порт Коломбо", "в аэропорт Бишкека")."""
    word = proper(word)
    for m in reader.by_token.get(word.i, ()):
        if m.type == "State":
            return m.entity
    if reader.by_token.get(word.i) or not word.text[:1].isupper():
        return reader.capital_of(word)
    # a city the gazetteer places, whatever the tagger calls it ("в Порт-Судан": an adjective)
    return reader.capital_of(word) or city_state(named_city(word, reader.ctx.gazetteer))
