"""Speech after a colon set in wiki italics ("заявил: ''…''."): the italics' apostrophes
before the closing stop are no words of the quote, as they are none at its start (quotes39)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Президент Бразилии Луис Инасиу Лула да Силва заявил журналистам: ''Аргентина "
            "остаётся нашим главным партнёром в регионе''.",
            "Аргентина остаётся нашим главным партнёром в регионе.",
        ),
        (
            "Министр иностранных дел Турции Хакан Фидан заявил: ''Мы готовы к диалогу с "
            "Грецией без условий''!",
            "Мы готовы к диалогу с Грецией без условий!",
        ),
        # an italic name inside the words keeps its marks
        (
            "Министр иностранных дел Греции Георгиос Герапетритис заявил: ''Газета "
            "''Kathimerini'' ошиблась в оценках''.",
            "Газета ''Kathimerini'' ошиблась в оценках.",
        ),
        # a name in italics ends the words: its marks close what they opened
        (
            "Министр иностранных дел Греции Георгиос Герапетритис заявил: Мы каждый день "
            "читаем газету ''Kathimerini''.",
            "Мы каждый день читаем газету ''Kathimerini''.",
        ),
    ],
)
def test_italics_end_no_colon_speech(said, text: str, expected: str) -> None:
    assert [words for _, words in said(text)] == [expected]
