"""Seats of power (`seats.txt`): the buildings whose names news uses for the bodies seated
there ("Кремль заявил", "Пентагон сообщил"), and where such a name is the building, a
place, rather than the body: the gazetteer matcher and the tagger's organizations both ask."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span

from kg.gazetteer import normalize
from kg.lexicon import load_groups, load_rows
from kg.nlp.morph import case_of, features, morph
from kg.resolve.name_lexicons import common_word
from kg.resolve.org_naming import HOUSES

_SEATS_FILE = Path(__file__).with_name("seats.txt")
_SEAT_WORDS = load_groups(_SEATS_FILE)
SEATS = _SEAT_WORDS["seat"]
BUILDINGS = _SEAT_WORDS["building"]  # a seat's building item is no body (build_links)
VISITING = _SEAT_WORDS["visiting"]  # "посетить", "покинуть": their object is a place
GOING = _SEAT_WORDS["going"]  # "посетить": their object is where a trip goes, never a person
# a seat of one state's government → its state's ISO alpha-3 (the `seat` rows' third column)
_SEAT_STATES = {row[0]: row[2] for row in load_rows(_SEATS_FILE) if row[1] == "seat" and row[2:]}


def venue(span: Span) -> bool:
    """A name headed by a building's noun (group `venue`: "Национальный дворец", "Дом
    правительства", "Дворец спорта «Лужники»"), not a firm's kind (group `firm`: "Торговый
    дом"): a building, which is a place where a seat's name would be one (`seat_as_place`)."""
    return span.root.lemma_ in _SEAT_WORDS["venue"] and not any(
        t.lemma_ in _SEAT_WORDS["firm"] for t in span
    )


def building_as_place(span: Span) -> bool:
    """A seat of power's or a venue's name (`venue`) standing for the building, a place, by
    `seat_as_place`: "перед Пентагоном", "в Национальном дворце состоялись переговоры"."""
    return bool(seat_of(span.text) or venue(span)) and seat_as_place(span)


@cache
def _seat_lemmas() -> dict[tuple[str, ...], str]:
    return {_word_lemmas(seat): seat for seat in SEATS}


def _word_lemmas(name: str) -> tuple[str, ...]:
    return tuple(normalize(morph().parse(w)[0].normal_form) for w in name.split())


def seat_of(name: str) -> str:
    """The seat of power (`seats.txt`) a name names in any case ("Белого дома" → "Белый
    дом"), or ""."""
    return _seat_lemmas().get(_word_lemmas(name), "")


def seat_state(name: str) -> str:
    """The key of the state whose seat of government a name names in any case
    (`seats.txt`'s `seat` rows: "Белом доме" → "state/USA"), or "": where talks there are
    held. Fifty-sixth pass (h-events178)."""
    iso3 = _SEAT_STATES.get(seat_of(name), "") if name else ""
    return f"state/{iso3}" if iso3 else ""


def seat_as_place(span: Span) -> bool:
    """A body's one-word name that is also an ordinary word, or a seat of power's name, the
    building it sits in, in the locative after "в" or "на" ("встреча прошла в Кремле", "в
    Белом доме"; a seat's nominative form there too: "прибыл в Елисейский дворец", the
    undeclined "на Даунинг-стрит") or after its city at the head of a line ("Москва,
    Кремль"): where something happens, not the body ("Кремль заявил", "на сайте Кремля"). A
    seat's also after a preposition of where around it (group `around`: "у Белого дома
    прошла акция", "экскурсия по Кремлю"), but for the owner of what "у" has ("у Кремля нет
    сведений"), and in the genitive on a part of a building (group `part`: "в Овальном
    кабинете Белого дома"), and as the object of a visit (group `visiting`: "Делегация
    посетила Кремль"). Not the speaker a verb of saying in the plural with no subject has
    after "в"/"на" (group `speaking`: "На Даунинг-стрит заявили", "В Кремле сообщили"): the
    body. A venue (`venue`) is a place only so located: "в Национальном дворце", "в Доме
    правительства"."""
    doc = span.doc
    named = seat_of(span.text)
    seat = bool(named)
    housed = seat or venue(span)  # a venue only where it is located: "к зданию Розового дома"
    if not housed and (len(span) != 1 or not common_word(span.text) or _house(span)):
        return False
    i = span.start
    while seat and i > 0 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].head.i == span.root.i:
        i -= 1  # the seat's own adjective: "у Московского Кремля"
    prev = next((t for t in reversed(doc[max(i - 3, 0) : i]) if not t.is_space), None)
    before = prev.lower_ if prev is not None else ""
    nominative = bool(named) and normalize(span.text) == normalize(named)  # "на Даунинг-стрит"
    located = before in ("в", "во", "на") and (case_of(span.root) == "Loc" or nominative)
    located = located and not (housed and _speaking_seat(span))
    around = seat and before in _SEAT_WORDS["around"]
    owner = before == "у" and span.root.head.lemma_ in _SEAT_WORDS["having"]
    part = seat and span.root.dep_ == "nmod" and span.root.head.lemma_ in _SEAT_WORDS["part"]
    dateline = i >= 2 and doc[i - 1].text == "," and (i == 2 or doc[i - 3].is_space)
    visited = seat and span.root.dep_ == "obj" and span.root.head.lemma_ in VISITING
    return located or (around and not owner) or part or dateline or visited


def _house(span: Span) -> bool:
    """A parliament's own word (org_words.txt group `house`: "в Стортинге", "в Кнессете"),
    which the dictionary knows as a common noun: the body where it sits, as "в Госдуме" is,
    not a building (fifty-ninth pass, h-names125)."""
    return morph().lemma(span.root.lower_, "NOUN") in HOUSES


def _speaking_seat(span: Span) -> bool:
    """A seat after "в"/"на" that a verb of saying in the plural with no subject of its own
    hangs on ("На Даунинг-стрит заявили", "В Кремле не комментируют"): the body speaking
    by its seat's name, as an indefinite "they"."""
    verb = span.root.head
    claims = verb.lemma_ in _SEAT_WORDS["claiming"] and any(
        c.dep_ in ("ccomp", "parataxis") for c in verb.children
    )  # "В Кремле отметили, что …", not "отметили праздник"
    return (
        span.root.dep_ == "obl"
        and (verb.lemma_ in _SEAT_WORDS["speaking"] or claims)
        and features(verb, "Number") == ("Plur",)
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )
