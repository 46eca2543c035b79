"""A planned event told for "зимой" with no year is the winter not yet ended by the
document's date, named by the year of its January and February as "зимой 2020 года" is
(fifty-first pass, h-events137; the other seasons since the fiftieth). Must-nots: a past
winter, which spans two years, stays undated; a document with no date gives none; a winter
with its own year keeps it. Sentences of our own about Vietnam–Laos, India–Nepal,
Bolivia–Peru."""

from __future__ import annotations

import pytest

from kg.extract.common.dates import season_ahead

# (season, document date, the year of that season ahead)
AHEAD = [
    ("winter", "2019-05-14", "2020"),
    ("winter", "2019-12-10", "2020"),
    ("winter", "2020-01-20", "2020"),
    ("winter", "2020-02-29", "2020"),
    ("winter", "2020-03-01", "2021"),
    # must-nots: the other seasons as before; no month, no year
    ("autumn", "2019-05-14", "2019"),
    ("autumn", "2019-12-10", "2020"),
    ("spring", "2019-06-01", "2020"),
    ("winter", "2019", ""),
    ("winter", "", ""),
]


@pytest.mark.parametrize(("season", "on", "year"), AHEAD)
def test_season_ahead(season: str, on: str, year: str) -> None:
    assert season_ahead(season, on) == year


_SUMMIT = "Следующий саммит лидеров Вьетнама и Лаоса пройдёт в Ханое зимой."
# (text, document date, kind, status, date)
WINTERS = [
    (_SUMMIT, "2019-05-14", "Summit", "planned", "2020"),
    (_SUMMIT, "2020-01-20", "Summit", "planned", "2020"),
    ("Премьер-министр Индии Нарендра Моди посетит Непал зимой.", "2019-12-10", "Visit",
     "planned", "2020"),
    ("Президент Боливии Эво Моралес зимой посетит Перу с официальным визитом.", "2019-03-05",
     "OfficialVisit", "planned", "2020"),
    # must-nots: a past winter; no document date; a winter's own year
    ("Саммит лидеров Вьетнама и Лаоса прошёл в Ханое зимой.", "2019-05-14", "Summit",
     "occurred", ""),
    (_SUMMIT, "", "Summit", "planned", ""),
    ("Премьер-министр Индии Нарендра Моди посетит Непал зимой 2021 года.", "2019-12-10",
     "Visit", "planned", "2021"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on", "kind", "status", "date"), WINTERS)
def test_planned_winter(events, text: str, on: str, kind: str, status: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, on) if e.kind == kind]
    assert (event.status, event.date) == (status, date)
