"""A staff noun the tagger reads as a common noun ("Охранник") before a lone surname is
the master's staff, not the surname's office (names72, forty-first pass); a full name after
it is the guard's own, and a diplomat's short title before a lone surname is still the
office. Own sentences about Chile–Peru–Argentina, Italy–Egypt."""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name


@pytest.mark.parametrize(
    "text",
    [
        "Охранник Сото рассказал газете Перу о поездке в Чили.",
        "Охранник Макри дал показания полиции Чили.",
        "Водитель Мелони рассказал журналистам о визите в Египет.",
    ],
)
def test_guard_before_surname_gives_no_office(extraction, text: str) -> None:  # noqa: ANN001
    staff = {"охранник", "водитель"}
    assert not any(staff & o for o in offices_by_name(extraction(text, "2025-05-15")).values())


# must not: a full name after the noun is the guard himself; a diplomat's title stays
@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Охранник Хуан Перес рассказал газете Перу о поездке в Чили.", "Хуан Перес", "охранник"),
        ("Постпред Сото заявил, что Чили поддержит Перу.", "Сото", "постоянный представитель"),
    ],
)
def test_own_office_still_given(extraction, text: str, name: str, office: str) -> None:  # noqa: ANN001
    assert office in offices_by_name(extraction(text, "2025-05-15")).get(name, set())
