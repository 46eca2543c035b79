"""A percent "у" a rival has after a dash, once a contender's share of votes is told, is
that rival's share of votes (forty-fourth pass, h-claims66, own sentences): "Кая Каллас
лидирует с результатом 56 процентов голосов. У её соперника - Юрия Ратаса - 44 процента"."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


def _rows(analyse, text: str) -> list[tuple[str, int]]:
    return [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)]


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "После подсчета голосов Кая Каллас лидирует с результатом 56 процентов. У её"
            " соперника - Юрия Ратаса - 44 процента.",
            "доля голосов Юрия Ратаса",
        ),
        (
            "Андрес Лопес получил 53 % голосов избирателей Мексики. У его соперника — 38 %.",
            "доля голосов соперника",
        ),
        (
            "Андрес Лопес получил 53 % голосов избирателей Мексики, у его соперника Рикардо"
            " Анайи — 38 %.",
            "доля голосов Рикардо Анайи",
        ),
    ],
)
def test_a_rivals_share_is_of_votes(analyse, text: str, rival: str) -> None:
    assert rival in [m for m, _ in _rows(analyse, text)]


@pytest.mark.parametrize(
    "text",
    [
        # no share of votes told before: a share of something else
        "Канада экспортирует 56 процентов нефти. У её соседа - Мексики - 44 процента.",
        # a dash that is no gap: no figure after the holder's dash
        "Андрес Лопес получил 53 % голосов. У его соперника - Рикардо Анайи - нет шансов.",
    ],
)
def test_no_vote_no_rivals_share(analyse, text: str) -> None:
    assert not [m for m, v in _rows(analyse, text) if m.startswith("доля голосов") and v != 53]
