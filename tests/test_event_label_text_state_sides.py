"""Talks or a meeting of two persons are labelled by the persons whichever way kg knows
their states (sixty-second pass, h-events215).

The label names the persons where they stand for every state, else the states
(`naming._sides`; README: "participants: persons where the text names them, else states").
It read a person's state from the entity alone, while a hit's sides read it also from the
person's current offices in the text (`_held_state`, h-names134): "Министр иностранных дел
Кении X посетил Танзанию и провёл переговоры с президентом Y" gave Y Tanzania's presidency
from the visit, yet the talks read "Переговоры Кении и Танзании", where "… с президентом
Танзании Y" (the state beside the name) gave "Переговоры X и Y". Both now read one
`mentions.person_state`. Must-nots: a side with no person named stays a state, and a host
of a third state, a body's head and a former president keep their labels.

Own sentences about Kenya–Tanzania, Chile–Bolivia, Portugal–Angola, Brazil–Argentina."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

DATE = "2027-03-03"
KENYA = "Министр иностранных дел Кении Мусалия Мудавади посетил Танзанию и провёл переговоры с"

LABELS = [
    (f"{KENYA} президентом Джумой Мбегой.", "Переговоры Джумы Мбеги и Мусалии Мудавади"),
    ("Министр иностранных дел Чили Альберто ван Кляверен посетил Боливию и провёл переговоры "
     "с министром иностранных дел Рикардо Мендосой.",
     "Переговоры Альберто ван Кляверена и Рикардо Мендосы"),
    ("Премьер-министр Португалии Луиш Монтенегру посетил Анголу и встретился с президентом "
     "Жоаном Мануэлом Сантушем.", "Встреча Жоана Мануэла Сантуша и Луиша Монтенегру"),
    ("Министр обороны Бразилии Жозе Муселли посетил Аргентину и провёл переговоры с "
     "министром обороны Луисом Петри.", "Переговоры Жозе Муселли и Луиса Петри"),
    # must not: the state beside the name (as before); the visitor unnamed, a state; the
    # host of a third state, a bank's head, a former president: as before
    (f"{KENYA} президентом Танзании Джумой Мбегой.", "Переговоры Джумы Мбеги и Мусалии Мудавади"),
    ("Министр иностранных дел Кении посетил Танзанию и провёл переговоры с президентом Джумой "
     "Мбегой.", "Переговоры Кении и Танзании"),
    (f"{KENYA} президентом Уганды Джумой Мбегой.", "Переговоры Джумы Мбеги и Мусалии Мудавади"),
    (f"{KENYA} президентом Африканского банка развития Джумой Мбегой.",
     "Переговоры Джумы Мбеги и Мусалии Мудавади"),
    (f"{KENYA} бывшим президентом Джумой Мбегой.", "Переговоры Джумы Мбеги и Мусалии Мудавади"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_talks_labelled_by_persons_of_text_states(
    events: Callable[..., list[Event]], text: str, label: str
) -> None:
    assert one_of_kind(events(text, DATE), "Talks", "Meeting").label == label
