"""Talks told in a "который" clause on their holder ("X, который в январе провёл переговоры
с Y в Z, поблагодарил …") take the clause's month though the parser hangs "переговоры" on
the main verb after it (seventy-first pass, h-events271). Must-nots: talks the main verb
holds keep the main clause's time; a clause of another verb with an object of its own gives
none. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2025-07-19"

# text, the date of its talks
CASES = [
    ("Спецпосланник президента США Ричард Гренелл, который в январе провёл переговоры с "
     "Николасом Мадуро в Каракасе, поблагодарил Букеле за помощь.", "2025-01"),
    ("Спецпосланник президента США Стив Уиткофф, который в марте провёл переговоры с "
     "Владимиром Путиным в Москве, поблагодарил Мухаммеда бин Салмана за помощь.", "2025-03"),
    # must-not: the main verb's own talks, dated by the main clause
    ("Спецпосланник президента США Стив Уиткофф, который в марте прилетел в Москву, в "
     "пятницу провёл переговоры с Владимиром Путиным.", "2025-07-18"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), CASES)
def test_talks_in_a_relative_clause_take_its_month(events, text: str, date: str) -> None:
    (talks,) = of_kind(events(text, _DAY), "Talks")
    assert talks.date == date
