"""A title parted from its name by a participle clause between commas ("Спикер Сената,
объявивший перед началом минуту молчания, Андрес Сальдивар заявил") is the name's, as the
title right before it would be; a name inside the clause, or one joined by "и", is not its
holder. Sentences of our own about Chile–Peru and Estonia–Latvia (pass forty-six,
h-offices55). The first row's state was "" while two states are named; since h-names161 a
state the text names as the party dealt with ("с Перу") no longer counts, so the one left,
Chile, is the speaker's, as it is (seventy-first pass, changed on purpose)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Спикер Сената, объявивший перед началом минуту молчания, Андрес Сальдивар заявил, что "
     "Чили готова к переговорам с Перу.", "Сальдивар", {("спикер", "state/CHL", False)}),
    ("Министр иностранных дел Перу, прибывший утром в Сантьяго, Хавьер Гонсалес заявил, что "
     "переговоры начнутся в мае.", "Гонсалес", {("министр иностранных дел", "state/PER", False)}),
    ("Премьер-министр Эстонии, выступавшая на открытии сессии, Кая Каллас заявила, что Латвия "
     "остаётся союзником.", "Каллас", {("премьер-министр", "state/EST", False)}),
    # must-nots: the name the participle governs, and a name joined by "и", hold nothing here
    ("Спикер Сената, поздравивший Андреса Сальдивара с победой, заявил, что Чили готова к "
     "переговорам.", "Сальдивар", set()),
    ("Министр иностранных дел Перу, прибывший утром в Сантьяго, и Хавьер Гонсалес обсудили "
     "границу.", "Гонсалес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_title_across_a_participle_clause(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
