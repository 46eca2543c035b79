"""A weekday told for talks during a visit to come is read from the visit's start ("Президент
Лаоса прибудет в Ханой 12 мая. Переговоры пройдут во вторник": the Tuesday on or after 12
May), within its few days, not from the dateline's day. Sentences of our own about other
pairs of states."""

from __future__ import annotations

import pytest

# (dateline, text, (date, states) of each talks read)
CASES = [
    ("2025-05-02", "Президент Лаоса прибудет в Ханой 12 мая. Переговоры пройдут во вторник.",
     [("2025-05-13", ["state/LAO", "state/VNM"])]),
    ("2025-05-08", "Президент Лаоса прибудет в Ханой 12 мая. Переговоры пройдут во вторник.",
     [("2025-05-13", ["state/LAO", "state/VNM"])]),
    ("2025-04-01", "Премьер-министр Индии посетит Японию 20 апреля. Переговоры с японским "
     "премьером состоятся в понедельник.", [("2025-04-21", ["state/IND", "state/JPN"])]),
    ("2025-06-02", "Президент Египта прибудет в Анкару 16 июня. Переговоры двух лидеров "
     "пройдут в среду.", [("2025-06-18", ["state/EGY", "state/TUR"])]),
    # must not: a weekday beyond the visit's few days, a visit with no day
    ("2025-05-02", "Президент Бразилии прибудет в Буэнос-Айрес 12 мая. Переговоры пройдут в "
     "субботу.", []),
    ("2025-05-02", "Президент Бразилии посетит Аргентину в мае. Переговоры пройдут во вторник.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("dateline", "text", "talks"), CASES)
def test_weekday_of_talks_during_a_visit_ahead(
    events, dateline: str, text: str, talks: list
) -> None:
    read = [
        (e.date, sorted(p for p in e.participants if p.startswith("state/")))
        for e in events(text, dateline)
        if e.kind == "Talks"
    ]
    assert read == talks
