"""Verbs of ordering give the quotation they close or open after a colon ("«…», — поручил X",
"X распорядился: «…»"; order_verbs.txt), never an order reported with no quotation
("поручил подготовить …"); quotation marks inside quotation marks ("«„Дорожная карта“ …»",
'"«…» …"', ‹single guillemets›) stay in the quote's words whole, and its evidence covers
exactly those words (forty-ninth pass, h-claims74). Own sentences about Egypt–Sudan,
Turkey–Greece, Vietnam–China."""

from __future__ import annotations

import pytest

from kg.extract.quotes import extract_quotes
from kg.model import Document

SISI = "Президент Египта Абдель Фаттах ас-Сиси"
ERDOGAN = "Президент Турции Реджеп Тайип Эрдоган"
LUONG = "Президент Вьетнама Лыонг Кыонг"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (f"{SISI} поручил правительству: «Подготовить соглашение с Суданом до конца месяца».",
         "Абдель Фаттах ас-Сиси", "Подготовить соглашение с Суданом до конца месяца"),
        (f"«Подготовить соглашение с Суданом до конца месяца», — поручил {SISI[0].lower()}"
         f"{SISI[1:]}.", "Абдель Фаттах ас-Сиси",
         "Подготовить соглашение с Суданом до конца месяца"),
        (f"{LUONG} распорядился: «Немедленно направить помощь пострадавшим в Китае».",
         "Лыонг Кыонг", "Немедленно направить помощь пострадавшим в Китае"),
        (f"«Греция должна вывести войска с островов», — потребовал {ERDOGAN[0].lower()}"
         f"{ERDOGAN[1:]}.", "Реджеп Тайип Эрдоган", "Греция должна вывести войска с островов"),
        (f"{ERDOGAN} потребовал от Греции: «Выведите войска с островов!»",
         "Реджеп Тайип Эрдоган", "Выведите войска с островов!"),
        ("Премьер-министр Греции Кириакос Мицотакис предписал: «Все суда Турции досматривать у "
         "островов».", "Кириакос Мицотакис", "Все суда Турции досматривать у островов"),
        (f"{LUONG} приказал армии: «Открыть границу с Китаем».",
         "Лыонг Кыонг", "Открыть границу с Китаем"),
    ],
)  # fmt: skip
def test_an_order_in_quotation_marks_is_a_quote(said, text: str, speaker: str, words: str):
    assert said(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        f"{SISI} поручил правительству подготовить соглашение с Суданом.",
        f"{ERDOGAN} потребовал от Греции вывести войска с островов.",
        f"{LUONG} распорядился направить помощь пострадавшим в Китае.",
        f"{SISI} поручил правительству подготовить «дорожную карту» сотрудничества с Суданом.",
    ],
)
def test_an_order_told_with_no_quotation_is_no_quote(said, text: str) -> None:
    """must-not: the verb reports an order; a quoted name in it is no words."""
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (f"{SISI} заявил: «„Дорожная карта“ с Суданом будет подписана».",
         "„Дорожная карта“ с Суданом будет подписана"),
        ("«„Дорожная карта“ с Суданом будет подписана», — заявил президент Египта Абдель "
         "Фаттах ас-Сиси.", "„Дорожная карта“ с Суданом будет подписана"),
        (f'{SISI} заявил: "«Дорожная карта» с Суданом будет подписана".',
         "«Дорожная карта» с Суданом будет подписана"),
        (f"{SISI} заявил: ‹Мы подпишем соглашение с Суданом›.",
         "Мы подпишем соглашение с Суданом"),
        ("«‹Дорожная карта› с Суданом будет подписана», — заявил президент Египта Абдель "
         "Фаттах ас-Сиси.", "‹Дорожная карта› с Суданом будет подписана"),
        # unchanged: an inner pair after the first word, ASCII marks inside guillemets
        (f"{SISI} заявил: «Мы подпишем „дорожную карту“ с Суданом».",
         "Мы подпишем „дорожную карту“ с Суданом"),
        (f'{SISI} заявил: «Мы подпишем "дорожную карту" с Суданом».',
         'Мы подпишем "дорожную карту" с Суданом'),
    ],
)  # fmt: skip
def test_inner_marks_stay_whole_and_evidence_is_the_words(analyse, text: str, words: str):
    ctx = analyse(Document(id="t", text=text))
    quotes = extract_quotes(ctx)
    assert [(q.text, [text[s.start : s.end] for s in q.evidence]) for q in quotes] == [
        (words, [words])
    ]
