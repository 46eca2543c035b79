"""A kin noun, a man's name in the genitive and a man's first name in the nominative ("брат
Гонсалеса Майкл"): two persons, the owner and his kin, not a surname-first "Гонсалес
Майкл" — a man's surname in a consonant would decline with the first ("Гонсалеса Майкла")
(own sentences about Chile, Peru)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import person_names

from kg.model import Extraction


def test_kin_first_name_apart(run: Callable[[str], Extraction]) -> None:
    names = person_names(
        run(
            "Советник президента Чили Томас Гонсалес уходит в отставку. Его место займет "
            "брат Гонсалеса Майкл, сообщили в Сантьяго."
        )
    )
    assert "Гонсалес Майкл" not in names
    assert "Томас Гонсалес" in names


def test_woman_undeclined_surname_stays(run: Callable[[str], Extraction]) -> None:
    # a woman's surname that is a man's first name does not decline ("Людмилы Касьян")
    text = "Прокуратура Перу расследует убийство Людмилы Касьян в Лиме."
    assert "Людмила Касьян" in person_names(run(text))
