"""Quote rows read wrong on unseen news (quotes38): a quotation wrapped in wiki italics
("''«…»'', — сказал он") after a narrator's lead-in is the words in the marks, not the whole
paragraph; a woman's first name that reads as a nominative only in the plural ("Агнешки")
hung on another being's noun ("подруга супруги X Агнешки Новак") is that being's name, not
the speaker's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бывший министр иностранных дел Польши Ян Ковальский узнал о решении Литвы от "
         "журналистов: ''«Я ничего не слышал об этом»'', — тихо сказал он по телефону.",
         [("Ян Ковальский", "Я ничего не слышал об этом")]),
        ("Посол Чили Хорхе Кастро узнал о забастовке в Лиме из газет: ''«Перу справится с "
         "этим кризисом»'', — сказал он агентству EFE.",
         [("Хорхе Кастро", "Перу справится с этим кризисом")]),
        # must-not: italic speech with no marks of its own still runs from the paragraph start
        ("''Перу справится с этим кризисом без помощи Чили'', — сказал посол Чили Хорхе "
         "Кастро.",
         [("Хорхе Кастро", "Перу справится с этим кризисом без помощи Чили")]),
    ],
)  # fmt: skip
def test_a_quotation_in_wiki_italics_is_the_words_in_its_marks(said, text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Литва никогда не признает эти выборы», — рассказала близкая подруга супруги "
         "Ковальского Агнешки Вишневской-Новак.", []),
        ("«Литва никогда не признает эти выборы», — заявила подруга жены посла Польши "
         "Марии Новак-Ковальской.", []),
        # must-not: her own name in the nominative after her title is hers
        ("«Литва никогда не признает эти выборы», — заявила подруга жены посла Польши "
         "Мария Новак-Ковальская.",
         [("Мария Новак-Ковальская", "Литва никогда не признает эти выборы")]),
        ("«Северная Македония должна выполнить свои обязательства», — заявила кандидат на "
         "премьерский пост Ярослава Ковачева.",
         [("Ярослава Ковачева", "Северная Македония должна выполнить свои обязательства")]),
    ],
)  # fmt: skip
def test_a_first_name_read_nominative_only_as_a_plural_is_no_speaker(said, text, expected):
    assert said(text) == expected
