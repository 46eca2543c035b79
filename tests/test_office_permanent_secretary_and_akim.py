"""Two posts news names before officials that the table's training split lacked: a
ministry's permanent secretary in the Commonwealth's and Africa's governments ("постоянный
секретарь министерства торговли Ганы X": no mere "секретарь"), and the head of a region or a
city of Kazakhstan or Kyrgyzstan ("акимом Шымкента X": аким, Kazakhstan, the city's state).
Must-nots: a Russian first name "Аким" holds no post; a bare "секретарь" keeps its office
(sixty-ninth pass, h-names154; own sentences about Ghana, Kenya, India, Turkey)."""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name

CASES = [
    ("Посол Индии встретился с постоянным секретарём министерства торговли Ганы Кваку "
     "Агьеманом.", {"Кваку Агьеман": {"постоянный секретарь министерства торговли state/GHA"}}),
    ("Постоянный секретарь министерства иностранных дел Кении Питер Кирими встретился с "
     "послом Индии.",
     {"Питер Кирими": {"постоянный секретарь министерства иностранных дел state/KEN"}}),
    ("Посол Турции встретился с акимом Шымкента Габитом Сыздыкбековым.",
     {"Габит Сыздыкбеков": {"аким state/KAZ"}}),
    # must not: the first name "Аким"; a secretary of no rank keeps his office
    ("Аким Иванов, житель Самары, выиграл турнир.", {"Аким Иванов": set()}),
    ("Секретарь министерства финансов Ганы Джон Оби встретился с послом Индии.",
     {"Джон Оби": {"секретарь министерства финансов state/GHA"}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offices"), CASES)
def test_permanent_secretary_and_akim(
    extraction_of, text: str, offices: dict[str, set[str]]
) -> None:
    """The post read whole, with the state of its ministry or city."""
    held = offices_by_name(extraction_of(text, "2026-11-20", "offices"), with_state=True)
    assert {name: held.get(name, set()) for name in offices} == offices
