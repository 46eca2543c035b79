"""A state's national trade exhibition held in another: the event kind `Exhibition` (ontology
0.21.0; sixty-seventh pass, h-events253). Own sentences about pairs of states other than the
corpus's: the exhibition's states, label, status, date and place; the sentences that look
alike and must give none (an artist's paintings, a state's art stays a Festival, a national
exhibition at home, arms); a build with one validates."""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_reads import built_of_class, of_kind, one_of_kind, person_keys, state_keys

_DAY = "2026-12-02"  # a Wednesday

# text, the states taking part, label, status, date, location
EXHIBITIONS = [
    # a state's goods by its adjective, the city's state the host
    ("В Минске в понедельник открылась выставка китайских товаров.",
     {"state/CHN", "state/BLR"}, "Выставка китайских товаров", "occurred", "2026-11-30",
     "Минск"),
    # a state's products by its genitive, ahead
    ("Выставка продукции Вьетнама откроется в Бангкоке 15 декабря.",
     {"state/VNM", "state/THA"}, "Выставка продукции Вьетнама", "planned", "2026-12-15",
     "Бангкок"),
    # a national exhibition of a state
    ("В четверг в Ташкенте открылась национальная выставка Турции.",
     {"state/TUR", "state/UZB"}, "Национальная выставка Турции", "occurred", "2026-11-26",
     "Ташкент"),
    # a quoted trade-show name with both states in it, one inside a hyphenated word
    ("Во вторник в Катманду открылась выставка «Индия-Экспо Непал 2026», в которой участвуют "
     "200 индийских компаний.", {"state/IND", "state/NPL"},
     "Выставка «Индия-Экспо Непал 2026»", "occurred", "2026-12-01", "Катманду"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "day", "location"), EXHIBITIONS)
def test_exhibitions_with_their_roles(events, text, states, label, status, day, location) -> None:
    exhibition = one_of_kind(events(text, _DAY), "Exhibition")
    assert state_keys(exhibition) == states
    assert exhibition.label == label
    assert exhibition.status == status
    assert exhibition.date == day
    assert exhibition.location == location


NO_EXHIBITION = [
    # an artist's paintings
    "В Лиме открылась выставка картин известного перуанского художника.",
    # arms, of no state's goods
    "В Абу-Даби открылась выставка вооружений.",
    # a state's national exhibition at home: no other state
    "В Тегеране открылась национальная выставка Ирана.",
    # a quoted name of no trade show
    "В Ханое открылась выставка «Лаос глазами фотографов».",
]


@pytest.mark.parametrize("text", NO_EXHIBITION)
def test_words_that_tell_no_exhibition(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Exhibition")


def test_an_exhibition_of_a_states_art_stays_a_festival(events) -> None:
    found = events("Выставка перуанского искусства откроется в Лиссабоне 15 декабря.", _DAY)
    assert not of_kind(found, "Exhibition")
    assert one_of_kind(found, "Festival").label == "Выставка перуанского искусства"


_OPENED = "В понедельник в Минске открылась выставка китайских товаров. "

# a forum told "в рамках" the exhibition: its place, its day alike told, else the report's month
WITHIN = [
    (_OPENED + "В рамках выставки пройдёт белорусско-китайский бизнес-форум.", "planned",
     "2026-12", "Минск"),
    (_OPENED + "В рамках выставки состоялся белорусско-китайский бизнес-форум.", "occurred",
     "2026-11-30", "Минск"),
    ("Выставка продукции Вьетнама откроется в Бангкоке 15 декабря. В рамках выставки пройдёт "
     "вьетнамско-таиландский бизнес-форум.", "planned", "2026-12-15", "Бангкок"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status", "day", "location"), WITHIN)
def test_a_forum_within_the_exhibition_takes_its_place_and_days(
    events, text, status, day, location
) -> None:
    forum = one_of_kind(events(text, _DAY), "Forum")
    assert (forum.status, forum.date, forum.location) == (status, day, location)


def test_a_forum_within_a_visit_takes_nothing_of_the_exhibition(events) -> None:
    text = _OPENED + "В рамках визита в Пекин пройдёт белорусско-китайский бизнес-форум."
    forum = one_of_kind(events(text, _DAY), "Forum")
    assert (forum.date, forum.location) == ("", "")


def test_those_who_open_the_exhibition_take_part(events) -> None:
    text = (
        "Во вторник в Катманду открылась выставка «Индия-Экспо Непал 2026». Выставку открыли "
        "министр торговли Индии Пиюш Гоял и министр промышленности Непала Дамодар Бхандари."
    )
    exhibition = one_of_kind(events(text, _DAY), "Exhibition")
    assert state_keys(exhibition) == {"state/IND", "state/NPL"}
    assert len(person_keys(exhibition)) == 2
    assert (exhibition.date, exhibition.location) == ("2026-12-01", "Катманду")


NOT_AGAIN = [
    # no exhibition told before
    "Выставку открыли министр торговли Индии и министр промышленности Непала.",
    # another exhibition, of its own genitive
    _OPENED + "Выставку картин открыл известный художник.",
]


@pytest.mark.parametrize("text", NOT_AGAIN)
def test_a_bare_or_other_exhibition_is_not_the_one_told(events, text) -> None:
    assert all(not person_keys(e) for e in of_kind(events(text, _DAY), "Exhibition"))


def test_a_build_with_exhibitions_validates(tmp_path: Path) -> None:
    text = "date 2026-12-02\nВ Минске открылась выставка китайских товаров.\n"
    ok, report, exhibitions = built_of_class(tmp_path, text, "Exhibition")
    assert ok, report
    assert exhibitions
