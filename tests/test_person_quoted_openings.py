"""A preposition opening a sentence right after an opening quotation mark or a dialogue's
dash (`"По Мендосе решение уже принято…`) is no syllable of a name, as it is none where
it opens the sentence bare (names87, forty-sixth pass; own sentences about Peru, Chile,
Estonia, Latvia)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

LEAD = "Министр торговли Перу Хорхе Мендоса остался в совете. "


@pytest.mark.parametrize(
    "quoted",
    [
        '"По Мендосе решение уже принято, поэтому он и остался", объяснил собеседник.',
        "«По Мендосе решение уже принято», — объяснил собеседник.",
        "По Мендосе решение уже принято, объяснил собеседник.",
    ],
)
def test_quoted_opening_preposition(run: Callable[[str], Extraction], quoted: str) -> None:
    assert person_names(run(LEAD + quoted)) == {"Хорхе Мендоса"}


def test_quoted_opening_name_kept(run: Callable[[str], Extraction]) -> None:
    # must not: a full name opening the quotation stays whole
    text = 'Глава МИД Чили выступил в Лиме. "Сантьяго Пенья прибыл в Перу", сообщило агентство.'
    assert "Сантьяго Пенья" in person_names(run(text))
