"""A man's surname in a consonant and "-у" after "ван", "дер", "фон", "дель" or "ла", in a
place only a dative stands ("вручил награду Педро ван дер Бергу"), is read in the
nominative (Берг), whatever case the tagger gave (names84, forty-fifth pass; own sentences
about Egypt, Turkey)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def _persons(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.key.startswith("person/")}


READ = [
    ("Президент Турции вручил награду Педро ван дер Бергу.", "Педро ван дер Берг"),
    ("Министр Египта вручил орден Карлосу фон Гуттенбергу в Каире.", "Карлос фон Гуттенберг"),
]


@pytest.mark.parametrize(("text", "name"), READ)
def test_particle_dative_read(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))


def test_subject_keeps_its_u(extraction) -> None:  # noqa: ANN001
    """must not: a subject's "-у" is no dative."""
    names = _persons(extraction("Посол Турции Питер ван дер Коху прибыл в Каир.", "2025-05-15"))
    assert "Питер ван дер Коху" in names
