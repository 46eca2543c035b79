"""One person's name the tagger reads in pieces, and words that are no person of their own
(names80; own sentences about Chile, Peru, Egypt, Turkey, Estonia and Latvia):

- a first name the tagger read apart that the surname after it took back in is one mention
  of the full name, not also a mention of the first name alone;
- a man's genitive first name and a word in "-а" after a consonant the dictionary knows only
  as a woman's name ("Мурата Акина") are one man's name, his surname in that case;
- a maiden name after "в девичестве", "урождённая" is no person of its own;
- a surname spelt with "е" and "э" each the other way ("Бекхэм"/"Бэкхем") is one person;
- the Latin original after a dash ("Рикардо Сото — Ricardo Soto") is not part of the name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


def _mentions(ex: Extraction) -> list[tuple[int, str, str]]:
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return sorted((m.start, m.text, names[m.entity]) for m in ex.mentions if m.entity in names)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Роль досталась актрисе в фильме Омара Алина «Ночь».",
         [(32, "Омара Алина", "Омар Алин")]),
        ("Приз получила актриса за роль в фильме Мурата Акина «Дом».",
         [(39, "Мурата Акина", "Мурат Акин")]),
        # must not: a full name the tagger reads whole keeps its one mention
        ("Посол Египта встретил режиссёра Кемаля Карина в Анкаре. Карин рассказал о фильме.",
         [(32, "Кемаля Карина", "Кемаль Карин"), (56, "Карин", "Кемаль Карин")]),
        ("На приёме была близкая подруга супруги министра Перу Исидоры Сепульведы.",
         [(53, "Исидоры Сепульведы", "Исидора Сепульведа")]),
    ],
)  # fmt: skip
def test_one_mention_of_one_name(
    run: Callable[[str], Extraction], text: str, mentions: list[tuple[int, str, str]]
) -> None:
    assert _mentions(run(text)) == mentions


def test_a_woman_after_his_instrumental_stays_apart(run: Callable[[str], Extraction]) -> None:
    # must not: "Марина" cannot be an instrumental ("Ираклием Марина познакомилась")
    ex = run(
        "Её муж — сын продюсера Хосе Рамиреса. С Хосе Марина познакомилась на съёмках в "
        "Лиме. Марина Сото снялась в трёх фильмах."
    )
    assert "Марина Сото" in person_names(ex)
    assert not any(n.endswith(("Марин", "Марина")) and " " in n and "Сото" not in n
                   for n in person_names(ex))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("По данным газеты, у 42-летней Ольги Кастро (в девичестве Садыкова) есть "
         "15-летняя дочь Мария.", {"Ольга Кастро", "Мария"}),
        ("Супруга президента Перу Мария Кастро, урождённая Рамирес, прибыла в Сантьяго.",
         {"Мария Кастро"}),
        # must not: one named with that surname elsewhere is a person
        ("Супруга президента Перу Мария Кастро, урождённая Рамирес, прибыла в Сантьяго. "
         "Хосе Рамирес встретил её.", {"Мария Кастро", "Хосе Рамирес"}),
    ],
)  # fmt: skip
def test_a_maiden_name_is_no_person(
    run: Callable[[str], Extraction], text: str, persons: set[str]
) -> None:
    assert person_names(run(text)) == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Министр иностранных дел Чили Марк Пелэтьер прибыл в Лиму. Позже Пелетьэр провёл "
         "переговоры с коллегой из Перу.", {"Марк Пелэтьер"}),
        # must not: another first name is another person
        ("Посол Эстонии Джеймс Беннет прибыл в Ригу. Беннэт вручил верительные грамоты. "
         "Министр Латвии Анна Бэннет заявила, что рада.", {"Джеймс Беннет", "Анна Бэннет"}),
        # must not: other letters than "е"/"э" make another name
        ("Министр Чили Марк Пелэтьер прибыл в Лиму. Позже Палетьир провёл переговоры.",
         {"Марк Пелэтьер", "Палетьир"}),
    ],
)  # fmt: skip
def test_e_and_e_each_way_is_one_surname(
    run: Callable[[str], Extraction], text: str, persons: set[str]
) -> None:
    assert person_names(run(text)) == persons


def test_a_known_person_spelt_so_joins_the_entry(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Президент Перу Педро Кастильо прибыл в Сантьяго. Дэвид Бекхэм приехал в Лиму. В 2003 "
        "году Бэкхем ушел в клуб «Реал Мадрид». Бекхэм поблагодарил болельщиков."
    )
    assert person_names(ex) == {"Педро Кастильо", "Дэвид Бекхэм"}


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Приз за сценарий получила перуанка Мария Лопес (по роману Рикардо Сото — Ricardo "
         "Soto). Сото поблагодарил жюри.",
         [(35, "Мария Лопес", "Мария Лопес"), (58, "Рикардо Сото", "Рикардо Сото"),
          (88, "Сото", "Рикардо Сото")]),
        # must not: an en dash inside a given name, a dash after the name
        ("Философ Жан–Поль Сартр прибыл в Лиму.", [(8, "Жан–Поль Сартр", "Жан–Поль Сартр")]),
        ("Президент Чили Мишель Бачелет — в прошлом министр обороны — прибыла в Лиму.",
         [(15, "Мишель Бачелет", "Мишель Бачелет")]),
    ],
)  # fmt: skip
def test_the_latin_original_after_a_dash(
    run: Callable[[str], Extraction], text: str, mentions: list[tuple[int, str, str]]
) -> None:
    assert _mentions(run(text)) == mentions


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a son listed by the first name of his father, then named in full: one son, who
        # keeps the name the list gave him
        ("Бывший президент Перу Алан Гарсия прибыл в Сантьяго. У Гарсии от брака с первой "
         "женой родились два сына: Хосе и Алан. Младший сын Алан Гарсия погиб в 2015 году "
         "во время автогонок.", {"Алан Гарсия": 1, "Алан": 1, "Хосе": 1}),
        # a son listed by another first name, then named in full: him again
        ("У президента Перу Алана Гарсии родились два сына: Хосе и Луис. Младший сын Луис "
         "Гарсия погиб в 2015 году.", {"Алан Гарсия": 1, "Хосе": 1, "Луис Гарсия": 1}),
        # must not: a son named in full after his father named so is his namesake
        ("Виктор Петренко прибыл в Ригу. Его младший сын Виктор Петренко заявил, что рад.",
         {"Виктор Петренко": 2}),
        # must not: a son listed by his father's name, and no more
        ("Бывший президент Эстонии Тоомас Ильвес прибыл в Ригу. У него два сына: Лукас и "
         "Тоомас.", {"Тоомас Ильвес": 1, "Лукас": 1, "Тоомас": 1}),
    ],
)  # fmt: skip
def test_a_listed_son_named_again_in_full(
    run: Callable[[str], Extraction], text: str, persons: dict[str, int]
) -> None:
    ex = run(text)
    assert Counter(e.name for e in ex.entities if e.type == "Person") == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a word no dictionary knows, joined by "и" to a contest: a section, not a person
        ("Программу «Горизонты» возглавил Рикардо Сото (Чили), Авантюрамия и конкурс "
         "документальных фильмов — Хосе Перес (Перу).", {"Рикардо Сото", "Хосе Перес"}),
        # must not: joined to a body or a delegation, or named twice, it is a surname
        ("Соглашение подписали Кукуружан и правительство Перу.", {"Кукуружан"}),
        ("В форуме участвовали Кукуружан и делегация Чили. Конкурс и Кукуружан привлекли "
         "внимание.", {"Кукуружан"}),
    ],
)  # fmt: skip
def test_a_word_joined_to_a_contest_is_no_person(
    run: Callable[[str], Extraction], text: str, persons: set[str]
) -> None:
    assert person_names(run(text)) == persons
