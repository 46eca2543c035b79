"""An appointment the text tells as still to come ("Назначение X послом будет означать…",
"означало бы") gives the person no office; one told as done ("Назначение X послом стало
неожиданностью") does. Own sentences about officials of Peru, Chile, Uruguay and Paraguay
(names65)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def offices(ex: Extraction, surname: str) -> set[str]:
    """The offices the text gives a person of that surname."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    held = ex.facts["offices"]
    return {h.office for h in held if h.basis == "text" and names[h.person] == surname}


PROSPECTIVE = [
    ("Назначение Карлоса Мендосы министром обороны Перу будет означать поворот в отношениях "
     "с Чили.", "Мендоса", set()),
    ("Назначение Хорхе Батлье послом Уругвая в Парагвае означало бы разрядку.", "Батлье",
     set()),
    # must not: an appointment told as done
    ("Назначение Карлоса Мендосы министром обороны Перу стало неожиданностью для Чили.",
     "Мендоса", {"министр обороны"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), PROSPECTIVE)
def test_an_appointment_still_to_come_gives_no_office(
    extraction, text: str, surname: str, expected: set[str]
) -> None:  # noqa: ANN001
    assert offices(extraction(text, "2024-05-15"), surname) == expected
