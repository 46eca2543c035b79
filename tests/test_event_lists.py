"""Participants given as a list: a count of states spelled out after a colon, coordinated
states as subjects, guests listed after "присутствовали:"; a list of places visited or of a
discussion's topics is no participant. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import state_keys

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import Event, extract_events
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import Registry, resolve


def _events(nlp, text: str, kind: str) -> list[Event]:
    document = Document(id="t", text=text, date="2024-05-10")
    doc = nlp(text)
    entities, mentions = resolve(doc, document, Registry(Gazetteer.load()))
    ctx = Context(doc, document, mentions, {e.key: e for e in entities})
    return [e for e in extract_events(ctx, read_agreements(ctx)) if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "states"),
    [
        # a count the parser took for a second object, spelled out after a colon
        ("Договор ратифицировали три страны: Аргентина, Бразилия и Уругвай.",
         "Ratification", {"state/ARG", "state/BRA", "state/URY"}),
        ("Соглашение о свободной торговле ратифицировали шесть государств: Кения, Эфиопия, "
         "Сомали, Уганда, Танзания и Руанда.", "Ratification",
         {"state/KEN", "state/ETH", "state/SOM", "state/UGA", "state/TZA", "state/RWA"}),
        # "N из M стран-членов: …" reporting the act: the listed states are its agents
        ("Ратификацию договора подтвердили четыре из семи государств-членов: Кения, Эфиопия, "
         "Уганда, а также Танзания.", "Ratification",
         {"state/KEN", "state/ETH", "state/UGA", "state/TZA"}),
        # the count parsed as a second object, its list under "из … стран-членов"
        ("На 1 мая ратификацию соглашения по ВТО подтвердили четыре из 9 стран-членов: Кения, "
         "Эфиопия, Уганда, а также Танзания.", "Ratification",
         {"state/KEN", "state/ETH", "state/UGA", "state/TZA"}),
        # coordinated states as the subject or after the trigger
        ("Кения, Эфиопия и Сомали подписали соглашение о безопасности.",
         "Signing", {"state/KEN", "state/ETH", "state/SOM"}),
        ("Соглашение подписали Норвегия, Дания и Швеция.",
         "Signing", {"state/NOR", "state/DNK", "state/SWE"}),
        ("Хартию подписали лидеры трёх государств: Аргентины, Бразилии и Чили.",
         "Signing", {"state/ARG", "state/BRA", "state/CHL"}),
        # a ceremony's guests listed after a colon
        ("На церемонии присутствовали: президент Кении Уильям Руто, премьер-министр Эфиопии "
         "Абий Ахмед и президент Сомали Хасан Шейх Махмуд.", "Ceremony",
         {"state/KEN", "state/ETH", "state/SOM"}),
    ],
)  # fmt: skip
def test_listed_states_take_part(nlp, text: str, kind: str, states: set[str]) -> None:
    (event,) = _events(nlp, text, kind)
    assert state_keys(event) == states


@pytest.mark.parametrize(
    ("text", "kind", "never"),
    [
        # places visited are no participants
        ("Президент Египта посетил три страны: Турцию, Грецию и Кипр.", "Visit",
         {"state/TUR", "state/GRC", "state/CYP"}),
        # a discussion's topic list is no participant
        ("Министры иностранных дел Египта и Турции обсудили ситуацию в Сирии, Ливии и Йемене.",
         "Talks", {"state/SYR", "state/LBY", "state/YEM"}),
    ],
)  # fmt: skip
def test_listed_places_and_topics_take_no_part(nlp, text: str, kind: str, never: set) -> None:
    assert not any(never & state_keys(e) for e in _events(nlp, text, kind))


def test_a_count_of_people_reporting_is_no_agent(nlp) -> None:
    assert not _events(nlp, "Ратификацию договора подтвердили четыре эксперта.", "Ratification")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # the parser cuts a guest list at its semicolons: each piece is one more guest
        ("В церемонии открытия участвовали: посол Кении Джеймс Мванги; Алемайеху Текле, "
         "министр культуры Эфиопии; Сара Очиенг, директор музея.",
         {"person/dzheyms-mvangi", "person/alemayekhu-tekle", "person/sara-ochieng"}),
        # no colon: what follows the semicolon is another clause
        ("На церемонии присутствовал посол Кении Джеймс Мванги; Алемайеху Текле, министр "
         "культуры Эфиопии, выступил с речью.", {"person/dzheyms-mvangi"}),
        # a piece that is a clause of its own names no guest
        ("В церемонии участвовали: посол Кении Джеймс Мванги; Алемайеху Текле выступил с "
         "речью.", {"person/dzheyms-mvangi"}),
    ],
)  # fmt: skip
def test_guests_listed_across_semicolons(nlp, text: str, persons: set[str]) -> None:
    (ceremony,) = _events(nlp, text, "Ceremony")
    assert {p for p in ceremony.participants if p.startswith("person/")} == persons


def test_a_later_mention_of_some_listed_states_is_the_same_act(nlp) -> None:
    text = (
        "На 1 мая ратификацию соглашения подтвердили четыре из 9 стран-членов: Кения, Эфиопия, "
        "Уганда, а также Танзания. Уведомить партнеров о ратификации успели лишь Уганда и Кения."
    )
    (ratification,) = _events(nlp, text, "Ratification")
    assert state_keys(ratification) == {"state/KEN", "state/ETH", "state/UGA", "state/TZA"}
