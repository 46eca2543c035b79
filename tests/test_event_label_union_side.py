"""A meeting's label names a person acting for an organization or a union beside the states
it names where persons do not stand for every state: the head of the European Commission
met an unnamed president ("Встреча Перу и Урсулы фон дер Ляйен", not "Встреча Перу").
Sentences of our own (pass forty-two, h-misc43), must-nots included."""

from __future__ import annotations

import pytest

CASES = [
    ("Председатель Еврокомиссии Урсула фон дер Ляйен встретилась с президентом Перу.",
     "Встреча Перу и Урсулы фон дер Ляйен"),
    ("Генеральный секретарь НАТО Марк Рютте провёл переговоры с премьер-министром Латвии.",
     "Переговоры Латвии и Марка Рютте"),
    ("Генсек ООН Антониу Гутерриш встретился с президентом Перу и президентом Чили.",
     "Встреча Перу, Чили и Антониу Гутерриша"),
    # must-nots: persons who stand for every side; two unnamed states' titles
    ("Президент Турции Реджеп Тайип Эрдоган провёл переговоры с главой Еврокомиссии Урсулой "
     "фон дер Ляйен.", "Переговоры Реджепа Тайипа Эрдогана и Урсулы фон дер Ляйен"),
    ("Президент Перу встретился с премьер-министром Эстонии Кристеном Михалом.",
     "Встреча Перу и Эстонии"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), CASES)
def test_meeting_label_names_the_union_side(events, text: str, label: str) -> None:  # noqa: ANN001
    labels = [e.label for e in events(text, "2025-03-10") if e.kind in {"Meeting", "Talks"}]
    assert labels == [label]
