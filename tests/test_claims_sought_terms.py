"""A prison term someone asks a court for or that a law threatens is no term handed down
(forty-second pass, own sentences): "обвинение настаивало на 6-7 годах", "защита просила
ограничиться двумя годами", "прокурор потребовал восемь лет" are targets, "ему грозит до 25
лет" a forecast; "приговорил к 3 годам" stays actual. A headline's term and the body's dated
sentence of the same term are one claim, whatever state each names."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "comparator", "status")
_TERM = "срок заключения"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Обвинение настаивало на 6-7 годах заключения для бывшего министра Чили, но суд "
            "Перу приговорил его к 3 годам.",
            [(3, "eq", "actual"), (6, "ge", "target"), (7, "le", "target")],
        ),
        (
            "Защита просила ограничиться двумя годами заключения для гражданина Эстонии, "
            "осуждённого в Латвии.",
            [(2, "eq", "target")],
        ),
        (
            "Прокурор потребовал для гражданина Египта восемь лет лишения свободы, суд Турции "
            "приговорил его к пяти годам.",
            [(5, "eq", "actual"), (8, "eq", "target")],
        ),
        ("Гражданину Канады в Мексике грозит до 25 лет тюрьмы.", [(25, "le", "forecast")]),
        (  # a second term "за" an offence is no time spent over anything
            "Гражданину Канады в Мексике грозит до 20 лет за мошенничество, еще 20 лет за "
            "отмывание денег.",
            [(20, "le", "forecast")],
        ),
        (
            "Адвокат просил суд Перу приговорить гражданина Чили к двум годам заключения.",
            [(2, "eq", "target")],
        ),
        # must not: a term handed down, or served
        ("Суд Латвии приговорил гражданина Эстонии к 4 годам заключения.", [(4, "eq", "actual")]),
        (
            "Гражданин Египта, которого просили выдать Турции, отбыл 6 лет в тюрьме Каира.",
            [(6, "eq", "actual")],
        ),
    ],
)
def test_sought_terms_are_no_sentences(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert [(int(v), c, s) for m, v, c, s in rows if m.startswith("срок")] == expected


def test_a_headline_term_is_the_body_term(analyse) -> None:
    text = (
        "Четыре года тюрьмы в Мексике для канадского хакера Смита\n\n10 марта 2024 года суд "
        "Мехико приговорил гражданина Канады Джона Смита к четырем годам лишения свободы."
    )
    rows = claim_rows(analyse, text, ("metric", "value", "period"), "2024-03-12")
    assert [(m, int(v), p) for m, v, p in rows] == [(_TERM, 4, "2024-03-10")]
    text = (  # the headline names a state, the body a date: as much said, the dated is kept
        "Три года тюрьмы в Латвии для эстонского хакера\n\n4 марта 2024 года суд приговорил "
        "хакера к трем годам заключения."
    )
    rows = claim_rows(analyse, text, ("metric", "value", "period"), "2024-03-12")
    assert [(m, int(v), p) for m, v, p in rows] == [(_TERM, 3, "2024-03-04")]
    # must not: two terms of two values stay two
    text = (
        "Четыре года тюрьмы в Мексике для канадского хакера Смита\n\n10 марта 2024 года суд "
        "Мехико приговорил гражданина Канады Джона Смита к пяти годам лишения свободы."
    )
    rows = claim_rows(analyse, text, ("metric", "value"), "2024-03-12")
    assert [(m, int(v)) for m, v in rows] == [(_TERM, 4), (_TERM, 5)]
