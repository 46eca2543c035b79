"""A one-word name the gazetteer finds only in quotes (kind `QuotedName`: "Рейтер" is also a
word) is found right after a noun of its kind too ("агентство Рейтер", "агентства Рейтер"),
which says it is the organization's name as quotes do; bare, it stays unread. Sentences of
our own about other states (forty-third pass, h-links72), read with the shipped gazetteer."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

REUTERS = "org/Q130879"


@pytest.fixture(scope="module")
def keys():  # noqa: ANN201
    read = shipped_reader()
    return lambda text: {m.text: m.entity for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщает агентство Рейтер со ссылкой на МИД Перу.",
        "По данным агентства Рейтер, Чили отозвала посла из Перу.",
        "Президент Эстонии дал интервью агентству Рейтер.",
        "Об этом сообщает агентство «Рейтер».",
    ],
)
def test_a_quoted_name_after_its_kind_noun(keys, text: str) -> None:  # noqa: ANN001
    assert keys(text).get("Рейтер") == REUTERS


def test_must_not_the_word_alone(keys) -> None:  # noqa: ANN001
    """Without quotes or a kind noun the word is no organization's."""
    assert REUTERS not in keys("Рейтер скакал по полю у границы Чили и Перу.").values()
