"""Counts of people an event befell or carried, told the sentence after the event's day (the
people handed over in an exchange, the passengers of a flight): their role by the verb of
handing over, and the event's day as their period."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "period")
_DAY = "2026-12-07"  # a Monday


@pytest.mark.parametrize(
    "text, expected",
    [
        # people handed over, returned, extradited or repatriated are named by that deed
        (
            "Эритрея передала Эфиопии 25 военнослужащих.",
            [("переданные военнослужащие", Decimal(25), "военнослужащий", "")],
        ),
        (
            "Судан выдал Египту 4 граждан Египта, обвиняемых в контрабанде.",
            [("выданные граждане Египта", Decimal(4), "гражданин", "")],
        ),
        (
            "Армения репатриировала 3 азербайджанцев.",
            [("репатриированные азербайджанцы", Decimal(3), "азербайджанец", "")],
        ),
        # must-not: things handed over are no people
        (
            "Китай передал Пакистану 12 истребителей.",
            [("истребители", Decimal(12), "истребитель", "")],
        ),
    ],
)
def test_people_handed_over(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an exchange told with its day: the counts the next sentence gives are of that day
        (
            "Эфиопия и Эритрея в субботу провели обмен пленными на границе. Эритрея передала "
            "эфиопской стороне 25 военнослужащих, Эфиопия освободила 12 эфиопов.",
            [
                ("освобождённые эфиопы", Decimal(12), "эфиоп", "2026-12-05"),
                ("переданные военнослужащие", Decimal(25), "военнослужащий", "2026-12-05"),
            ],
        ),
        (
            "Армения и Азербайджан во вторник обменялись пленными. Азербайджан отпустил 6 "
            "армян, Армения репатриировала 3 азербайджанцев.",
            [
                ("отпущенные армяне", Decimal(6), "армянин", "2026-12-01"),
                ("репатриированные азербайджанцы", Decimal(3), "азербайджанец", "2026-12-01"),
            ],
        ),
        # a flight's passengers
        (
            "Первый прямой рейс из Ташкента в Дели выполнила во вторник компания Uzbekistan "
            "Airways. На борту находились 180 пассажиров.",
            [("пассажиры", Decimal(180), "пассажир", "2026-12-01")],
        ),
        (
            "Во вторник Индия эвакуировала граждан из Ливана. Самолёт доставил в Дели 250 человек.",
            [("доставленные", Decimal(250), "человек", "2026-12-01")],
        ),
        # must-not: a figure in the sentence of the day (a response may be another day's)
        (
            "Польша в понедельник депортировала 15 граждан Белоруссии. Белоруссия выслала 8 "
            "поляков.",
            [
                ("высланные поляки", Decimal(8), "поляк", ""),
                ("депортированные граждане Белоруссии", Decimal(15), "гражданин", "2026-12-07"),
            ],
        ),
        # must-not: the day words were said, a present, a new paragraph, a measure of people
        (
            "В среду министр Перу заявил о новых мерах. По его словам, задержаны 40 человек.",
            [("задержанные", Decimal(40), "человек", "")],
        ),
        (
            "Первый прямой рейс из Ташкента в Дели выполнила во вторник компания Uzbekistan "
            "Airways. На борту находятся 180 пассажиров.",
            [("пассажиры", Decimal(180), "пассажир", "")],
        ),
        (
            "В четверг Непал посетил премьер Индии.\n\nИндия эвакуировала 300 граждан.",
            [("эвакуированные граждане", Decimal(300), "гражданин", "")],
        ),
        (
            "Во вторник президент Перу подписал указ о беженцах. Число беженцев из Венесуэлы "
            "составило 300 тысяч человек.",
            [("число беженцев", Decimal(300000), "человек", "")],
        ),
    ],
)
def test_counts_take_the_event_day(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, _DAY) == sorted(expected)
