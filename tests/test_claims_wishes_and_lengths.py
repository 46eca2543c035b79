"""Claims (forty-fourth pass, h-claims64, own sentences): a figure an infinitive of a wish
governs ("хотела бы продать 2 млн тонн меди") is a goal, status target, not a deed done; a
thing's length "длительностью N минут" is its own metric also where the parser hangs the
minutes on the verb ("На видео длительностью около трёх минут выступает министр") or the
length on the thing's attribute ("видео с логотипом … длительностью")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Чили хотела бы продать Перу 2 млн тонн меди.", "target"),
        ("Перу желает закупить у Чили 40 самолётов.", "target"),
        ("Эстония хочет поставить Латвии 300 тысяч тонн сланца.", "target"),
        # must-not: a deed a finite verb tells past the wish, a sale done
        ("Хочу отметить, что Чили продала Перу 2 млн тонн меди.", "actual"),
        ("Чили продала Перу 2 млн тонн меди.", "actual"),
    ],
)
def test_a_wished_deed_is_a_target(analyse, text: str, status: str) -> None:
    assert [row[0] for row in claim_rows(analyse, text, ("status",))] == [status]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "На видео длительностью около трёх минут выступает министр.",
            [("длительность видео", Decimal(3), "минута")],
        ),
        (
            "В ролике продолжительностью две минуты министр Чили говорит о Перу.",
            [("продолжительность ролика", Decimal(2), "минута")],
        ),
        (  # the parser hangs the length on the video's attribute
            "На видео с логотипом МИД Египта длительностью около двух с половиной минут "
            "выступает министр.",
            [("длительность видео", Decimal("2.5"), "минута")],
        ),
        (  # … or on a noun after it, past a name in apposition
            "На видео с логотипом агентства Reuters длительностью около двух минут выступает "
            "молодой человек в капюшоне.",
            [("длительность видео", Decimal(2), "минута")],
        ),
        # must-not: a term of office, a state lasting till now
        (
            "Срок полномочий президента Чили три года.",
            [("срок полномочий", Decimal(3), "год")],
        ),
        (
            "Посол Чили живёт в Перу последние шесть лет.",
            [("срок", Decimal(6), "год")],
        ),
    ],
)
def test_a_length_the_verb_holds_is_still_the_things(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "unit")) == rows
