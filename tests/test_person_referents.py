"""Whom a surname alone or a bare office noun stands for, on sentences of our own: the one
person the text names in full with that surname (not a gazetteer namesake of another
first name), not a relative of the other sex, and the one person named before whom an
office noun fits; and where two fit, no one."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader

# A namesake in office: what a surname alone would link to if the text named no one else.
ROWS = """# kind\tkey\tname\tfirst\tpatronymic\tlast\tname_en\twikidata\tterms\taliases
person\tperson/Q7200001\tИгорь Ланге\tИгорь\t\tЛанге\t\tQ7200001\tминистр иностранных дел@NOR:2020..
person\tperson/Q7200002\tАнна Мвенда\tАнна\t\tМвенда\t\tQ7200002\tпрезидент@KEN:2022..
person\tperson/Q7200003\tЖан-Поль Ле Бурже\tЖан-Поль\t\tЛе Бурже\t\tQ7200003\tминистр@FRA:2021..
person\tperson/Q7200004\tКарла фон Айхен\tКарла\t\tфон Айхен\t\tQ7200004\tминистр@AUT:2021..
person\tperson/Q7200005\tХуан Мендес Арройо\tХуан\t\tМендес Арройо\t\tQ7200005\tпрезидент@MEX:2021..
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    read = mention_reader(tmp_path_factory.mktemp("gaz"), ROWS)

    def go(text: str) -> list[tuple[str, str]]:
        """Each person mention's text → its entity's name, in text order."""
        return [(m.text, e.name) for m, e in read(text) if m.type == "Person"]

    return go


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone, before or after the full name the text gives: that person, not
        # the gazetteer's namesake in office
        ("Министр Дании встретился с Ланге в Копенгагене. Премьер Дании принял Петера Ланге.",
         [("Ланге", "Петер Ланге"), ("Петера Ланге", "Петер Ланге")]),
        ("Петер Ланге прибыл в Копенгаген. Ланге встретился с премьером Дании.",
         [("Петер Ланге", "Петер Ланге"), ("Ланге", "Петер Ланге")]),
        ("Делегация Египта встретилась с Мвендой. Позже Джеймс Мвенда посетил Каир.",
         [("Мвендой", "Джеймс Мвенда"), ("Джеймс Мвенда", "Джеймс Мвенда")]),
        # a word read as a first name in a headline, the surname of the one named in full
        ("Отставка генерала Мартина\n\nПосол Канады Джеймс Мартин покинул Осло.",
         [("Мартина", "Джеймс Мартин"), ("Джеймс Мартин", "Джеймс Мартин")]),
        # must not: where someone named in full bears it as a first name
        ("Отставка посла Мартина\n\nПосол Канады Джеймс Мартин и Мартин Шульц покинули Осло.",
         [("Мартина", "Мартин"), ("Джеймс Мартин", "Джеймс Мартин"),
          ("Мартин Шульц", "Мартин Шульц")]),
        # must not: with no one else of the surname, the namesake in office
        ("Министр Дании встретился с Ланге в Копенгагене.", [("Ланге", "Игорь Ланге")]),
        # must not: two persons of the surname named in full, the surname alone joins neither
        ("Министр Дании встретился с Ланге. Премьер Дании принял Петера Ланге и Эрика Ланге.",
         [("Ланге", "Игорь Ланге"), ("Петера Ланге", "Петер Ланге"),
          ("Эрика Ланге", "Эрик Ланге")]),
    ],
)  # fmt: skip
def test_a_surname_alone_joins_the_one_full_name_of_the_text(run, text: str, expected) -> None:  # noqa: ANN001
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone after the one name the text gives with "-младший"/"-старший"
        ("Прокурор Нью-Йорка Сайрус Вэнс-младший прибыл в Канаду. Вэнсом доволен министр "
         "Канады.", [("Сайрус Вэнс-младший", "Сайрус Вэнс-младший"),
                     ("Вэнсом", "Сайрус Вэнс-младший")]),
        ("Марта Хольм-младшая прибыла в Осло. Хольм встретилась с премьером Норвегии.",
         [("Марта Хольм-младшая", "Марта Хольм-младшая"), ("Хольм", "Марта Хольм-младшая")]),
        # must not: son and father both named, the surname alone is neither
        ("Эрик Тэйлор-младший и Эрик Тэйлор-старший прибыли в Канаду. Тэйлор выступил в "
         "Оттаве.", [("Эрик Тэйлор-младший", "Эрик Тэйлор-младший"),
                     ("Эрик Тэйлор-старший", "Эрик Тэйлор-старший"), ("Тэйлор", "Тэйлор")]),
        # must not: another surname that merely begins like it
        ("Сайрус Вэнс-младший прибыл в Канаду. Вэнсена встретил министр Канады.",
         [("Сайрус Вэнс-младший", "Сайрус Вэнс-младший"), ("Вэнсена", "Вэнсен")]),
    ],
)  # fmt: skip
def test_a_surname_alone_joins_the_one_named_with_a_generation(run, text: str, expected) -> None:  # noqa: ANN001
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone word, the first word of a surname of several: that office holder
        ("Министр Перу встретился с Мендесом в Лиме.",
         [("Мендесом", "Хуан Мендес Арройо")]),
        ("Министр Франции Ле Бурже прибыл в Каир.", [("Ле Бурже", "Жан-Поль Ле Бурже")]),
        # must not: a word like the particle that begins one is no surname of his or hers
        ("Министр Японии встретился с Леи в Токио.", [("Леи", "Леи")]),
        ("Министр Франции Ле Бурже прибыл в Каир. Там его встретила Лея.",
         [("Ле Бурже", "Жан-Поль Ле Бурже"), ("Лея", "Лея")]),
        ("Министр Польши встретился с Фоной в Варшаве.", [("Фоной", "Фона")]),
    ],
)  # fmt: skip
def test_a_particle_alone_is_no_surname(run, text: str, expected) -> None:  # noqa: ANN001
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman named by the surname, where the text speaks of her as kin, is not her son
        ("Полиция Кении задержала Джона Камау. Его мать пришла в суд. Камау заявила, что сын "
         "невиновен.", [("Джона Камау", "Джон Камау"), ("Камау", "Камау")]),
        # ... nor a man her husband, where the text speaks of him
        ("Полиция Египта задержала Фатима Хассан. Её муж пришёл в суд. Хассан заявил, что "
         "жена невиновна.", [("Фатима Хассан", "Фатима Хассан"), ("Хассан", "Хассан")]),
        # must not: the son himself, by a verb of his gender
        ("Полиция Кении задержала Джона Камау. Его мать пришла в суд. Камау заявил, что "
         "невиновен.", [("Джона Камау", "Джон Камау"), ("Камау", "Джон Камау")]),
        # must not: no kin spoken of, the verb's gender alone keeps no one apart (a woman's
        # name news transliterates may read as a man's)
        ("Депутат Кении Габриэль Камау прибыла в Аддис-Абебу. Камау заявила о росте торговли.",
         [("Габриэль Камау", "Габриэль Камау"), ("Камау", "Габриэль Камау")]),
    ],
)  # fmt: skip
def test_a_relative_of_the_other_sex_stays_apart(run, text: str, expected) -> None:  # noqa: ANN001
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare office noun stands for the one person named before with a fitting office
        ("Посол Кении Джон Мванга прибыл в Аддис-Абебу. Дипломат отметил рост торговли.",
         [("Джон Мванга", "Джон Мванга"), ("Дипломат", "Джон Мванга")]),
        ("Сенатор Аргентины Хуан Перес прибыл в Бразилиа. Политик заявил, что торговля растёт.",
         [("Хуан Перес", "Хуан Перес"), ("Политик", "Хуан Перес")]),
        ("Посол Вьетнама Нгуен Ван Хунг прибыл в Джакарту. Посол отметил рост торговли.",
         [("Нгуен Ван Хунг", "Нгуен Ван Хунг"), ("Посол", "Нгуен Ван Хунг")]),
        # ... a first deputy by the deputy's noun, or as a politician
        ("Первый вице-премьер Сербии Ивица Дачич прибыл в Будапешт. Вице-премьер провёл "
         "переговоры.", [("Ивица Дачич", "Ивица Дачич"), ("Вице-премьер", "Ивица Дачич")]),
        ("Первый вице-премьер Сербии Ивица Дачич прибыл в Будапешт. Политик провёл "
         "переговоры.", [("Ивица Дачич", "Ивица Дачич"), ("Политик", "Ивица Дачич")]),
        # must not: two persons fit
        ("Посол Кении Джон Мванга и посол Эфиопии Абебе Гирма встретились в Найроби. Дипломат "
         "отметил рост торговли.",
         [("Джон Мванга", "Джон Мванга"), ("Абебе Гирма", "Абебе Гирма")]),
        # must not: another one ("Другой", "российский"), or an office that does not fit
        ("Посол Кении Джон Мванга прибыл в Аддис-Абебу. Другой дипломат отметил рост торговли.",
         [("Джон Мванга", "Джон Мванга")]),
        ("Посол Кении Джон Мванга прибыл в Аддис-Абебу. Египетский дипломат отметил рост "
         "торговли.", [("Джон Мванга", "Джон Мванга")]),
        ("Сенатор Аргентины Хуан Перес прибыл в Бразилиа. Дипломат заявил, что торговля растёт.",
         [("Хуан Перес", "Хуан Перес")]),
        # must not: no office given to anyone named
        ("Хуан Перес прибыл в Бразилиа. Политик заявил, что торговля растёт.",
         [("Хуан Перес", "Хуан Перес")]),
        # a minister named so alone: the one minister named before, of whatever portfolio
        ("Министр обороны Чили Мая Фернандес прибыла в Лиму. Министр провела переговоры.",
         [("Мая Фернандес", "Мая Фернандес"), ("Министр", "Мая Фернандес")]),
        # must not: two ministers named before
        ("Министр иностранных дел Чили Хуан Перес и министр обороны Чили Мая Фернандес прибыли "
         "в Лиму. Министр провёл переговоры.",
         [("Хуан Перес", "Хуан Перес"), ("Мая Фернандес", "Мая Фернандес")]),
        # a head's title alone stands for the one person named before in that role
        ("Премьер-министр Норвегии Ула Нурдманн прибыл в Берлин. Премьер встретился с канцлером.",
         [("Ула Нурдманн", "Ула Нурдманн"), ("Премьер", "Ула Нурдманн")]),
        ("Президент Чили Габриэль Борич прибыл в Лиму. Президент провёл переговоры в столице.",
         [("Габриэль Борич", "Габриэль Борич"), ("Президент", "Габриэль Борич")]),
        # must not: two named in that role, both subjects
        ("Премьер-министр Норвегии Ула Нурдманн и премьер-министр Швеции Карл Берг прибыли в "
         "Берлин. Премьер встретился с канцлером.",
         [("Ула Нурдманн", "Ула Нурдманн"), ("Карл Берг", "Карл Берг")]),
        ("Президент Чили Габриэль Борич прибыл в Лиму. Президент Перу Хосе Рамос встретил его "
         "в аэропорту. Президент посетил музей.",
         [("Габриэль Борич", "Габриэль Борич"), ("Хосе Рамос", "Хосе Рамос")]),
        # the subject of the sentence before, not the one it met
        ("Президент Чили Габриэль Борич встретился с президентом Перу Хосе Рамосом. Президент "
         "посетил музей.", [("Габриэль Борич", "Габриэль Борич"), ("Хосе Рамосом", "Хосе Рамос"),
                            ("Президент", "Габриэль Борич")]),
    ],
)  # fmt: skip
def test_a_bare_office_noun_stands_for_the_one_person_it_fits(run, text: str, expected) -> None:  # noqa: ANN001
    assert run(text) == expected
