"""A noun of someone's staff opening a sentence before a lone surname is that person's
staff, not the person's office (fix41, forty-first pass); a diplomat's short title before a
lone surname still is the office. Own sentences about Chile–Peru, Egypt, Canada–Mexico."""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name

STAFF = [
    ("Хосе Сото живёт в Лиме. Прислуга Сото дала интервью газете Чили.", "Хосе Сото"),
    ("Карлос Перейра живёт в Мехико. Водитель Перейры дал показания полиции Канады.",
     "Карлос Перейра"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), STAFF)
def test_staff_noun_gives_no_office(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert not offices_by_name(extraction(text, "2025-05-15")).get(name)


# must not: a diplomat's short title before a lone surname is still the office
@pytest.mark.parametrize(
    ("text", "name", "office"),
    [("Постпред Сото заявил, что Чили поддержит Перу.", "Сото", "постоянный представитель")],
)
def test_short_title_still_office(extraction, text: str, name: str, office: str) -> None:  # noqa: ANN001
    assert office in offices_by_name(extraction(text, "2025-05-15")).get(name, set())
