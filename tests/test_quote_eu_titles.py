"""The EU's officers named again by their office ("— сказала глава евродипломатии", "—
заявила глава Еврокомиссии") are the one person named before who holds it (epithets.tsv),
no one where none does (quotes30)."""

from __future__ import annotations

import pytest

KALLAS = (
    "Глава европейской дипломатии Кая Каллас провела переговоры с министром иностранных дел "
    "Армении Араратом Мирзояном. "
)
PEACE = "Евросоюз поддерживает мирный процесс между Арменией и Азербайджаном"
LEYEN = "Председатель Еврокомиссии Урсула фон дер Ляйен посетила Тирану. "
TALKS = "Албания может завершить переговоры о вступлении к 2027 году"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (KALLAS + f"«{PEACE}», — сказала глава евродипломатии.", [("Кая Каллас", PEACE)]),
        ("Верховный представитель ЕС по иностранным делам Кая Каллас прибыла в Ереван. "
         f"«{PEACE}», — сказала глава евродипломатии.", [("Кая Каллас", PEACE)]),
        (LEYEN + f"«{TALKS}», — заявила глава Еврокомиссии.", [("Урсула фон дер Ляйен", TALKS)]),
        # must-not: an office no one named holds
        (KALLAS + f"«{PEACE}», — заявила глава Еврокомиссии.", []),
        (LEYEN + f"«{TALKS}», — сказала глава евродипломатии.", []),
    ],
)  # fmt: skip
def test_an_eu_officer_named_again_by_the_office(said, text, expected):
    assert said(text) == expected
