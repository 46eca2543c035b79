"""Three-part names, deputies' posts and regions named in posts (seventy-second pass,
h-names164; own sentences about Tanzania–Kenya, Tunisia, Iraq–Turkey, Pakistan, Egypt,
Chile–Peru, Japan–Korea, Saudi Arabia–Kuwait):

- a genitive or dative first name before a middle name that declines in no case ("визит
  президента Танзании Самии Сулуху Хасан", "Джакайи Мрисо Киквете", "Наджлы Буден Ромдан")
  was split as a patron's name before another's: one person, with the office; her "-у"
  middle name is no man's dative ("Самия Сулуху Хасан", not "Сулух");
- "заместитель начальника генштаба" lost "генштаба" to the table's "заместитель
  начальника": a title whose words after the first open a longer title is the deputy's
  with that whole title as complement, a rank after it too;
- an instrumental deputy's name after the genitive title it governs ("с первым
  заместителем мэра Лимы Хорхе Пересом") was the genitive title's: a surname in the
  deputy's case alone agrees with the deputy;
- a prefecture or province named in a post: ISO 3166-2's Russian names (pycountry) place
  Хоккайдо, Эль-Касим, Эш-Шаркия; a province's name no table knows before a rank
  ("Губернатор провинции Кассим принц X") is no person and gives no state."""

from __future__ import annotations

from collections import Counter

import pytest
from fact_reads import person_office, text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def persons(ex: Extraction) -> Counter[str]:
    return Counter(e.name for e in ex.entities if e.type == "Person")


THREE_PART = [
    ("В Найроби завершился визит президента Танзании Самии Сулуху Хасан.",
     "Самия Сулуху Хасан", ("президент", "state/TZA")),
    ("Президент Кении направил письмо президенту Танзании Самии Сулуху Хасан.",
     "Самия Сулуху Хасан", ("президент", "state/TZA")),
    ("В Каире завершился визит президента Танзании Джакайи Мрисо Киквете.",
     "Джакайя Мрисо Киквете", ("президент", "state/TZA")),
    ("В Тунисе завершился визит премьер-министра Туниса Наджлы Буден Ромдан.",
     "Наджла Буден Ромдан", ("премьер-министр", "state/TUN")),
    ("Президент Кении выразил благодарность Самии Сулуху Хасан.", "Самия Сулуху Хасан",
     ("", "")),
    # must not: the name in other cases, other three-part names
    ("Итоги переговоров с президентом Танзании Самией Сулуху Хасан подвели в Найроби.",
     "Самия Сулуху Хасан", ("президент", "state/TZA")),
    ("В Лусаке завершился визит президента Зимбабве Эммерсона Дамбудзо Мнангагвы.",
     "Эммерсон Мнангагва", ("президент", "state/ZWE")),
    ("В Найроби завершился визит премьер-министра Эфиопии Абия Ахмеда Али.",
     "Абий Ахмед Али", ("премьер-министр", "state/ETH")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), THREE_PART)
def test_three_part_name_is_one_person(
    extraction_of, text: str, name: str, expected: Holding
) -> None:
    """One person of the whole name, holding the title before it."""
    ex = extraction_of(text, "2025-03-02", "offices")
    assert persons(ex) == Counter({name: 1})
    assert person_office(ex, name.split()[-1]) == expected


TWO = [
    # a patron's name before another's after a person's noun stays two
    ("Адвокат певицы Шакиры Пау Молинс заявил о подаче апелляции.",
     {"Шакира": 1, "Пау Молинс": 1}),
    ("Президент Кении Уильям Руто и президент Танзании Самия Сулуху Хасан обсудили торговлю.",
     {"Уильям Руто": 1, "Самия Сулуху Хасан": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TWO)
def test_two_persons_stay_two(extraction_of, text: str, expected: dict) -> None:
    assert persons(extraction_of(text, "2025-03-02", "offices")) == Counter(expected)


POSTS = [
    ("Министр обороны Турции встретился с заместителем начальника генштаба Ирака Каримом "
     "Аббасом.", "Аббас", ("заместитель начальника генштаба", "state/IRQ")),
    ("Заместитель начальника генштаба Пакистана генерал-лейтенант Имран Хасан прибыл в "
     "Пекин.", "Хасан", ("заместитель начальника генштаба", "state/PAK")),
    ("По словам заместителя начальника генштаба Египта генерал-лейтенанта Ахмеда Фарука, "
     "учения прошли успешно.", "Фарук", ("заместитель начальника генштаба", "state/EGY")),
    ("Президент Чили встретился с первым заместителем мэра Лимы Хорхе Пересом.", "Перес",
     ("первый заместитель мэра", "state/PER")),
    ("Посол Чили встретился с первым заместителем министра иностранных дел Перу Хорхе "
     "Пересом.", "Перес", ("первый заместитель министра иностранных дел", "state/PER")),
    ("Губернатор Хоккайдо Наомити Судзуки прибыл в Сеул.", "Судзуки",
     ("губернатор", "state/JPN")),
    ("Президент Южной Кореи встретился с губернатором Хоккайдо Наомити Судзуки.", "Судзуки",
     ("губернатор", "state/JPN")),
    ("Губернатор провинции Эль-Касим принц Фейсал бен Мишааль принял посла Кувейта.",
     "Мишааль", ("губернатор провинции Эль-Касим", "state/SAU")),
    ("Губернатор провинции Кассим принц Фейсал бен Мишааль принял посла Кувейта.",
     "Мишааль", ("губернатор провинции Кассим", "")),
    # must not: the head's own post, the post without a deputy, a nominative deputy
    ("Начальник генштаба Ирака маршал Карим Аббас прибыл в Анкару.", "Аббас",
     ("начальник генштаба", "state/IRQ")),
    ("Заместитель министра обороны Ирака Карим Аббас прибыл в Анкару.", "Аббас",
     ("заместитель министра обороны", "state/IRQ")),
    ("Президент Чили встретился с мэром Лимы Хорхе Пересом.", "Перес", ("мэр", "state/PER")),
    ("Первый заместитель мэра Лимы Хорхе Перес прибыл в Сантьяго.", "Перес",
     ("первый заместитель мэра", "state/PER")),
    ("Губернатор Техаса Грег Эбботт прибыл в Мехико.", "Эбботт", ("губернатор", "state/USA")),
    ("Губернатор провинции Ахмед Хасан принял посла Кувейта.", "Хасан", ("губернатор", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), POSTS)
def test_post_of_the_name(extraction_of, text: str, surname: str, expected: Holding) -> None:
    """The whole post and its state, as the offices row and the person's own."""
    ex = extraction_of(text, "2025-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == {expected}
    assert person_office(ex, surname) == expected


def test_province_name_before_a_rank_is_no_person(extraction_of) -> None:
    ex = extraction_of(
        "Губернатор провинции Кассим принц Фейсал бен Мишааль принял посла Кувейта.",
        "2025-03-02",
        "offices",
    )
    assert persons(ex) == Counter({"Фейсал бен Мишааль": 1})
