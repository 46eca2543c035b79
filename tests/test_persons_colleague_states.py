"""The state of persons named after plural colleagues of a state (h-names127, the
fifty-ninth pass; own sentences about Chile–Argentina, Kenya–Tanzania, Peru–Bolivia,
Indonesia–Malaysia, Poland–Czechia).

"Министр … Чили X и министр … Чили Y провели переговоры со своими аргентинскими коллегами
A и B": A and B are Argentina's; which office each holds is not told, so none. Must-nots:
colleagues of no state, journalists of a state (a profession takes no state its title does
not name), colleagues of two states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

CASES = [
    ("Министр иностранных дел Чили Альберто ван Кляверен и министр обороны Чили Майя "
     "Фернандес провели в Буэнос-Айресе консультации со своими аргентинскими коллегами "
     "Дианой Мондино и Луисом Петри.",
     {"Мондино": ("state/ARG", ""), "Петри": ("state/ARG", "")}),
    ("Министр финансов Кении Джон Мбаде встретился с коллегами из Танзании Мвигулу Нчембой, "
     "Китило Мкумбо и Ашатой Мвинхумбой.",
     {"Нчемб": ("state/TZA", ""), "Мкумбо": ("state/TZA", ""), "Мвинхумб": ("state/TZA", "")}),
    ("Глава МИД Перу Хавьер Гонсалес-Олаэчеа обсудил в Лиме торговлю с боливийскими коллегами "
     "Селиндой Сосой и Марсело Монтенегро.",
     {"Сос": ("state/BOL", ""), "Монтенегро": ("state/BOL", "")}),
    ("Министр иностранных дел Индонезии Сугионо провёл переговоры с малайзийскими коллегами — "
     "Мохамадом Хасаном и Зафрулом Азизом.",
     {"Хасан": ("state/MYS", ""), "Азиз": ("state/MYS", "")}),
    # must not: no state, journalists, two states
    ("Министр иностранных дел Польши Радослав Сикорский провёл переговоры со своими коллегами "
     "Яном Липавским и Мартином Дворжаком.",
     {"Липавск": ("", ""), "Дворжак": ("", "")}),
    ("Министр иностранных дел Польши Радослав Сикорский встретился в Праге с чешскими "
     "журналистами Яном Новаком и Петром Горачеком.",
     {"Новак": ("", "журналист"), "Горачек": ("", "журналист")}),
    ("Министр иностранных дел Польши Радослав Сикорский встретился с коллегами из Чехии и "
     "Словакии Яном Липавским и Юраем Бланаром.",
     {"Липавск": ("", ""), "Бланар": ("", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_colleague_states(
    extraction_of: Callable[..., Extraction], text: str, expected: dict[str, tuple[str, str]]
) -> None:
    """Each named person's state and office ("" none)."""
    ex = extraction_of(text, "2024-05-15", "offices")
    for stem, held in expected.items():
        found = [e for e in ex.entities if e.type == "Person" and stem in e.name]
        assert [(e.state, e.office) for e in found] == [held], (stem, found)
