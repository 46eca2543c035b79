"""The post before a rank and a name across the post's genitive complement ("командующий
войсками Северного военного округа генерал-полковник X"), the new post an appointment gives
such a holder, the words of an appointed post's complement, and the post a passive removal
or a ranked subject's leaving ends (h-offices51, the forty-fifth pass; own sentences about
Chile and Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str, bool]  # office, state, past


CASES = [
    ("Новым главнокомандующим сухопутными войсками Чили назначен командующий войсками "
     "Северного военного округа генерал-полковник Хавьер Итурриага.",
     "Итурриага", {("главнокомандующий сухопутными войсками", "state/CHL", False),
                   ("командующий войсками Северного военного округа", "", False)}),
    ("Новым командующим войсками Северного военного округа назначен генерал-лейтенант "
     "Педро Кастильо.",
     "Кастильо", {("командующий войсками Северного военного округа", "", False)}),
    ("Вчера уволен в запас командующий войсками Южного военного округа Перу "
     "генерал-полковник Хорхе Рамирес.",
     "Рамирес", {("командующий войсками Южного военного округа", "state/PER", True),
                 ("генерал-полковник", "state/PER", False)}),
    ("Министр обороны Чили Хорхе Рамирес уволен.",
     "Рамирес", {("министр обороны", "state/CHL", True)}),
    ("Генерал Луис Перес покинул пост министра обороны Перу.",
     "Перес", {("министр обороны", "state/PER", True), ("генерал", "", False)}),
    # the news present of leaving ends the post at the document's date (h-offices53)
    ("Генерал армии Луис Перес покидает пост главнокомандующего сухопутными войсками Перу.",
     "Перес", {("главнокомандующий сухопутными войсками", "state/PER", True),
               ("генерал армии", "", False)}),
    # the rank's age is no word of the post; a body's own parent is none of the post's
    # (h-fix45a); the rank is of the post's state across its complement (h-orgs59)
    ("В пятницу суд Сантьяго приговорил бывшего командира армии Перу 72-летнего генерала "
     "Хорхе Рамиреса к 20 годам лишения свободы.",
     "Рамирес", {("командир", "state/PER", True), ("генерал", "state/PER", False)}),
    ("Вчера в Лиму прибыл начальник ДИНЕ Генштаба Вооруженных сил Перу генерал-полковник "
     "Хорхе Рамирес.",
     "Рамирес", {("начальник", "org/dine", False)}),
    # must not: a complement with no body taken out keeps its words
    ("Вчера в Лиму прибыл начальник штаба Вооруженных сил Перу генерал-полковник Хорхе "
     "Рамирес.",
     "Рамирес", {("начальник штаба Вооруженных сил", "state/PER", False)}),
    # must not: a preposition's words after the post left are none of it
    ("Луис Перес ушёл с поста министра обороны Перу в знак протеста.",
     "Перес", {("министр обороны", "state/PER", True)}),
    # must not: freed is no removal; a rank right after its office is none (h-names157);
    # a national team's coach serves no state
    ("Министр обороны Чили Хорхе Рамирес освобожден.",
     "Рамирес", {("министр обороны", "state/CHL", False)}),
    ("Министр обороны Чили генерал-полковник Хорхе Рамирес посетил Лиму.",
     "Рамирес", {("министр обороны", "state/CHL", False)}),
    ("Главным тренером сборной Перу назначен 45-летний специалист Хорхе Фоссати.",
     "Фоссати", {("главный тренер", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_rank_posts(extraction_of, text: str, surname: str, expected: set[Holding]) -> None:
    """The posts around a rank before a name."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname) == expected
