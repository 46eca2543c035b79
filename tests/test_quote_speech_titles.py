"""A quotation in apposition to a speech's noun ("произнес речь «…»", "выступление «…»",
"лекция «…»") is the speech's title, not words said, even where a verb of saying
("произнести") takes the noun; a verb of saying that introduces the quotation with a colon
("заявил в своей речи: «…»") makes it words. So is a quotation a participle of "озаглавить"
gives a thing ("статью, озаглавленную «…»")."""

from __future__ import annotations

import pytest

RUTO = "Президент Кении Уильям Руто"
AFRICA = "Африка должна говорить одним голосом"
BORDERS = "Мы откроем границы для торговли с Эфиопией"
REACTORS = "Франция готова поставлять Индии новые реакторы"
TRADE = "Аргентина и Бразилия снимут торговые барьеры"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a title before, words after a verb of saying and a colon
        (f"В речи «{AFRICA}» {RUTO} заявил: «{BORDERS}».", [("Уильям Руто", BORDERS)]),
        (f"{RUTO} заявил в своей речи: «{AFRICA}».", [("Уильям Руто", AFRICA)]),
        ("Выступая с речью в Нью-Дели, президент Франции Эмманюэль Макрон сказал: "
         f"«{REACTORS}».", [("Эмманюэль Макрон", REACTORS)]),
        (f"Президент Аргентины Хавьер Милей в своей речи заявил: «{TRADE}».",
         [("Хавьер Милей", TRADE)]),
        # a verb of saying, then the speech the words were said in (review29)
        ("Премьер-министр Индии Нарендра Моди сказал в выступлении «Индия будет поставлять "
         "Вьетнаму рис и дальше».",
         [("Нарендра Моди", "Индия будет поставлять Вьетнаму рис и дальше")]),
    ],
)  # fmt: skip
def test_words_a_verb_of_saying_introduces_beside_a_speech(said, text, quotes):
    assert said(text) == quotes


@pytest.mark.parametrize(
    "text",
    [
        # must-not: the title of a speech a verb of saying takes, with or without words between
        f"{RUTO} произнес речь «{AFRICA}», затем на приеме предложил тост за дружбу с Эфиопией.",
        "Президент Франции Эмманюэль Макрон произнес в Сорбонне речь «Европа может умереть», "
        "а затем встретился со студентами из Индии.",
        "Президент Турции Реджеп Тайип Эрдоган произнес выступление «Мир больше пяти» перед "
        "Генассамблеей ООН.",
    ],
)
def test_a_speechs_title_is_no_quote(said, text):
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a quotation a participle of "озаглавить" gives a speech, article or report
        "Премьер-министр Индии Нарендра Моди произнес речь, озаглавленную «Индия никогда не "
        "выбирала войну».",
        "Президент Бразилии Луис Инасиу Лула да Силва написал статью, озаглавленную «Южная "
        "Америка должна быть единой».",
        "Глава МИД Египта Бадр Абдель Аты заявил, что доклад, озаглавленный «Египет и Турция "
        "открывают новую главу», будет опубликован в мае.",
    ],
)
def test_a_title_a_participle_of_titling_gives_is_no_quote(said, text):
    assert said(text) == []
