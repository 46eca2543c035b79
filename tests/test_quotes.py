"""Quotes: direct speech, turns, colon speech; titles are not speech; keys fuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import iter_documents
from kg.extract.quotes import extract_quotes
from kg.model import Document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def corpus(analyse):
    docs = iter_documents([CORPUS], lambda *a: None)
    return {d.id[:3]: analyse(d) for d in docs}


def _quotes(analyse, text: str) -> list[tuple[str, str]]:
    ctx = analyse(Document(id="t", text=text))
    return [(ctx.entities[q.speaker].name, q.text) for q in extract_quotes(ctx)]


def test_dash_led_speech(analyse):
    quotes = _quotes(analyse, "— Мы обсудили энергетику, — заявил Нарендра Моди.")
    assert len(quotes) == 1
    assert "Моди" in quotes[0][0] and quotes[0][1] == "Мы обсудили энергетику"


def test_transcript_turn_per_paragraph(analyse):
    text = (
        "Александр Лукашенко: Мы готовы расширять поставки в Китай.\n"
        "Это касается и сельского хозяйства.\n"
        "Си Цзиньпин: Спасибо, мы тоже готовы к этому."
    )
    quotes = _quotes(analyse, text)
    texts = [t for _, t in quotes]
    assert "Мы готовы расширять поставки в Китай." in texts
    assert "Это касается и сельского хозяйства." in texts
    assert len({speaker for speaker, _ in quotes}) == 2
    assert not any(t.startswith(("Александр", "Си Цзиньпин")) for t in texts)


def test_colon_speech_in_quotation_marks(analyse):
    text = (
        "Официальный представитель МИД Китая Мао Нин заявила журналистам: "
        "«Китай готов углубить сотрудничество с Казахстаном»."
    )
    assert [t for _, t in _quotes(analyse, text)] == [
        "Китай готов углубить сотрудничество с Казахстаном"
    ]


def test_titles_of_articles_and_newspapers_are_not_quotes(analyse):
    text = (
        "Президент Бразилии Луис Инасиу Лула да Силва опубликовал статью «Бразилия и "
        "Аргентина: новые горизонты партнёрства» в газете «Кларин».\n"
        "«Наши страны связывает давняя дружба», — говорится в статье."
    )
    texts = [t for _, t in _quotes(analyse, text)]
    assert texts == ["Наши страны связывает давняя дружба"]


def test_no_quote_without_speaker(analyse):
    text = "«Переговоры прошли успешно», — сообщили в пресс-службе министерства."
    assert _quotes(analyse, text) == []


def test_quote_belongs_to_the_subject_of_its_own_verb(analyse):
    text = (
        "Президент Узбекистана Шавкат Мирзиёев рассказал, что переговоры с Турцией о поставках "
        "газа вышли на «финальную стадию»:\n\n"
        "Ранее министр иностранных дел Турции Хакан Фидан назвал переговоры «важным шагом для "
        "всего региона».\n"
    )
    assert _quotes(analyse, text) == [("Хакан Фидан", "важным шагом для всего региона")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Президент Китая Си Цзиньпин также с удовлетворением отметил рост туристических "
         "потоков: в прошлом году Китай посетили более 500 тысяч граждан Казахстана.", None),
        ("Президент Китая Си Цзиньпин подчеркнул: Китай и Казахстан всегда будут добрыми "
         "соседями.", "Китай и Казахстан всегда будут добрыми соседями."),
        ("Реджеп Тайип Эрдоган заявил следующее: Турция и Узбекистан будут вместе развивать "
         "транспортные коридоры.",
         "Турция и Узбекистан будут вместе развивать транспортные коридоры."),
        ("Премьер-министр Индии Нарендра Моди заявил в понедельник: наши страны готовы удвоить "
         "торговлю.", "наши страны готовы удвоить торговлю."),
    ],
)  # fmt: skip
def test_colon_speech_needs_a_verb_leading_into_it(analyse, text, quote):
    assert [t for _, t in _quotes(analyse, text)] == ([quote] if quote else [])


def test_sample_corpus(corpus):
    turns = extract_quotes(corpus["001"])
    speakers = {corpus["001"].entities[q.speaker].name for q in turns}
    assert speakers == {"Владимир Путин", "Касым-Жомарт Токаев"}
    assert any(q.text.startswith("Объём торговли между нашими странами") for q in turns)
    for doc in ("003", "004"):
        quotes = extract_quotes(corpus[doc])
        assert quotes
        assert {corpus[doc].entities[q.speaker].name for q in quotes} == {"Касым-Жомарт Токаев"}
        assert not any("Вечная дружба" in q.text or "Известия" in q.text for q in quotes)
    narration = [q.text for q in extract_quotes(corpus["000"]) if "филиалы" in q.text]
    assert narration == []  # "отметил развитие связей …: свои филиалы … открыли …"


def test_same_quote_in_two_documents_fuses(corpus):
    keys = [{q.key for q in extract_quotes(corpus[d])} for d in ("003", "004")]
    assert keys[0] & keys[1]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # verbs of saying beyond "заявил": the lexicon is broad
        ("Премьер-министр Норвегии Йонас Гар Стёре подтвердил: «Мы продолжим поддерживать "
         "Данию в вопросах энергетики».", "Мы продолжим поддерживать Данию в вопросах энергетики"),
        ("«Поставки газа в Данию не прекратятся», — заверил Йонас Гар Стёре.",
         "Поставки газа в Данию не прекратятся"),
        ("«Торговля с Бразилией пока отстаёт от ожиданий», — посетовал Нарендра Моди.",
         "Торговля с Бразилией пока отстаёт от ожиданий"),
        # the outlet reports, the person spoke
        ("Нарендра Моди прибыл в Бразилию. «Индия готова инвестировать в бразильскую "
         "энергетику», — приводит его слова «Интерфакс».",
         "Индия готова инвестировать в бразильскую энергетику"),
        ("«Мы удвоим товарооборот с Бразилией», — приводит слова Нарендры Моди агентство "
         "«Интерфакс».", "Мы удвоим товарооборот с Бразилией"),
        ("«Энергетический диалог с Бразилией будет продолжен», — говорится в заявлении "
         "Нарендры Моди.", "Энергетический диалог с Бразилией будет продолжен"),
        # "По его словам, …:" hands the speaker the paragraph or quotation after the colon
        ("Нарендра Моди прибыл в Бразилию. По его словам, переговоры прошли успешно:\n"
         "Мы договорились удвоить товарооборот и открыть новые рейсы.",
         "Мы договорились удвоить товарооборот и открыть новые рейсы."),
        ("Нарендра Моди прибыл в Бразилию. По его словам, итог один: «Мы договорились "
         "открыть новые рейсы».", "Мы договорились открыть новые рейсы"),
        # a press secretary's name in apposition is the press secretary's
        ("«Поставки зерна в Норвегию продолжатся», — сообщил пресс-секретарь президента "
         "Дмитрий Песков.", "Поставки зерна в Норвегию продолжатся"),
        # a name in apposition wins over its title, whoever else holds such a title
        ("Президент Чили Габриэль Борич прибыл в Лиму. «Мы поддержим правительство Перу», "
         "— пообещал президент Сената Чили Хуан Антонио Колома.",
         "Мы поддержим правительство Перу"),
        # nested quotation marks stay inside the quote
        ("«Программа „Зелёная энергия“ получит финансирование, а проект «Северный коридор» "
         "будет завершён», — заявил Йонас Гар Стёре.",
         "Программа „Зелёная энергия“ получит финансирование, а проект «Северный коридор» "
         "будет завершён"),
        # a quote interrupted by its attribution is one quote
        ("«Мы готовы к диалогу с Данией, — сказал Йонас Гар Стёре. — Но энергетическая "
         "безопасность остаётся главным вопросом».",
         "Мы готовы к диалогу с Данией. Но энергетическая безопасность остаётся главным "
         "вопросом"),
        ("— Бразилия остаётся нашим партнёром, — отметил Нарендра Моди, — и мы расширим "
         "торговлю.", "Бразилия остаётся нашим партнёром, и мы расширим торговлю."),
        # interrupted inside one pair of marks: the quote starts at its mark, not the paragraph
        ("Премьер обратил особое внимание на энергетику. «Напоминаю всем о сроках поставок, — "
         "сказал Йонас Гар Стёре, — особенно в Данию».",
         "Напоминаю всем о сроках поставок, особенно в Данию"),
        # a no-break space between the comma and the dash of a tail after several sentences
        ("Премьер-министр Норвегии Йонас Гар Стёре выступил в стортинге.\n\n«Пока нет причин "
         "думать, что Дания изменит курс. Она другого состава. Однако мы не видим позитивных "
         "сигналов»,\u00a0— сказал он.",
         "Пока нет причин думать, что Дания изменит курс. Она другого состава. Однако мы не "
         "видим позитивных сигналов"),
        # a quotation over several paragraphs, closed by its attribution
        ("Премьер-министр Норвегии Йонас Гар Стёре прибыл в Копенгаген.\n«Норвегия продолжит "
         "поставки газа в Данию.\nКроме того, мы построим новый газопровод», — заявил премьер.",
         "Норвегия продолжит поставки газа в Данию. Кроме того, мы построим новый газопровод"),
        # the speaker after an adverbial of the verb; the one spoken with is not it
        ("«Норвегия продолжит поставки газа в Данию», — подчеркнул в беседе с журналистами "
         "Йонас Гар Стёре.", "Норвегия продолжит поставки газа в Данию"),
        # a name closing a coordinated title speaks
        ("«Швеция поддержит Финляндию в этом вопросе», — заявила писательница и депутат "
         "риксдага Анна Ларссон.", "Швеция поддержит Финляндию в этом вопросе"),
    ],
)  # fmt: skip
def test_quote_classes(analyse, text, quote):
    assert [t for _, t in _quotes(analyse, text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        # a summary after "По его словам, …:" in the same sentence is the narrator's
        "Нарендра Моди прибыл в Бразилию. По его словам, цель визита одна: расширить торговлю "
        "с Бразилией.",
        # a representative's words are not the words of the person they speak for
        "«Мы удивлены решением Дании», — приводит Reuters слова представителя "
        "премьер-министра Норвегии Йонаса Гара Стёре.",
        # an agency's own report names no person
        "«Переговоры Индии и Бразилии продлятся два дня», — говорится в сообщении агентства.",
        # the words of a paragraph with its own speaker are not the previous speaker's
        "Нарендра Моди прибыл в Бразилию. По его словам, переговоры прошли успешно:\n"
        "Президент Бразилии Лула да Силва заявил, что торговля вырастет вдвое.",
        # the speaker is whoever says the quotation, not a name inside it
        "Как рассказал журналистам источник в правительстве, «министр Дании согласился приехать "
        "в Осло, однако Йонас Гар Стёре сказал, что не видит в этом смысла».",
        # "он" after a speaker the text does not name is that speaker, not the last person named
        "Премьер-министр Норвегии Йонас Гар Стёре прибыл в Копенгаген. Это подтвердил один из "
        "участников встречи. «У нас есть возможность обсудить энергетику и рыболовство», — "
        "сказал он.",
        # an unnamed speaker's words are not those of the author of an article named before
        "Нарендра Моди опубликовал статью в газете «Хинду». «Премьер поспешил с этим заявлением "
        "о торговле», — отметил один из экспертов.",
        # a headline "X: …" summarises; without quotation marks it gives no words of X
        "Стёре: Норвегия продолжит поставки газа в Данию\nПремьер-министр Норвегии Йонас Гар "
        "Стёре провёл переговоры в Копенгагене.",
        # the one answered (dative) is not the speaker
        "Премьер-министр Индии Нарендра Моди выступил в Лондоне. В ответ министр опубликовал "
        "статью, где жёстко ответил Нарендре Моди:\nИндия слишком медлит с поставками газа в "
        "Европу.",
    ],
)
def test_no_quote_classes(analyse, text):
    assert _quotes(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight quotation marks nest: the inner pair names a thing inside the words
        ('"Деньги на проект выделило "Петробраз". Больным будет вводиться новый препарат, '
         '- рассказывает министр здравоохранения Бразилии Нисия Триндаде. - Лечение будет '
         'бесплатным".',
         [("Нисия Триндаде", 'Деньги на проект выделило "Петробраз". Больным будет вводиться '
                             "новый препарат. Лечение будет бесплатным")]),
        ('Как сообщил Жаир Болсонару в своем твиттере, "теперь [за "ребятами"] более не '
         'требуется наблюдать ежедневно".',
         [("Жаир Болсонару", 'теперь [за "ребятами"] более не требуется наблюдать ежедневно')]),
        ('Министр иностранных дел Норвегии Эспен Барт Эйде сказал: "Мы поддерживаем '
         '"зелёный" курс Дании и будем работать вместе".',
         [("Эспен Барт Эйде", 'Мы поддерживаем "зелёный" курс Дании и будем работать вместе')]),
        # a paragraph after "X заявил:" is the words, unless the narrator reports speech in it
        ("Президент Чили Габриэль Борич заявил:\n\nОн добавил, что новая инициатива "
         "предусматривает помощь Перу в борьбе с наводнениями.", []),
        ("Президент Чили Габриэль Борич заявил:\nМы готовы помочь Перу в борьбе с "
         "наводнениями. Я сказал об этом президенту Перу.",
         [("Габриэль Борич", "Мы готовы помочь Перу в борьбе с наводнениями. Я сказал об этом "
                             "президенту Перу.")]),
    ],
)  # fmt: skip
def test_nested_straight_marks_and_paragraphs_after_a_colon(analyse, text, expected):
    assert _quotes(analyse, text) == expected
