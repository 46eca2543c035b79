"""Bounds told by a participle of reaching or by denying of no one, scores "N из M" that
count nothing, and the year a prison term was handed down in (claims53)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Граждане Чили могут находиться в Перу на срок, достигающий 90 дней.", "le"),
        ("Штрафы для компаний из Бельгии в Нидерландах, достигающие 5 тысяч евро, отменят.", "le"),
        ("На выборах в Болгарии никто не набрал более 50 % голосов.", "le"),
        ("Ни одна партия в Чехии не получила более 30 % голосов.", "le"),
        ("Ни один из кандидатов в Чили не набрал более 40 % голосов.", "le"),
        # must-not: a level reached, a figure no one is denied
        ("Помощь Польши Украине достигла 3 млрд евро.", "eq"),
        ("Помощь Польши Украине, достигшая 3 млрд евро, будет продлена.", "eq"),
        ("Более 40 % голосов в Румынии получила правящая партия.", "gt"),
        ("Никто из граждан Чили не жил в Перу более 20 лет.", "gt"),
    ],
)
def test_reaching_and_denied_by_none_bound_the_figure(analyse, text: str, comparator: str) -> None:
    assert claim_rows(analyse, text, ("comparator",)) == [(comparator,)]


@pytest.mark.parametrize(
    "text",
    [
        "Критики оценили визит президента Чили в Перу на 10 из 10.",
        "Студенты из Вьетнама в Японии сдали экзамен на 9 из 10 баллов.",
    ],
)
def test_a_score_counts_nothing(analyse, text: str) -> None:
    assert claim_rows(analyse, text, ("value",)) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("За резолюцию Польши проголосовали 73 из 101 депутата парламента Литвы.", [73, 101]),
        ("За кандидата в Эстонии проголосовали 157 из 172 выборщиков.", [157, 172]),
        ("Сборная Чили выиграла 10 из 10 матчей против Перу.", [10]),
    ],
)
def test_a_part_of_counted_things_stays_a_count(analyse, text: str, values: list[int]) -> None:
    assert [row[0] for row in claim_rows(analyse, text, ("value",))] == values


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("В 2015 году суд Латвии приговорил гражданина Литвы к 8 годам тюрьмы.", "2015"),
        ("Гражданин Литвы был приговорён в Латвии к 6 годам лишения свободы в 2018 году.", "2018"),
        # must-not: the year of another clause, a term of anything else
        ("Гражданин Литвы, задержанный в Латвии в 2010 году, приговорён к 3 годам тюрьмы.", ""),
        ("В 2020 году Латвия и Литва продлили договор на 5 лет.", ""),
    ],
)
def test_a_prison_term_has_the_year_it_was_handed_down(analyse, text: str, period: str) -> None:
    assert claim_rows(analyse, text, ("period",)) == [(period,)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Посещаемость выставки в Париже составила 2,5 млн человек, сообщили во Франции.",
            "посещаемость выставки",
        ),
        ("Аудитория канала в Польше составила 3 млн человек.", "аудитория канала"),
        ("Налёт пилотов ВВС Норвегии в Швеции составил 1200 часов.", "налёт пилотов"),
        (
            "Продолжительность визита президента Чили в Перу составила три дня.",
            "продолжительность визита",
        ),
        # must-not: people who are counted, a verb of no amounting, a term named "срок"
        ("В Польше пострадали 30 человек.", "пострадавшие"),
        ("Явка на выборах в Литве составила 1,2 млн человек.", "явка"),
        ("Пилоты ВВС Норвегии провели в Швеции 1200 часов.", "срок"),
        ("Простой судов из Египта в портах Турции составил 12 дней.", "срок"),
    ],
)
def test_what_a_verb_of_amounting_gives_a_figure_is_its_metric(
    analyse, text: str, metric: str
) -> None:
    assert claim_rows(analyse, text, ("metric",)) == [(metric,)]
