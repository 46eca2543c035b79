"""Posts told of a pronoun subject ("Хосе Сото прибыл в Лиму. До этого он был губернатором
провинции, начальником Южной железной дороги, первым заместителем министра энергетики
Чили"): every title of the list is the office of the subject of the sentence before, each
with the state or body its own words name (h-offices51, the forty-fifth pass; own sentences
about Chile, Peru, Egypt, Turkey). A province's governor serves the state the text sets the
province in since h-offices58 (the forty-seventh pass: `placed_post`), no longer none."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str, bool]  # office, state, past


CASES = [
    ("Хосе Сото прибыл в Лиму. До этого он был министром обороны Чили.",
     "Сото", {("министр обороны", "state/CHL", True)}),
    ("Хосе Сото прибыл в Лиму. Ранее он был губернатором провинции Сантьяго, начальником "
     "Южной железной дороги, первым заместителем министра энергетики Чили.",
     "Сото", {("губернатор", "state/CHL", True),
              ("начальник", "org/yuzhnaya-zheleznaya-doroga", True),
              ("первый заместитель министра энергетики", "state/CHL", True)}),
    ("Ахмед Мохаммед назначен послом Египта в Турции. До этого он был министром транспорта "
     "Египта и губернатором провинции Гиза.",
     "Мохаммед", {("посол", "state/EGY", False), ("губернатор", "state/EGY", True),
                  ("министр транспорта", "state/EGY", True)}),
    # must not: a woman's name before "он"; two subjects before; a trade; another's post
    ("Мария Сото прибыла в Лиму. До этого он был министром обороны Чили.", "Сото", set()),
    ("Хосе Сото и Луис Перес прибыли в Лиму. До этого он был министром обороны Чили.",
     "Сото", set()),
    ("Хосе Сото прибыл в Лиму. До этого он был журналистом.", "Сото", set()),
    # a kind of person is no post; an official's post with no state stays (h-fix45a)
    ("Президентом Перу избран Педро Кастильо. Он — потомственный политик.",
     "Кастильо", {("президент", "state/PER", False)}),
    ("Президентом Перу избран Педро Кастильо. Он — бывший губернатор провинции Кахамарка.",
     "Кастильо", {("президент", "state/PER", False), ("губернатор", "state/PER", True)}),
    ("Хосе Сото прибыл в Лиму. Ранее он был министром обороны Чили, а Луис Перес — послом "
     "Чили в Перу.",
     "Сото", {("министр обороны", "state/CHL", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_pronoun_posts(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """Each post the pronoun's predicate lists is its antecedent's."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname) == expected
