"""An attack told only by the harm its means did, with no noun of attacking ("была ранена
выстрелом", "погиб от взрыва", "убит снайпером", "снайпер убил"): the means is the attack,
the one harmed its target, dated and placed as the sentence tells (forty-ninth pass,
h-events127). Must-nots: an accident ("ранен в автокатастрофе", "погиб в ДТП"), wounds of
long ago with no means ("умер от ранений, полученных в 1945 году"), a figurative shot
("выстрелила новым альбомом"), a blast of what is no device or of a mine ("взрыв метана"),
a harm denied. Sentences of our own about Nigeria–Niger, India–Pakistan, Brazil–Argentina."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _attacks(read: list[Event]) -> list[tuple[str, list[str], str, str]]:
    return [
        (e.label, sorted(e.participants), e.date, e.location) for e in read if e.kind == "Attack"
    ]


HARMS = [
    ("Посол Бразилии был ранен выстрелом в Буэнос-Айресе 3 марта.",
     [("Нападение в Буэнос-Айресе", ["state/BRA"], "2025-03-03", "Буэнос-Айрес")]),
    ("Солдат армии Нигера погиб от взрыва на границе с Нигерией.",
     [("Нападение", ["state/NER"], "2025-06-05", "")]),
    ("Офицер армии Индии убит снайпером в Кашмире.",
     [("Нападение в Кашмире", ["state/IND"], "2025-06-05", "Кашмир")]),
    ("Снайпер армии Пакистана убил офицера армии Индии в Кашмире.",
     [("Нападение Пакистана на Индию", ["state/IND", "state/PAK"], "2025-06-05", "Кашмир")]),
    ("Корреспондентка была ранена выстрелом в Лагосе 5 мая.",
     [("Нападение в Лагосе", [], "2025-05-05", "Лагос")]),
    ("Полицейский получил ранение выстрелом в Лагосе.",
     [("Нападение в Лагосе", [], "2025-06-05", "Лагос")]),
    ("Двое солдат армии Нигера получили ранения в результате взрыва.",
     [("Нападение", ["state/NER"], "2025-06-05", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), HARMS)
def test_a_harm_by_an_attack_s_means_is_an_attack(events, text: str, told: list) -> None:
    assert _attacks(events(text, "2025-06-05")) == told


NO_ATTACK = [
    "Министр обороны Нигерии ранен в автокатастрофе.",
    "Посол Бразилии погиб в ДТП в Буэнос-Айресе.",
    "Ветеран армии Индии умер от ранений, полученных в 1945 году.",
    "Певица из Аргентины выстрелила новым альбомом.",
    "Шахтёр погиб от взрыва метана на шахте в Нигере.",
    "Горняки погибли от взрыва на шахте в провинции Белуджистан.",
    "Министр обороны Пакистана не пострадал от выстрела.",
    "В Лагосе прозвучал выстрел из стартового пистолета.",
]


@pytest.mark.parametrize("text", NO_ATTACK)
def test_no_attack_without_an_attack_s_means(events, text: str) -> None:
    assert _attacks(events(text, "2025-06-05")) == []


# The death the harm tells keeps the day and place the sentence gives, and the attack takes
# them too, whichever of the two words the date is nearer to
DEATHS = [
    ("Министр обороны Нигера Педро Гомес был убит выстрелами в грудь и голову 7 октября 2024 "
     "года в Ниамее.", "2024-10-07", "Ниамей"),
    ("Посол Индии Педро Гомес был убит выстрелом в голову 3 марта в Исламабаде.",
     "2025-03-03", "Исламабад"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "place"), DEATHS)
def test_a_killing_by_a_shot_is_a_death_and_an_attack_of_one_day(
    events, text: str, day: str, place: str
) -> None:
    read = {e.kind: (e.date, e.location) for e in events(text, "2025-06-05")}
    assert read == {"Attack": (day, place), "Death": (day, place)}
