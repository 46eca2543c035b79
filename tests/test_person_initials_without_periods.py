"""Initials written without periods after a surname, as some wire copy does ("Петров И В";
fifty-first pass, h-names105; sentences of our own about Nigeria–Ghana, Georgia–Armenia):
they are initials, dropped from the name as "Петров И. В." drops them, never a name word
("Петров И"). Must-nots: a lone capital that opens a name ("У Тан") stays the name's,
initials with periods read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction

# (sentence, the surname kg names, alone)
WIRE_INITIALS = [
    ("В Нигерию прибыл министр Шестов И В.", "Шестов"),
    ("В Гану прибыл министр Сидоренко А Б.", "Сидоренко"),
    ("С визитом в Гану прибыл Морозов П Р.", "Морозов"),
    # Georgia–Armenia: a Georgian surname in "-дзе", an Armenian one before a comma
    ("Делегацию Грузии возглавил Беридзе Г Т.", "Беридзе"),
    ("Делегацию Армении возглавил Петросян А Г, сообщили в Грузии.", "Петросян"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname"), WIRE_INITIALS)
def test_initials_without_periods(
    run: Callable[[str], Extraction], text: str, surname: str
) -> None:
    assert person_names(run(text)) == {surname}


def test_two_names_with_initials_without_periods(run: Callable[[str], Extraction]) -> None:
    text = "Соглашение подписали Петросян А Г и Беридзе Г Т."
    assert person_names(run(text)) == {"Петросян", "Беридзе"}


# sentence → the persons kg names
MUST_NOTS = {
    # a Burmese honorific opening the name, a Korean surname after a first name
    "В Таиланд прибыл посол Мьянмы У Тан.": {"У Тан"},
    "В Гану прибыл посол Кореи Гидеон Ю, сообщили в Сеуле.": {"Гидеон Ю"},
    # initials with periods; one whose period the sentence's may be is an initial as before
    "В Гану прибыл посол Шестаков П. Р.": {"Шестаков"},
    "Делегацию Армении возглавил Петросян А.": {"Петросян"},
}


@pytest.mark.parametrize("text", MUST_NOTS)
def test_lone_capitals_stay(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == MUST_NOTS[text]


# natasha tags no person: the surname with its two bare initials is one (sentence → names)
UNTAGGED = {
    "Министр Ганы Шестов И В прибыл в Нигерию.": {"Шестов"},
    "Министр Ганы Шестова И В прибыла в Нигерию.": {"Шестова"},
    # must-not: a place before two capitals is no person
    "В Москве А Б встретились делегации Ганы и Нигерии.": set(),
}


@pytest.mark.parametrize("text", UNTAGGED)
def test_untagged_surname_with_bare_initials(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == UNTAGGED[text]


# the same initials written first, and one initial beside a Russian surname (fifty-second
# pass, h-names106; Moldova–Romania, Latvia–Lithuania): sentence → the persons kg names
INITIALS_FIRST = {
    "В Румынию прибыл министр И В Морозов.": {"Морозов"},
    "Министр Молдавии А Б Сидоренко прибыл в Румынию.": {"Сидоренко"},
    "Делегацию Латвии возглавил Г Т Беридзе.": {"Беридзе"},
    # natasha's name opens with the second initial: the first is taken in
    "Соглашение подписали А Г Петросян и Г Т Беридзе.": {"Петросян", "Беридзе"},
    "В Литву прибыл министр А Петров.": {"Петров"},
    "В Литву прибыла министр Е Смирнова.": {"Смирнова"},
    "В Латвию прибыл министр Петров А, сообщили в Литве.": {"Петров"},
    # must-nots: a lone capital beside a name of no Russian ending stays the name's
    "В Литву прибыл министр Вьетнама Нгуен Ван А, сообщили в Латвии.": {"Нгуен Ван А"},
    "В Румынию прибыл посол Мьянмы У Тан.": {"У Тан"},
}


@pytest.mark.parametrize("text", INITIALS_FIRST)
def test_bare_initials_first_or_single(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == INITIALS_FIRST[text]


# natasha tags the surname alone: the mention takes in the two initials after it, the name
# drops them (sentence → mention → name)
INITIALS_AFTER_TAGGED = {
    "Соглашение подписал министр Морозов И В, сообщили в Румынии.": {"Морозов И В": "Морозов"},
    "Пресс-секретарь МИД Молдавии Морозов И В\n\nТем временем Румыния ответила.": {
        "Морозов И В": "Морозов"
    },
    # must-not: a capital before a place may be its preposition
    "Министр Морозов И В Румынии не был.": {"Морозов": "Морозов"},
}


@pytest.mark.parametrize("text", INITIALS_AFTER_TAGGED)
def test_bare_initials_after_tagged_surname(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text)) == INITIALS_AFTER_TAGGED[text]
