"""Talks of the chairs of two parliaments during one chair's visit ("Председатель Сената
Перу X прибыл в среду в Буэнос-Айрес по приглашению председателя Палаты депутатов
Аргентины Y. В четверг спикеры двух парламентов провели переговоры, по итогам которых
подписали меморандум"): "спикеры" (or "председатели") of parliaments or chambers are the two
chairs the text names, whichever word titles each, and the signing told "по итогам которых"
of the talks takes their day, not the arrival's. Must-nots: a visit of presidents adds no
one to the speakers' talks; "спикеры" of no chamber are no chairs; a signing of a day of its
own keeps it. Sentences of our own about other pairs of states (sixty-sixth pass,
h-events247)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind, person_keys

from kg.extract.events import Event

PERES, MENEM = "person/khuan-peres", "person/martin-menem"
SAID, KHASAN = "person/akhmed-said", "person/ali-khasan"
ROKHAS, VILYAR = "person/pedro-rokhas", "person/khose-vilyar"
PERU_TO_ARGENTINA = (
    "Председатель Сената Перу Хуан Перес прибыл в среду в Буэнос-Айрес с официальным визитом "
    "по приглашению председателя Палаты депутатов Аргентины Мартина Менема.\n\n"
)
EGYPT_TO_JORDAN = (
    "Председатель парламента Египта Ахмед Саид прибыл во вторник в Амман по приглашению "
    "спикера палаты депутатов Иордании Али Хасана.\n\n"
)
CHILE_TO_PERU = (
    "Спикер Сената Чили Педро Рохас прибыл в понедельник в Лиму. Его встретил председатель "
    "Конгресса Перу Хосе Вильяр. "
)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            PERU_TO_ARGENTINA + "В четверг спикеры двух парламентов провели переговоры.",
            [PERES, MENEM],
        ),
        (
            EGYPT_TO_JORDAN + "В среду спикеры двух парламентов провели переговоры.",
            [SAID, KHASAN],
        ),
        (
            CHILE_TO_PERU + "Во вторник спикеры парламентов двух стран провели переговоры.",
            [ROKHAS, VILYAR],
        ),
        (
            EGYPT_TO_JORDAN + "В среду председатели двух парламентов провели переговоры.",
            [SAID, KHASAN],
        ),
    ],
)
def test_chairs_of_two_parliaments_are_the_two_chairs(
    events: Callable[..., list[Event]], text: str, persons: list[str]
) -> None:
    talks = one_of_kind(events(text, "2026-12-05"), "Talks")
    assert sorted(person_keys(talks)) == sorted(persons)


@pytest.mark.parametrize(
    "text",
    [
        # presidents are no parliaments' chairs
        "Президент Перу Хосе Вильяр прибыл в среду в Буэнос-Айрес по приглашению президента "
        "Аргентины Мартина Менема.\n\nВ четверг спикеры двух парламентов провели переговоры.",
        # speakers of no chamber (a forum's) are no chairs
        PERU_TO_ARGENTINA + "В четверг спикеры форума провели переговоры.",
    ],
)
def test_no_chairs_of_no_chambers(events: Callable[..., list[Event]], text: str) -> None:
    talks = one_of_kind(events(text, "2026-12-05"), "Talks")
    assert MENEM not in person_keys(talks)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            PERU_TO_ARGENTINA + "В четверг спикеры двух парламентов провели переговоры, по "
            "итогам которых подписали меморандум о сотрудничестве.",
            "2026-12-03",
        ),
        (
            "Министр обороны Кении Джон Мванги прибыл в Кампалу в понедельник.\n\nВо вторник "
            "министры обороны двух стран провели переговоры, по итогам которых подписали "
            "соглашение о военном сотрудничестве.",
            "2026-12-01",
        ),
        (
            EGYPT_TO_JORDAN + "В среду стороны провели переговоры, по итогам которых был "
            "подписан протокол о сотрудничестве.",
            "2026-12-02",
        ),
        # must not: a signing of a day of its own keeps it
        (
            EGYPT_TO_JORDAN + "В среду председатели двух парламентов провели переговоры, а в "
            "четверг стороны подписали протокол о сотрудничестве.",
            "2026-12-03",
        ),
    ],
)
def test_signing_after_the_talks_takes_their_day(
    events: Callable[..., list[Event]], text: str, day: str
) -> None:
    signing = one_of_kind(events(text, "2026-12-05"), "Signing")
    assert signing.date == day
