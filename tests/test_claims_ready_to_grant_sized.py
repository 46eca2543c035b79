"""A sum that sizes what one says one is ready or means to grant ("выразила готовность
предоставить кредит в размере 300 млн долларов", "намерение выделить кредит на сумму …") is a
target, as the sum that is the infinitive's own object is ("готовность вложить 5 млрд"); a
count deeper in the object's own phrase is not, nor a grant made. Sixty-first pass
(h-claims111), sentences of our own about Japan–Mongolia, India–Nepal, China–Ghana."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "status")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Японская сторона выразила готовность предоставить Монголии льготный кредит в"
            " размере 300 миллионов долларов.",
            "target",
        ),
        (
            "Индия выразила намерение выделить Непалу кредит на сумму 100 миллионов долларов.",
            "target",
        ),
        ("Катар подтвердил готовность выдать Гане заём объёмом 50 миллионов долларов.", "target"),
        # must-nots: a grant made; the sum the infinitive's own object as before
        ("Китай предоставил Гане кредит в размере 50 миллионов долларов.", "actual"),
        ("Индия выразила готовность вложить в экономику Непала 5 млрд долларов.", "target"),
    ],
)
def test_a_sized_grant_one_is_ready_to_make_is_a_target(analyse, text: str, status: str) -> None:
    assert [row[1] for row in claim_rows(analyse, text, _FIELDS)] == [status]


def test_a_count_in_the_objects_own_phrase_is_no_target(analyse) -> None:
    text = "Индия выразила готовность сформировать группу из трёх экспертов."
    assert [row[1] for row in claim_rows(analyse, text, _FIELDS)] == ["actual"]
