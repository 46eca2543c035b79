"""A penalty a law will set or a bill proposes is no penalty in force: a prison term or fine
told by the future of a verb of punishing ("будет караться лишением свободы на срок от 6 до 12
лет", "будут наказываться штрафом до 300 тыс. песо") or by an infinitive a verb of proposing
governs ("закон предлагает лишать свободы на срок от 8 до 15 лет") is a target, as one a
bill "предусматривает" is; the current law's figure in brackets after a dash ("(по
действующему закону — от 4 до 8 лет)"), a present "наказывается", a sentence handed down and
a threat ("грозит") keep their readings. Forty-fourth pass (h-claims65), own sentences about
Chile–Peru, Estonia–Latvia, Egypt–Turkey. Also: a figure that opens a quoted title a noun
names («120 ударов в минуту») counts nothing."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "comparator", "status")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("По новому закону Чили контрабанда оружия будет караться лишением свободы на срок "
         "от 6 до 12 лет со штрафом в размере до 300 тыс. песо (по действующему закону — "
         "от 4 до 8 лет).",
         [("срок заключения", 4, "ge", "actual"), ("срок заключения", 6, "ge", "target"),
          ("срок заключения", 8, "le", "actual"), ("срок заключения", 12, "le", "target"),
          ("штраф", 300000, "le", "target")]),
        ("За публичные призывы к терроризму законопроект Египта предлагает лишать свободы на "
         "срок от 8 до 15 лет.",
         [("срок заключения", 8, "ge", "target"), ("срок заключения", 15, "le", "target")]),
        ("По новому закону Эстонии такие преступления будут наказываться лишением свободы на "
         "срок до 7 лет.",
         [("срок заключения", 7, "le", "target")]),
        # must not: the law in force, a sentence handed down, a threat
        ("В Латвии контрабанда наказывается лишением свободы на срок до 5 лет.",
         [("срок заключения", 5, "le", "actual")]),
        ("Суд Перу приговорил бывшего министра обороны к лишению свободы на срок 8 лет.",
         [("срок заключения", 8, "eq", "actual")]),
        ("Бывшему министру Перу грозит до 7 лет лишения свободы.",
         [("срок заключения", 7, "le", "forecast")]),
    ],
)  # fmt: skip
def test_future_and_proposed_penalties(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Гран-при фестиваля получила картина чилийского режиссёра «120 ударов в минуту».", []),
        ("Приз зрительских симпатий получил перуанский фильм «40 дней в пустыне Атакама».", []),
        ("Гран-при получила картина перуанского режиссёра Клаудии Льосы «120 ударов в минуту» "
         "(120 Beats per Minute).", []),
        # must not: quoted words with a figure, a title of its own with a count after it
        ("Министр Перу заявил: «120 рыбаков задержаны в водах Чили».",
         [("задержанные рыбаки", 120, "eq", "actual")]),
        ("В основной конкурс фестиваля вошли 19 картин.", [("картины", 19, "eq", "actual")]),
    ],
)  # fmt: skip
def test_figure_opening_a_named_title(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Эти статьи УК Перу предусматривают наказание до пяти лет тюремного заключения.",
         [("срок заключения", 5, "le", "target")]),
        ("Бывшего мэра Лимы приговорили к шести годам тюремного заключения.",
         [("срок заключения", 6, "eq", "actual")]),
        # must not: an age bound is no term
        ("В лагерях Эстонии отдыхают дети от 7 до 14 лет.", []),
    ],
)  # fmt: skip
def test_term_before_an_adjective_of_prison(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
