"""A foreign man's name in "-а" in the dative, apposed to a dative title before it, where
the verb's object comes first and the parse hangs the name on the subject's title after it
("Груз передал министру обороны Непала Аруне Тхапе верховный комиссар Бангладеш …": on
"комиссар"), across a minister's "по" field ("министру по делам беженцев Уганды"): the
title before is its own, so the name is Аруна Тхапа, not "Аруне Тхапе" as written. Must-nots:
names that do not decline ("Рене Бенуа", "Мамаду Ндиайе") and a name the text gives in the
nominative elsewhere (sixty-ninth pass, h-names154; own sentences about Nepal, Uganda,
Ghana, Belgium, Mali)."""

from __future__ import annotations

import pytest
from fact_reads import assert_named_not

NAMES = [
    ("Груз передал министру обороны Непала Аруне Тхапе верховный комиссар Бангладеш Карим "
     "Хасан.", "Аруна Тхапа", "Аруне Тхапе"),
    ("Палатки передал министру по делам беженцев Уганды Оките Мване посол Кении Уильям Ото.",
     "Окита Мвана", "Оките Мване"),
    ("Помощь передал министру по чрезвычайным ситуациям Непала Аруне Тхапе посол Китая Ван Ли.",
     "Аруна Тхапа", "Аруне Тхапе"),
    # must not: names that do not decline; the nominative the text gives elsewhere
    ("Посол Бельгии Рене Бенуа прибыл в Париж. Награду вручил послу Бельгии Рене Бенуа "
     "министр иностранных дел Франции.", "Рене Бенуа", "Рена Бенуа"),
    ("Помощь передал министру здравоохранения Мали Мамаду Ндиайе посол Сенегала Абду Фалл.",
     "Мамаду Ндиайе", "Мамаду Ндиайа"),
    ("Министр обороны Непала Арун Тхапе прибыл в Дакку. Груз передал министру обороны Непала "
     "Аруну Тхапе верховный комиссар Бангладеш Карим Хасан.", "Арун Тхапе", "Арун Тхапа"),
    ("Министр обороны Ганы Кофи Мбеке прибыл в Абуджу. Палатки передал министру обороны Ганы "
     "Кофи Мбеке посол Нигерии Джон Оби.", "Кофи Мбеке", "Кофи Мбека"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), NAMES)
def test_dative_title_tells_case(extraction_of, text: str, name: str, not_name: str) -> None:
    """The dative title before the name tells its case, not the subject's after it."""
    assert_named_not(extraction_of(text, "2026-11-20"), name, not_name)
