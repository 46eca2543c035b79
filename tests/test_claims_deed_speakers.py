"""A verb of writing with a work as its object ("написав свой первый роман") is a deed, a
short passive participle ("баланс подтверждён") what was done, a plural subject
("гражданские демократы надеются") many: not one person's words, so the figures they
cover have no speaker (forty-fourth pass, h-claims66, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "speaker")


@pytest.mark.parametrize(
    "text",
    [
        "Писательница Ана Гомес родилась в Чили. Тогда она, являясь матерью троих детей,"
        " написав свой первый роман «Сад», отправила рукопись сразу в три издательства Перу.",
        "Писательница Ана Гомес родилась в Чили. Она написала первый роман и отправила"
        " рукопись сразу в три издательства Перу.",
    ],
)
def test_a_written_work_says_nothing(analyse, text: str) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert rows and all(speaker == "" for _, _, speaker in rows)


def test_a_passive_participle_says_nothing(analyse) -> None:
    """A comment told with no punctuation: "мир подтверждён" is no one's words, not the
    words of the person named before it."""
    text = (
        "В день рождения президента Чили Себастьяна Пиньеры журналист Луис Сото посвятил этому"
        " событию комментарий:\n По масштабу деятельности Пиньера политик из своих"
        " предшественников сопоставим лишь с Портелесом В результате ядерный баланс"
        " подтверждён зарплата чилийцев выросла в песо в 3 раза"
    )
    rows = claim_rows(analyse, text, _FIELDS)
    assert ("рост зарплаты чилийцев", 3, "") in [(m, int(v), s) for m, v, s in rows]


def test_many_say_it_no_one_person(analyse) -> None:
    """A plural subject names no one person, not the one its singular named before."""
    text = (
        "Правительство гражданского демократа Кая Калласа в Эстонии пало. Теперь гражданские"
        " демократы надеются, что техническое правительство не получит необходимой поддержки"
        " в 51 голос депутатов."
    )
    assert all(s == "" for _, _, s in claim_rows(analyse, text, _FIELDS))


@pytest.mark.parametrize(
    "text",
    [
        # must not: quoted words are said, whatever the verb's object
        'Президент палаты Ана Гомес объявила о своей отставке. "Прошло два срока, я считаю,'
        ' что этого вполне достаточно", - цитирует слова руководителя палаты агентство Andina.',
        # must not: a clause of what the object says
        "Житель Лимы Луис Сото признал свою вину в том, что, завладев фотографиями 350 жителей"
        " Чили, вымогал у них деньги.",
        # must not: plural subjects that name persons
        "Министры Ана Гомес и Луис Сото заявили, что товарооборот Чили и Перу вырос на 5 %.",
        # must not: what is written is the figure's clause, or the figure is in the object
        "Министр Чили Ана Гомес выступила в Лиме. Она написала, что товарооборот с Перу вырос"
        " на 5 %.",
        "Министр Чили Ана Гомес выступила в Лиме. Она назвала цифру в 5 % роста товарооборота"
        " с Перу.",
    ],
)
def test_words_written_keep_their_speaker(analyse, text: str) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert rows and all(speaker for _, _, speaker in rows)
