"""Claims of a sale "на" a sum whose goods the tagger reads as a verb of their own clause:
"Индия продала Ирану стали на 900 млн долларов" is the export of steel (сталь, not стать), and
so is the gapped sum after it ("…, а хлопка — на 300 млн"); a "стали" with a subject or a
verb of its own after a sale stays a verb."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")
_MN = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Индия продала Ирану стали на 900 млн долларов.", [("экспорт стали", 900 * _MN)]),
        ("Украина продала Польше стали на 1 млрд долларов.", [("экспорт стали", 1000 * _MN)]),
        (
            "Бразилия продала Аргентине стали на 2 млрд долларов, а хлопка — на 300 млн долларов.",
            [("экспорт стали", 2000 * _MN), ("экспорт хлопка", 300 * _MN)],
        ),
    ],
)
def test_goods_read_as_a_verb_after_a_sale_are_its_export(
    analyse, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Индия и Иран продали Китаю товаров на 5 млрд долларов, а затем стали закупать "
            "нефть на 3 млрд долларов.",
            [("закупки нефти", 3000 * _MN), ("экспорт товаров", 5000 * _MN)],
        ),
        (
            "Польша продала Литве газа на 2 млрд долларов, и обе страны стали партнерами.",
            [("экспорт газа", 2000 * _MN)],
        ),
    ],
)
def test_a_verb_of_its_own_stays_a_verb(
    analyse, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
