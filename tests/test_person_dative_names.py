"""A man's full name in the dative, after a first name that never declines, is brought to
the nominative, not kept as written as a person of its own: after a verb that governs a
dative ("позвонил Хосни Мубараку") or after the thing a giving verb gives ("вручил орден
Хосе Мухике"); a surname that never declines stays as written ("Шойгу", "Гросу",
"Фигейреду") (sentences about Egypt, Turkey, Chile, Peru, Uruguay, Moldova, Portugal)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент Турции позвонил Хосни Мубараку.", "Хосни Мубарак"),
        ("Премьер-министр Турции направил письмо Хосни Мубараку.", "Хосни Мубарак"),
        ("Президент Чили вручил орден Хосе Мухике.", "Хосе Мухика"),
        ("Президент Перу присвоил звание почётного гражданина Хосе Мухике.", "Хосе Мухика"),
        ("Президент Эстонии позвонил Юри Ратасу.", "Юри Ратас"),
    ],
)  # fmt: skip
def test_dative_name_in_nominative(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент Перу вручил орден Сергею Шойгу.", "Сергей Шойгу"),
        ("Президент Молдавии Майя Санду позвонила Игорю Гросу.", "Игорь Гросу"),
        ("Президент Молдавии позвонил Раду Гросу.", "Раду Гросу"),
        ("Президент Португалии вручил орден Хосе Фигейреду.", "Хосе Фигейреду"),
        ("Президент Перу вручил орден Хосе Альенде.", "Хосе Альенде"),
        ("Президент Молдавии позвонил Джованни Попеску.", "Джованни Попеску"),
        ("Президент Чили назначил Хосе Мухику министром.", "Хосе Мухика"),
    ],
)  # fmt: skip
def test_undeclined_surname_stays(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
