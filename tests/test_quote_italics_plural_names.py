"""Quote rows read wrong or missed on unseen news (quotes38): a quotation in wiki italics
("''«…»'', — сказал он") after a narrator's lead-in is the words in the marks, not the whole
paragraph; a woman's first name that reads as a nominative only in the plural ("Агнешки")
hung on another being's noun ("подруга супруги X Агнешки Новак") is that being's name, not
the speaker's; a title after "по словам одного из участников пикетов," that the parse hangs
on the pickets is the one participant's."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По словам одного из участников пикетов, епископа Апостольской Православной Церкви "
         "Григория Михнова-Вайтенко, соглашение Чили с Перу «прямо противоречит интересам "
         "обеих стран».",
         [("Григорий Михнов-Вайтенко", "прямо противоречит интересам обеих стран")]),
        ("По словам одного из организаторов митингов, архиепископа Лимы Карлоса Кастильо, "
         "соглашение с Чили «прямо противоречит интересам обеих стран».",
         [("Карлос Кастильо", "прямо противоречит интересам обеих стран")]),
        # must-not: a place's apposition names no one
        ("По словам одного из участников переговоров в Лиме, столице Перу, соглашение с "
         "Чили «прямо противоречит интересам обеих стран».", []),
    ],
)  # fmt: skip
def test_a_title_after_one_of_the_participants_names_the_speaker(said, text, expected):
    assert said(text) == expected
