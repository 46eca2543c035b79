"""A stay told with no verb of travel ("находился в Токио с 1 по 3 мая", "пробудет в
Париже три дня") is a visit of a foreign official over the days the text gives; not an
envoy at his post, a leader at home, nor one told with no days (events77). Sentences of
our own about other pairs of states; a stay in a declined city and an envoy's (events79)."""

from __future__ import annotations

import pytest

# (text, each visit read as (status, date, place, states))
CASES = [
    ("Премьер-министр Вьетнама Фам Минь Тинь находился в Токио с 1 по 3 мая.",
     [("occurred", "2025-05-01", "Токио", ["state/JPN", "state/VNM"])]),
    ("Президент Франции Эмманюэль Макрон пробудет в Нью-Дели три дня.",
     [("planned", "", "Нью-Дели", ["state/FRA", "state/IND"])]),
    ("Премьер-министр Индии Нарендра Моди пробудет в Токио два дня.",
     [("planned", "", "Токио", ["state/IND", "state/JPN"])]),
    # must not: an envoy at his post, a leader at home, a stay of no days told
    ("Посол Японии во Вьетнаме Ито Наоки находился в Ханое с 1 по 3 мая.", []),
    ("Посол Японии во Вьетнаме Ито Наоки находится в Ханое с 2023 года.", []),
    ("Президент Аргентины Хавьер Милей находился в Буэнос-Айресе с 1 по 3 мая.", []),
    ("Премьер-министр Индии Нарендра Моди пробудет в Дели два дня.", []),
    ("Президент Франции Эмманюэль Макрон находится в Нью-Дели.", []),
    # must not: many who stay, one held there (review24)
    ("Солдаты Израиля находились в Ливане три дня.", []),
    ("Журналист Франции Жан Дюбуа находился под арестом в Иране 20 дней.", []),
    ("Гражданин Японии Кэнта Ито находился в плену в Сомали три месяца.", []),
    # a stay in a city that declines ("в Анкаре", not "в Токио"), also by a title alone: a
    # visit of its holder or its state (events79)
    ("Министр обороны Египта находился в Анкаре с 5 по 7 мая.",
     [("occurred", "2025-05-05", "Анкара", ["state/EGY", "state/TUR"])]),
    ("Министр сельского хозяйства Аргентины находился в Асунсьоне с 2 по 4 апреля.",
     [("occurred", "2025-04-02", "Асунсьон", ["state/ARG", "state/PRY"])]),
    ("Заместитель министра иностранных дел Сербии находился в Брюсселе с 2 по 4 мая.",
     [("occurred", "2025-05-02", "Брюссель", ["state/BEL", "state/SRB"])]),
    ("Министр иностранных дел Индии находился в Париже с 1 по 3 мая.",
     [("occurred", "2025-05-01", "Париж", ["state/FRA", "state/IND"])]),
    # must not: an envoy at his post, a minister at home, a stay of no days told
    ("Посол Японии находился в Ханое с 1 по 3 мая.", []),
    ("Министр обороны Египта находился в Каире с 5 по 7 мая.", []),
    ("Министр обороны Египта находится в Анкаре.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_a_stay_of_days_abroad_is_a_visit(events, text: str, visits: list) -> None:
    read = [
        (e.status, e.date, e.location, sorted(p for p in e.participants if p.startswith("state/")))
        for e in events(text, "2025-05-08")
        if e.kind == "Visit"
    ]
    assert read == visits
