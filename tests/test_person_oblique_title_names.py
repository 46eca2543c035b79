"""Name forms after a title in an oblique case (fifty-ninth pass, h-names126): a first name
that reads only as a verb, apposed to a title, stays the name's ("Буди"); a man's name read
as a genitive, apposed to a title the tagger reads as an accusative object, is accusative
(its "-у" the accusative's), also where the parse hung the title on a place before it;
a man's accusative read on a name a word of which is only a
genitive is a genitive ("Кохэя Ямады"); a first name in a man's genitive before a
possessive "-ова" after a genitive title is his genitive; an undeclined name after a
genitive title that is a thing's complement holds the title. Own sentences about Vietnam,
Zambia, Indonesia, Korea, Japan, India, Georgia, Tajikistan, Uzbekistan, Chile,
Estonia, Nigeria."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name, person_names

from kg.model import Extraction

READ = [
    ("Премьер Вьетнама принял в Ханое президента Замбии Питера Хакаинду.", "Питер Хакаинда",
     "президент state/ZMB"),
    ("Премьер Вьетнама встретил в аэропорту президента Замбии Питера Хакаинду.",
     "Питер Хакаинда", "президент state/ZMB"),
    ("Как сообщил министр финансов Индонезии Буди Хартоно, Джакарта и Сеул подписали "
     "соглашение.", "Буди Хартоно", "министр финансов state/IDN"),
    ("Переговоры прошли при участии министра обороны Японии Кохэя Ямады.", "Кохэй Ямада",
     "министр обороны state/JPN"),
    ("Соглашение подписали при участии министра экономики Японии Рёхэя Ямады.",
     "Рёхэй Ямада", "министр экономики state/JPN"),
    ("Договор подписали при участии министра обороны Японии Кохэя Окамуры.",
     "Кохэй Окамура", "министр обороны state/JPN"),
    ("Президент Грузии принял министра торговли Таджикистана Парвиза Давлатова.",
     "Парвиз Давлатов", "министр торговли state/TJK"),
    ("Саммит прошёл под председательством министра иностранных дел Японии Дайсукэ "
     "Мацумото.", "Дайсукэ Мацумото", "министр иностранных дел state/JPN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), READ)
def test_read(run: Callable[[str], Extraction], text: str, name: str, office: str) -> None:
    ex = run(text)
    assert name in person_names(ex)
    assert office in offices_by_name(ex, with_state=True).get(name, set())


KEPT = [
    # a woman's genitive, a genitive's own "-у", a bare object's own "-у", a spouse
    ("Делегация Чили встретилась при участии министра иностранных дел Эстонии Анны Каллас.",
     "Анна Каллас"),
    ("Визит президента Нигерии Болы Тинубу в Гану начался.", "Бола Тинубу"),
    ("Президент Вьетнама принял Джона Вамбугу в Ханое.", "Джон Вамбугу"),
    ("Премьер Вьетнама выступил в резиденции президента Замбии Питера Хакаинду.",
     "Питер Хакаинду"),
    ("Супруга министра энергетики Узбекистана Лейла Гасанова прибыла в Тбилиси.",
     "Лейла Гасанова"),
    ("Министр обороны Японии Кохэй Ямада прибыл в Дели.", "Кохэй Ямада"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


def test_spouse_holds_no_office(run: Callable[[str], Extraction]) -> None:
    """A name after a being's noun and the genitive title it governs is not the title's."""
    ex = run("Супруга министра энергетики Узбекистана Лейла Гасанова прибыла в Тбилиси.")
    assert not offices_by_name(ex, with_state=True).get("Лейла Гасанова")
