"""A region is a place, not an organization: natasha's ORG span of adjectives before a kind
of region written lower case ("Дашогузского велаята") or of that kind before the region's
name ("провинции Онтарио") is dropped; the region's body, named by a noun of its own
("Администрация провинции Онтарио", "Правительство провинции Квебек"), stays one.
Sixty-first pass (h-orgs75), sentences of our own about Turkmenistan–Uzbekistan,
Canada–USA and Mongolia–China."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Хокимияты Хорезмской области и Дашогузского велаята подписали соглашение о"
            " сотрудничестве.",
            "Дашогузского велаята",
        ),
        (
            "Власти Дашогузского велаята и Хорезмской области подписали соглашение о"
            " приграничной торговле.",
            "Дашогузского велаята",
        ),
    ],
)
def test_a_region_is_no_organization(orgs, text: str, region: str) -> None:
    assert region not in orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Администрации провинции Онтарио и штата Мичиган подписали соглашение о"
            " приграничном сотрудничестве.",
            "Администрации провинции Онтарио",
        ),
        (
            "Правительство провинции Квебек одобрило соглашение с Францией.",
            "Правительство провинции Квебек",
        ),
        (
            "Совет министров Республики Сербской одобрил соглашение.",
            "Совет министров Республики Сербской",
        ),
    ],
)
def test_a_regions_body_stays_one(orgs, text: str, body: str) -> None:
    assert body in orgs(text)
