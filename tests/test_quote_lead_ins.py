"""A quotation that is a sentence of its own right after a sentence saying its person spoke
("X был краток. «…»", "X обратился к жителям. «…»", "X прокомментировал поражение. «…»")
is that person's words; not after a sentence of no saying ("X прибыл в Токио. «…»"), one
whose subject names no one, one with words of its own, nor past a narrator's sentence."""

from __future__ import annotations

import pytest

RENAULT = "Глава концерна Renault Лука де Мео"
PLANTS = "Мы не продадим ни одного завода во Франции в этом году"
FIRE = "Немедленно покиньте дома в северных районах, огонь приближается"
CROATIA = "Тренер сборной Хорватии Златко Далич"
LOST = "Мы проиграли сильнейшей команде турнира, стыдиться нечего"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (f"{RENAULT} был краток. «{PLANTS}».", "Лука де Мео", PLANTS),
        (f"{RENAULT} был категоричен на встрече с профсоюзами в Париже. «{PLANTS}».",
         "Лука де Мео", PLANTS),
        ("Лесные пожары подошли к пригородам Гвадалахары. Мэр Гвадалахары Пабло Лемус "
         f"обратился к жителям. «{FIRE}».", "Пабло Лемус", FIRE),
        (f"Хорватия уступила Испании в полуфинале. {CROATIA} прокомментировал поражение. "
         f"«{LOST}».", "Златко Далич", LOST),
    ],
)  # fmt: skip
def test_a_quotation_after_a_sentence_of_speaking_is_its_subjects(said, text, speaker, quote):
    assert said(text) == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a sentence of no saying before, an unnamed subject, a narrator's
        # sentence between, a quoted name the sentence goes on after, a film's title
        f"{RENAULT} прибыл в Токио. «{PLANTS}».",
        f"Представитель концерна Renault был краток. «{PLANTS}».",
        f"{RENAULT} был краток. Переговоры продлятся два дня. «{PLANTS}».",
        f"{CROATIA} прокомментировал поражение. «Динамо» выиграло у «Хайдука» со счётом 2:1.",
        f"{CROATIA} прокомментировал фильм. «Последний матч».",
        f"{RENAULT} был краток.\n«{PLANTS}».",
    ],
)
def test_no_quotation_without_a_speaking_subject_right_before(said, text):
    assert said(text) == []
