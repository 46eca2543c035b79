"""A proposal's figure, as an order's, is a target ("предлагает выделить 300 млн"), and so is
a fine's compound future ("будут штрафовать на 300 песо"); a bare
"солей" after a number is the Peruvian sol (PEN) where the text names Peru, "тонн соли" stays
salt; a count right after
an intransitive verb of fate keeps that fate where the parse hangs it on a later noun
("погибли 5 военных и 7 раненых военных") (forty-sixth pass, h-claims70, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Правительство Эстонии предлагает выделить 300 млн евро Латвии.", "target"),
        ("В Мексике водителей будут штрафовать на 300 песо.", "target"),
        # must-not: a sum given and a fine in the present stay actual
        ("Правительство Эстонии выделило 300 млн евро Латвии.", "actual"),
        ("Власти Чили штрафуют нарушителей на 300 песо.", "actual"),
    ],
)
def test_a_proposed_sum_is_a_target(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Средняя зарплата в Перу составила 1500 солей.", ["PEN"]),
        ("Штраф в Перу составит 500 солей.", ["PEN"]),
        ("Чили поставило в Перу 100 тонн соли.", ["тонна"]),  # must-not: salt
    ],
)
def test_a_bare_sol_is_money(analyse, text: str, units: list[str]) -> None:
    assert [u for (u,) in claim_rows(analyse, text, ("unit",))] == units


def test_a_bare_sol_needs_peru(analyse) -> None:
    units = [u for (u,) in claim_rows(analyse, "Средняя зарплата составила 1500 солей.", ("unit",))]
    assert "PEN" not in units


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "В Египте погибли 5 военных и 7 раненых военных.",
            ["погибшие военные", "раненые военные"],
        ),
        # must-not: a verb of no fate gives none; a transitive one its passive role
        ("В Египте прибыли 5 военных и 7 туристов.", ["военные", "туристы"]),
        (
            "Полиция Египта задержала 5 военных и 7 туристов.",
            ["задержанные военные", "задержанные туристы"],
        ),
    ],
)
def test_a_fate_before_two_counts(analyse, text: str, metrics: list[str]) -> None:
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == metrics
