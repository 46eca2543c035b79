"""A one-word name the gazetteer finds only in quotes (kind `QuotedName`: "Рейтер" is also a
word) is found right after a noun of its kind too ("агентство Рейтер", "агентства Рейтер"),
or after a verb of reporting in the present ("…, сообщает Рейтер"), which say it is the
organization's name as quotes do; bare, it stays unread. Sentences of
our own about other states (forty-third pass, h-links72), read with the shipped gazetteer."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

REUTERS = "org/Q130879"
TIME = "org/Q43297"


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


@pytest.mark.parametrize(
    ("text", "word", "key"),
    [
        ("Как сообщает Рейтер, Чили отозвала посла из Перу.", "Рейтер", REUTERS),
        ("Чили отозвала посла из Перу, передаёт Рейтер.", "Рейтер", REUTERS),
        ("Канада и Мексика подписали соглашение, пишет Тайм.", "Тайм", TIME),
    ],
)
def test_a_quoted_name_a_reporting_verb_cites(keys, text: str, word: str, key: str) -> None:  # noqa: ANN001
    assert keys(text).get(word) == key


def test_must_not_the_word_in_a_sentence_of_its_own(keys) -> None:  # noqa: ANN001
    """ "Тайм" of a match is no magazine."""
    assert TIME not in keys("Первый тайм матча Канады и Мексики закончился вничью.").values()
    assert TIME not in keys("Тайм закончился вничью, Мексика проиграла Канаде.").values()
