"""Talks naming no one right after a visit by a state's title ("Президент Лаоса прибудет в
Ханой. Переговоры пройдут в резиденции вьетнамского президента"): the visit's talks, of
the visitor's and the host's states; so are talks ahead in the next days of a visit begun
("Премьер Вьетнама прибыл в Токио. Переговоры пройдут в четверг"); not talks in a city of
another state ("прибыл в Лиму … Переговоры прошли в Гуаякиле"). Sentences of our own about
other pairs of states."""

from __future__ import annotations

import pytest

# (text, (status, states) of each talks read)
CASES = [
    ("Президент Лаоса прибудет в Ханой 12 мая. Переговоры пройдут в резиденции вьетнамского "
     "президента.", [("planned", ["state/LAO", "state/VNM"])]),
    ("Президент Лаоса прибыл в Ханой. Переговоры прошли в резиденции вьетнамского президента.",
     [("occurred", ["state/LAO", "state/VNM"])]),
    ("Президент Кении посетит Эфиопию в апреле. Переговоры состоятся в резиденции эфиопского "
     "премьер-министра.", [("planned", ["state/ETH", "state/KEN"])]),
    ("Президент Аргентины посетит Чили в июне. Переговоры пройдут в президентском дворце.",
     [("planned", ["state/ARG", "state/CHL"])]),
    # must not: no visit before them, or a visit told in another tense
    ("Министр экономики Лаоса выступил на форуме. Переговоры пройдут в резиденции президента.",
     []),
    ("Президент Кении посетил Эфиопию в апреле. Переговоры пройдут в резиденции премьера.", []),
]  # fmt: skip

# must not: talks in another city, or on a day of their own (review21); (text, talks read as
# (date, states))
ELSEWHERE = [
    ("Президент Лаоса прибудет в Ханой 12 мая 2025 года. Переговоры о повышении зарплат "
     "учителей пройдут во Вьентьяне на следующей неделе.", [("2025-05", [])]),
    ("Премьер-министр Непала прибудет в Нью-Дели 3 июня 2025 года с официальным визитом.\n\n"
     "Тем временем в Катманду продолжается забастовка. Переговоры профсоюзов с руководством "
     "авиакомпании пройдут в пятницу.", []),
    ("Президент Ганы прибудет в Абуджу 10 мая 2025 года. Переговоры о торговле пройдут в "
     "Лондоне с участием министров Великобритании и Кении.", [("", ["state/GBR", "state/KEN"])]),
]  # fmt: skip


def talks_read(events, text: str, dateline: str, field: str) -> list[tuple[str, list[str]]]:
    """Each talks event of `text` as (its `field`, its states)."""
    return [
        (getattr(e, field), sorted(p for p in e.participants if p.startswith("state/")))
        for e in events(text, dateline)
        if e.kind == "Talks"
    ]


@pytest.mark.parametrize(("text", "talks"), ELSEWHERE)
def test_talks_elsewhere_are_not_the_visits(events, text: str, talks: list) -> None:
    assert talks_read(events, text, "2025-05-08", "date") == talks


@pytest.mark.parametrize(("text", "talks"), CASES)
def test_bare_talks_after_a_visit(events, text: str, talks: list) -> None:
    assert talks_read(events, text, "2025-03-10", "status") == talks


# talks ahead in the next days of a visit begun (dateline Monday 5 May 2025): (text, talks
# read as (status, date, states))
AHEAD = [
    ("Премьер-министр Вьетнама прибыл в Токио. Переговоры пройдут в четверг.",
     [("planned", "2025-05-08", ["state/JPN", "state/VNM"])]),
    ("Министр иностранных дел Бразилии прибыл в Буэнос-Айрес. Переговоры пройдут завтра.",
     [("planned", "2025-05-06", ["state/ARG", "state/BRA"])]),
    ("Президент Перу в воскресенье прибыл в Кито с официальным визитом. Переговоры пройдут в "
     "президентском дворце.", [("planned", "", ["state/ECU", "state/PER"])]),
    ("Премьер-министр Индии прибыл в Токио с трёхдневным визитом. Переговоры состоятся в среду.",
     [("planned", "2025-05-07", ["state/IND", "state/JPN"])]),
    # must not: others' talks, a day beyond the visit's few, a visit of months ago
    ("Президент Кении прибыл в Аддис-Абебу. Переговоры профсоюзов пройдут в пятницу.", []),
    ("Премьер-министр Вьетнама прибыл в Токио. Переговоры пройдут 20 мая.", []),
    ("Премьер-министр Вьетнама посетил Токио в марте. Переговоры пройдут в четверг.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "talks"), AHEAD)
def test_talks_ahead_of_a_visit_begun(events, text: str, talks: list) -> None:
    read = [(e.status, e.date, sorted(p for p in e.participants if p.startswith("state/")))
            for e in events(text, "2025-05-05") if e.kind == "Talks"]  # fmt: skip
    assert read == talks


# talks in a city of another state than the visit's host are not the visit's (dateline
# Friday 9 May 2025); (text, talks read as (date, states))
OTHER_CITIES = [
    ("Президент Колумбии прибыл в Лиму во вторник. Переговоры прошли в Гуаякиле.", []),
    ("Министр иностранных дел Японии, который прибыл в Ханой во вторник, выступил с лекцией. "
     "Переговоры прошли в Сиемреапе.", []),
    ("Президент Аргентины прибыл в Сантьяго в среду. Переговоры прошли в Сан-Паулу.", []),
    ("Об этом сообщил президент Кении, который прибыл в Аддис-Абебу в понедельник. Переговоры "
     "прошли в Момбасе.", []),
    # must not: a city of the host
    ("Президент Аргентины прибыл в Бразилиа в среду. Переговоры прошли в Сан-Паулу.",
     [("2025-05-07", ["state/ARG", "state/BRA"])]),
    ("Президент Египта прибыл в Анкару в среду. Переговоры прошли в Стамбуле.",
     [("2025-05-07", ["state/EGY", "state/TUR"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "talks"), OTHER_CITIES)
def test_talks_in_another_states_city(events, text: str, talks: list) -> None:
    assert talks_read(events, text, "2025-05-09", "date") == talks


# talks during a visit by a state's title "с" a person of the host state alone are the
# visitor's state's too (events75); (text, talks or meeting read as states)
WITH_THE_HOST = [
    ("Президент Перу прибыл в Кито с официальным визитом. В ходе визита он провёл переговоры с "
     "президентом Эквадора.", [["state/ECU", "state/PER"]]),
    ("Президент Парагвая прибыл в Монтевидео во вторник. В ходе визита он провёл переговоры с "
     "президентом Уругвая.", [["state/PRY", "state/URY"]]),
    ("Премьер-министр Лаоса прибыл в Ханой. Он провёл переговоры с премьер-министром Вьетнама.",
     [["state/LAO", "state/VNM"]]),
    ("Президент Ганы прибыл в Абуджу. В ходе визита он встретился с президентом Нигерии.",
     [["state/GHA", "state/NGA"]]),
    # must not: a third state's person, others' talks
    ("Президент Перу прибыл в Кито. В ходе визита он провёл переговоры с президентом Колумбии.",
     [["state/COL"]]),
    ("Президент Ганы прибыл в Абуджу. Министр торговли Кении провёл переговоры с министром "
     "торговли Великобритании.", [["state/GBR", "state/KEN"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "talks"), WITH_THE_HOST)
def test_talks_with_the_host_during_a_visit_by_title(events, text: str, talks: list) -> None:
    read = [sorted(p for p in e.participants if p.startswith("state/"))
            for e in events(text, "2025-05-09") if e.kind in {"Talks", "Meeting"}]  # fmt: skip
    assert read == talks
