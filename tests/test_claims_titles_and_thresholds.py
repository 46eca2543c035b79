"""Numbers that are no claim or a claim of another name (forty-third pass, h-claims62, own
sentences): a numeral inside a fixed title, epithet or name ("хранитель двух святынь",
"Война трёх королей", "Союз трёх императоров") counts nothing; a threshold inside a condition
only supposed ("даже если бы она оказалась в числе 40 самых популярных треков") is no figure;
a noun of time flown or served before the hours it governs names them ("налёт 2500 часов" →
налёт, was "срок"). Counts of a person's own posts and names stay claims, as the gold counts
a player's teams and seasons."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Король Саудовской Аравии и хранитель двух святынь принял президента Египта.", []),
        ("Хранитель двух святынь король Салман посетил Турцию.", []),
        ("Историки Перу и Чили обсудили Войну трёх королей.", []),
        ("Война трёх королей закончилась поражением Португалии.", []),
        ("Канада и Мексика изучают историю Союза трёх императоров.", []),
        ("Лидеры Большой двадцатки встретились в Мексике.", []),
        # must not: the same nouns counted, a count after a state's name or a verb
        ("Музей Эстонии хранит две святыни Латвии.", [("святыни", 2)]),
        ("Три короля Эстонии и Латвии правили в XIII веке.", [("короли", 3)]),
        ("Полиция Турции арестовала двух журналистов из Египта.", [("арестованные журналисты", 2)]),
        ("Граждане трёх стран Африки погибли в Египте.", [("страны Африки", 3)]),
        # a person's own posts are counted, as the gold counts a player's teams
        ("Посол Чили в Перу занял сразу два поста.", [("посты", 2)]),
        ("У посла Эстонии есть ещё два других псевдонима.", [("другие псевдонимы", 2)]),
    ],
)
def test_numerals_in_titles_count_nothing(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Руководство радио Канады не пускало песню в эфир, даже если бы она оказалась в "
            "числе 40 самых популярных треков.",
            [],
        ),
        ("Если бы Чили продала Перу 300 тысяч тонн меди, цены упали бы.", []),
        # must not: a real condition, the threshold told as met
        (
            "Если Чили продаст Перу 300 тысяч тонн меди, цены упадут.",
            [("экспорт меди", 300000)],
        ),
        (
            "Песня оказалась в числе 40 самых популярных треков Канады.",
            [("самые популярные треки", 40)],
        ),
    ],
)
def test_unreal_conditions_hold_no_figure(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пилот, имевший налёт 2500 часов, разбился в Перу.", [("налёт", 2500)]),
        ("Пилот из Чили, имевший стаж 20 лет, разбился в Перу.", [("стаж", 20)]),
        # must not: a verb of amounting, a genitive after the years, a bare stay
        ("Налёт пилотов составил 1200 часов, сообщили в Перу.", [("налёт пилотов", 1200)]),
        (
            "Инженер из Чили, у которого более 15 лет стажа, возглавил проект в Перу.",
            [("стаж", 15)],
        ),
        ("Министр иностранных дел Перу провёл в Сантьяго шесть часов.", [("срок", 6)]),
    ],
)
def test_a_noun_of_time_names_the_hours_it_governs(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
