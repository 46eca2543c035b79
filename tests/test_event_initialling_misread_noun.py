"""A past verb the tagger reads as a noun after a date and a long titled subject ("Министры
иностранных дел X и Y A и B в пятницу парафировали …": "парафировали/NOUN") is read as the
verb it is: the body's initialling is one with the headline's and "Церемония прошла в
присутствии …" joins it. Own sentences about Chile–Bolivia, Peru–Ecuador, Ethiopia–Eritrea
(seventy-first pass, h-events272)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, person_keys, state_keys

_FRIDAY = "2025-08-08"

# text, the initialling's states, its persons
INITIALLED = [
    ("Министры иностранных дел Чили и Боливии Альберто ван Кларен и Селинда Соса в пятницу "
     "парафировали в Лиме текст соглашения о водах. Церемония прошла в присутствии "
     "президента Перу Дины Болуарте.",
     {"state/BOL", "state/CHL", "state/PER"}, 3),
    ("Министры экономики Перу и Эквадора в пятницу парафировали в Лиме текст соглашения о "
     "свободной торговле.",
     {"state/ECU", "state/PER"}, 0),
    ("Министры иностранных дел Эфиопии и Эритреи Гедион Тимотиос и Осман Салех в пятницу "
     "парафировали в Джидде текст соглашения о мире и дружбе. Церемония прошла в "
     "присутствии наследного принца Саудовской Аравии Мухаммеда бен Сальмана.",
     {"state/ERI", "state/ETH", "state/SAU"}, 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "persons"), INITIALLED)
def test_initialling_of_a_misread_verb(events, text: str, states: set[str], persons: int) -> None:
    read = events(text, _FRIDAY)
    initialling = one_of_kind(read, "Initialling")
    assert state_keys(initialling) == states
    assert len(person_keys(initialling)) == persons
    assert initialling.date == _FRIDAY
    assert not of_kind(read, "Ceremony")


def test_headline_and_body_initial_once(events) -> None:
    text = (
        "Чили и Боливия парафировали соглашение о водах в Лиме\n"
        "ЛИМА, 8 августа 2025 — РИА Новости.\n"
        "Министры иностранных дел Чили и Боливии Альберто ван Кларен и Селинда Соса в пятницу "
        "парафировали в Лиме текст соглашения о водах реки Силала. Церемония прошла в "
        "присутствии президента Перу Дины Болуарте."
    )
    (initialling,) = of_kind(events(text, _FRIDAY), "Initialling", "Ceremony")
    assert initialling.kind == "Initialling"
    assert len(person_keys(initialling)) == 3


# must not: a noun of a past verb's ending the dictionary also reads as a noun stays a noun
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Министры Перу и Эквадора в пятницу обсудили в Лиме импорт стали и угля.", "стали"),
        ("Министры торговли Перу и Эквадора в пятницу обсудили в Лиме торговлю.", "торговли"),
        ("Президенты Перу и Эквадора в пятницу посетили в Лиме фабрику мыла.", "мыла"),
        ("Министры Перу и Эквадора в пятницу обсудили в Лиме раздел земли.", "раздел"),
    ],
)
def test_nouns_stay(nlp, text: str, word: str) -> None:
    (tok,) = [t for t in nlp(text) if t.lower_ == word]
    assert tok.pos_ == "NOUN"


def test_talks_are_no_initialling(events) -> None:
    text = (
        "Министры экономики Перу и Эквадора в пятницу обсудили в Лиме поставки стали и текст "
        "соглашения о свободной торговле."
    )
    assert not of_kind(events(text, _FRIDAY), "Initialling")
