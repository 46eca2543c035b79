"""Quotation marks after "формулировка" give a decision's wording ("присуждена премия с
формулировкой «…»", "уволен с формулировкой «…»"), a name of the text, not anyone's speech,
whoever "об этом сообщил" after it (quotes39)."""

from __future__ import annotations

import pytest

WORDING = "За вклад в примирение народов Южной Америки"


@pytest.mark.parametrize(
    "text",
    [
        f"Премия мира присуждена президенту Бразилии с формулировкой «{WORDING}». Об этом "
        "сообщил председатель комитета Йорген Фрюднес.",
        f"Министр иностранных дел Аргентины Диана Мондино сообщила, что формулировка «{WORDING}» "
        "была согласована с Бразилией.",
    ],
)
def test_a_wording_is_no_ones_speech(said, text: str) -> None:
    assert said(text) == []


def test_words_said_of_a_wording_stay_the_speakers(said) -> None:
    """The wording named inside speech does not end the speaker's own quotation."""
    text = (
        "«Мы предложили формулировку о примирении народов, и Бразилия её приняла», — сказала "
        "министр иностранных дел Аргентины Диана Мондино."
    )
    assert said(text) == [
        (
            "Диана Мондино",
            "Мы предложили формулировку о примирении народов, и Бразилия её приняла",
        )
    ]
