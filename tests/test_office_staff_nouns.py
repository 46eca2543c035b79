"""A noun of someone's staff opening a sentence before a lone surname is that person's
staff, not the person's office (fix41, forty-first pass); a diplomat's short title before a
lone surname still is the office. Own sentences about Chile–Peru, Egypt, Canada–Mexico."""

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


STAFF = [
    ("Хосе Сото живёт в Лиме. Прислуга Сото дала интервью газете Чили.", "Хосе Сото"),
    ("Карлос Перейра живёт в Мехико. Водитель Перейры дал показания полиции Канады.",
     "Карлос Перейра"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), STAFF)
def test_staff_noun_gives_no_office(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert not _offices(extraction(text, "2025-05-15")).get(name)


# must not: a diplomat's short title before a lone surname is still the office
@pytest.mark.parametrize(
    ("text", "name", "office"),
    [("Постпред Сото заявил, что Чили поддержит Перу.", "Сото", "постоянный представитель")],
)
def test_short_title_still_office(extraction, text: str, name: str, office: str) -> None:  # noqa: ANN001
    assert office in _offices(extraction(text, "2025-05-15")).get(name, set())
