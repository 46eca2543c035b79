"""A verb that closes a quotation only after its dash (tail_verbs.txt) still closes it with a
manner adverb or phrase between ("«…», — с улыбкой заключил X", "— уверенно продолжил
он"), and the quote ends before those words (quotes32)."""

from __future__ import annotations

import pytest

RUTO = "Президент Египта Абдель Фаттах ас-Сиси принял в Каире президента Кении Уильяма Руто.\n\n"
READY = "Мы готовы к диалогу со всеми соседями"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUTO + f"«{READY}», — с улыбкой заключил Руто.", [("Уильям Руто", READY)]),
        (RUTO + f"«{READY}», — уверенно продолжил Руто.", [("Уильям Руто", READY)]),
        (RUTO + f"«{READY}», — неожиданно предложил кенийский президент.",
         [("Уильям Руто", READY)]),
        (RUTO + f"«{READY}», — твердо заявил Руто.", [("Уильям Руто", READY)]),
        # must-not: the verbs close no quotation
        (RUTO + f"Гости посмотрели фильм «{READY}». Руто неожиданно продолжил переговоры "
         "о Ниле.", []),
        (RUTO + "Руто с улыбкой заключил соглашение о поставках чая «Кенийское утро».", []),
    ],
)  # fmt: skip
def test_manner_words_before_a_tail_verb(said, text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Президент Турции Реджеп Тайип Эрдоган прибыл с визитом в Найроби. Эрдоган зачитал "
        "обращение «Мы вместе строим будущее Африки», затем в университете обратился к "
        "студентам.",
        "Премьер-министр Индии Нарендра Моди провел переговоры с президентом Франции Эммануэлем "
        "Макроном. Моди зачитал послание «Индия и Франция открывают новую главу», затем на "
        "пресс-конференции обратился к журналистам.",
        "Президент Сербии Александр Вучич посетил Брюссель. Вучич зачитал заявление «Сербия и "
        "Европа строят общий дом», потом в ратуше обратился к жителям.",
        "Президент Литвы Гитанас Науседа посетил Варшаву. Науседа зачитал обращение «Мы вместе "
        "защищаем восточный фланг», а затем в казармах продолжил осмотр частей.",
    ],
)
def test_no_tail_past_a_clause_without_a_dash(said, text):
    """must-not: a title read out, then a clause of its own with a tail verb, quotes no one."""
    assert said(text) == []


QUESTION = "Разве кто-то сомневается в нашей дружбе?"


@pytest.mark.parametrize(
    ("lead", "surname", "speaker"),
    [
        ("Президент Турции Реджеп Тайип Эрдоган принял в Анкаре президента Египта Абдель "
         "Фаттаха ас-Сиси.", "Эрдоган", "Реджеп Тайип Эрдоган"),
        ("Президент Аргентины Хавьер Милей выступил на форуме в Бразилиа.", "Милей",
         "Хавьер Милей"),
        ("Президент Бразилии Луис Инасиу Лула да Силва принял в Бразилиа президента Аргентины "
         "Хавьера Милея.", "Лула", "Луис Инасиу Лула да Силва"),
    ],
)  # fmt: skip
def test_an_adverb_read_as_a_noun_is_a_manner_word(said, lead, surname, speaker):
    text = f"{lead} «{QUESTION}» — риторически спросил {surname}."
    assert said(text) == [(speaker, QUESTION)]


def test_a_manner_adverb_without_a_dash_closes_nothing(said):
    """must-not: an adverb the tagger reads as a noun, no quotation before its verb."""
    text = (
        "Президент Франции Эммануэль Макрон принял в Париже премьер-министра Индии Нарендру "
        "Моди. Журналисты риторически спросили о ценах на газ. Макрон улыбнулся."
    )
    assert said(text) == []
