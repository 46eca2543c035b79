"""A city told in the locative "-е" after a consonant ("в Габале", "в Джидде") is either a
feminine in "-а" or a masculine of the bare stem. The dictionary decides a city it knows;
the document decides where it writes the same stem in a case whose ending tells the gender
("из Габалы", "под Халлом"); a locative GeoNames lists among a city's names ("Джидде",
"Мекке") is no city of its own. Sentences and cities of our own choice."""

from __future__ import annotations

import pytest

from kg.data.build_cities import oblique_form

TALKS = "Министры {a} и {b} провели переговоры {place}.{more}"

CASES = [
    # the dictionary's nominative, not a locative GeoNames lists as a name of the city
    ("Индии", "Пакистана", "в Джидде", "", "Джидда"),
    ("Эфиопии", "Эритреи", "в Мекке", "", "Мекка"),
    ("Судана", "Чада", "в Медине", "", "Медина"),
    # the document's other case of an unknown city tells its gender
    ("Армении", "Азербайджана", "в Габале", " Делегации выехали из Габалы утром.", "Габала"),
    ("Ирана", "Ирака", "в Шамахе", " Под Шамахой прошли учения.", "Шамаха"),
    ("Ирана", "Ирака", "в Халле", " Под Халлом прошли учения.", "Халл"),
    # must not: a known city keeps the dictionary's nominative, an undeclined name its form
    ("Узбекистана", "Таджикистана", "в Ташкенте", "", "Ташкент"),
    ("Чехии", "Словакии", "в Праге", " Переговоры в Праге шли два дня.", "Прага"),
    ("Индии", "Непала", "в Дели", "", "Дели"),
    ("Норвегии", "Швеции", "в Осло", "", "Осло"),
]


@pytest.mark.parametrize(("a", "b", "place", "more", "name"), CASES)
def test_a_city_in_the_locative_is_named_by_the_evidence(
    events, a: str, b: str, place: str, more: str, name: str
) -> None:
    text = TALKS.format(a=a, b=b, place=place, more=more)
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert talks.location == name


@pytest.mark.parametrize(
    ("name", "state", "oblique"),
    [
        ("Джидде", "SA", True),  # "Джидда" is Jeddah's name too
        ("Куре", "JP", False),  # Kure: no city of Japan is "Кура"
        ("Джидда", "SA", False),  # a nominative
    ],
)
def test_a_geonames_name_that_is_a_locative_of_another_is_no_city(
    name: str, state: str, oblique: bool
) -> None:
    named = {("джидда", "SA"), ("джидде", "SA"), ("куре", "JP")}
    assert oblique_form(name, state, named) is oblique
