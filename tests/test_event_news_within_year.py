"""One visit the lead reports undated and a later sentence dates by its year or month only
("прибыл с визитом в Уганду. Это второй визит в Уганду в этом году"): the two mentions are one
visit, and its date is the dateline's day, the finer of the two where the day lies within
the year; a year or month the day is not in stays another visit's, and a year told alone
stays the year. Sentences of our own (fifty-second pass, h-events142: France–Canada,
Kenya–Uganda, Turkey–Azerbaijan)."""

from __future__ import annotations

import pytest

# (text, the dates of its visits)
CASES = [
    ("Президент Франции Эмманюэль Макрон прибыл в Канаду с визитом. Визит Макрона в Канаду в "
     "этом году стал первым за десять лет.", {"2024-05-10"}),
    ("Президент Кении Уильям Руто прибыл с визитом в Уганду. Это уже второй визит Руто в Уганду "
     "в этом году.", {"2024-05-10"}),
    ("Президент Турции Реджеп Тайип Эрдоган прибыл с визитом в Азербайджан. Визит Эрдогана в "
     "Азербайджан в мае стал первым за год.", {"2024-05-10"}),
    # must keep: a month or year the day is not in is another visit's; a year alone, the year
    ("Президент Кении Уильям Руто прибыл с визитом в Уганду. Руто уже посещал Уганду в марте.",
     {"2024-05-10", "2024-03"}),
    ("Президент Кении Уильям Руто прибыл с визитом в Уганду. Руто посетил Уганду в прошлом "
     "году.", {"2024-05-10", "2023"}),
    ("В этом году президент Кении Уильям Руто посетил Уганду.", {"2024"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), CASES)
def test_the_news_day_within_a_year_dates_the_visit(events, text: str, dates: set[str]) -> None:  # noqa: ANN001
    visits = [e for e in events(text, "2024-05-10") if e.kind == "Visit"]
    assert {v.date for v in visits} == dates, visits
