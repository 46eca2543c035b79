"""One post told with its body named in full once and by its initials once ("главы
Национального разведывательного управления", "главы НРУ"): one appointment, not two; another
body's initials stay another post. Sentences of our own about other states (events93)."""

from __future__ import annotations

import pytest

from kg.extract.identity import offices_agree

AGREE = [
    ("главы нру", "главы национального разведывательного управления"),
    ("главы национального разведывательного управления", "главы нру"),
    ("главы нру сша", "главы национального разведывательного управления сша"),
]

APART = [
    ("главы фбр", "главы национального разведывательного управления"),
    ("главы нру", "главы налоговой службы"),
    ("министра иностранных дел", "министра внутренних дел"),
    # initials that spell the post's own noun, or a body of another state, are another post
    ("мэр боготы", "министр экономического развития"),
    ("глава мвд", "министр внешних дел"),
    ("главы свр", "главы службы военной разведки колумбии"),
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


def test_initials_of_a_body_with_another_state_are_another_post(events) -> None:
    text = (
        "Генерал Хуан Перес назначен на пост главы СВР. Генерал Хуан Перес назначен на пост "
        "главы службы военной разведки Колумбии."
    )
    appointments = [e for e in events(text, "2024-05-02") if e.kind == "Appointment"]
    assert len(appointments) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Генерал Хуан Перес назначен на пост главы НРУ. Генерал Хуан Перес вступит в должность "
        "главы Национального разведывательного управления в июне.",
        "Генерал Хуан Перес назначен на пост главы разведки. Генерал Хуан Перес вступит в "
        "должность главы разведки в июне.",
    ],
)
def test_an_appointment_made_is_not_dated_by_the_office_taken_later(events, text) -> None:
    """The date a coming entry into office gives is not the appointment's, which was made:
    merged, the month must not be read as a past one of the year before."""
    (appointment,) = [e for e in events(text, "2024-05-02") if e.kind == "Appointment"]
    assert appointment.status == "occurred"
    assert not appointment.date.startswith("2023")
