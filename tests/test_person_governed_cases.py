"""A name's nominative from the case the sentence governs (names93): an East-Asian name's
last syllable in a genitive's "-а" after "н" (no Japanese own "-а"), after a noun that
opens the sentence, kin, a verb's object, or in the locative after "о"/"при"; a surname's
"-у" after a first name that never declines, in an object's place, where the dictionary
reads it as an accusative of a name in "-а"; the genitive of negation ("X-а не было"); a
man's genitive after initials the tagger reads as a woman's ("об участии Ю. Кандеева").
Own sentences about China, Vietnam, Laos, South Korea, Kenya, Uganda, Zambia, Angola,
Chile, Peru, Czechia, Poland."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an East-Asian name's last syllable in its case
        ("Советник Лю Сяопина прибыл в Ханой.", {"Лю Сяопин"}),
        ("Сын Дэн Сяопина Дэн Пуфан прибыл в Сеул.", {"Дэн Сяопин", "Дэн Пуфан"}),
        ("При Лю Сяопине Китай и Вьетнам сблизились.", {"Лю Сяопин"}),
        ("О Чэнь Кэцяне в Ханое написали книгу.", {"Чэнь Кэцян"}),
        ("Президент Лаоса принял Нгуен Суан Тханга.", {"Нгуен Суан Тханг"}),
        # must not: a nominative stays, and a syllable's own "-е" or "-а"
        ("Премьер Госсовета КНР Лю Сяопин прибыл в Ханой.", {"Лю Сяопин"}),
        ("Хун Сен прибыл в Ханой.", {"Хун Сен"}),
        ("В Ханой прибыл Нгуен Суан Тханг.", {"Нгуен Суан Тханг"}),
        ("О Ли Хунцзе в Лаосе написали книгу.", {"Ли Хунцзе"}),
        # a surname's accusative "-у" after a first name that never declines
        ("Президент Кении принял посла Уганды Кваме Океллу.", {"Кваме Окелла"}),
        ("Президент Замбии принял Кваме Мутарику.", {"Кваме Мутарика"}),
        # must not: an own "-у" the dictionary reads as no name in "-а", a Portuguese one
        ("Президент Кении принял Кваме Тинубу.", {"Кваме Тинубу"}),
        ("Президент Анголы принял Жоау Машаду.", {"Жоау Машаду"}),
        # the genitive of negation
        ("Кира Дамбера на встрече в Праге не было.", {"Кир Дамбер"}),
        ("Мигеля Диаса не было на встрече в Лиме.", {"Мигель Диас"}),
        ("Ли Цзюня на встрече в Ханое не было.", {"Ли Цзюнь"}),
        ("Педру Алвиша не было на саммите в Луанде.", {"Педру Алвиш"}),
        # must not: nominatives with a verb that agrees, a verb of no gender, her genitive
        ("Мигель Диас не был на переговорах Чили и Перу.", {"Мигель Диас"}),
        ("Анна Ковальская не была на встрече в Варшаве.", {"Анна Ковальская"}),
        ("Хуан Ортега на встрече в Лиме не будет.", {"Хуан Ортега"}),
        ("Киры Дамбер не было на встрече в Праге.", {"Кира Дамбер"}),
        ("Правительство Мигеля Диаса не было готово к переговорам с Перу.", {"Мигель Диас"}),
        # a man's genitive after initials the tagger reads as hers, hung on a thing's noun
        ("Об участии Ю. Кандеева в сделке сообщила прокуратура Польши.", {"Кандеев"}),
        # must not: her name apposed to a title, the subject of her verb
        ("Глава делегации Чехии Ю. Кандеева прибыла в Варшаву.", {"Кандеева"}),
        ("Министр Чехии К. Тинеева прибыла в Варшаву.", {"Тинеева"}),
    ],
)  # fmt: skip
def test_a_name_in_the_case_its_sentence_governs(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
