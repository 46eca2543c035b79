"""A woman's foreign "-е" first name before a surname in a vowel that never declines is her
own, not Анна's dative, where her place tells no dative ("Мэр Осло Анне Линдбу заявила" gave
"Анна Линдбу" and no office; now Анне Линдбу, мэр of Norway). Seventieth pass, h-names157;
own sentences about Norway, Denmark, Iceland, Sweden."""

from __future__ import annotations

import pytest

NAMED = [
    ("Мэр Осло Анне Линдбу заявила о сотрудничестве.", "Линдбу", "Анне Линдбу",
     {("мэр", "state/NOR")}),
    ("Спикер стортинга Анне Мунто заявила о поддержке.", "Мунто", "Анне Мунто",
     {("спикер стортинга", "state/NOR")}),
    # a dative title: hers as written too, where the text writes no "Кристина" (reversed in
    # the seventy-first pass, h-names159: tests/test_names_her_e_oblique_vowel_surname.py)
    ("Президент Исландии вручил награду министру Дании Кристине Ольсбу.", "Ольсбу",
     "Кристине Ольсбу", {("министр", "state/DNK")}),
    # must not: a surname in a consonant (unchanged), a Russian surname that declines
    ("Министр Дании Анне Хансен заявила о сотрудничестве.", "Хансен", "Анне Хансен",
     {("министр", "state/DNK")}),
    ("Посол Швеции вручил награду Анне Петровой.", "Петрова", "Анна Петрова", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "name", "held"), NAMED)
def test_her_e_name(
    extraction_of, text: str, surname: str, name: str, held: set[tuple[str, str]]
) -> None:
    ex = extraction_of(text, "2026-12-04", "offices")
    names = {e.name for e in ex.entities if e.name.endswith(surname)}
    assert names == {name}
    got = {(h.office, h.state) for h in ex.facts["offices"] if h.basis == "text"}
    assert got == held
