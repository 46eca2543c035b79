"""Two mentions of talks are one event only where the cities both give agree: talks "в
Осло" and talks "10 марта в Тромсё" of one pair, in two paragraphs, are two (the second
city, no capital, told nothing before); a building or a country beside a city names no
other city, so those stay one. An arrival noun's "в" before a state or a capital in any
case is the trip's destination ("По прилёте в Кампалу", which the tagger reads as a
masculine locative). Texts of our own about other pairs (fifty-ninth pass, h-events194)."""

from __future__ import annotations

import pytest

_LEAD = (
    "Премьер-министр Норвегии Йонас Гар Стёре и президент Финляндии Александр Стубб провели "
    "переговоры {where}. Стороны обсудили безопасность в Арктике.\n\n"
)

# where the first paragraph's talks are, the second paragraph, the talks' places
TALKS = [
    ("в Осло", "Переговоры Норвегии и Финляндии прошли 10 марта в Тромсё.",
     ["Осло", "Тромсё"]),
    ("в Хельсинки", "Переговоры Финляндии и Норвегии состоялись 10 марта в Турку.",
     ["Турку", "Хельсинки"]),
    # must-nots: a building, a country, the same city
    ("в Осло", "Переговоры прошли 10 марта в резиденции премьера.", ["Осло"]),
    ("в Норвегии", "Переговоры прошли 10 марта в Тромсё.", ["Тромсё"]),
    ("в Тромсё", "Переговоры Норвегии и Финляндии прошли 10 марта в Тромсё.", ["Тромсё"]),
]  # fmt: skip


@pytest.mark.parametrize(("where", "then", "places"), TALKS)
def test_talks_of_two_cities(events, where: str, then: str, places: list[str]) -> None:
    found = events(_LEAD.format(where=where) + then, "2026-03-12")
    assert sorted(e.location for e in found if e.kind == "Talks") == places


# text, the visit's place and states
ARRIVED = [
    ("По прилёте в Кампалу президент Ганы Джон Махама сообщил журналистам, что рассчитывает "
     "на переговоры.", "Кампала", ["state/GHA", "state/UGA"]),
    ("По прибытии в Кампалу премьер-министр Кении заявил, что визит продлится два дня.",
     "Кампала", ["state/KEN", "state/UGA"]),
    ("По прилёте в Найроби президент Танзании сообщил журналистам, что рассчитывает на "
     "переговоры.", "Найроби", ["state/KEN", "state/TZA"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "states"), ARRIVED)
def test_arrival_in_a_capital(events, text: str, place: str, states: list[str]) -> None:
    (visit,) = [e for e in events(text, "2026-03-12") if e.kind == "Visit"]
    assert visit.location == place
    assert sorted(p for p in visit.participants if p.startswith("state/")) == states


NO_TRIP = [
    "По прилёте в Кампалу самолёт заправили.",  # no traveller
    "По прилёте в аэропорт президент Ганы сообщил журналистам о планах.",  # no state or capital
    "По прилёте в Аккру президент Ганы сообщил журналистам о планах.",  # his own capital
]


@pytest.mark.parametrize("text", NO_TRIP)
def test_no_visit(events, text: str) -> None:
    assert not [e for e in events(text, "2026-03-12") if e.kind == "Visit"]
