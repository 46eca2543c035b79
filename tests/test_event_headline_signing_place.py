"""A signing told in the headline and again in the body is framed as the body tells it
(sixty-second pass, h-events215).

A headline "X и Y утвердили дорожную карту на 2027–2028 годы" and the body's "Стороны также
подписали «Дорожную карту по … на 2027–2028 годы»" are one paper (h-agreements71) and one
Signing, whose group the headline's hit leads. The group was read at the headline, before
the talks the body tells it after, and as the headline tells it (its two states named, not
"стороны"), so the talks that frame the body's signing framed nothing: the Signing had no
place (and the report's day), or the visit's country where talks in a city frame it ("По
итогам переговоров подписан …"). It is now read where the body tells it and, where the whole
group finds no frame, framed as the body tells it (`building._body`). Must-nots: the same
body with no headline, two papers signed in two cities, a body's own place, a signing in
another city than the talks'.

Own texts about Vietnam–Laos, Peru–Ecuador, Ghana–Togo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import of_kind

from kg.extract.events import Event

DATE = "2027-03-05"
VIENTIANE = (
    "3 марта во Вьентьяне премьер-министры Вьетнама и Лаоса провели переговоры. Стороны "
    "обсудили торговлю и энергетику. Особое внимание уделено транспорту.\n\nСтороны также "
    "подписали «Дорожную карту по развитию торгового сотрудничества на 2027–2028 годы»."
)
LIMA = (
    "3 марта президент Эквадора прибыл в Перу с государственным визитом. В Лиме состоялись "
    "переговоры президентов. "
)
PLAN = "«План действий по развитию приграничного сотрудничества на 2027–2030 годы»."
PLAN_HEADLINE = "Перу и Эквадор подписали план действий на 2027–2030 годы\n\n"

PLACES = [
    (f"Вьетнам и Лаос утвердили дорожную карту на 2027–2028 годы\n\n{VIENTIANE}",
     [("Вьентьян", "2027-03-03")]),
    (f"{PLAN_HEADLINE}{LIMA}По итогам переговоров подписан {PLAN}", [("Лима", "2027-03-03")]),
    ("Гана и Того утвердили дорожную карту на 2027–2029 годы\n\n3 марта в Аккре президенты "
     "Ганы и Того провели переговоры. Лидеры обсудили торговлю и безопасность. Особое "
     "внимание уделено энергетике.\n\nСтороны также утвердили «Дорожную карту по развитию "
     "транспортного сотрудничества на 2027–2029 годы».", [("Аккра", "2027-03-03")]),
    # must not: no headline; two papers in two cities; the body's own place; another city
    (VIENTIANE, [("Вьентьян", "2027-03-03")]),
    ("Президенты Перу и Эквадора 3 марта в Лиме подписали соглашение о торговле. 5 марта в "
     "Кито министры двух стран подписали соглашение о туризме.",
     [("Кито", "2027-03-05"), ("Лима", "2027-03-03")]),
    ("Гана и Того подписали соглашение о торговле\n\nВ Аккре 3 марта министры торговли Ганы и "
     "Того подписали соглашение о торговле.", [("Аккра", "2027-03-03")]),
    (f"{PLAN_HEADLINE}{LIMA}4 марта в Трухильо подписан {PLAN}", [("Трухильо", "2027-03-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_headline_signing_framed_by_its_body(
    events: Callable[..., list[Event]], text: str, places: list[tuple[str, str]]
) -> None:
    signings = of_kind(events(text, DATE), "Signing")
    assert sorted((e.location, e.date) for e in signings) == places
