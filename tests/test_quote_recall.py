"""Quotes found and attributed: wiki italics around quoted words, "упомянул, что «…»", a
sportswoman or prosecutor named again by her title, "По словам, X," with a stray comma,
"Он добавил" after "X заявил, что Y …", a person's name after a body whose own name holds
it; not a link's colon nor a nickname in quotation marks."""

from __future__ import annotations

import pytest

from kg.extract.quotes import extract_quotes
from kg.model import Document

KENYAN = "Бегунья из Кении Фейт Кипьегон выиграла забег в Японии. "
PROSECUTOR = "Генеральный прокурор Бразилии Паулу Гонет провёл встречу с коллегами из Аргентины. "
BORIC = "Президент Чили Габриэль Борич заявил, что "
PLEDGE = "«Мы готовы подписать соглашение о границе»"
PROSECUTORS = "Прокурор Бразилии Паулу Гонет и прокурор Аргентины Эдуардо Касаль провели встречу. "


def _quotes(analyse, text: str) -> list[tuple[str, str]]:
    ctx = analyse(Document(id="t", text=text))
    return [(ctx.entities[q.speaker].name, q.text) for q in extract_quotes(ctx)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # wiki italics around both parts of an interrupted quotation
        (
            "''«Мы расширим торговлю с Вьетнамом, ведь это выгодно обеим странам,'' — сказала "
            "министр иностранных дел Индонезии Ретно Марсуди. — ''Переговоры начнутся весной»''.",
            "Ретно Марсуди",
            "Мы расширим торговлю с Вьетнамом, ведь это выгодно обеим странам. "
            "Переговоры начнутся весной",
        ),
        # a verb of mentioning gives its "что"-quotation
        (
            "Премьер-министр Японии Фумио Кисида упомянул, что «Токио готов расширить поставки "
            "в Манилу».",
            "Фумио Кисида",
            "Токио готов расширить поставки в Манилу",
        ),
        # a champion and a prosecutor named again by their title
        (
            KENYAN + "«Я бежала в своём темпе и экономила силы», — сказала олимпийская чемпионка.",
            "Фейт Кипьегон",
            "Я бежала в своём темпе и экономила силы",
        ),
        (
            PROSECUTOR + "Операция «отражает всё более глобальный характер преступности», — "
            "заявил прокурор журналистам.",
            "Паулу Гонет",
            "отражает всё более глобальный характер преступности",
        ),
        # "он" who speaks goes on for the last speaker, not for a subject of his "что"-clause
        (
            BORIC
            + "президент Аргентины Хавьер Милей приедет в Сантьяго. Он добавил: "
            + PLEDGE
            + ".",
            "Габриэль Борич",
            PLEDGE.strip("«»"),
        ),
        (
            BORIC + "Хавьер Милей поддержал проект. " + PLEDGE + ", — добавил он.",
            "Габриэль Борич",
            PLEDGE.strip("«»"),
        ),
        (
            BORIC + "Хавьер Милей поддержал проект. И добавил: " + PLEDGE + ".",
            "Габриэль Борич",
            PLEDGE.strip("«»"),
        ),
        # a subject outside the speaker's sentence is still the one "он" stands for
        (
            BORIC + "соглашение готово. Президент Аргентины Хавьер Милей прилетел в Сантьяго. "
            "Он добавил: " + PLEDGE + ".",
            "Хавьер Милей",
            PLEDGE.strip("«»"),
        ),
        # "по словам" parted from its name by a stray comma
        (
            "По словам, 45-летнего министра обороны Польши Владислава Косиняк-Камыша, Варшава "
            "«не намерена отправлять войска на Украину».",
            "Владислав Косиняк-Камыш",
            "не намерена отправлять войска на Украину",
        ),
        # the person's name after a body whose name holds it in the genitive
        (
            "«Мы повезём спектакль в Токио и Сеул», — сказал художественный руководитель "
            "Московского театра Олег Табаков.",
            "Олег Табаков",
            "Мы повезём спектакль в Токио и Сеул",
        ),
    ],
)
def test_quote_found(analyse, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _quotes(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # a link's colon closes no clause of the verb before it
        "О договоре с Чили президент Аргентины Хавьер Милей впервые заявил в мае, с тех пор на "
        "специально созданном [http://www.casarosada.gob.ar/ сайте] идёт обсуждение его "
        "положений простыми гражданами.",
        # a nickname in quotation marks before the name is no one's speech
        "Вместе с «отцом бразильского экономического чуда» Фернанду Энрики Кардозу министр "
        "Аргентины Серхио Масса написал несколько статей.",
        # "по словам" of a participle names no one
        "По словам, полученным от источников в Варшаве, министр обороны Польши «не намерен "
        "отправлять войска на Украину».",
        # a champion no one was named as, and a prosecutor's title two persons hold
        "«Мы будем бороться за медали в Токио», — сказала олимпийская чемпионка.",
        PROSECUTORS + "«Преступники действуют сразу в нескольких странах», — заявил прокурор.",
    ],
)
def test_no_quote(analyse, text: str) -> None:
    assert _quotes(analyse, text) == []


def test_body_named_after_a_person_stays_a_body(analyse) -> None:
    """The name in the genitive, as the body's name has it, is the body's."""
    ctx = analyse(
        Document(id="t", text="Актёры Московского театра Олега Табакова выступили в Сеуле.")
    )
    assert "Московский театр Олега Табакова" in {e.name for e in ctx.entities.values()}
