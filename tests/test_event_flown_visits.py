"""A delegation or an officer a flight carries to a city of another state is a visit there,
on the flight's day, though no verb of travel tells it ("На борту находилась делегация X во
главе с министром Y", "Самолёт с делегацией X … приземлился в аэропорту Баку"); talks held in
that city and the sides' signing after them take the visit's day. Must-nots: passengers of no
state, an officer flown home, a flight that names no city. Sentences of our own about other
pairs of states (sixty-seventh pass, h-events252)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind

FLIGHT = (
    "Первый прямой рейс из Ташкента в Куала-Лумпур выполнила в пятницу авиакомпания "
    "Uzbekistan Airways. На борту находилась делегация министерства туризма Узбекистана во "
    "главе с министром Умидом Шадиевым. "
)
TALKS = (
    "В Куала-Лумпуре министр провёл переговоры с министром туризма Малайзии Тионгом Кингом "
    "Сингом. Стороны подписали соглашение о сотрудничестве в сфере туризма."
)
LANDED = (
    "Самолёт с делегацией Киргизии во главе с премьер-министром Адылбеком Касымалиевым "
    "приземлился в понедельник в аэропорту Баку. "
)
ABOARD = (
    "На борту самолёта, прибывшего во вторник в Анкару, были 120 пассажиров, в том числе "
    "министр энергетики Азербайджана Парвиз Шахбазов."
)


@pytest.mark.parametrize(
    ("text", "visitor", "host", "day"),
    [
        (FLIGHT, "person/umid-shadiev", "state/MYS", "2026-11-20"),
        (LANDED, "person/adylbek-kasymaliev", "state/AZE", "2026-11-23"),
        (ABOARD, "person/parviz-shakhbazov", "state/TUR", "2026-11-17"),
    ],
)
def test_a_flown_traveller_visits_the_flights_city(
    events, text: str, visitor: str, host: str, day: str
) -> None:
    visit = one_of_kind(events(text, "2026-11-23"), "Visit")
    assert (visit.visitor, visit.host, visit.date, visit.status) == (visitor, host, day, "occurred")


def test_talks_and_signing_in_the_city_take_the_visits_day(events) -> None:
    read = events(FLIGHT + TALKS, "2026-11-23")
    assert one_of_kind(read, "Talks").date == "2026-11-20"
    assert one_of_kind(read, "Signing").date == "2026-11-20"


@pytest.mark.parametrize(
    "text",
    [
        # passengers of no state
        "Первый рейс из Еревана в Доху выполнила во вторник авиакомпания Fly Arna. На борту "
        "находились 160 пассажиров, в том числе туристы из Армении.",
        # an officer flown home
        "Первый рейс из Анкары в Баку выполнила во вторник авиакомпания Turkish Airlines. На "
        "борту находился министр энергетики Азербайджана Парвиз Шахбазов.",
        # no city the flight goes to
        "На борту находилась делегация министерства туризма Узбекистана во главе с министром "
        "Умидом Шадиевым.",
    ],
)
def test_no_visit_of_no_states_traveller_abroad(events, text: str) -> None:
    assert not of_kind(events(text, "2026-11-23"), "Visit")
