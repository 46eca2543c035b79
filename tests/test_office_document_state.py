"""A state's post the text gives with no state ("министр финансов X", "бывший начальник
генерального штаба Y", "вице-премьер", "спикер парламента", "принцесса") is of the state its
sentence is set in or names a body of ("В Латвии вице-министр транспорта X арестован", "Как
сообщили власти Чили, …"), else the one its paragraph's sentences before set it in, else the
document's only state, else the one state the person's other posts the text gives serve. Not
where the document is about two states and nothing decides, where another person holds the
same office of a state, nor a body's or a company's post. A title's body named after the
genitive words that say what it is ("главой совета директоров перуанского оператора мобильной
связи Entel Peru") is served, none of those words the office's. "депутатом от «Партии»" is
"депутат" of the parliament its sentence names; "правого лидера X" no post. Sentences of our
own (pass forty-six, h-offices54)."""

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
    # the sentence's place decides even where another holds that office of a state
    ("Вице-министр транспорта Эстонии Юри Тамм прибыл в Ригу.\n\nВ Латвии вице-министр "
     "транспорта Янис Озолс арестован по подозрению в коррупции.", "Озолс",
     {("вице-министр транспорта", "state/LVA", False)}),
    ("Египет и Турция подписали соглашение.\n\nКак сообщили власти Египта, вице-премьер "
     "Ахмед Саид казнен.", "Саид", {("вице-премьер", "state/EGY", False)}),
    # a noun's dative is in the place the sentence names, a verb's may be a guest there
    ("Туристы собрались у памятника президенту Аврааму Линкольну в Вашингтоне.", "Линкольн",
     {("президент", "state/USA", False)}),
    ("Президенту Хосе Бальмаседе вручили орден в Лиме.", "Бальмаседа",
     {("президент", "", False)}),
    # the person's other post of one state
    ("Министр экономики Египта Ахмед Саид прибыл в Анкару, где встретился с президентом "
     "Турции. Ранее Саид занимал пост заместителя министра финансов.", "Саид",
     {("министр экономики", "state/EGY", False),
      ("заместитель министра финансов", "state/EGY", True)}),
    # a rank-prefixed title keeps its field's words, and the state after them
    ("Вице-министр транспорта Латвии Андрис Берзиньш арестован за коррупцию.", "Берзиньш",
     {("вице-министр транспорта", "state/LVA", False)}),
    ("Первый вице-премьер Эстонии Юри Ратас прибыл в Ригу.", "Ратас",
     {("первый вице-премьер", "state/EST", False)}),
    # must-not: one who goes to the document's only state, or to its capital, is a visitor
    ("Начальник генерального штаба Хуан Арройо посетил Египет.", "Арройо",
     {("начальник генерального штаба", "", False)}),
    ("Египет ждёт гостей. Премьер-министр Джон Смит прибыл в Каир.", "Смит",
     {("премьер-министр", "", False)}),
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


BODIES = [
    ("Основатель партии Диего Камус был избран главой совета директоров перуанского "
     "оператора мобильной связи Entel Peru (EPE).", "Камус",
     {("глава совета директоров", "org/entel-peru", False)}),
    ("Министр финансов Перу Алонсо Сегура встретился с председателем правления чилийской "
     "горнодобывающей компании Codelco Хуаном Пересом.", "Перес",
     {("председатель правления компании", "org/codelco", False)}),
    # must-not: a complement's noun before a quoted or named body stays the office's
    ("Председатель совета директоров компании Codelco Хуан Перес прибыл в Лиму.", "Перес",
     {("председатель совета директоров компании", "org/codelco", False)}),
    # must-not: a person's name after the genitive words is no body
    ("В Лиме советник министра финансов Перу Хуан Перес встретился с послом Чили.", "Перес",
     {("советник министра финансов", "state/PER", False)}),
]  # fmt: skip


# A party one is elected for is no word of the post: "депутат" of the parliament the sentence
# names; a political wing's leader holds no post.
MALFORMED = [
    ("Поправки, внесенные в парламент Эстонии депутатом от «Центристской партии» Марией "
     "Таммсаар, приняты.", "Таммсаар", {("депутат", "org/parlament-estonii", False)}),
    ("Для 59-летнего правого лидера Эстонии Мартина Хельме это поражение.", "Хельме", set()),
    # must-not: a kind of leader stays one; a party's deputy of no parliament named has none
    ("Духовный лидер Тибета Далай-лама прибыл в Дели.", "Далай-лама",
     {("духовный лидер", "", False)}),
    ("Депутат Мария Таммсаар заявила, что «Центристская партия» победит.", "Таммсаар",
     {("депутат", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES + BODIES + MALFORMED)
def test_a_post_of_the_documents_state(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
