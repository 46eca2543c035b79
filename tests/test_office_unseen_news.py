"""Offices on our own news sentences about other states and bodies (Egypt–Turkey,
Serbia–EU, Japan–Vietnam, Czechia–Poland): professions opening a sentence, party leaders,
offices of a body after its name, posts named in the sentence before (offices13)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

# A profession opening a sentence, which the tagger reads as a name's first word before a
# first name ("Политолог Игорь"), is still the person's title.
OPENERS = [
    ("Политолог Игорь Семенов считает, что Каир сблизится с Анкарой.", "Семенов",
     {("политолог", "", False)}),
    ("Каир и Анкара восстановили диалог. Эксперт Игорь Петров заявил, что это важно.",
     "Петров", {("эксперт", "", False)}),
    # must not: a surname before the first name is no title
    ("Соколов Игорь заявил, что Каир сблизится с Анкарой.", "Игорь", set()),
]  # fmt: skip


# A title's one-noun complement before the organization it names ("лидер партии «Фидес»"):
# the noun is the office's, the organization is served, before or after the name.
NAMED_BODIES = [
    ("Лидер партии «Фидес» Виктор Орбан выступил в Будапеште.", "Орбан",
     {("лидер партии", "org/fides", False)}),
    ("Алис Вайдель, лидер партии «Альтернатива для Германии», выступила в Берлине.",
     "Вайдель", {("лидер партии", "org/alternativa-dlya-germanii", False)}),
    ("Президент клуба «Фламенго» Родолфо Ландим прибыл в Буэнос-Айрес.", "Ландим",
     {("президент клуба", "org/flamengo", False)}),
    # must not: no organization named, or a state's leader
    ("Лидер консерваторов Кеми Баденок выступила в Лондоне.", "Баденок",
     {("лидер", "", False)}),
    ("Лидер оппозиции Венесуэлы Мария Корина Мачадо выступила в Каракасе.", "Мачадо",
     {("лидер оппозиции", "state/VEN", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), OPENERS + NAMED_BODIES)
def test_offices_on_unseen_news(extraction, text: str, surname: str, expected) -> None:  # noqa: ANN001
    """The person holds the offices the text gives; a must-not gives none or another."""
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
