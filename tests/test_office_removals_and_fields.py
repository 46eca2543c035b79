"""Offices on our own news sentences (Chile–Peru, Mexico–Canada, Estonia–Latvia), the
forty-third pass (h-offices43): one a verb removes from a post named with "с поста" / "от
должности" held the post's title before, a past office of the remover's state; a genitive
title whose field a preposition names ("советника по национальной безопасности") is the
name's after it though the tagger reads the name in another case."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

REMOVED_FROM_POSTS = [
    ("Президент Чили уволил с поста министра внутренних дел Андреса Чадвика.", "Чадвик",
     {("министр внутренних дел", "state/CHL", True)}),
    ("Президент Перу уволил с поста советника по национальной безопасности Хорхе Переса.",
     "Перес", {("советник по национальной безопасности", "state/PER", True)}),
    ("Президент Перу освободил от должности министра обороны Хорхе Переса.", "Перес",
     {("министр обороны", "state/PER", True)}),
    # must not: an appointment to the post, a threat of removal, the post of one the verb
    # names apart
    ("Президент Перу назначил на пост министра обороны Хорхе Переса.", "Перес",
     {("министр обороны", "state/PER", False)}),  # not the appointer's: the document's
    ("Президент Перу пригрозил уволить с поста министра обороны Хорхе Переса.", "Перес",
     {("министр обороны", "state/PER", False)}),
]  # fmt: skip


FIELDED_TITLES = [
    ("Встреча прошла с участием советника по национальной безопасности Хорхе Переса.",
     "Перес", {("советник по национальной безопасности", "", False)}),
    # must not: a title without field or state keeps its reading
    ("Встреча прошла с участием министра обороны Хорхе Переса.", "Перес",
     {("министр обороны", "", False)}),
]  # fmt: skip


BANK_HEADS = [
    ("На встрече выступил управляющий Центральным банком Чили Марио Маркель.", "Маркель",
     {("управляющий Центральным банком", "state/CHL", False)}),
    ("Бывший управляющий Банком Мексики Агустин Гомес прибыл в Оттаву.", "Гомес",
     {("управляющий Банком", "state/MEX", True)}),
    ("Прежний управляющий фонда Хуан Перес покинул Лиму.", "Перес",
     {("управляющий фонда", "", True)}),  # the body's noun kept (h-offices59)
    # must not: a managing director or partner is that whole post; a participle is no title
    ("Управляющий директор МВФ Кристалина Георгиева прибыла в Мехико.", "Георгиева",
     {("управляющий директор", "org/imf", False)}),
    ("Сделку подписал Хорхе Перес, управляющий партнер хедж-фонда из Лимы.", "Перес",
     {("управляющий партнер", "", False)}),
    ("Компанию, управляющую портом, возглавил Хуан Перес.", "Перес", set()),
    ("Сделку подписал Хорхе Перес, управляющий инвестор хедж-фонда из Лимы.", "Перес",
     {("инвестор", "", False)}),
]  # fmt: skip


UNION_SPOKESMEN = [
    ("Вопрос обсудили с представителем Всемирной организации здравоохранения Тариком "
     "Язаревичем.", "Язаревич", {("представитель", "org/who", False)}),
    ("Вопрос обсудили с представителем Агентства ООН по делам беженцев Уильямом "
     "Спинделером.", "Спинделер",
     {("представитель", "org/agentstvo-oon-po-delam-bezhentsev", False)}),
    # must not: a party's representative is no spokesman of a body
    ("Представитель Демократической партии Хуан Перес выступил в Лиме.", "Перес", set()),
]  # fmt: skip


SET_IN_CAPITALS = [
    ("КАРАКАС, 12 мая. Министры иностранных дел Перу и Чили встретились с "
     "вице-президентом страны Николасом Мадуро.", "Мадуро",
     {("вице-президент", "state/VEN", False)}),
    ("ЛИМА, 12 мая. Министры иностранных дел Чили и Аргентины встретились с "
     "премьер-министром страны Густаво Адриансеном.", "Адриансен",
     {("премьер-министр", "state/PER", False)}),
    # must not: a place the sentences name is the country still; a sentence that names one
    # state keeps it under any dateline
    ("Министры иностранных дел Перу и Чили прибыли в Каракас. Там они встретились с "
     "вице-президентом страны Николасом Мадуро.", "Мадуро",
     {("вице-президент", "state/VEN", False)}),
    ("КАРАКАС, 12 мая. Президент Перу встретился в Лиме с премьер-министром страны "
     "Хуаном Пересом.", "Перес", {("премьер-министр", "state/PER", False)}),
]  # fmt: skip


PARAGRAPH_STATES = [
    ("Ситуация в Перу остаётся напряжённой. Тысячи человек вышли на улицы столицы. "
     "Демонстранты потребовали отставки президента страны Педро Кастильо.", "Кастильо",
     {("президент", "state/PER", False)}),
    # must not: a state of another paragraph, or two states in the paragraph
    ("Ситуация в Перу остаётся напряжённой.\n\nТысячи человек вышли на улицы столицы. "
     "Демонстранты потребовали отставки президента страны Педро Кастильо.", "Кастильо",
     {("президент", "state/PER", False)}),  # not by "страны": the document's only state
    ("Ситуация в Перу и Чили остаётся напряжённой. Тысячи человек вышли на улицы столицы. "
     "Демонстранты потребовали отставки президента страны Педро Кастильо.", "Кастильо",
     {("президент", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    REMOVED_FROM_POSTS
    + FIELDED_TITLES
    + BANK_HEADS
    + UNION_SPOKESMEN
    + SET_IN_CAPITALS
    + PARAGRAPH_STATES,
)
def test_removals_and_fields(extraction_of, text: str, surname: str, expected) -> None:  # noqa: ANN001
    """The person holds the offices the text gives; a must-not gives none or another."""
    assert holdings_of(extraction_of(text, "2025-03-10", "offices"), surname) == expected
