"""Wrong readings of a figure from a word beside it (forty-first pass, own sentences): a
duration of another verb is no prison term ("работал на разведку в течение 3 лет, был
приговорён к 12 годам"); "никто не набрал более N %" caps the share at N also where a clause
coordinated after it takes the subject in the parse; an unknown verb form the tagger calls an
adjective ("выплаить штраф") builds no metric."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Мужчина, сотрудничавший со спецслужбами Турции в течение 7 лет, был приговорен к "
            "11 годам.",
            [("срок", 7), ("срок заключения", 11)],
        ),
        (
            "Военный Эстонии сотрудничал с разведкой Латвии в течение 3 лет, был приговорен к "
            "14 годам.",
            [("срок", 3), ("срок заключения", 14)],
        ),
        (
            "Эстонский чиновник, который признал, что работал на латвийскую разведку в течение "
            "8 лет, был приговорен к 13 годам в тюрьме.",
            [("срок работы", 8), ("срок заключения", 13)],
        ),
        # must not: a term the sentencing verb governs, and a time served in prison
        ("Суд Чили приговорил гражданина Перу к 9 годам тюрьмы.", [("срок заключения", 9)]),
        ("Гражданин Египта провёл в тюрьме Турции 6 лет.", [("срок в тюрьме", 6)]),
    ],
)
def test_a_duration_of_another_verb_is_no_prison_term(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, ("metric", "value"))
    assert [(m, int(v)) for m, v in rows] == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Никто из кандидатов в Чили не набрал более 50 % голосов избирателей, и первые два "
            "кандидата вышли во второй тур 7 июня.",
            "le",
        ),
        (
            "Ни одна из партий Эстонии не набрала более 30 % голосов, и две крупнейшие "
            "сформировали коалицию.",
            "le",
        ),
        ("Никто из кандидатов в Перу не набрал более 50 % голосов избирателей.", "le"),
        (
            "Таким образом ни одна из партий Эстонии не набрала более 30 % голосов, и две "
            "партии, получившие больше всего мест, начинают переговоры о коалиции, которые "
            "пройдут в мае.",
            "le",
        ),
        (
            "Таким образом никто из кандидатов в Мексике не набрал более 40 % голосов, и три "
            "кандидата, получившие наибольшее количество голосов, проходят во второй тур "
            "выборов, который состоится 12 июля.",
            "le",
        ),
        # must not: a share someone won, with a clause coordinated after it
        (
            "Кандидат от правящей партии Канады набрал более 50 % голосов избирателей, и второй "
            "тур не понадобится.",
            "gt",
        ),
    ],
)
def test_no_one_caps_a_share_in_a_coordinated_sentence(analyse, text: str, expected: str) -> None:
    rows = claim_rows(analyse, text, ("unit", "comparator"))
    assert [c for u, c in rows if u == "percent"] == [expected]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Власти Египта обязали выплаить штраф более 300 тысяч долларов.", "штраф"),
        ("Суд обязал компанию из Чили выплаить штраф в размере 200 тысяч долларов.", "штраф"),
        # must not: a known participle before the noun stays in the metric
        (
            "Чили выплатила накопленный долг перед Перу в размере 300 млн долларов.",
            "накопленный долг",
        ),
        ("Число задержанных граждан Перу достигло 40 человек.", "число задержанных граждан"),
    ],
)
def test_an_unknown_verb_form_builds_no_metric(analyse, text: str, metric: str) -> None:
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [metric]
