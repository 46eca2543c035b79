"""A regional head's title before a place it governs and a name ("Аким Алматы Ерболат
Досаев заявил", "Губернатор Бали X"): the name after the place is the person who holds the
title, the place and the title no words of the name, though natasha tags the place apart
or the title's word is also a given name ("Аким"); a full name natasha missed after such a
place is read ("Аким Шымкента Габит Сыздыкбеков"). Not a first name after a title
("Президент Казахстана Касым-Жомарт Токаев"), nor a given name with a surname alone
("Аким Москвин"). Seventy-first pass, h-names159; own sentences about Kazakhstan–Turkey,
Indonesia–Australia, Uzbekistan–China, Norway–Sweden."""

from __future__ import annotations

import pytest

NAMED = [
    ("Аким Алматы Ерболат Досаев заявил, что город готов принять делегацию Турции.",
     "Досаев", "Ерболат Досаев", {"аким"}),
    ("Аким Шымкента Габит Сыздыкбеков встретился с делегацией Турции.",
     "Сыздыкбеков", "Габит Сыздыкбеков", {"аким"}),
    ("Губернатор Бали Ваян Костер встретился с послом Австралии.", "Костер", "Ваян Костер",
     {"губернатор"}),
    ("Посол Швеции позвонил мэру Тромсё Анне Линдбу.", "Линдбу", "Анне Линдбу", {"мэр"}),
    # must not: a first name after a title, a given name before a surname
    ("Президент Казахстана Касым-Жомарт Токаев прибыл в Анкару.", "Токаев",
     "Касым-Жомарт Токаев", {"президент"}),
    ("Аким Москвин встретился с послом Турции.", "Москвин", "Аким Москвин", set()),
    # must not: a place's name after a title no place's head holds is a first name (the lead)
    ("Посол Кубы приехал вместе с певицей Флоридой Мартинес, которая выступила на концерте.",
     "Мартинес", "Флорида Мартинес", {"певица"}),
    ("Министр побеседовал с журналисткой Викторией Лопес о визите.", "Лопес",
     "Виктория Лопес", {"журналистка"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "name", "held"), NAMED)
def test_regional_head(extraction_of, text: str, surname: str, name: str, held: set) -> None:
    ex = extraction_of(text, "2026-12-04", "offices")
    persons = [e for e in ex.entities if e.type == "Person"]
    assert {e.name for e in persons if surname in e.name} == {name}
    keys = {e.key for e in persons if e.name == name}
    got = {h.office for h in ex.facts["offices"] if h.basis == "text" and h.person in keys}
    assert got == held


def test_no_person_of_a_title_and_its_city(extraction_of) -> None:
    """ "Хоким Самарканда", which natasha tags a person, names no one."""
    ex = extraction_of(
        "Хоким Самарканда Эркинжон Турдимов встретил гостей из Китая.", "2026-12-04", "offices"
    )
    assert {e.name for e in ex.entities if e.type == "Person"} == {"Эркинжон Турдимов"}
