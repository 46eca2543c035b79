"""A one-letter last syllable of a three-word East-Asian name that the sentence's stop
follows ("встретился с Ли Куан Ю.") stays in the name, as it does before a verb; own
sentences about Singapore–Malaysia, Korea–Japan. Must-nots: a Russian initial before or
after a surname, a name of two words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Премьер Малайзии встретился в Сингапуре с Тан Чон Ю.", "Тан Чон Ю"),
        ("Премьер Малайзии встретился с Тан Чон Ю. Переговоры прошли в Сингапуре.",
         "Тан Чон Ю"),
        ("Министр Японии встретился с послом Республики Корея Пак Сон Ю.", "Пак Сон Ю"),
        # the same name before a verb
        ("Посол Республики Корея Пак Сон Ю прибыл в Токио.", "Пак Сон Ю"),
        # must-nots: initials
        ("Доклад о Японии и Корее подготовил Ю. Петров.", "Петров"),
        ("Доклад о Японии и Корее подготовил Петров Ю.", "Петров"),
    ],
)  # fmt: skip
def test_name(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert person_names(run(text)) == {name}
