"""Claims of a gapped second sale whose goods stand in the accusative: "продала Японии лосося
на 2 млрд долларов, а [треску] — на 500 млн" is the export of cod, as a genitive there is, and
so is fish the tagger reads as animate ("а рыбу — на …"); a state or a measured noun there
is no goods."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")
_MN = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Норвегия продала Японии лосося на 2 млрд долларов, а треску — на 500 млн долларов.",
            ("экспорт трески", 500 * _MN),
        ),
        (
            "Норвегия продала Японии лосося на 2 млрд долларов, а рыбу — на 500 млн долларов.",
            ("экспорт рыбы", 500 * _MN),
        ),
        (
            "Аргентина продала Китаю сои на 4 млрд долларов, а говядину — на 2 млрд долларов.",
            ("экспорт говядины", 2000 * _MN),
        ),
        (
            "Индия закупила у России нефти на 5 млрд долларов, а древесину — на 300 млн долларов.",
            ("закупки древесины", 300 * _MN),
        ),
    ],
)
def test_an_accusative_before_a_gapped_sum_is_its_goods(
    analyse, text: str, second: tuple[str, Decimal]
) -> None:
    assert second in claim_rows(analyse, text, _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state in the accusative is no goods: the second sum names none
        (
            "Франция продала Египту самолеты на 5 млрд евро, а Индию — на 3 млрд евро.",
            [("экспорт самолётов", 5000 * _MN)],
        ),
        # a measured noun names its own figure
        (
            "Норвегия продала Японии лосося на 2 млрд долларов, а долю — на 500 млн долларов.",
            [("стоимость доли", 500 * _MN), ("экспорт лосося", 2000 * _MN)],
        ),
    ],
)
def test_a_state_or_a_measured_noun_there_is_no_goods(
    analyse, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
