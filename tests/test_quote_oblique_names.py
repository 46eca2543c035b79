"""A woman's first name the dictionary reads in the singular only in an oblique case
("Ольги", "Анны") is no apposition to the nominative title of a verb's subject: "Адвокат
Ольги X сказал" is her lawyer's words, and the lawyer is not named, whatever gender the
verb the parse hung on her name told of her. A woman's name in the nominative after her
title still speaks."""

from __future__ import annotations

import pytest

WORDS = "«не нарушала ни одного закона Украины и Польши»"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # her agent or lawyer, not named, speaks
        (f"Адвокат Ольги Стефанишиной сказал, что его подзащитная {WORDS}.", ""),
        (f"Агент Анны Мельник заявил журналистам, что её семья {WORDS}.", ""),
        # a name in the nominative after its title speaks
        (f"Пресс-секретарь МИД Польши Анна Ковальская заявила: {WORDS}.", "Ковальская"),
        (f"Посол Украины в Польше Ольга Стефанишина сказала, что Киев {WORDS}.", "Стефанишина"),
        (f"Адвокат Марек Новак сказал, что его подзащитная {WORDS}.", "Новак"),
    ],
)
def test_title_before_a_name(said, text: str, speaker: str) -> None:
    found = {who for who, words in said(text) if "нарушала" in words}
    assert len(found) == bool(speaker) and all(speaker in who for who in found), found
