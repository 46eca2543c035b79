"""A title before its place's lower-case genitive adjectives and a capitalised body's name
whose span starts after them serves that body ("Глава городского Департамента культуры X",
"Директор столичного Департамента образования X"), as it serves a quoted club past its
city's adjective; not past a state's adjective ("Глава российского МИД": the state's
minister). Sentences of our own (pass forty-five, h-offices52)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Глава городского Департамента культуры Хуан Перес открыл выставку в Сантьяго.", "Перес",
     {("глава", "org/departament-kultury", False)}),
    ("Директор столичного Департамента образования Луис Гомес открыл школу в Лиме.", "Гомес",
     {("директор", "org/departament-obrazovaniya", False)}),
    ("Председатель правящей Социалистической партии Чили Альваро Элисальде выступил в "
     "Сантьяго.", "Элисальде", {("председатель Социалистической партии", "state/CHL", False)}),
    # (its describing adjective no word of the office since h-offices55, pass forty-six)
    # must-nots: the body named right after the title; a state's adjective; a quoted club
    ("Глава Департамента культуры Хуан Перес открыл выставку в Сантьяго.", "Перес",
     {("глава", "org/departament-kultury", False)}),
    ("Глава российского МИД Сергей Лавров прибыл в Сантьяго.", "Лавров",
     {("министр иностранных дел", "state/RUS", False)}),
    ("Главный тренер мадридского «Реала» Карло Анчелотти прибыл в Лиму.", "Анчелотти",
     {("главный тренер", "org/real", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_body_past_its_places_adjective(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
