"""A first name, a lower-case particle and a surname natasha tags as one place ("утвердил
Сальвадора дель Солара": "Сальвадор" is also El Salvador) are a person in any case; names
with a particle natasha tags as persons, and places whose particle is hyphenated, stay as
they were (agr41). Sentences of our own about other states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.fixture(scope="module")
def run(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    return lambda text: extraction(text, "2025-06-05")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Конгресс Перу утвердил Сальвадора дель Солара премьер-министром.",
         "Сальвадор дель Солар"),
        ("Конгресс Перу утвердил Сальвадора дель Солара на посту премьер-министра.",
         "Сальвадор дель Солар"),
        # must not change: names with a particle natasha reads as persons
        ("Президент Бельгии встретился с Марком ван Ранстом.", "Марк ван Ранст"),
        ("Президент Эстонии пригласил Урсулу фон дер Ляйен в Таллин.", "Урсула фон дер Ляйен"),
    ],
)  # fmt: skip
def test_a_name_with_a_particle_is_a_person(
    run: Callable[[str], Extraction], text: str, person: str
) -> None:
    assert person in person_names(run(text))


def test_the_named_appointee_is_appointed(run: Callable[[str], Extraction]) -> None:
    ex = run("Конгресс Перу утвердил Сальвадора дель Солара премьер-министром.")
    names = {e.key: e.name for e in ex.entities}
    (appointment,) = [e for e in ex.facts["events"] if e.kind == "Appointment"]
    assert "Сальвадор дель Солар" in {names.get(p) for p in appointment.participants}
    assert appointment.date == "2025-06-05"


@pytest.mark.parametrize(
    "text",
    [
        "Президент Аргентины прибыл в Мар-дель-Плату.",
        "Президент Чили посетил Сантьяго-де-Чили.",
        "Президент Кубы прибыл в Сантьяго де Куба.",
        "Министр Кубы вернулся из Сантьяго де Куба.",
    ],
)
def test_a_place_with_a_particle_is_no_person(run: Callable[[str], Extraction], text: str) -> None:
    assert not {p for p in person_names(run(text)) if " " in p and p.split()[1][:1].islower()}
