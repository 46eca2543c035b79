"""A state's cultural programme held in another: the event kind `Festival` (sixty-fifth pass,
h-events240). Own sentences about pairs of states other than the corpus's: the programme's
states, label, status, date and place; two programmes of one text kept apart; the bare
opening ceremony told right after one named by it and held on its day and at its place;
the sentences that look alike and must give no programme; a build with one validates."""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_reads import built_of_class, of_kind, one_of_kind, state_keys

_DAY = "2026-12-07"  # a Monday

# text, the states taking part, label, status, date, location
FESTIVALS = [
    # days of a state's culture, a weekday of the document's week, the place's state the host
    ("Дни культуры Марокко открылись в понедельник в Дакаре.", {"state/MAR", "state/SEN"},
     "Дни культуры Марокко", "occurred", "2026-12-07", "Дакар"),
    # a festival of a state's cinema by its adjective
    ("В Бангкоке открылся фестиваль индонезийского кино.", {"state/IDN", "state/THA"},
     "Фестиваль индонезийского кино", "occurred", "2026-12-07", "Бангкок"),
    # a state's year, the host state on the noun, the city on the verb
    ("Год Японии в Бразилии стартовал в Сан-Паулу в понедельник.", {"state/JPN", "state/BRA"},
     "Год Японии в Бразилии", "occurred", "2026-12-07", "Сан-Паулу"),
    # an exhibition of a state's art, ahead
    ("Выставка перуанского искусства откроется в Лиссабоне 15 декабря.",
     {"state/PER", "state/PRT"}, "Выставка перуанского искусства", "planned", "2026-12-15",
     "Лиссабон"),
    # a week of cinema over days: its first day, no end date
    ("Неделя чилийского кино пройдёт в Буэнос-Айресе с 14 по 20 декабря.",
     {"state/CHL", "state/ARG"}, "Неделя чилийского кино", "planned", "2026-12-14",
     "Буэнос-Айрес"),
    # a name written with a capital, no word of culture ("Дни Литвы")
    ("В Варшаве прошли Дни Литвы.", {"state/LTU", "state/POL"}, "Дни Литвы", "occurred",
     "2026-12-07", "Варшава"),
    # the host on the culture word, a year ahead
    ("Министр культуры Эквадора заявил, что Дни культуры Эквадора в Колумбии пройдут в "
     "следующем году.", {"state/ECU", "state/COL"}, "Дни культуры Эквадора в Колумбии",
     "planned", "2027", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "day", "location"), FESTIVALS)
def test_festivals_with_their_roles(events, text, states, label, status, day, location) -> None:
    festival = one_of_kind(events(text, _DAY), "Festival")
    assert state_keys(festival) == states
    assert festival.label == label
    assert festival.status == status
    assert festival.date == day
    assert festival.location == location


def test_last_years_programme_of_the_other_state_is_another(events) -> None:
    text = (
        "Дни культуры Марокко открылись в понедельник в Дакаре. Выступая на церемонии, "
        "министр напомнил, что в прошлом году Дни культуры Сенегала прошли в Рабате."
    )
    found = {e.label: e for e in of_kind(events(text, _DAY), "Festival")}
    assert set(found) == {"Дни культуры Марокко", "Дни культуры Сенегала"}
    past = found["Дни культуры Сенегала"]
    assert (past.date, past.status, past.location) == ("2025", "occurred", "Рабат")
    assert state_keys(past) == {"state/MAR", "state/SEN"}


def test_opening_ceremony_told_after_is_the_programmes(events) -> None:
    text = (
        "Дни культуры Марокко открылись в понедельник в Дакаре. Церемонию открытия в "
        "Национальном театре провели министр культуры Марокко и министр культуры Сенегала."
    )
    ceremony = one_of_kind(events(text, _DAY), "Ceremony")
    assert ceremony.label == "Церемония открытия Дней культуры Марокко"
    assert (ceremony.date, ceremony.location) == ("2026-12-07", "Дакар")


def test_opening_ceremony_of_its_own_thing_keeps_its_name(events) -> None:
    text = (
        "Дни культуры Марокко открылись в понедельник в Дакаре. Церемонию открытия нового "
        "моста провели министр транспорта Марокко и министр транспорта Сенегала."
    )
    labels = {e.label for e in of_kind(events(text, _DAY), "Ceremony")}
    assert not any("Дней культуры" in label for label in labels)


NO_FESTIVAL = [
    # days as plain time
    "В ближайшие дни министр культуры Перу посетит Боливию.",
    "В дни визита министры Перу и Боливии обсудили культурное сотрудничество.",
    # culture only in a minister's title
    "Министр культуры Чили встретился с послом Аргентины в Сантьяго.",
    # an exhibition of arms, of no state's culture: no programme (decided)
    "Международная выставка вооружений открылась в Абу-Даби.",
    # no state whose culture is presented
    "Дни культуры прошли в сельской школе.",
    "Неделя моды прошла в Милане.",
    # a year as time
    "Этот год Аргентина завершила с профицитом бюджета.",
]


@pytest.mark.parametrize("text", NO_FESTIVAL)
def test_words_that_tell_no_festival(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Festival")


def test_festival_of_no_states_culture_stays_a_forum(events) -> None:
    found = events("Фестиваль современного искусства прошёл в Берлине.", _DAY)
    assert not of_kind(found, "Festival")
    assert one_of_kind(found, "Forum").label == "Фестиваль современного искусства"


def test_a_build_with_festivals_validates(tmp_path: Path) -> None:
    text = "date 2026-12-07\nВ Бангкоке открылся фестиваль индонезийского кино.\n"
    ok, report, festivals = built_of_class(tmp_path, text, "Festival")
    assert ok, report
    assert festivals
