"""Direct flights between two states opened, resumed or suspended are events of their own
kinds, AirLinkOpened and AirLinkSuspended (ontology 0.20.0): both states, the day and the
status of the change. Must-nots: flights of no second state, flights talked of, other things
resumed. Sentences of our own about other pairs of states (sixty-seventh pass, h-events252)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

DAY = "2026-11-23"
PAIR_BEFORE = "Киргизия и Азербайджан подписали соглашение о туризме. "


@pytest.mark.parametrize(
    ("text", "kind", "states", "date", "status"),
    [
        (
            "Узбекистан и Малайзия возобновили прямое авиасообщение в пятницу.",
            "AirLinkOpened",
            {"state/UZB", "state/MYS"},
            "2026-11-20",
            "occurred",
        ),
        (
            PAIR_BEFORE + "Прямые рейсы между двумя странами были приостановлены в марте "
            "2020 года из-за пандемии.",
            "AirLinkSuspended",
            {"state/KGZ", "state/AZE"},
            "2020-03",
            "occurred",
        ),
        (
            "Власти Армении в понедельник приостановили авиасообщение с Ираном.",
            "AirLinkSuspended",
            {"state/ARM", "state/IRN"},
            "2026-11-23",
            "occurred",
        ),
        (
            "Возобновление авиарейсов между Ереваном и Дохой запланировано на март.",
            "AirLinkOpened",
            {"state/ARM", "state/QAT"},
            "2027-03",
            "planned",
        ),
        (
            "Вьетнамская авиакомпания Vietjet возобновила рейсы из Ханоя в Улан-Батор.",
            "AirLinkOpened",
            {"state/VNM", "state/MNG"},
            "2026-11-23",
            "occurred",
        ),
    ],
)
def test_flights_between_two_states_changed(
    events, text: str, kind: str, states: set[str], date: str, status: str
) -> None:
    link = one_of_kind(events(text, DAY), kind)
    assert (state_keys(link), link.date, link.status) == (states, date, status)


@pytest.mark.parametrize(
    "text",
    [
        "Авиакомпания Fly Arna приостановила рейсы из-за непогоды.",  # no second state
        "Армения и Иран обсудили возобновление авиасообщения.",  # talked of
        "Армения и Иран возобновили переговоры.",  # not flights
    ],
)
def test_no_air_link(events, text: str) -> None:
    assert not of_kind(events(text, DAY), "AirLinkOpened", "AirLinkSuspended")


def test_the_label_names_the_change_and_both_states(events) -> None:
    link = one_of_kind(
        events("Узбекистан и Малайзия возобновили прямое авиасообщение.", DAY), "AirLinkOpened"
    )
    assert link.label == "Возобновление авиасообщения между Малайзией и Узбекистаном"
