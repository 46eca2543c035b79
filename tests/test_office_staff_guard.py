"""A staff noun the tagger reads as a common noun ("Охранник") before a lone surname is
the master's staff, not the surname's office (names72, forty-first pass); a full name after
it is the guard's own, and a diplomat's short title before a lone surname is still the
office. Own sentences about Chile–Peru–Argentina, Italy–Egypt."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def _offices(ex: Extraction) -> dict[str, set[str]]:
    """Person name → the offices the text gives them."""
    names = {e.key: e.name for e in ex.entities}
    out: dict[str, set[str]] = {}
    for h in ex.facts["offices"]:
        if h.basis == "text":
            out.setdefault(names[h.person], set()).add(h.office)
    return out


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
    assert not any(staff & o for o in _offices(extraction(text, "2025-05-15")).values())


# must not: a full name after the noun is the guard himself; a diplomat's title stays
@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Охранник Хуан Перес рассказал газете Перу о поездке в Чили.", "Хуан Перес", "охранник"),
        ("Постпред Сото заявил, что Чили поддержит Перу.", "Сото", "постоянный представитель"),
    ],
)
def test_own_office_still_given(extraction, text: str, name: str, office: str) -> None:  # noqa: ANN001
    assert office in _offices(extraction(text, "2025-05-15")).get(name, set())
