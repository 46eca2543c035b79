"""A level agreed on is read from the topic's own phrase only (seventy-second pass,
h-review74): "договорились о сотрудничестве в рамках стратегического партнёрства" lost the
arrangement, the level found deep in a frame of the topic ("в рамках", "в духе")
(`common.level_words.level_topic`). Must-nots: the level itself agreed on stays the level
only, raising relations to a level too.

Own sentences about Egypt–India, Nepal–Bhutan, Ghana–Togo, Kenya–Tanzania."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.model import Document

DAY = "2026-06-04"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # musts (were none): the arrangement, the level only its frame
        ("Египет и Индия договорились о сотрудничестве в рамках стратегического партнёрства.",
         ["Договорённость о сотрудничестве"]),
        ("Непал и Бутан договорились об укреплении связей в духе стратегического партнёрства.",
         ["Договорённость об укреплении связей в духе стратегического партнёрства"]),
        ("Гана и Того договорились о расширении торговли в рамках союзнических отношений.",
         ["Договорённость о расширении торговли"]),
        # must-nots: the level agreed on, or raised to, is the level only
        ("Кения и Танзания договорились о стратегическом партнёрстве.", []),
        ("Египет и Индия договорились о повышении уровня отношений до стратегического "
         "партнёрства.", []),
        ("Непал и Бутан договорились о выводе отношений на уровень всеобъемлющего "
         "стратегического партнёрства.", []),
    ],
)  # fmt: skip
def test_a_level_is_read_from_the_topics_own_phrase(analyse, text, titles):
    ctx = analyse(Document(id="t", text=text, date=DAY))
    assert [a.title for a in read_agreements(ctx).facts] == titles
