"""A church's rank before a name, capitalised wherever it stands ("прибыл Первосвятитель
Неофит", "церкви Патриарх Кирилл"), is the person's office, never the first word of a
person's name ("Первосвятитель Неофит" a person of its own). Sentences of our own about
Bulgaria–Egypt, Serbia–Greece (events99)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_offices import holdings

from kg.model import Extraction

# (text, the person's name, the office)
GIVEN = [
    ("Первосвятитель Неофит провёл переговоры с премьер-министром Болгарии.", "Неофит",
     "первосвятитель"),
    ("В Каир прибыл Первосвятитель Неофит.", "Неофит", "первосвятитель"),
    ("В Каире Патриарх Неофит встретился с президентом Египта.", "Неофит", "патриарх"),
    ("Первосвятитель Сербской православной церкви Порфирий посетил Грецию.", "Порфирий",
     "первосвятитель"),
    ("Глава Элладской церкви Архиепископ Иероним встретился с премьер-министром Греции.",
     "Иероним", "архиепископ"),
    ("Католикос всех армян Гарегин II встретился с президентом Грузии.", "Гарегин II",
     "католикос"),
    # must keep: a lower-case rank, and a monarch's rank opening the sentence
    ("В Каир прибыл первосвятитель Неофит.", "Неофит", "первосвятитель"),
    ("Король Иордании Абдалла II встретился с президентом Египта.", "Абдалла II", "король"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), GIVEN)
def test_a_clergy_rank_is_the_office_of_the_name_after_it(
    run: Callable[[str], Extraction], text: str, name: str, office: str
) -> None:
    ex = run(text)
    names = {e.name for e in ex.entities if e.key.startswith("person/")}
    assert name in names
    assert not [n for n in names if n.lower().startswith(office.split()[0])]
    assert office in {o for o, _ in holdings(ex).get(name, set())}
