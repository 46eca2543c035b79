"""Another's words an outlet or a person passes on, the words put first ("Слова президента
Эквадора Гильермо Лассо приводит газета: «…»"): the owner's, whose name the parser may
hang on the later subject; never the subject's who passes them on, even where the owner
is unnamed."""

from __future__ import annotations

import pytest

BORDER = "Мы не допустим эскалации на границе с Колумбией"
GUARD = "Колумбия усилит охрану границы с Эквадором"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            f"Слова президента Эквадора Гильермо Лассо приводит газета El Universo: «{BORDER}».",
            "Гильермо Лассо",
            BORDER,
        ),
        (
            f"Слова президента Колумбии Ивана Дуке приводит министр иностранных дел Эквадора "
            f"Хуан Карлос Ольгин: «{GUARD}».",
            "Иван Дуке",
            GUARD,
        ),
    ],
)
def test_words_put_first_are_the_owners(said, text: str, speaker: str, quote: str) -> None:
    assert said(text) == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        # the owner is unnamed: the minister only passes the words on
        f"Слова президента Колумбии приводит министр иностранных дел Эквадора Хуан Карлос "
        f"Ольгин: «{GUARD}».",
        f"Министр иностранных дел Эквадора Хуан Карлос Ольгин привёл слова президента "
        f"Колумбии: «{GUARD}».",
    ],
)
def test_words_passed_on_are_not_the_subjects(said, text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Министр иностранных дел Эквадора Густаво Манрике передал слова поддержки народу "
         "Колумбии: «Мы с вами в этот трудный час».", "Густаво Манрике"),
    ],
)  # fmt: skip
def test_words_of_a_feeling_passed_on_are_the_subjects(said, text: str, speaker: str) -> None:
    """Words of support or of thanks one passes on are one's own (review35)."""
    assert [who for who, _ in said(text)] == [speaker]
