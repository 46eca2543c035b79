"""A colleague's office read off a subject named by the surname alone (h-names124, the
fifty-eighth pass; own sentences about Peru–Chile, Japan–Philippines, Norway–Finland,
Ghana–Togo).

"Министр … Радослав Сикорский прибыл в Вильнюс. Сикорский обсудил с литовским коллегой X":
the sentence names the subject by the surname, with no title, so the colleague's office is
the one an earlier sentence gives the full name, in the state the adjective names. None where
earlier names of that surname hold different offices, where the earlier office is a past one,
or where no earlier sentence gives the name an office."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

CASES = [
    ("Министр иностранных дел Перу Эльмер Шиалер прибыл в Сантьяго. Во вторник Шиалер провёл "
     "переговоры со своим чилийским коллегой Альберто ван Клявереном.",
     "Кляверен", {("министр иностранных дел", "state/CHL")}),
    ("Министр обороны Японии Гэн Накатани прибыл в Манилу. На следующий день Накатани обсудил "
     "с филиппинским коллегой Жильберто Теодоро вопросы безопасности.",
     "Теодоро", {("министр обороны", "state/PHL")}),
    ("Министр иностранных дел Норвегии Эспен Барт Эйде прибыл в Хельсинки. В среду Эйде провёл "
     "переговоры со своей финской коллегой Элиной Валтонен.",
     "Валтонен", {("министр иностранных дел", "state/FIN")}),
    # must not: two offices for the surname, a past office, no office at all
    ("Министр финансов Ганы Кваме Асанте и посол Ганы Коджо Асанте прибыли в Ломе. Асанте "
     "встретился со своим тоголезским коллегой Сани Яя.",
     "Яя", set()),
    ("Бывший министр иностранных дел Ганы Кваме Асанте прибыл в Ломе. Асанте встретился со "
     "своим тоголезским коллегой Робером Дюссе.",
     "Дюссе", set()),
    ("Эльмер Шиалер прибыл в Сантьяго. Шиалер провёл переговоры со своим чилийским коллегой "
     "Альберто ван Клявереном.",
     "Кляверен", set()),
]  # fmt: skip

FIELDS = ("office", "state")  # of each holding, compared


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_colleague_of_a_surname(
    extraction_of: Callable[..., Extraction], text: str, surname: str, expected: set
) -> None:
    """The colleague's office and state, none where the text does not tell them."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
