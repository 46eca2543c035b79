"""A sum "которого" tells of after "один из" a plural noun is the one's, not the group's:
"Король Марокко — один из самых богатых монархов, состояние которого оценивается в 5 млрд
долларов" is the king's fortune, not the monarchs'; a noun between
that agrees with "который" is its own ("один из членов правительства, бюджет которого")."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric",)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Король Марокко — один из самых богатых монархов, состояние которого оценивается "
            "в 5 млрд долларов.",
            "состояние короля",
        ),
        (
            "Карлос Слим, один из богатейших людей Мексики, состояние которого "
            "превышает 60 млрд долларов, посетил Перу.",
            "состояние Карлоса Слима",
        ),
    ],
)
def test_which_after_one_of_stands_for_the_one(analyse, text: str, metric: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [(metric,)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Вице-премьер — один из членов правительства Чили, бюджет которого составляет "
            "80 млрд долларов.",
            "бюджет вице-премьера",
        ),
        (
            "Министр финансов Перу — один из авторов реформы, стоимость которой превышает "
            "2 млрд долларов.",
            "стоимость министра финансов",
        ),
    ],
)
def test_a_noun_between_that_agrees_is_no_one_of(analyse, text: str, metric: str) -> None:
    assert (metric,) not in claim_rows(analyse, text, _FIELDS)
