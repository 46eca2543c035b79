"""A Romanian, Georgian or Spanish surname in "-у"/"-и"/"-о" that never declines keeps its
ending after a first name in an oblique case ("По словам Виктора Понту": Виктор Понту, not
Виктора Понту nor Виктор Понт; forty-sixth pass, h-names86, own sentences about Moldova,
Romania, Georgia, Armenia, Peru, Chile). Passing before the pass: a guard for the class the
brief names, with declining neighbours that must keep declining."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ("По словам Виктора Понту, Румыния поддержит Молдавию.", "Виктора Понту", "Виктор Понту"),
        ("Правительство Виктора Понту ушло в отставку.", "Виктора Понту", "Виктор Понту"),
        ("Президент Молдавии рассказал о Викторе Понту.", "Викторе Понту", "Виктор Понту"),
        (
            "Президент Молдавии встретился со Штефаном Ботезату.",
            "Штефаном Ботезату",
            "Штефан Ботезату",
        ),
        (
            "По словам Тамары Чиковани, Грузия поддержит Армению.",
            "Тамары Чиковани",
            "Тамара Чиковани",
        ),
        ("Президент Чили позвонил Габриэлю Морено.", "Габриэлю Морено", "Габриэль Морено"),
        # must: a surname that declines comes to its nominative
        (
            "По словам Левана Гахарии, Грузия поддержит Армению.",
            "Левана Гахарии",
            "Леван Гахария",
        ),
        ("По словам Мигеля Кастро, Перу поддержит Чили.", "Мигеля Кастро", "Мигель Кастро"),
        ("Визит Мирчи Снегура в Таллин завершился.", "Мирчи Снегура", "Мирча Снегур"),
    ],
)
def test_undeclined_surname_keeps_its_vowel(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(run(text))[mention] == person


def test_lone_surname_after_it_joins(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "По словам Виктора Понту, Румыния поддержит Молдавию. Понту также заявил, что визит "
        "в Кишинев важен."
    )
    assert mention_persons(ex)["Понту"] == "Виктор Понту"
