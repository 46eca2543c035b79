"""A state's post the text gives with no state ("министр финансов X", "бывший начальник
генерального штаба Y", "вице-премьер", "спикер парламента", "принцесса") is of the state its
sentence is set in or names a body of ("В Латвии вице-министр транспорта X арестован", "Как
сообщили власти Чили, …"), else the one its paragraph's sentences before set it in, else the
document's only state, else the one state the person's other posts the text gives serve. Not
where the document is about two states and nothing decides, where another person holds the
same office of a state, nor a body's or a company's post. Sentences of our own (pass
forty-six, h-offices54)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CHILE = (
    "В Чили расстрелян вице-министр транспорта\n\n"
    "Президент Чили Себастьян Пиньера встретился с новым министром финансов Фелипе Ларраином.\n\n"
    "Позднее министр финансов Фелипе Ларраин заявил, что кризис позади. Бывший начальник "
    "генерального штаба Хуан Арройо также выступил с заявлением."
)

ESTONIA = (
    "В Эстонии прошли выборы президента\n\n"
    "На заседании Центральной избирательной комиссии Эстонии было объявлено, что больше всех "
    "голосов собрал бывший спикер парламента Юри Ратас. За нынешнего премьера Кайю Каллас "
    "отдали голоса 26% избирателей.\n\n"
    "Тем временем в Латвии вице-министр транспорта Янис Озолс арестован по подозрению в "
    "коррупции."
)

CHILE_PERU = (
    "Министр финансов Чили Фелипе Ларраин и министр финансов Перу Алонсо Сегура встретились в "
    "Лиме.\n\n"
    "Позднее министр финансов Карлос Мендоса заявил, что кризис позади."
)

CASES = [
    # the document's only state
    (CHILE, "Ларраин", {("министр финансов", "state/CHL", False)}),
    (CHILE, "Арройо", {("начальник генерального штаба", "state/CHL", True)}),
    # the sentence's body, the paragraph's sentence before, the sentence's place
    (ESTONIA, "Ратас", {("спикер парламента", "state/EST", True)}),
    (ESTONIA, "Каллас", {("премьер-министр", "state/EST", False)}),
    (ESTONIA, "Озолс", {("вице-министр транспорта", "state/LVA", False)}),
    ("Египет и Турция подписали соглашение.\n\nКак сообщили власти Египта, вице-премьер "
     "Ахмед Саид казнен.", "Саид", {("вице-премьер", "state/EGY", False)}),
    # the person's other post of one state
    ("Министр экономики Египта Ахмед Саид прибыл в Анкару, где встретился с президентом "
     "Турции. Ранее Саид занимал пост заместителя министра финансов.", "Саид",
     {("министр экономики", "state/EGY", False),
      ("заместитель министра финансов", "state/EGY", True)}),
    # must-not: a text of two states that nothing decides
    (CHILE_PERU, "Мендоса", {("министр финансов", "", False)}),
    ("Чили и Перу подписали соглашение. Министр обороны Карлос Мендоса заявил, что оно "
     "важно.", "Мендоса", {("министр обороны", "", False)}),
    # must-not: another person holds that office of a state in the text
    ("Президент Египта Ахмед Саид встретился с Кемалем Аксоем, который занимал пост "
     "президента.", "Аксой", {("президент", "", True)}),
    # must-not: a body's post, a company's post
    ("В Чили генеральный секретарь ООН Антониу Гутерриш встретился с министрами.",
     "Гутерриш", {("генеральный секретарь", "org/un", False)}),
    ("Власти Чили сообщили, что генеральный директор Хуан Перес покинул пост.", "Перес",
     {("генеральный директор", "", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_post_of_the_documents_state(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
