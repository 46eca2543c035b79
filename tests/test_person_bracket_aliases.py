"""A name's other names in brackets after it, a secular name ("Феодор (в миру — Николаос
Кирьякос)") or a list of them, are the same person; a list of persons in brackets after a
noun, or after places, is not (sentences about Greece, Cyprus, Serbia, Montenegro)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def persons(ex: Extraction) -> int:
    return len([e for e in ex.entities if e.type == "Person"])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Архиепископ Феодор (в миру — Николаос Кирьякос) посетил Кипр и Грецию.", 1),
        ("Патриарх Порфирий (в миру — Мирослав Перич) прибыл из Сербии в Черногорию.", 1),
        # must not: persons listed in brackets, or each after its state
        ("Стороны (Иван Петров, Сергей Сидоров) подписали протокол в Греции.", 2),
        ("В переговорах участвовали Никос Папас (Греция), Андреас Костас (Кипр).", 2),
    ],
)
def test_bracketed_names(run: Callable[[str], Extraction], text: str, count: int) -> None:
    assert persons(run(text)) == count
