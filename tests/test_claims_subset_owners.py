"""A total followed by its part (", из них 200 — выходцы из Польши") is not the part's
states' own: the states of a figure before ", из них" / ", из которых" are those named
before it; a state named before the cut stays the figure's."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "states")


@pytest.mark.parametrize(
    ("text", "value", "states"),
    [
        (
            "По данным СМИ, в Чехии работают около 900 иностранных специалистов, из них 200 — "
            "выходцы из Польши.",
            900,
            ("state/CZE",),
        ),
        (
            "Месячная аудитория сайта составляет порядка 12 млн человек, из которых 3 млн — "
            "жители Словакии.",
            12000000,
            (),
        ),
        (  # must not: a state named before the cut stays the total's
            "В Чехии работают 900 специалистов из Польши, из них 200 — в Праге.",
            900,
            ("state/CZE", "state/POL"),
        ),
    ],
)
def test_a_total_is_not_its_parts_states(analyse, text: str, value: int, states) -> None:
    rows = {int(v): tuple(sorted(s)) for v, s in claim_rows(analyse, text, _FIELDS)}
    assert rows[value] == states


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Латвии живут около 300 тысяч граждан Литвы и 200 тысяч граждан Эстонии.",
            {300000: ("state/LTU", "state/LVA"), 200000: ("state/EST", "state/LVA")},
        ),
        (
            "Норвегия выделила 20 млн долларов Сирии и 15 млн долларов Ираку.",
            {20000000: ("state/NOR", "state/SYR"), 15000000: ("state/IRQ", "state/NOR")},
        ),
        (  # must not: a state after the last figure is every figure's
            "Аргентина продала 5 млн тонн зерна и 2 млн тонн мяса в Бразилию.",
            {5000000: ("state/ARG", "state/BRA"), 2000000: ("state/ARG", "state/BRA")},
        ),
        (  # must not: a figure with no state of its own
            "Норвегия выделила Сирии 20 млн долларов и 15 млн долларов в прошлом году.",
            {20000000: ("state/NOR", "state/SYR"), 15000000: ("state/NOR", "state/SYR")},
        ),
    ],
)
def test_coordinated_figures_keep_their_own_states(analyse, text: str, rows) -> None:
    """Figures joined by "и", each with a state after it, are each that state's
    (and the states before them all), not the others'."""
    found = {int(v): tuple(sorted(s)) for v, s in claim_rows(analyse, text, _FIELDS)}
    assert found == rows


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (  # a joint work with no state: no cue of the document's pair
            "Сборные Бельгии и Дании сыграли вничью. Шесть лет клуб выпускал 40 тысяч билетов "
            "совместно с редакцией журнала.",
            (),
        ),
        (  # must not: a joint work with a state, or joint exercises, stay the pair's
            "Сборные Бельгии и Дании сыграли вничью. Бельгия совместно с соседями провела "
            "5 учений.",
            ("state/BEL", "state/DNK"),
        ),
        (
            "Сборные Бельгии и Дании сыграли вничью. Стороны провели 12 совместных учений.",
            ("state/BEL", "state/DNK"),
        ),
    ],
)
def test_jointly_with_no_state_is_no_pair(analyse, text: str, states) -> None:
    assert [tuple(sorted(s)) for _, s in claim_rows(analyse, text, _FIELDS)][-1:] == [states]
