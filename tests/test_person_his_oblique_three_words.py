"""A man's first name in an oblique case before a woman's middle name that never declines
(fifty-first pass, h-names104; sentences of our own about France–Senegal, Belgium–Mali):
"Визит Жана Мари Дюпона" is Жан Мари Дюпон's, not a woman's name whose surname stays as
written; a woman's first name keeps the name hers. A man's genitive first name in "-а"
before a surname that never declines tells the name's case by itself ("Кабинет X Y подал
в отставку"; Egypt–Libya, Tunisia–Algeria)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Визит Жана Мари Дюпона в Сенегал завершился.", {"Жан Мари Дюпон"}),
    ("Президент Сенегала встретился с Жаном Мари Дюпоном.", {"Жан Мари Дюпон"}),
    ("Визит Пьера Мари Лефора в Мали завершился.", {"Пьер Мари Лефор"}),
    ("Премьер Бельгии встретился с Пьером Мари Лефором в Мали.", {"Пьер Мари Лефор"}),
    # must-nots: a woman's first name keeps the name hers; the dative and a man's middle
    # name decline as before
    ("Визит Анны Мари Дюпон в Сенегал завершился.", {"Анна Мари Дюпон"}),
    ("Президент Сенегала встретился с Анной Мари Дюпон.", {"Анна Мари Дюпон"}),
    ("Премьер Бельгии позвонил Жану Мари Дюпону.", {"Жан Мари Дюпон"}),
    ("Визит Жана Клода Лефора в Мали завершился.", {"Жан Клод Лефор"}),
    ("Жан Мари Дюпон заявил, что Франция поддержит Сенегал.", {"Жан Мари Дюпон"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_his_oblique_three_words(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names


HIS_GENITIVE_BEFORE_CASELESS = [
    ("Кабинет Хазема Мансури подал в отставку, и Тунис обратился к Алжиру.", {"Хазем Мансури"}),
    ("Кабинет Хазема Беблауи подал в отставку, и Египет обратился к Ливии.", {"Хазем Беблауи"}),
    # must-nots: a foreign nominative in "-а" before a surname that declines, a woman's name
    ("Раила Одинга прибыл в Уганду.", {"Раила Одинга"}),
    ("Хазема Беблауи прибыла в Ливию.", {"Хазема Беблауи"}),
    ("Министр Египта Хазем Беблауи прибыл в Ливию.", {"Хазем Беблауи"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), HIS_GENITIVE_BEFORE_CASELESS)
def test_his_genitive_before_caseless(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
