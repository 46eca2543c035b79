"""A lone surname in an oblique case of the surname of a man the text names in full,
"-ина"/"-ова" read as a woman's nominative (fifty-fourth pass, h-names113; sentences of our
own about Indonesia–Australia, Malaysia–Singapore, Kenya–Uganda): his surname, one man
(`_his_surname_declined` in `kg/resolve/person_plans.py`). Not where a verb, a first name or
a name in full tells a woman of that name, nor a surname two men bear, nor a name right
after a title."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "alone", "person"),
    [
        ("Министр обороны Индонезии Шафри Шамсуддин прибыл в Канберру. Во вторник Шамсуддина"
         " принял премьер-министр Австралии.", "Шамсуддина", "Шафри Шамсуддин"),
        ("Министр иностранных дел Малайзии Мохамад Сабу Камаруддин прибыл в Сингапур."
         " Камаруддина принял премьер-министр Сингапура.", "Камаруддина",
         "Мохамад Сабу Камаруддин"),
        ("Министр торговли Кении Юсуф Хасанин прибыл в Кампалу. Президент Уганды принял"
         " Хасанина в своей резиденции.", "Хасанина", "Юсуф Хасанин"),
        ("Посол Кении Исмаил Салимов прибыл в Кампалу. Салимова принял президент Уганды.",
         "Салимова", "Исмаил Салимов"),
        # must-not: a feminine verb tells a woman of that name
        ("Министр обороны Индонезии Шафри Шамсуддин прибыл в Канберру. Шамсуддина заявила,"
         " что Австралия поддержит Индонезию.", "Шамсуддина", "Шамсуддина"),
        # must-not: a surname two men bear (brothers) is neither's
        ("Братья Юсуф Хасанин и Омар Хасанин прибыли из Кении в Кампалу. Президент Уганды"
         " принял Хасанина в своей резиденции.", "Хасанина", "Хасанина"),
        # must-not: a woman named in full keeps her surname alone
        ("Посол Сингапура Иван Карин прибыл в Куала-Лумпур. Анна Карина заявила, что Малайзия"
         " поддержит Сингапур. Карину поблагодарил премьер-министр Малайзии.", "Карину",
         "Анна Карина"),
        # must-not: anyone named in full by the "-а" form, whatever the dictionary knows of
        # the first name, may be the one the surname alone names
        ("Посол Индонезии Ахмад Салимов прибыл в Канберру. Назначение Нурул Салимовой послом"
         " в Австралии обсуждали давно. До того Салимова год работала в Джакарте.", "Салимова",
         "Нурул Салимова"),
        # must-not: a name right after a title, whose verb agrees with the title, may be hers
        ("Министр юстиции Кении Салимова прибыла в Кампалу. Посол Уганды Исмаил Салимов"
         " остался в Найроби.", "Салимова", "Салимова"),
        # must-not: a surname the dictionary declines already joins
        ("Президент России Владимир Путин прибыл в Джакарту. Путина принял президент"
         " Индонезии.", "Путина", "Владимир Путин"),
    ],
)  # fmt: skip
def test_one_man(run: Callable[[str], Extraction], text: str, alone: str, person: str) -> None:
    assert mention_persons(run(text))[alone] == person
