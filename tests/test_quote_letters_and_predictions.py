"""Quotes (pass forty-four, h-status46): words a colon opens in a letter's "в котором" clause
whose verb is no verb of saying ("направил открытое письмо, в котором возмутился словами
политика: ''"«…»''", wiki italics and a doubled straight mark around them too) are the
letter's author's, as they are after a verb of saying, where its sentence names the author
(not "он", which may be taken for the addressee named last); a verb of saying in the future
("объявит о сложении полномочий") has said nothing yet, so a quotation in its sentence is not
its subject's. Sentences of our own about other states."""

from __future__ import annotations

import pytest

WORDS = "Я не прошу одобрения моего поступка, но, по крайней мере, уважайте его!"


@pytest.mark.parametrize(
    "text",
    [
        "Писатель Яан Кросс направил президенту Эстонии открытое письмо, в котором возмутился "
        f"словами политика: ''\"«{WORDS}»''.",
        "Писатель Яан Кросс направил президенту Эстонии открытое письмо, в котором возмутился "
        f"решением властей: ''«{WORDS}»''.",
        # must not: the same words in plain marks stay his
        "Писатель Яан Кросс направил президенту Эстонии открытое письмо, в котором возмутился "
        f"словами политика: «{WORDS}»",
    ],
)
def test_words_of_a_letter_are_its_authors(said, text: str) -> None:
    assert said(text) == [("Яан Кросс", WORDS)]


def test_words_of_anothers_letter_are_not_the_readers(said) -> None:
    text = (
        "Писатель Яан Кросс прочитал вслух письмо президента Латвии Эдгарса Ринкевичса, в "
        f"котором возмутился решением властей: ''«{WORDS}»''."
    )
    assert ("Яан Кросс", WORDS) not in said(text)


def test_a_pronoun_sender_gives_the_addressee_no_words(said) -> None:
    text = (
        "Президент Эстонии Алар Карис назвал переезд писателя в Латвию «жалким поступком». "
        "Эти слова обидели писателя, и он направил в адрес президента открытое письмо, в "
        f"котором возмутился словами политика: ''\"«{WORDS}»''."
    )
    assert ("Алар Карис", WORDS) not in said(text)


def test_a_future_verb_of_saying_has_said_nothing(said) -> None:
    text = (
        'Между тем СМИ, контролируемые группировкой «Сендеро Луминосо», заявляют, что "это '
        'только начало": в ближайшем будущем Дина Болуарте также объявит о сложении с себя '
        "полномочий президента Перу."
    )
    assert not [s for s, _ in said(text) if s == "Дина Болуарте"]


# must not: a verb of saying in the past keeps its words
@pytest.mark.parametrize(
    "text",
    [
        "Президент Перу Дина Болуарте объявила: «Я не покину свой пост до конца срока».",
        'Президент Перу Дина Болуарте заявила, что "это только начало" и реформы продолжатся.',
    ],
)
def test_a_past_verb_of_saying_keeps_its_words(said, text: str) -> None:
    assert [s for s, _ in said(text)] == ["Дина Болуарте"]
