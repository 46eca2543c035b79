"""A bare percent that holds a view in a poll is a share of those polled (forty-fourth pass,
h-claims66, own sentences): "Согласно опросу, 17 % поддерживают вариант технического
правительства, для 21 % приемлемо продолжение коалиции" are two shares of the polled."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


def _rows(analyse, text: str) -> list[tuple[str, int]]:
    return [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Согласно опросу, 17% поддерживают вариант технического правительства Латвии, для"
            " 21% приемлемо продолжение коалиционного кабинета с премьером Кришьянисом Каринсом.",
            [("доля опрошенных", 17), ("доля опрошенных", 21)],
        ),
        (
            "По данным опроса в Эстонии, 40 % считают, что досрочные выборы нужны.",
            [("доля опрошенных", 40)],
        ),
        (
            "В Канаде прошел опрос. 35 % выступают за соглашение с Мексикой.",
            [("доля опрошенных", 35)],
        ),
    ],
)
def test_a_polled_share(analyse, text: str, expected: list) -> None:
    assert _rows(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share with a noun of its own keeps it
        (
            "Согласно опросу, 52 % опрошенных респондентов полагают, что правительство Латвии"
            " уйдет.",
            [("доля опрошенных респондентов", 52)],
        ),
        # no poll told: no one polled
        ("Правительство Перу считает, что 40 % превышают норму.", []),
    ],
)
def test_no_poll_no_polled(analyse, text: str, expected: list) -> None:
    assert [r for r in _rows(analyse, text) if r[0].startswith("доля")] == expected
