"""A state minister ("государственный министр иностранных дел") holds that post, not the
minister's of the field; a chair's title before a parliament's or chamber's noun and its
state's name keeps the chamber ("председатель Сената" of Argentina, as "председатель
Национального собрания" is kept); a commander of a unit of a state's forces named by the
state's adjective ("Северным командованием пакистанской армии") serves that state, not the
unit as a state, the rank besides of the same state. Own sentences about Ghana–Kenya, the
UK–Estonia, Uganda–Rwanda, Tanzania, Peru, Argentina–Uruguay, Peru–Bolivia, Lithuania–
Poland, Georgia, Moldova, Pakistan–Turkey, India–Egypt, the US–Japan, Estonia. Sixty-sixth
pass (h-names148)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name", "offices"),
    [
        # a state minister: the grade is the post's
        ("Государственный министр обороны Великобритании Люк Поллард посетил Эстонию.",
         "Люк Поллард", {"государственный министр обороны state/GBR"}),
        ("Посол Кении встретился с государственным министром иностранных дел Ганы Кваме "
         "Асанте.",
         "Кваме Асанте", {"государственный министр иностранных дел state/GHA"}),
        ("В Кигали прибыл государственный министр финансов Уганды Хенри Мусасизи.",
         "Хенри Мусасизи", {"государственный министр финансов state/UGA"}),
        # must-not: the minister himself, a deputy, a mission's rank stay themselves
        ("Министр иностранных дел Ганы Кваме Асанте прибыл в Найроби.",
         "Кваме Асанте", {"министр иностранных дел state/GHA"}),
        ("В Найроби прибыл первый заместитель министра иностранных дел Танзании Юсуф "
         "Мбаруку.",
         "Юсуф Мбаруку", {"первый заместитель министра иностранных дел state/TZA"}),
        ("Посол Ганы встретился с министром-советником посольства Перу Хорхе Вальдесом.",
         "Хорхе Вальдес", {"министр-советник посольства state/PER"}),
        # a chamber's chair keeps the chamber
        ("Председатель Сената Аргентины Лусия Корпачи приняла делегацию Уругвая.",
         "Лусия Корпачи", {"председатель Сената state/ARG"}),
        ("Делегацию Боливии принял председатель Конгресса Перу Эдуардо Салуан.",
         "Эдуардо Салуан", {"председатель Конгресса state/PER"}),
        ("Спикер сейма Литвы Юозас Варнас посетил Варшаву.",
         "Юозас Варнас", {"спикер сейма state/LTU"}),
        # must-not: a deputy speaker's post is the parliament's own; the open class's title
        ("Вице-спикер парламента Грузии Гия Варнели посетил Баку.",
         "Гия Варнели", {"вице-спикер state/GEO"}),
        ("Председатель парламента Молдовы Ион Кожокару посетил Бухарест.",
         "Ион Кожокару", {"председатель парламента state/MDA"}),
        # a unit of a state's forces: the adjective's state, the rank of it besides
        ("Командующий Северным командованием пакистанской армии генерал-лейтенант Аамир "
         "Хусейн встретился с послом Турции.",
         "Аамир Хусейн",
         {"командующий Северным командованием state/PAK"}),
        ("Делегацию Египта принял командующий Восточным командованием индийской армии "
         "генерал-лейтенант Ранвир Сингх.",
         "Ранвир Сингх",
         {"командующий Восточным командованием state/IND"}),
        # must-not: forces named by the state's name stay as they were
        ("Командующий сухопутными войсками Эстонии генерал-майор Андрус Мерисалу посетил "
         "Ригу.",
         "Андрус Мерисалу",
         {"командующий сухопутными войсками state/EST"}),
    ],
)  # fmt: skip
def test_office(run: Callable[[str], Extraction], text: str, name: str, offices: set[str]) -> None:
    assert offices_by_name(run(text), with_state=True).get(name) == offices
