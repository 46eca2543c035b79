"""A city's delegation stands for the city's state where no mention names the city but the
gazetteer's cities know it ("В тот же день делегация Трабзона провела встречу с
премьер-министром Грузии X": a meeting of Georgia and Turkey, on the day of the signing
before). Must-nots: an unknown name's delegation adds no state; a capital's delegation keeps
its state. Sixty-eighth pass (h-events259); sentences of our own about Minsk–Astana,
Gomel–Kazakhstan, Trabzon–Georgia."""

from __future__ import annotations

import pytest

_DAY = "2026-07-02"

# (text, kind, the states of its one event of that kind, its date)
SIDES = [
    ("Мэр Батуми и мэр Трабзона в среду подписали соглашение о побратимстве. В тот же день "
     "делегация Трабзона провела встречу с премьер-министром Грузии Ираклием Кобахидзе.",
     "Meeting", {"state/GEO", "state/TUR"}, "2026-07-01"),
    ("Делегация Гомеля посетила Казахстан.", "Visit", {"state/BLR", "state/KAZ"}, _DAY),
    # must-nots: a capital's delegation as before; a name the gazetteer's cities lack
    ("Мэр Минска и мэр Астаны в среду подписали соглашение о побратимстве. В тот же день "
     "делегация Астаны провела встречу с премьер-министром Белоруссии Александром Турчиным.",
     "Meeting", {"state/BLR", "state/KAZ"}, "2026-07-01"),
    ("Делегация Зарубина посетила Казахстан.", "Visit", {"state/KAZ"}, _DAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states", "date"), SIDES)
def test_city_delegation_side(events, text: str, kind: str, states: set[str], date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, _DAY) if e.kind == kind]
    assert {k for k in event.participants if k.startswith("state/")} == states
    assert event.date == date
