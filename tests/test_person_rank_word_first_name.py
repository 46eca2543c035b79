"""A rank word that is a person's own first name (fifty-second pass, h-names106; sentences
of our own about Nepal–Bhutan, Kuwait–Sri Lanka, Bahrain–Maldives): a man's rank the
persons tables open a given name with, before a woman's name, is her first word ("Шейх
Лейла"); a rank after an office title is the officeholder's first name ("министр Султан
Y"). Must-nots: a rank before a man's name or a full name, a ruler's rank after a ruler's
title, a rank opening the sentence stay dropped as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction

# sentence → the persons kg names
RANK_AS_FIRST_NAME = {
    "Шейх Лейла заявила, что Непал поддержит Бутан.": {"Шейх Лейла"},
    "Премьер-министр Непала Шейх Лейла прибыла в Бутан.": {"Шейх Лейла"},
    "Непал и Бутан подписали соглашение, сообщила Шейх Лейла.": {"Шейх Лейла"},
    "Эмир Фатима прибыла в Бутан.": {"Эмир Фатима"},
    # must-nots: a rank before a man's name, a woman's own rank, a rank before a full name
    "Шейх Мохаммед прибыл в Бутан.": {"Мохаммед"},
    "Шейха Мариам прибыла в Бутан.": {"Мариам"},
    "шейх Мохаммед бин Заид прибыл в Непал.": {"Мохаммед бин Заид"},
    "Принцесса Анна прибыла в Бутан.": {"Анна"},
    # a rank after an office title
    "Министр обороны Кувейта Султан Кахлан прибыл в Шри-Ланку.": {"Султан Кахлан"},
    "В Шри-Ланку прибыл министр Султан Кахлан.": {"Султан Кахлан"},
    "Посол Бахрейна Султан Салман прибыл на Мальдивы.": {"Султан Салман"},
    "В Шри-Ланку прибыл министр Эмир Салман.": {"Эмир Салман"},
    # must-nots: a ruler's rank after a ruler's title, a rank alone before the name, a
    # rank before a full name with his father's, a rank no table gives as a first name
    "Эмир Кувейта Шейх Салман прибыл в Шри-Ланку.": {"Салман"},
    "В Шри-Ланку прибыл Султан Кахлан.": {"Кахлан"},
    "Посол Бахрейна Султан Кахлан бен Фаиз прибыл на Мальдивы.": {"Кахлан бен Фаиз"},
    "Посол Бахрейна Принц Салман прибыл на Мальдивы.": {"Салман"},
}


@pytest.mark.parametrize("text", RANK_AS_FIRST_NAME)
def test_rank_word_first_name(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == RANK_AS_FIRST_NAME[text]


# in an oblique case: the rank word stays as written before her name, declines with his
DECLINED = {
    "Визит Шейх Лейлы в Бутан завершился.": {"Шейх Лейлы": "Шейх Лейла"},
    "Встреча с Шейх Лейлой прошла в Бутане.": {"Шейх Лейлой": "Шейх Лейла"},
    "Встреча с министром Султаном Кахланом прошла в Коломбо.": {
        "Султаном Кахланом": "Султан Кахлан"
    },
}


@pytest.mark.parametrize("text", DECLINED)
def test_rank_word_first_name_declined(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text)) == DECLINED[text]
