"""Summits, forums and talks told with a weekday qualified as past ("в минувшую пятницу"
on a Friday is a week before) and ahead of a tail of saying the parse makes them the
subject of ("Саммит Индия — ЕС состоится в Нью-Дели 23 июля, сообщил МИД Индии"). Own
sentences about other pairs of states (events80), dated Friday 6 June 2025."""

from __future__ import annotations

import pytest

FRIDAY = "2025-06-06"

# (text, each gathering or talks read as (kind, status, date, place))
CASES = [
    ("Саммит «Группы двадцати» прошёл в минувшую пятницу на индонезийском острове Бали.",
     [("Summit", "occurred", "2025-05-30", "Бали")]),
    ("Президенты Кении и Франции провели переговоры в прошлую пятницу в Найроби.",
     [("Talks", "occurred", "2025-05-30", "Найроби")]),
    ("Форум АСЕАН откроется в следующую пятницу в Ханое.",
     [("Forum", "planned", "2025-06-13", "Ханой")]),
    # "воскресенье" is neuter: "в минувшее воскресенье"
    ("Второй тур президентских выборов в Польше прошёл в минувшее воскресенье.",
     [("Election", "occurred", "2025-06-01", "Польша")]),
    ("Президенты Перу и Чили провели переговоры в прошлое воскресенье в Лиме.",
     [("Talks", "occurred", "2025-06-01", "Лима")]),
    # must not: a weekday of no qualifier told on its own day is that day
    ("Саммит АСЕАН открылся в пятницу в Ханое.", [("Summit", "occurred", "2025-06-06", "Ханой")]),
    # a tail of saying with a speaker of its own: the summit's time is its clause's
    ("Саммит Япония — ЕС состоится в Токио 23 июля, сообщил МИД Японии.",
     [("Summit", "planned", "2025-07-23", "Токио")]),
    ("Саммит Индия — ЕС состоится в Нью-Дели 23 июля, сообщил МИД Индии.",
     [("Summit", "planned", "2025-07-23", "Нью-Дели")]),
    ("Саммит Канада — ЕС пройдёт в Оттаве 23 июля, сообщил МИД Канады.",
     [("Summit", "planned", "2025-07-23", "Оттава")]),
    # must not: talks told done before such a tail stay done on the dateline's day
    ("Переговоры министров Индии и Франции прошли в Париже, сообщил МИД Индии.",
     [("Talks", "occurred", "2025-06-06", "Париж")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_summit_days_and_tails(events, text: str, rows: list) -> None:
    read = [(e.kind, e.status, e.date, e.location) for e in events(text, FRIDAY)]
    assert read == rows
