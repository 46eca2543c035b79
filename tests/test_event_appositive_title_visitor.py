"""A surname alone that opens a sentence before a state's office title set off by commas
("Рамирес, министр экономики Чили, прибыл в Лиму") is the holder the title describes
(`missed_names.surnames_before_state_titles`): the visit is his, with his state, where it
was the state's alone, and he holds the office. Must-nots: a city before a noun of no
office ("Лима, столица Перу, встретила министра"), a city before a title ("Мадрид, министр
экономики Испании, заявил"). Sentences of our own about Chile–Peru, Kenya–Egypt and
India–Japan (sixty-fourth pass, h-events234)."""

from __future__ import annotations

import pytest

from kg.model import Extraction

# (text, the visit's label, its visitor's name)
VISITS = [
    ("Рамирес, министр экономики Чили, прибыл в Лиму 5 ноября.", "Визит Рамиреса в Перу",
     "Рамирес"),
    ("Мудавади, глава МИД Кении, прилетел в Каир 5 ноября.", "Визит Мудавади в Египет", "Мудавади"),
    ("Гоял, министр торговли Индии, прибыл в Токио 5 ноября.", "Визит Гояла в Японию", "Гоял"),
]  # fmt: skip


def _persons(ex: Extraction) -> dict[str, str]:
    return {e.key: e.name for e in ex.entities if e.key.startswith("person/")}


@pytest.mark.parametrize(("text", "label", "name"), VISITS)
def test_the_titled_surname_travels(
    extraction,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    name: str,
) -> None:
    ex = extraction(text, "2026-11-20")
    (visit,) = [e for e in ex.facts["events"] if e.kind == "Visit"]
    assert visit.label == label
    assert name in [_persons(ex).get(p) for p in visit.participants]


@pytest.mark.parametrize(
    "text",
    [
        "Лима, столица Перу, встретила министра экономики Чили 5 ноября.",
        "Мадрид, министр экономики Испании, заявил о росте.",
    ],
)
def test_a_city_is_no_holder(
    extraction,  # noqa: ANN001 - the conftest fixture
    text: str,
) -> None:
    assert not _persons(extraction(text, "2026-11-20"))
