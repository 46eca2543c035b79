"""Event kinds and places from context (sixty-first pass, h-events206; own sentences about
Chile–Argentina, Ecuador–Peru, Togo–Ghana and Ghana–Nigeria).

A briefing or a press approach is a meeting with the press as a press conference is: a
Publication (CAMEO 010; the ontology has no kind of its own for it), held by all who speak at
it. A visit whose visitor a greeting meets in a city of the host state ("В аэропорту Лимы его
встретил …") is placed in that city. "На следующий день после выборов" counts from the
elections, not from the day told before: undated unless the text dates the elections."""

from __future__ import annotations

import pytest

CHILE_ARGENTINA = {"state/CHL", "state/ARG"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Президент Чили Габриэль Борич и президент Аргентины Хавьер Милей провели совместный "
         "брифинг в Сантьяго.", "Брифинг Габриэля Борича и Хавьера Милея"),
        ("Президент Чили Габриэль Борич и президент Аргентины Хавьер Милей провели совместный "
         "пресс-подход в Сантьяго.", "Пресс-подход Габриэля Борича и Хавьера Милея"),
        # as before: the press conference
        ("Президент Чили Габриэль Борич и президент Аргентины Хавьер Милей провели совместную "
         "пресс-конференцию в Сантьяго.", "Пресс-конференция Габриэля Борича и Хавьера Милея"),
    ],
)  # fmt: skip
def test_a_briefing_is_a_press_conference(events, text, label):
    held = [e for e in events(text, "2026-03-12") if set(e.participants) >= CHILE_ARGENTINA]
    assert [(e.kind, e.label, e.location) for e in held] == [("Publication", label, "Сантьяго")]


def test_a_joint_statement_stays_a_statement(events):
    """must-not: a statement published is a Publication named for the paper, not a briefing."""
    text = "Министры иностранных дел Чили и Аргентины опубликовали совместное заявление."
    assert [(e.kind, e.label[:9]) for e in events(text, "2026-03-12")] == [
        ("Publication", "Заявление")
    ]


ARRIVED = "12 мая президент Эквадора Даниэль Нобоа прибыл в Перу с официальным визитом. "
GREETED = (
    "12 мая в аэропорту {} президента Того Фора Гнассингбе встретил президент Ганы Джон Махама. "
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (ARRIVED + "В аэропорту Лимы его встретил министр иностранных дел Перу Элмер Счиалер.",
         "Лима"),
        # must-not: a city of another state is not where the host greets him
        (ARRIVED + "В аэропорту Кито его встретил министр иностранных дел Перу Элмер Счиалер.",
         "Перу"),
        # must-not: no greeting, no city
        (ARRIVED + "В аэропорту Лимы задержали рейс.", "Перу"),
        (GREETED.format("Аккры") + "Визит продлится два дня.", "Аккра"),
        (GREETED.format("Кумаси") + "Визит продлится два дня.", "Кумаси"),
    ],
)  # fmt: skip
def test_a_greeting_places_the_visit(events, text, place):
    visits = [e for e in events(text, "2026-05-12") if "Visit" in e.kind]
    assert [e.location for e in visits] == [place]


def test_a_flight_held_at_an_airport_is_no_visit(events):
    """must-not: an airport with no one greeted gives no visit."""
    read = events("В аэропорту Лимы задержали рейс.", "2026-05-12")
    assert not [e for e in read if "Visit" in e.kind]


ABUJA = "5 мая президент Ганы прибыл в Абуджу. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (ABUJA + "На следующий день он провёл переговоры с президентом Нигерии.", "2026-05-06"),
        (ABUJA + "Через два дня он провёл переговоры с президентом Нигерии.", "2026-05-07"),
        # must-not: the day after the elections, which the text does not date
        (ABUJA + "На следующий день после выборов он провёл переговоры с президентом Нигерии.",
         ""),
        # the day after the elections the text dates
        ("3 мая в Нигерии прошли выборы. На следующий день после выборов президент Ганы провёл "
         "переговоры с президентом Нигерии.", "2026-05-04"),
        # the day after the visit: the visit's day on
        (ABUJA + "На следующий день после визита он провёл переговоры с президентом Нигерии.",
         "2026-05-06"),
    ],
)  # fmt: skip
def test_the_next_day_after_a_frame(events, text, date):
    talks = [e for e in events(text, "2026-05-12") if e.kind == "Talks"]
    assert [e.date for e in talks] == [date]
