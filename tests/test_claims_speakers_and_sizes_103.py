"""Numeric claims' speakers, sizes and wholes; fifty-ninth pass (h-claims103).

Inside a transcript turn a sentence that cites someone for its own words ("Как отметил
министр X, …", "По словам министра X, …") gives its figures to X, not to the turn's
speaker. A sum "в" a noun sizes it as "на" does ("открыть кредитную линию в 500 млн
долларов"). Parts a sentence lists after "при этом" are parts of the total before them, so
"этот показатель" of the next sentence is the total. Own sentences about Egypt–Jordan,
Chile–Peru, Japan–Nepal, China–Pakistan, Vietnam–Thailand."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

FIELDS = ("metric", "value", "unit", "status")
DAY = "2026-03-12"

_TRANSCRIPT = (
    "Заявления для прессы по итогам переговоров\nНгуен Ван Ан: Уважаемые друзья!\n"
    "Сретта Тхависин: Спасибо.\nНгуен Ван Ан: В прошлом году товарооборот между Вьетнамом и "
    "Таиландом превысил 20 млрд долларов. {}\nСретта Тхависин: Мы согласны."
)


def _speakers(analyse, text: str) -> dict[int, str]:
    """Each claim's value → the name of its speaker ("" for none)."""
    ctx = analyse(Document(id="t", text=text, date=DAY))
    names = {key: e.name for key, e in ctx.entities.items()}
    return {int(c.value): names.get(c.speaker, c.speaker) for c in extract_claims(ctx)}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Как отметил министр торговли Вьетнама Нгуен Хонг Зиен, к 2030 году этот показатель "
         "можно довести до 35 млрд долларов.", "Нгуен Хонг Зиен"),
        ("По словам министра торговли Вьетнама Нгуен Хонг Зиена, к 2030 году товарооборот "
         "достигнет 35 млрд долларов.", "Нгуен Хонг Зиен"),
        # must-not: the turn's speaker's own words stay his
        ("Мы уверены, что к 2030 году товарооборот достигнет 35 млрд долларов.", "Нгуен Ван Ан"),
    ],
)  # fmt: skip
def test_a_sentence_cited_inside_a_turn_is_its_speakers(analyse, sentence: str, speaker: str):
    said = _speakers(analyse, _TRANSCRIPT.format(sentence))
    assert speaker in said[35_000_000_000]
    assert "Нгуен Ван Ан" in said[20_000_000_000]  # the sentence before stays the turn's


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Япония договорилась открыть Непалу кредитную линию в 200 млн долларов.",
         ("кредитная линия", 200000000, "USD", "target")),
        ("Китай открыл Пакистану кредитную линию в 100 млн долларов.",
         ("кредитная линия", 100000000, "USD", "actual")),
        # must-nots: "на" as before, a metric noun's own "в"
        ("Китай открыл Пакистану кредитную линию на 100 млн долларов.",
         ("кредитная линия", 100000000, "USD", "actual")),
        ("Египет предоставил Иордании кредит в 300 млн долларов.",
         ("кредит", 300000000, "USD", "actual")),
    ],
)  # fmt: skip
def test_a_sum_in_a_noun_sizes_it(analyse, text: str, row: tuple):
    assert row in claim_rows(analyse, text, FIELDS, DAY)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Товарооборот между Египтом и Иорданией составил 20 млрд долларов, при этом экспорт "
         "составил 12 млрд долларов, а импорт — 8 млрд долларов. Стороны намерены довести этот "
         "показатель до 30 млрд долларов.",
         ("товарооборот", 30000000000, "USD", "target")),
        # must-not: a part is no more than its whole: a larger figure after "при этом" is none
        ("Экспорт Чили в Перу составил 8 млрд долларов, при этом импорт достиг 12 млрд "
         "долларов. Стороны намерены довести этот показатель до 15 млрд долларов.",
         ("импорт", 15000000000, "USD", "target")),
        # must-not: no "при этом", a contrast: the nearest
        ("Экспорт Чили в Перу составил 12 млрд долларов, а импорт — 8 млрд долларов. Стороны "
         "намерены довести этот показатель до 10 млрд долларов.",
         ("импорт", 10000000000, "USD", "target")),
    ],
)  # fmt: skip
def test_parts_after_at_that_are_of_the_total(analyse, text: str, row: tuple):
    assert row in claim_rows(analyse, text, FIELDS, DAY)
