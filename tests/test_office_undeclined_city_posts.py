"""A city's or a region's head serves the state its place is in, where the tables place it:
a city's name that declines in no case ("Аким Алматы", "Губернатор Нагасаки"), which the
tagger reads as a nominative, is the title's place as a genitive is, and "хоким" is such a
head. A place no table knows takes no state from the party its head deals with ("встретился
с делегацией Китая", "принял делегацию Швеции"): none rather than a neighbour's. Seventy-first
pass, h-names161; own sentences about Japan–Korea, Italy–Tunisia, Kazakhstan–China,
Uzbekistan–Tajikistan, Thailand–China, Norway–Sweden, Estonia–Latvia."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

PLACE_STATES = [
    # a city's name that declines in no case, read as a nominative: the table's state
    ("Губернатор Нагасаки Кэнго Ойси встретился с послом Кореи.", "Ойси",
     {("губернатор", "state/JPN")}),
    ("Мэр Палермо Роберто Лагалла встретился с послом Туниса.", "Лагалла",
     {("мэр", "state/ITA")}),
    ("Аким Актобе Асхат Шахаров встретился с делегацией Китая.", "Шахаров",
     {("аким", "state/KAZ")}),
    # "хоким", an Uzbek city's or region's head
    ("Делегацию Таджикистана принял хоким Самарканда Эркинжон Турдимов.", "Турдимов",
     {("хоким", "state/UZB")}),
    ("Посол Таджикистана встретился с хокимом Бухары Ботиром Зариповым.", "Зарипов",
     {("хоким", "state/UZB")}),
    # a place no table knows: not the state of the party dealt with
    ("Губернатор Пхукета Сопон Суварнарат встретился с делегацией Китая.", "Суварнарат",
     {("губернатор", "")}),
    ("Мэр Бергена Марианне Скарбу приняла делегацию Швеции.", "Скарбу", {("мэр", "")}),
    ("Мэр Тарту Урмас Клаас провёл переговоры с Латвией.", "Клаас", {("мэр", "")}),
    # must-nots: a place the tables know
    ("Губернатор Техаса Грег Эбботт встретился с делегацией Мексики.", "Эбботт",
     {("губернатор", "state/USA")}),
    ("Губернатор провинции Бали Ваян Костер встретился с делегацией Австралии.", "Костер",
     {("губернатор", "state/IDN")}),
    # the state the text sets the place in, the party dealt with no second one (was none)
    ("Эстония готовится к выборам. Мэр Пярну Март Виск принял делегацию Латвии.", "Виск",
     {("мэр", "state/EST")}),
    # must-not: the sentence's setting as before
    ("В Эстонии прошли выборы. Мэр Тарту Урмас Клаас признал поражение.", "Клаас",
     {("мэр", "state/EST")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), PLACE_STATES)
def test_office_place_head_state(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A place's head serves its place's state, none where no table places it and the text
    names only the state of the party it deals with."""
    got = text_holdings(extraction_of(text, "", "offices"), surname, ("office", "state"))
    assert got == expected


def test_title_word_as_first_name_no_post(extraction_of) -> None:
    """Must-not: "Аким" as a first name before a surname is no head of a place."""
    ex = extraction_of("Аким Москвин встретился с послом Китая.", "", "offices")
    assert text_holdings(ex, "Москвин", ("office", "state")) == set()
