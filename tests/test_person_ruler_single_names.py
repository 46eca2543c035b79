"""A single name right after a ruler's rank ("султан Ибрагим", "король Иордании Хусейн") is a
person of his own, not the surname of another person the text named in full with no ruler's
rank ("премьер-министр Анвар Ибрагим"); he takes the ruler's office, the monarch's title
before his rank where one stands there ("король Малайзии султан Ибрагим": the king of
Malaysia). A surname alone with no rank, a ruler named so before, a first name after a
prince's rank stay their person (seventieth pass, h-names158; own sentences about Malaysia,
Brunei, Egypt, Jordan, Saudi Arabia)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, offices_by_name

from kg.model import Extraction

APART = [
    (
        "Президент Индонезии Прабово Субианто провёл переговоры с премьер-министром Малайзии "
        "Анваром Ибрагимом. На вокзале гостя встречал король Малайзии султан Ибрагим.",
        "Ибрагим",
        {"король state/MYS"},
    ),
    (
        "Премьер-министр Малайзии Анвар Ибрагим вернулся из Пекина. Король Малайзии султан "
        "Ибрагим поздравил его с успешным визитом.",
        "Ибрагим",
        {"король state/MYS"},
    ),
    (
        "Премьер-министр Малайзии Анвар Ибрагим прибыл в Бруней. Его встретил султан Ибрагим.",
        "Ибрагим",
        {"султан "},
    ),
    (
        "Президент Египта Ахмед Хусейн встретился с министром. Гостя принял король "
        "Иордании Хусейн.",
        "Хусейн",
        {"король state/JOR"},
    ),
]

SAME = [
    ("Премьер-министр Малайзии Анвар Ибрагим провёл переговоры. Ибрагим заявил, что доволен.",
     "Ибрагим", "Анвар Ибрагим"),
    ("Король Иордании Абдалла II прибыл в Египет. Король Абдалла провёл переговоры.",
     "Абдалла", "Абдалла II"),
    ("Принц Кэнтаро Сато посетил Египет. Принц Сато встретился с министром Египта.",
     "Сато", "Кэнтаро Сато"),
    ("Министр обороны Саудовской Аравии Халид бин Сальман прибыл в Каир. Принц Халид "
     "провёл переговоры.", "Халид", "Халид бин Сальман"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "offices"), APART)
def test_ruler_named_apart(
    run: Callable[[str], Extraction], text: str, name: str, offices: set[str]
) -> None:
    ex = run(text)
    assert mention_persons(ex)[name] == name, mention_persons(ex)
    assert offices_by_name(ex, with_state=True)[name] == offices


@pytest.mark.parametrize(("text", "mention", "person"), SAME)
def test_same_person_kept(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(ex := run(text))[mention] == person, mention_persons(ex)
