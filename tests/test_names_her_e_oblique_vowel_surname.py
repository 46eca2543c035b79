"""A woman's "-е" first name before a foreign surname in "-у", "-ю", "-о" (or an unknown one
in "-и", "-е") stays as written in an oblique place too, where the text writes no "-а"
nominative of that first name: "мэру Тромсё Анне Линдбу" gave "Тромсё Анна Линдбу", "с мэром
Бергена Марианне Скарбу" gave "Марианна Скарбу" ("Скарбу" also reads as "скарб"'s dative).
Must-nots: a Russian declension ("Анне Марии Петровой", "Анне Банде", "Ирине Шойгу", whose
surname is a known one), and the "-а" name the text writes elsewhere. Seventy-first pass,
h-names159; own sentences about Norway–Sweden, Denmark–Finland, Iceland–Estonia."""

from __future__ import annotations

import pytest

NAMED = [
    ("Посол Швеции позвонил мэру Тромсё Анне Линдбу.", "Линдбу", "Анне Линдбу"),
    ("Министр Финляндии встретился с мэром Бергена Марианне Скарбу.", "Скарбу",
     "Марианне Скарбу"),
    ("Президент Эстонии вручил орден послу Норвегии Марианне Кнудсбо.", "Кнудсбо",
     "Марианне Кнудсбо"),
    # must not: Russian declension, a known surname, the "-а" name written in the text
    ("Посол Швеции вручил награду Анне Марии Петровой.", "Петрова", "Анна Мария Петрова"),
    ("Посол Дании вручил награду Анне Банде.", "Банда", "Анна Банда"),
    ("Министр Финляндии позвонил Ирине Шойгу.", "Шойгу", "Ирина Шойгу"),
    ("Анна Линдбу прибыла в Осло. Посол Швеции позвонил Анне Линдбу.", "Линдбу",
     "Анна Линдбу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "name"), NAMED)
def test_her_e_name_oblique(extraction_of, text: str, surname: str, name: str) -> None:
    ex = extraction_of(text, "2026-12-04", "offices")
    assert {e.name for e in ex.entities if e.type == "Person" and surname in e.name} == {name}
