"""A part of a body before the body's name in the genitive is one body ("ЦК Компартии
Вьетнама", "Президиум Верховного совета Вьетнама", "комитет Госдумы"): the tagger split it
or left the part untagged; the body named after it stays an organization of its own."""

from __future__ import annotations

import pytest

from kg.extract.offices import extract_offices
from kg.model import Document


def _orgs(analyse, text: str) -> list[str]:
    ctx = analyse(Document(id="t", text=text))
    return [ctx.entities[m.entity].name for m in ctx.mentions if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Генеральный секретарь ЦК Компартии Вьетнама То Лам прибыл в Джакарту.",
         ["ЦК Компартии Вьетнама", "Компартия Вьетнама"]),
        ("Председатель Президиума Верховного совета Вьетнама встретился с послом Индонезии.",
         ["Президиум Верховного совета Вьетнама", "Верховный совет Вьетнама"]),
        ("Делегация Центрального комитета Компартии Вьетнама прибыла в Джакарту.",
         ["Центральный комитет Компартии Вьетнама", "Компартия Вьетнама"]),
        ("Председатель комитета Госдумы Леонид Слуцкий встретился с послом Египта.",
         ["комитет Госдумы", "Государственная дума"]),
        # must-not: advice is no body; two bodies in other cases stay two
        ("По совету Минздрава Египта туристы отказались от поездки.",
         ["Министерство здравоохранения Египта"]),
        ("Агентству Анадолу МИД Турции сообщил о визите.",
         ["Анадолу", "Министерство иностранных дел Турции"]),
    ],
)  # fmt: skip
def test_a_part_and_its_body_are_one_body(analyse, text, orgs):
    assert _orgs(analyse, text) == orgs


def test_the_office_serves_the_whole_body(analyse):
    ctx = analyse(
        Document(
            id="t",
            text="Генеральный секретарь ЦК Компартии Вьетнама То Лам прибыл в Джакарту.",
            date="2025-01-10",
        )
    )
    held = {
        (h.office, ctx.entities[h.state].name) for h in extract_offices(ctx) if h.basis == "text"
    }
    # the whole body in the office's words, the state its name ends with served
    assert held == {("генеральный секретарь ЦК Компартии", "Вьетнам")}
    person = next(e for e in ctx.entities.values() if e.type == "Person")
    assert person.state == "state/VNM"
