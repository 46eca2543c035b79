"""A Spanish man's surname in a consonant, in the dative a verb of speaking to him or a
dative title shows ("позвонил Хосе Антонио Касту" → "Каст", "министру иностранных дел Перу
Густаво Адрианзену" → "Адрианзен"), and a man's surname in a consonant after initials, in
the genitive of the noun before it ("о трудах М. А. Кастрена" → "Кастрен") (forty-second
pass, h-names75). Own sentences about Chile, Peru, Canada, Mexico, Estonia and Latvia."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

READ = [
    # a Spanish man's dative after a verb that governs a person's dative
    ("Президент Перу позвонил Хорхе Альберто Рамону в среду.", "Хорхе Альберто Рамон"),
    ("Премьер Канады позвонил Хосе Антонио Касту.", "Хосе Антонио Каст"),
    ("Президент Мексики пообещал Хосе Мануэлю Кастельяносу помощь.",
     "Хосе Мануэль Кастельянос"),
    ("Президент Перу ответил Хорхе Рамосу.", "Хорхе Рамос"),
    # after a dative title
    ("Президент Чили направил письмо министру иностранных дел Перу Густаво Адрианзену.",
     "Густаво Адрианзен"),
    ("Президент Мексики позвонил премьер-министру Перу Альберто Гусману.",
     "Альберто Гусман"),
    # initials before a surname in the genitive of the noun before it
    ("В Таллине вышла книга о трудах М. А. Кастрена.", "Кастрен"),
    ("В Риге прошла выставка работ Я. К. Вальтерсена.", "Вальтерсен"),
    ("Доклад Е. Вальтерсена вызвал споры в Таллине.", "Вальтерсен"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), READ)
def test_name_in_nominative(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


# must not: a name that ends so in every case (Portuguese, known), an accusative, a woman's
# name in the nominative after initials, a surname the persons tables know as written
KEPT = [
    ("Президент Мексики позвонил Жоау Лоуренсу.", "Жоау Лоуренсу"),
    ("Президент Мексики позвонил Педро Кастильо.", "Педро Кастильо"),
    ("Президент Перу принял Густаво Адрианзена.", "Густаво Адрианзен"),
    ("Президент Чили позвонил Сергею Шойгу.", "Сергей Шойгу"),
    ("Президент Чили позвонил Фернандо Энрике Кардозу.", "Фернандо Энрике Кардозу"),
    ("Президент Перу позвонил Хосе Мануэлю Баррозу.", "Хосе Мануэль Баррозу"),
    ("Президент Перу позвонил Педро Пассушу.", "Педро Пассушу"),
    ("Книгу о Латвии написала Н. А. Гордина.", "Гордина"),
    ("Ученица Н. Гордина заявила, что книга готова.", "Гордина"),
    ("В Риге прошла выставка работ Ю. М. Лотмана.", "Лотман"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_name_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lawyer's masculine verb: the surname in "-ова"/"-ина" is his client's genitive
        ("Адвокат Толстопятова подал жалобу в суд Таллина.", {"Толстопятов"}),
        ("Защитник Суходолина подал апелляцию в суд Риги.", {"Суходолин"}),
        ("Гражданин Эстонии Олег Толстопятов задержан в Риге. Адвокат Толстопятова подал "
         "жалобу.", {"Олег Толстопятов"}),
        # two of that surname: the lone one names neither, and no third person
        ("Олег Толстопятов и Игорь Толстопятов задержаны в Риге. Адвокат Толстопятова "
         "подал жалобу.", {"Олег Толстопятов", "Игорь Толстопятов"}),
        # must not: her own verb, or a title of office
        ("Адвокат Толстопятова подала жалобу в суд Таллина.", {"Толстопятова"}),
        ("Министр Толстопятова прибыл в Ригу.", {"Толстопятова"}),
    ],
)  # fmt: skip
def test_client_of_lawyer(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


FRENCH = [
    # a French man's surname in "-е" after his first name in the dative: its own "-е"
    ("Президент Египта позвонил Алену Жюппе.", "Ален Жюппе"),
    ("Премьер Канады вручил орден Жерару Ларше.", "Жерар Ларше"),
    ("Президент Мексики позвонил Жан-Пьеру Дюссопе.", "Жан-Пьер Дюссопе"),
    # must not: a Spanish or Portuguese first name's dative "-е" of a name in "-а"
    ("Президент Перу вручил орден Хуану Карлосу Вареле.", "Хуан Карлос Варела"),
    ("Президент Египта позвонил Луишу Коште.", "Луиш Кошта"),
    ("Премьер Канады позвонил Жану Кастексу.", "Жан Кастекс"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), FRENCH)
def test_french_own_e(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
