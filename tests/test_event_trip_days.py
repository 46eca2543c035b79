"""The day of talks told after a visit to come: a weekday is read from the visit's start
("Президент Лаоса прибудет в Ханой 12 мая. Переговоры пройдут во вторник": the Tuesday on or
after 12 May), within its few days, not from the dateline's day; undated talks take the day of
a visit of one day ("прибудет … 12 марта с однодневным визитом"), not that of a visit of days
or one that does not say; after a visit done of days ("прибыл 1 марта с трёхдневным визитом")
they stay undated, neither its first day nor the dateline's. Sentences of our own about other
pairs of states."""

from __future__ import annotations

import pytest

# (dateline, text, (date, states) of each talks read)
WEEKDAYS = [
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
ONE_DAY = [
    ("2025-03-03", "Президент Кении прибудет в Аддис-Абебу 12 марта с однодневным визитом. "
     "Переговоры пройдут в резиденции эфиопского премьер-министра.",
     [("2025-03-12", ["state/ETH", "state/KEN"])]),
    ("2025-03-03", "Премьер-министр Японии 10 марта посетит Вьетнам с однодневным визитом. "
     "Переговоры с вьетнамским коллегой пройдут в Ханое.",
     [("2025-03-10", ["state/JPN", "state/VNM"])]),
    ("2025-03-03", "Однодневный визит президента Чили в Аргентину состоится 10 марта. "
     "Переговоры двух президентов пройдут в Каса-Росада.",
     [("2025-03-10", ["state/ARG", "state/CHL"])]),
    # must not: a visit of days, or one that does not say how long
    ("2025-03-03", "Президент Кении прибудет в Аддис-Абебу 12 марта с трёхдневным визитом. "
     "Переговоры пройдут в резиденции премьер-министра.", [("", ["state/ETH", "state/KEN"])]),
    ("2025-03-03", "Президент Аргентины посетит Чили 10 марта. Переговоры пройдут в "
     "президентском дворце.", [("", ["state/ARG", "state/CHL"])]),
    # a visit done of days: its talks on none of the days we know
    ("2025-03-03", "Президент Перу прибыл в Кито 1 марта с трёхдневным визитом. Переговоры "
     "прошли в президентском дворце.", [("", ["state/ECU", "state/PER"])]),
    ("2025-03-03", "Премьер-министр Индии 28 февраля прибыл в Токио с трёхдневным визитом. "
     "Переговоры с японским премьером прошли в его резиденции.",
     [("", ["state/IND", "state/JPN"])]),
    # must not: a visit done of one day, or one that does not say, still dates them
    ("2025-03-03", "Президент Перу прибыл в Кито 1 марта с однодневным визитом. Переговоры "
     "прошли в президентском дворце.", [("2025-03-01", ["state/ECU", "state/PER"])]),
    ("2025-03-03", "Президент Египта в субботу прибыл в Анкару. Переговоры прошли в "
     "президентском дворце.", [("2025-03-01", ["state/EGY", "state/TUR"])]),
]  # fmt: skip


@pytest.mark.parametrize(("dateline", "text", "talks"), WEEKDAYS + ONE_DAY)
def test_day_of_talks_after_a_visit(events, dateline: str, text: str, talks: list) -> None:
    read = [
        (e.date, sorted(p for p in e.participants if p.startswith("state/")))
        for e in events(text, dateline)
        if e.kind == "Talks"
    ]
    assert read == talks
