"""One post told with its body named in full once and by its initials once ("главы
Национального разведывательного управления", "главы НРУ"): one appointment, not two; another
body's initials stay another post. Sentences of our own about other states (events93)."""

from __future__ import annotations

import pytest

from kg.extract.identity import offices_agree

AGREE = [
    ("главы нру", "главы национального разведывательного управления"),
    ("главы национального разведывательного управления", "главы нру"),
]

APART = [
    ("главы фбр", "главы национального разведывательного управления"),
    ("главы нру", "главы налоговой службы"),
    ("министра иностранных дел", "министра внутренних дел"),
]


@pytest.mark.parametrize(("a", "b"), AGREE)
def test_initials_name_the_body_told_in_full(a, b) -> None:
    assert offices_agree(a, b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_other_initials_are_another_post(a, b) -> None:
    assert not offices_agree(a, b)


TWICE = [
    "Генерал Хуан Перес назначен на пост главы Национального разведывательного управления. "
    "Сообщается, что Х.Перес назначен на пост главы НРУ по решению президента Колумбии.",
    "Генерал Хуан Перес назначен на пост главы НРУ. Генерал Хуан Перес назначен на пост "
    "главы Национального разведывательного управления (НРУ).",
]


@pytest.mark.parametrize("text", TWICE)
def test_one_appointment_told_by_initials_and_in_full(events, text) -> None:
    appointments = [e for e in events(text, "2024-05-02") if e.kind == "Appointment"]
    assert len(appointments) == 1


def test_two_bodies_two_appointments(events) -> None:
    text = (
        "Генерал Хуан Перес назначен на пост главы НРУ. Генерал Хуан Перес назначен на пост "
        "главы Федерального бюро расследований."
    )
    appointments = [e for e in events(text, "2024-05-02") if e.kind == "Appointment"]
    assert len(appointments) == 2
