"""One reader of "X во главе с Y"/"X под руководством Y" (kg/nlp/headed_by.py): the body or
group named right before the phrase, the phrase, and the head after it, a name or a title with
a possessive at most before it; and one test of whether the body is led itself or is the
genitive complement of the group that is ("Делегация МИД Перу во главе с министром": the
delegation's head, not the ministry's). Sentences of our own about Chile, Peru, Estonia,
Latvia, Egypt (pass forty-seven, h-tidy47)."""

from __future__ import annotations

import pytest

from kg.nlp.headed_by import group_led, headed_by, phrase_at

# (text, the head's words, the body's text or None where no body is headed, the group led)
CASES = [
    # a name right after the phrase (the offices' led bodies)
    ("Национальный союз горняков Чили (НСГ) во главе с Карлосом Мендосой направил письмо в "
     "правительство.", "Карлосом Мендосой", "Национальный союз горняков Чили", False),
    ("Партия «Ээсти 200» во главе с Кристиной Каллас победила на выборах в Эстонии.",
     "Кристиной Каллас", "Ээсти 200", False),
    ("Профсоюз «Портовики» под руководством Марии Сото провел забастовку в Вальпараисо.",
     "Марии Сото", "Портовики", False),
    # a title with a possessive before it (the titles' headed bodies)
    ("Секта «Ветвь Давидова» во главе с её лидером Дэвидом Корешом укрылась на ранчо в Чили.",
     "лидером", "Ветвь Давидова", False),
    ("Партия «Апра» во главе со своим лидером Хорхе Пересом покинула коалицию в Перу.",
     "лидером", "Партия «Апра»", False),
    # must-nots: a delegation or group is led, not the body of its genitive
    ("Делегация МИД Перу во главе с министром обороны Хорхе Пересом прибыла в Сантьяго.",
     "министром обороны", "Перу", True),
    ("Делегация Университета Чили во главе с Хуаном Пересом прибыла в Лиму.", "Хуаном Пересом",
     "Университета Чили", True),
    ("В церемонии приняли участие члены коллегии Министерства обороны Эстонии во главе с "
     "Мартином Херемом.", "Мартином Херемом", "Эстонии", True),
    ("Делегация Эстонии во главе с министром иностранных дел Маргусом Тамме прибыла в Ригу.",
     "министром иностранных дел", "Эстонии", True),
    ("Правительство Египта во главе с премьером Ахмедом Саидом ушло в отставку.", "премьером",
     "Египта", True),
    # must-nots: no body before the phrase; no phrase before the head
    ("Делегация во главе с министром обороны Андрисом Озолсом прибыла в Таллин.",
     "министром обороны", None, False),
    ("Министр обороны Латвии Андрис Озолс встретился с главой МИД Эстонии.", "Андрис Озолс",
     None, False),
]  # fmt: skip


def _span(doc, words: str):  # noqa: ANN001, ANN202 - a spaCy Doc and Span
    start = next(t.idx for t in doc if doc.text.startswith(words, t.idx))
    return doc.char_span(start, start + len(words))


@pytest.mark.parametrize(("text", "head", "body", "group"), CASES)
def test_the_body_headed(nlp, text, head, body, group) -> None:  # noqa: ANN001
    doc = nlp(text)
    # the bodies: the tagger's names up to an abbreviation in brackets ("(НСГ)"), skipped
    cut = {e: next((t.i for t in e if t.text == "("), e.end) for e in doc.ents}
    ends = {c: doc[e.start : c] for e, c in cut.items()}
    bracketed = {i for e, c in cut.items() for i in range(c, e.end)}
    headed = headed_by(doc, _span(doc, head), ends.get, bracketed.__contains__)
    if body is None:
        assert headed is None
        return
    assert headed is not None
    assert (headed.body.text, headed.head.text) == (body, head)
    assert headed.phrase.text in ("во главе с", "во главе со", "под руководством")
    assert group_led(headed.body) is group


# A title's reader takes "во главе с" only (`under=False`): "работала в Университете Чили под
# руководством профессора X" names whom one worked under, no post of the university's.
TITLES = [
    ("Секта «Ветвь Давидова» во главе с её лидером Дэвидом Корешом укрылась на ранчо в Чили.",
     "лидером", "Ветвь Давидова"),
    ("Ана Рохас работала в Университете Чили под руководством профессора Хуана Переса.",
     "профессора", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "head", "body"), TITLES)
def test_a_title_headed_by_only(nlp, text, head, body) -> None:  # noqa: ANN001
    doc = nlp(text)
    ends = {e.end: e for e in doc.ents}
    headed = headed_by(doc, _span(doc, head), ends.get, under=False)
    assert (headed and headed.body.text) == body
    assert headed_by(doc, _span(doc, head), ends.get) is not None  # (read with "под …")


PHRASES = [
    ("Делегация Бразилии во главе с министром прибыла.", "во", 3),
    ("Партия «Апра» во главе со своим лидером покинула коалицию.", "во", 3),
    ("Профсоюз под руководством Марии Сото провел забастовку.", "под", 2),
    # must-nots: "во главе" of no "с" ("стоит во главе правительства"), "в составе"
    ("Хорхе Перес стоит во главе правительства Перу.", "во", 0),
    ("Делегация в составе министров прибыла.", "в", 0),
]


@pytest.mark.parametrize(("text", "word", "words"), PHRASES)
def test_the_phrase_at_a_word(nlp, text, word, words) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert phrase_at(doc, next(t.i for t in doc if t.text == word)) == words
