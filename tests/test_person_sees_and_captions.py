"""Persons and mentions around church sees, captions and names written in full (names91, forty-
seventh pass; own sentences about Peru, Chile, Colombia, Venezuela): a Latin letter inside a
Cyrillic name ("Бeшара"), a caption's words ("Мельдоний" on a line of its own, "Арекипа,
1862 года"), a word listed with places or after an award's eponym ("Майпу и Пеньялолен",
"премией Пабло Неруды, Грэмми"), a common noun opening a section header ("=== Надежда
умирает последней? ==="), a phrase of common nouns after "вождь" ("Пляски Солнца"), a see's
genitive after a church rank ("архиепископ Лимы Карлос Кастильо") that is no part of the
name nor a mention of the state, a surname written first ("мать — Суркова Зоя Антоновна"), a
Spanish full name of four words ("Вероника Мишель Бачелет Хериа") and a pope's name without
its number ("Папа Римский Бенедикт")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import capitals, mention_persons, person_names
from gazetteer_runs import shipped_reader

from kg.model import Extraction

CAPTION = (
    "Перу и Чили вспоминают историю рабства\n\n"
    "100 солей с изображением рабов на плантации. Арекипа, 1862 года\n"
    "Президент Перу посетил музей в Лиме."
)
ONE_WORD_LINE = (
    "Лаборатория Перу лишена аккредитации\nМельдоний\n"
    "Всемирное антидопинговое агентство лишило аккредитации перуанскую лабораторию. Министр "
    "спорта Чили Хуан Перес сообщил, что лаборатория будет готовиться к переаттестации."
)
CHIEF = (
    "Комитет защиты Хуана Переса сообщил, что вождь Пляски Солнца из племени кечуа Хосе "
    "Уаман намерен провести голодовку перед дворцом президента Перу в Лиме."
)
SEES = (
    "Архиепископ Сантьяго Рикардо Эссати (Чили) и архиепископ Лимы Карлос Кастильо (Перу) "
    "получили кардинальские перстни."
)

DROPPED = [
    (CAPTION, "Арекипа"),
    (ONE_WORD_LINE, "Мельдоний"),
    (CHIEF, "Пляска Солнца"),
    (SEES, "Сантьяго Рикардо Эссати"),
    ("Сиро-маланкарский архиепископ Тривандрума Базелиос Клеемис Тоттункал посетил Перу.",
     "Тривандрума Базелиос Клеемис Тоттункал"),
    ("Сиро-маланкарский архиепископ Тривандрума Базелиос Клеемис Тоттункал посетил Перу.",
     "Тривандрума"),
    ("Как и мать — Суркова Зоя Антоновна, министр работал учителем в Перу.", "Зоя Антоновна"),
    ("Президент Чили Мишель Бачелет прибыла в Лиму. Вероника Мишель Бачелет Хериа родилась "
     "в Сантьяго.", "Вероника Мишель Бачелет Хериа"),
    ("Президент Чили Вероника Мишель Бачелет Хериа прибыла в Лиму. Мишель Бачелет "
     "встретилась с президентом Перу.", "Мишель Бачелет"),
    ("Маронитский патриарх Бeшара Бутрос ар-Раи (Ливан) посетил Чили.",
     "Б e шара Бутрос ар-Раи"),
    ("Маронитский патриарх Бeшара Бутрос ар-Раи (Ливан) посетил Чили.", "Бутрос ар-Раи"),
    ("Игры пройдут в спортивных комплексах четырех зон Сантьяго — Ньюньоа, Провиденсия, "
     "Майпу и Пеньялолен.", "Пеньялолен"),
    ("Министр Перу Хуан Перес обладал премией Пабло Неруды, Грэмми, Киото и медалью "
     "Конгресса Чили.", "Грэмми"),
    ("Министр Перу Хуан Перес вернулся в Лиму.\n\n=== Надежда умирает последней? ===\n\n"
     "Министр Чили заявил, что переговоры продолжатся.", "Надежда"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), DROPPED)
def test_no_such_person(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name not in person_names(run(text))


# must not: the name after the caption's word, the chief, the prelate, a cardinal's given
# name that is also a city, a bishop's name, a person's year of birth, a surname the text
# names in full, a surname that is also a noun, the Lebanese patriarch's whole name
KEPT = [
    (CHIEF, "Хосе Уаман"),
    (ONE_WORD_LINE, "Хуан Перес"),
    (SEES, "Рикардо Эссати"),
    (SEES, "Карлос Кастильо"),
    ("Сиро-маланкарский архиепископ Тривандрума Базелиос Клеемис Тоттункал посетил Перу.",
     "Базелиос Клеемис Тоттункал"),
    ("Кардинал Сантьяго Мартинес прибыл в Лиму.", "Сантьяго Мартинес"),
    ("Епископ Хуан Карлос Перес прибыл в Боготу.", "Хуан Карлос Перес"),
    ("Маронитский патриарх Бeшара Бутрос ар-Раи (Ливан) посетил Чили.",
     "Бешара Бутрос ар-Раи"),
    ("Как и мать — Суркова Зоя Антоновна, министр работал учителем в Перу.",
     "Зоя Антоновна Суркова"),
    ("Мать — Петрова Анна Ивановна, работала учителем в Лиме.", "Анна Ивановна Петрова"),
    ("Менеджер Ирвина Джон Стэйнтон прибыл в Лиму.", "Джон Стэйнтон"),
    ("Президент Чили Мишель Бачелет прибыла в Лиму. Вероника Мишель Бачелет Хериа родилась "
     "в Сантьяго.", "Мишель Бачелет"),
    ("Президент Перу Хуан Перес прибыл в Каракас. Министр Венесуэлы Анна Мария Перес Гарсия "
     "встретилась с ним.", "Хуан Перес"),
    ("Борич\nГабриэль Борич посетил Перу и Колумбию.", "Габриэль Борич"),
    ("Министр Колумбии Хуан Перес вернулся в Боготу.\nПерес, 1962 года рождения, работал в "
     "Каракасе.", "Хуан Перес"),
    ("Министр Перу Хуан Перес обладал премией Пабло Неруды, Грэмми, Киото и медалью "
     "Конгресса Чили.", "Пабло Неруда"),
    ("Договор подписали министры Хуан Перес, Гарсия и Лопес.", "Хуан Перес"),
    ("Министр Перу Хуан Перес вернулся в Лиму.\n\n=== Надежда Гарсия о переговорах ===\n\n"
     "Министр Чили Надежда Гарсия заявила, что переговоры продолжатся.", "Надежда Гарсия"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_person_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


def test_a_latin_letter_inside_a_name_is_read_as_cyrillic(
    run: Callable[[str], Extraction],
) -> None:
    ex = run("Маронитский патриарх Бeшара Бутрос ар-Раи (Ливан) посетил Чили.")
    # the mention keeps the text as written, at its offsets; the person's name is Cyrillic
    assert mention_persons(ex) == {"Бeшара Бутрос ар-Раи": "Бешара Бутрос ар-Раи"}
    (m,) = [m for m in ex.mentions if m.type == "Person"]
    assert ex.document.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Папа Римский Бенедикт прибыл в Чили.", "Бенедикт XVI"),
        ("В списке следуют президент Перу, Папа Римский Бенедикт и министр Чили Хуан Перес.",
         "Бенедикт XVI"),
    ],
)  # fmt: skip
def test_a_pope_by_his_name_alone(run: Callable[[str], Extraction], text: str, name: str) -> None:
    ex = run(text)
    assert {e.name: e.wikidata for e in ex.entities if e.type == "Person"}[name] == "Q2494"


def test_a_pope_of_no_numbered_entry_stays_unknown(run: Callable[[str], Extraction]) -> None:
    # must not: a name the gazetteer has with no number, or after no pope's title
    ex = run("Епископ Бенедикт прибыл в Чили.")
    assert all(e.wikidata != "Q2494" for e in ex.entities)


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (SEES, {}),
        ("Архиепископ Боготы Луис Хосе Руэда и архиепископ Каракаса Рауль Биаджо Бьянки "
         "встретились в Ватикане.", {}),
        ("Посол Перу был найден мертвым в гостинице Вашингтона.", {}),
        ("Епархия Боготы открыла школу.", {}),
        # must not: a capital acting, or a city's government's partner, is the state
        ("Лима направила ноту протеста Боготе.", {"Лима": "state/PER", "Боготе": "state/COL"}),
        ("Богота и Каракас восстановили отношения.",
         {"Богота": "state/COL", "Каракас": "state/VEN"}),
    ],
)  # fmt: skip
def test_a_see_is_the_city(mentions, text: str, named: dict) -> None:
    assert capitals(text, mentions) == named
