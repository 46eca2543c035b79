"""Foreign first names in the dative before a surname that shows no case (fiftieth pass,
h-names102; sentences of our own about Egypt–Sudan, Oman–Iran, Italy–Malta): a man's name
in "-а" the dictionary also reads as a locative ("Мустафе") declines to its nominative; an
Italian "-е", the locative of a name in a consonant ("Даниэле"), stays as written."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Президент Судана позвонил Мустафе Мадбули.", {"Мустафа Мадбули"}),
    ("Министр Ирана встретился с Мустафе Абди в Омане.", {"Мустафа Абди"}),
    # must-nots: an Italian first name in "-е" stays as written, a locative's declines
    ("Министр Мальты позвонил Даниэле Франко.", {"Даниэле Франко"}),
    ("Министр Мальты позвонил Давиде Сассоли.", {"Давиде Сассоли"}),
    ("Доклад о Мустафе Абди обсудили в Омане.", {"Мустафа Абди"}),
    # a French first name in the dative tells the surname's "-у" (h-names103; France–Belgium)
    ("Премьер Бельгии позвонил Жану Мари Дюпону.", {"Жан Мари Дюпон"}),
    ("Премьер Бельгии позвонил Пьеру Мари Лефору.", {"Пьер Мари Лефор"}),
    ("Министр Бельгии позвонил Жаку Дюпону.", {"Жак Дюпон"}),
    # must-nots: after an English or a Portuguese first name the "-у" stays
    ("Премьер Бельгии позвонил Джону Мвангу.", {"Джон Мвангу"}),
    ("Премьер Бельгии позвонил Жуану Лоуренсу.", {"Жуан Лоуренсу"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_foreign_dative_first_names(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names


HIS_DATIVES = [
    # a man's first name in a consonant and "-у" tells his name, whatever the surname reads
    ("Посол Бразилии позвонил Карлосу Банде.", {"Карлос Банда"}),
    ("Министр Анголы позвонил Маркосу Банде.", {"Маркос Банда"}),
    # must-nots: a woman's name stays hers, a known man's name declines as before
    ("Министр Анголы позвонил Анне Банде.", {"Анна Банда"}),
    ("Министр Анголы поддержал Анну Банду.", {"Анна Банда"}),
    ("Президент Малави позвонил Джону Банде.", {"Джон Банда"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), HIS_DATIVES)
def test_his_dative_first_name(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names


FIXED_FIRST_DATIVES = [
    # a first name the links table writes unchanged beside a declined surname, then a word
    # the dictionary reads as a name's form: the "-у" is the dative's (h-names104)
    ("Президент Ганы позвонил Кваме Океллу.", {"Кваме Окелл"}),
    ("Президент Нигерии позвонил Мамаду Диопу.", {"Мамаду Диоп"}),
    ("Послу Сенегала Мамаду Диопу вручили орден.", {"Мамаду Диоп"}),
    # must-nots: a surname the dictionary reads as no name's form keeps its own "-у", so does
    # a Portuguese stem's; the other cases keep the word as written
    ("Президент Нигерии позвонил Кваме Тинубу.", {"Кваме Тинубу"}),
    ("Президент Ганы позвонил Кваме Машаду.", {"Кваме Машаду"}),
    ("Визит Кваме Океллу в Уганду завершился.", {"Кваме Океллу"}),
    ("Президент Уганды встретился с Кваме Океллу.", {"Кваме Океллу"}),
    ("Президент Кении принял посла Уганды Кваме Океллу.", {"Кваме Окелла"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), FIXED_FIRST_DATIVES)
def test_fixed_first_dative(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names
