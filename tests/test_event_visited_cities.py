"""A city of cities.tsv a verb of visiting takes with no "город" before it, in its accusative
or a name that never declines ("посетил Мбарару", "посетил Энтеббе"), which natasha may tag as
a person: the place of the visit, hosted by the city's state, and no person. Must-nots: a
common noun ("посетил выставку"), a surname the text gives in full before, a word the
dictionary knows only as a surname. Own sentences (fifty-sixth pass, h-events176)."""

from __future__ import annotations

import pytest

VISITED = [
    ("Президент Кении Уильям Руто посетил Мбарару.", "Мбарара", "state/UGA"),
    ("Президент Кении Уильям Руто посетил Энтеббе.", "Энтеббе", "state/UGA"),
    ("Президент Руанды Поль Кагаме посетил Кисуму.", "Кисуму", "state/KEN"),
    ("Премьер-министр Японии Санаэ Такаити посетила Хюэ.", "Хюэ", "state/VNM"),
]


@pytest.mark.parametrize(("text", "place", "host"), VISITED)
def test_a_city_a_verb_of_visiting_takes_is_the_visits_place(
    events, text: str, place: str, host: str
) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert (visit.location, visit.host) == (place, host)
    # the visitor alone: the city is no person
    assert len([p for p in visit.participants if p.startswith("person/")]) == 1


def test_a_common_noun_visited_is_no_city(events) -> None:
    assert not [e for e in events("Президент Кении Уильям Руто посетил выставку.") if e.host]


def test_a_surname_given_in_full_before_stays_the_person(events) -> None:
    text = "Посол США Роберт Дауни прибыл в Найроби. Президент Кении Уильям Руто посетил Дауни."
    visits = [e for e in events(text) if "Руто" in e.label]
    assert [v.location for v in visits] == [""]


def test_a_word_known_as_a_surname_is_read_as_before(events) -> None:
    # "Жилина" is a surname to the dictionary: no city by its form alone, natasha's place stays
    (visit,) = [e for e in events("Президент Чехии Петр Павел посетил Жилину.") if e.host]
    assert (visit.location, visit.host) == ("Жилина", "state/SVK")
