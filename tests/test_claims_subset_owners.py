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
        (
            "Швеция закупила 60 самолетов Gripen, из которых 20 учебных, у Бразилии.",
            60,
            ("state/BRA", "state/SWE"),
        ),
        (
            "Нидерланды поставили 30 тыс. тонн удобрений, из которых 10 тыс. тонн калийных, "
            "в Марокко.",
            30000,
            ("state/MAR", "state/NLD"),
        ),
        (
            "В Турцию прибыли 400 тысяч беженцев, из них 150 тысяч детей, из Ирака и Сирии.",
            400000,
            ("state/IRQ", "state/SYR", "state/TUR"),
        ),
        (  # must not: a part with a state of its own, its list going on after a comma
            "В Австрии работают 700 специалистов, из них 100 — выходцы из Венгрии, Словакии "
            "и Чехии.",
            700,
            ("state/AUT",),
        ),
        (
            "В Австрии работают 700 специалистов, из них 100 из Венгрии, Словакии и Чехии.",
            700,
            ("state/AUT",),
        ),
        (  # must not: a second part after the comma
            "В Австрии работают 700 специалистов, из них 100 детей, 50 женщин из Словакии.",
            700,
            ("state/AUT",),
        ),
    ],
)
def test_a_total_is_not_its_parts_states(analyse, text: str, value: int, states) -> None:
    """The part told after ", из них" ends at its closing comma where it is a bare figure
    naming no state: what follows is the total's again."""
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
        (
            "Франция передала 30 орудий французского производства и 12 вертолетов Греции.",
            {30: ("state/FRA", "state/GRC"), 12: ("state/FRA", "state/GRC")},
        ),
        (
            "Норвегия направила 15 млн долларов США и 300 тонн продовольствия Йемену.",
            {15000000: ("state/NOR", "state/YEM"), 300: ("state/NOR", "state/YEM")},
        ),
        (
            "Индия поставила 400 тыс. доз индийской вакцины и 150 аппаратов ИВЛ Непалу.",
            {400000: ("state/IND", "state/NPL"), 150: ("state/IND", "state/NPL")},
        ),
        (  # must not: a state named after a sum in dollars is that figure's own
            "Норвегия выделила 20 млн долларов США Сирии и 15 млн долларов США Ираку.",
            {20000000: ("state/NOR", "state/SYR"), 15000000: ("state/IRQ", "state/NOR")},
        ),
    ],
)
def test_coordinated_figures_keep_their_own_states(analyse, text: str, rows) -> None:
    """Figures joined by "и", each with a state after it, are each that state's
    (and the states before them all), not the others'; a currency's state ("долларов США")
    or a state adjective ("французского производства") is no figure's own."""
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
