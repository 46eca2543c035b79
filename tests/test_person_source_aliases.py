"""A name in brackets after another, past the original script and "В источниках также:"
or "также:", is the same person's other spelling ("Кэйитиро Танака (田中敬一郎 В
источниках также: Кейчиро Танака)") (own sentences about Japan, Chile, Peru); a person
the brackets list after a noun, or a state in brackets, stays apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def persons(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Посол Японии Кэйитиро Танака (田中敬一郎 В источниках также: Кейчиро Танака) "
         "прибыл в Чили.", {"Кэйитиро Танака"}),
        ("Министр Японии Сюнъити Судзуки (также: Шуничи Сузуки) посетил Перу.",
         {"Сюнъити Судзуки"}),
        # must not: persons listed in brackets after a noun
        ("Стороны (Андрес Рамос, Хосе Гомес) подписали протокол в Чили.",
         {"Андрес Рамос", "Хосе Гомес"}),
    ],
)  # fmt: skip
def test_aliases(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert persons(run(text)) == names
