"""Heads of a ministry told by its short name after a visit ("Главы МИД двух стран провели
переговоры", "главы внешнеполитических ведомств"): holders of that one office of the pair's
states, the two ministers the text names, though the tagger reads "МИД" as a proper noun.
Must-nots: heads of the ministries of a union's states are not the pair; one minister
named keeps him alone; ministers of another office are not the heads. Sentences of our own
about other pairs of states (fifty-fourth pass, h-events159)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

EGYPT = (
    "Министр иностранных дел Египта Бадр Абдельатти и министр иностранных дел Иордании "
    "Айман Сафади в среду прибыли в Женеву. "
)
KENYA = (
    "Министр иностранных дел Кении Мусалия Мудавади во вторник прибыл в Кампалу. "
    "В аэропорту его встретил министр иностранных дел Уганды Джедже Одонго. "
)
ABDELATTI, SAFADI = "person/badr-abdelatti", "person/ayman-safadi"
MUDAVADI, ODONGO = "person/musaliya-mudavadi", "person/dzhedzhe-odongo"
KLAVEREN, SHIALER = "person/alberto-van-klaveren", "person/elmer-shialer"


def _talks(read: list[Event]) -> list[str]:
    (talks,) = [e for e in read if e.kind == "Talks"]
    return sorted(p for p in talks.participants if p.startswith("person/"))


@pytest.mark.parametrize(
    ("text", "ministers"),
    [
        (EGYPT + "Главы МИД двух стран провели переговоры.", [SAFADI, ABDELATTI]),
        (KENYA + "Главы МИД двух стран провели переговоры.", [ODONGO, MUDAVADI]),
        (  # with the two heads of state beside them: the ministers, never the presidents
            "Президент Чили Андрес Сото и министр иностранных дел Чили Альберто ван Клаверен "
            "в понедельник прибыли в Лиму. В аэропорту их встретили президент Перу Луис "
            "Мендоса и министр иностранных дел Перу Элмер Шиалер. Главы внешнеполитических "
            "ведомств двух стран провели переговоры.",
            [KLAVEREN, SHIALER],
        ),
        (
            "Король Иордании Абдалла II и министр иностранных дел Иордании Айман Сафади во "
            "вторник прибыли в Каир. В аэропорту их встретили президент Египта Абдель Фаттах "
            "ас-Сиси и министр иностранных дел Египта Бадр Абдельатти. Главы "
            "внешнеполитических ведомств двух стран обсудили ситуацию в регионе.",
            [SAFADI, ABDELATTI],
        ),
    ],
)
def test_heads_of_a_ministry_of_the_two_are_its_ministers(
    events, text: str, ministers: list[str]
) -> None:
    assert _talks(events(text, "2025-10-22")) == sorted(ministers)


def test_heads_of_the_ministries_of_a_union_are_not_the_pair(events) -> None:
    text = EGYPT + "Главы МИД стран ЕС провели переговоры."
    for e in events(text, "2025-10-22"):
        assert e.kind != "Talks" or not {ABDELATTI, SAFADI} & set(e.participants)


def test_one_minister_named_keeps_him_alone(events) -> None:
    text = (
        "Министр иностранных дел Кении Мусалия Мудавади во вторник прибыл в Кампалу. "
        "Главы МИД двух стран провели переговоры."
    )
    assert _talks(events(text, "2025-10-22")) == [MUDAVADI]


def test_heads_of_another_ministry_are_not_the_ministers(events) -> None:
    text = KENYA + "Главы МВД двух стран провели переговоры."
    talks = [e for e in events(text, "2025-10-22") if e.kind == "Talks"]
    assert all(not {MUDAVADI, ODONGO} & set(e.participants) for e in talks)
