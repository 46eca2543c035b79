"""Foreign names in oblique cases (names76, forty-third pass; own sentences about Peru,
Chile, Estonia): a Spanish first name in "-ио" never declines, so a surname after it shows
the case ("поддержал Серхио Массу" → Масса), and the tagger's woman's reading of the
surname after it ("позвонил Серхио Массе") does not make the name hers; a surname's "-е"
after an undeclined Spanish first name and a preposition of the locative ("о Хосе
Мухике" → Мухика); the word before a surname's particle read by the first name's case
("Луиса Лулу да Силву" → Лула да Силва, "Марселу Ребелу де Соузу" → Марселу Ребелу де
Соуза); initials after a common noun the feminine verb agrees with ("Экспедиция М.А.
Кастрена изучала" → Кастрен, the noun no part of the name)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction

READ = [
    ("Президент Чили поддержал Серхио Массу на выборах.", "Серхио Масса"),
    ("Министр иностранных дел Перу позвонил Серхио Массе.", "Серхио Масса"),
    ("Президент Перу поддержал Антонио Гуттереса.", "Антонио Гуттерес"),
    ("Посол Чили рассказал о Хосе Мухике.", "Хосе Мухика"),
    ("Премьер Перу поддержал Луиса Лулу да Силву.", "Луис Инасиу Лула да Силва"),
    ("Премьер Перу поддержал Марселу Ребелу де Соузу.", "Марселу Ребелу де Соуза"),
    ("Экспедиция М.А. Кастрена изучала народы Эстонии.", "Кастрен"),
    ("В 1845 году Экспедиция М.А. Кастрена прибыла в Эстонию.", "Кастрен"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), READ)
def test_name_in_nominative(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


def test_noun_before_initials_left_out(run: Callable[[str], Extraction]) -> None:
    ex = run("В 1845 году Экспедиция М.А. Кастрена прибыла в Эстонию.")
    assert "М.А. Кастрена" in mention_persons(ex)


# must not: names of their own "-е", a nominative subject, a woman's name, a Portuguese
# name under a first name that shows the case, initials before a woman's surname
KEPT = [
    ("Президент Перу позвонил Альваро Урибе.", "Альваро Урибе"),
    ("В Лиме вспоминали о Хосе Сарамаго.", "Хосе Сарамаго"),
    ("В Лиме говорили о Жераре Ларше.", "Жерар Ларше"),
    ("Серхио Масса заявил, что Перу готово к диалогу.", "Серхио Масса"),
    ("Премьер Перу поддержал Марию Лусию да Силву.", "Мария Лусия да Силва"),
    ("Премьер Перу встретился с Марселу Ребелу де Соузой.", "Марселу Ребелу де Соуза"),
    ("Президент Чили В. В. Петров прибыл в Эстонию.", "Петров"),
    ("Президент Перу позвонил Педро Кастильо.", "Педро Кастильо"),
    ("Президент Эстонии позвонил Марии Захаровой.", "Мария Захарова"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_name_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
