"""Talks in a clause of "где" on a stay or visit over a span of days ("находился в Анкаре с
5 по 7 мая, где провёл переговоры") are on one of those days, not known which: the span's
month, never the dateline's day (events78). Sentences of our own about other pairs of
states."""

from __future__ import annotations

import pytest

# (dateline, text, the talks' or meeting's date)
CASES = [
    ("2025-05-10", "Министр иностранных дел Египта находился в Анкаре с 5 по 7 мая, где "
     "провёл переговоры с турецким коллегой.", "2025-05"),
    ("2025-03-20", "Премьер-министр Индии Нарендра Моди находился в Токио с 12 по 14 марта, "
     "где провёл переговоры с премьер-министром Японии.", "2025-03"),
    ("2025-06-10", "Президент Бразилии Лула да Силва находился в Буэнос-Айресе с 3 по 5 июня, "
     "где встретился с президентом Аргентины Хавьером Милеем.", "2025-06"),
    ("2025-04-20", "Президент Сербии Александар Вучич побывал в Брюсселе с 14 по 16 апреля, "
     "где провёл переговоры с председателем Еврокомиссии.", "2025-04"),
    # must not: one day given keeps it
    ("2025-05-10", "Министр иностранных дел Египта прибыл в Анкару 5 мая, где провёл "
     "переговоры с турецким коллегой.", "2025-05-05"),
    ("2025-05-10", "Министр иностранных дел Египта находился в Анкаре с 5 по 7 мая, где 6 мая "
     "провёл переговоры с турецким коллегой.", "2025-05-06"),
    ("2025-05-10", "Министр иностранных дел Египта 7 мая провёл переговоры с турецким "
     "коллегой в Анкаре, где находился с 5 мая.", "2025-05-07"),
]  # fmt: skip


@pytest.mark.parametrize(("dateline", "text", "date"), CASES)
def test_talks_during_a_stay_of_days_take_its_month(
    events, dateline: str, text: str, date: str
) -> None:
    met = [e.date for e in events(text, dateline) if e.kind in {"Talks", "Meeting"}]
    assert met == [date]
