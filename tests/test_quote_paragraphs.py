"""Quotes laid out over paragraphs: a quotation reopened with « in each paragraph; an
interview's dash-led answers after its questions are
the words of the one whose interview the text reported (also under a heading "Интервью
X."); a paragraph that is one quotation after "X заявил:" closing the paragraph before is
X's; a title the tagger reads in another case than the name after it ("министр КНР Ван
И") still names who speaks. Not a dialogue no interview was reported for, not the
questions, not an answer an attribution of its own gives to someone else, not a quoted
paragraph after a colon whose verb has its own object, nor titles, short epithets, an
outlet's or a decree's words."""

from __future__ import annotations

import pytest

SAIDOV = "Министр иностранных дел Узбекистана Бахтиёр Саидов дал интервью ТАСС.\n\n"
QUESTION = "— Как вы оцениваете отношения Ташкента и Душанбе?\n\n"
ANSWER = "Отношения между нашими странами сейчас находятся на самом высоком уровне"
CARNEY = "Премьер-министр Канады Марк Карни заявил:\n\n"
ARCTIC = "Канада и Дания — надежные союзники в Арктике. Мы будем вместе защищать наши земли"
INDIA = "Китай и Индия должны быть партнерами, а не соперниками"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # an answer after a question of a reported interview
        (f"{SAIDOV}{QUESTION}— {ANSWER}.", "Бахтиёр Саидов", f"{ANSWER}."),
        # a heading with no verb names whose interview it is
        (
            "Интервью министра иностранных дел Таджикистана Сироджиддина Мухриддина.\n\n— "
            "Какие планы у Таджикистана и Узбекистана на этот год?\n\n— Мы хотим удвоить "
            "товарооборот с Узбекистаном.",
            "Сироджиддин Мухриддин",
            "Мы хотим удвоить товарооборот с Узбекистаном.",
        ),
        # a paragraph that is one quotation after a colon closing the paragraph before
        (f"{CARNEY}«{ARCTIC}».", "Марк Карни", ARCTIC),
        # a name whose words the tagger puts in cases of their own tells no case
        (f"Как заявил министр иностранных дел КНР Ван И, «{INDIA}».", "Ван И", INDIA),
    ],
)
def test_quote_over_paragraphs(said, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in said(text)


@pytest.mark.parametrize(
    "text",
    [
        # a dialogue no interview was reported for
        f"Вечером на рынке в Ташкенте было людно.\n\n{QUESTION}— {ANSWER}.",
        # a question after a question is no answer
        f"{SAIDOV}{QUESTION}— А как вы оцениваете отношения с Бишкеком?",
        # a verb with its own object before the colon reports; the outlet's words are no one's
        "Министр Канады Марк Карни отметил рост торговли с Данией:\n\n«Торговля с Данией "
        "выросла на десять процентов за прошлый год», — пишет газета «Глоб энд мейл».",
        # titles, a short epithet, an outlet's and a decree's words
        "Президент Франции Эммануэль Макрон посетил в Берлине премьеру фильма «Мост через Рейн».",
        "Канцлер Германии Олаф Шольц подарил президенту Франции Эммануэлю Макрону книгу "
        "«История франко-германской дружбы».",
        "Президент Сербии Александар Вучич назвал заявления хорватских властей «опасной "
        "провокацией».",
        "«Отношения Египта и Эфиопии резко обострились из-за плотины на Голубом Ниле», — пишет "
        "газета «Аль-Ахрам».",
        "Президент Египта подписал указ о мерах в отношении Судана. В тексте указа говорится: "
        "«Установить режим усиленной охраны в приграничных районах сроком на 30 дней».",
    ],
)
def test_no_quote_over_paragraphs(said, text: str) -> None:
    assert said(text) == []


BOLAT = "Министр торговли Турции Омер Болат подписал в Каире соглашение о торговле.\n"
HISTORIC = "Это историческое соглашение для наших народов."
GROWTH = "Мы рассчитываем, что товарооборот с Египтом достигнет 15 млрд долларов"
RUTO = "Президент Кении Уильям Руто выступил в парламенте.\n\n"
NEIGHBOURS = "Кения не будет вмешиваться во внутренние дела соседей."
DROUGHT = "Мы готовы помочь Эфиопии в борьбе с засухой"


@pytest.mark.parametrize(
    ("text", "speaker", "first", "last"),
    [
        # a quotation over paragraphs reopens each with «, only the last closes it
        (f"{BOLAT}«{HISTORIC}\n«{GROWTH}», — заявил Болат.", "Омер Болат", HISTORIC, GROWTH),
        (f"{RUTO}«{NEIGHBOURS}\n\n«{DROUGHT}», — сказал Руто.", "Уильям Руто", NEIGHBOURS, DROUGHT),
    ],
)
def test_quotation_reopened_over_paragraphs(
    said, text: str, speaker: str, first: str, last: str
) -> None:
    quotes = said(text)
    assert (speaker, f"{first} {last}") in quotes
    assert (speaker, last) not in quotes


def test_answer_attributed_elsewhere(said) -> None:
    """An answer its own attribution gives to another is that one's, not the interviewee's."""
    text = (
        f"{SAIDOV}{QUESTION}— {ANSWER}, — ответил вместо министра его заместитель Фуркат Сидиков."
    )
    assert [s for s, _ in said(text)] == ["Фуркат Сидиков"]
