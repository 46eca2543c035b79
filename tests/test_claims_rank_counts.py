"""A small number with a rank word on what it counts names a place in a ranking, no count of
anything measured (forty-second pass, own sentences about Chile–Peru, Egypt–Turkey,
Estonia–Latvia): "первые два кандидата", "два основных претендента", "одним из трёх
крупнейших партнёров", "в число пяти крупнейших торговых партнёров". The shares, seats and
sums of the same sentence stay; so do counts with no rank word ("одним из четырёх игроков,
родившихся …", "два кандидата"), a larger set ("первые 500 беженцев") and a span of time
("за последние пять лет")."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По итогам выборов в Перу первые два кандидата вышли во второй тур.", []),
        ("Во втором туре в Чили встретятся два основных претендента на пост президента.", []),
        ("Премьер-министр Египта назвал Турцию одним из трёх крупнейших партнёров страны.", []),
        ("Чили входит в число пяти крупнейших торговых партнёров Перу.", []),
        ("Два главных кандидата в президенты Чили провели дебаты.", []),
        ("Три ведущие партии Латвии получили 60 мест в сейме.", [(60, "место")]),
        ("Два основных претендента в Перу набрали по 30 % голосов.", [(30, "percent")]),
        ("Три крупнейших банка Эстонии выдали Латвии кредиты на 2 млрд евро.",
         [(2000000000, "EUR")]),
        # must not: no rank word, a larger set, a span of time, a count of a real set
        ("Два кандидата в Перу набрали по 30 % голосов.", [(2, "кандидат"), (30, "percent")]),
        ("Он стал одним из четырёх игроков сборной Чили, родившихся в Перу.", [(4, "игрок")]),
        ("Первые 500 беженцев из Египта прибыли в Турцию.", [(500, "беженец")]),
        ("На выборах в Чили участвовали 8 кандидатов.", [(8, "кандидат")]),
        ("За последние пять лет Эстония инвестировала в Латвию 3 млрд евро.",
         [(3000000000, "EUR")]),
    ],
)  # fmt: skip
def test_rank_counts(analyse, text: str, expected: list[tuple]) -> None:
    rows = [(int(v), u) for v, u in claim_rows(analyse, text, _FIELDS)]
    assert sorted(rows) == sorted(expected)
