"""A Latin regnal numeral after a monarch's name is never declined in an event's label
("Смерть Фуада II", not "Фуада IIа"); the name before it declines as before (fix46b,
forty-sixth pass; own names and sentences about Egypt and Turkey)."""

from __future__ import annotations

import pytest

from kg.extract.events.labels import person_in


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Фуад II", "gent", "Фуада II"),
        ("Фарук I", "gent", "Фарука I"),
        ("Мехмед VI", "datv", "Мехмеду VI"),
        ("Карл XVI Густав", "gent", "Карла XVI Густава"),
        # must not: a name without a numeral declines as before
        ("Фарук", "gent", "Фарука"),
        ("Ахмед Фуад", "gent", "Ахмеда Фуада"),
    ],
)  # fmt: skip
def test_regnal_numeral_not_declined(name: str, case: str, form: str) -> None:
    assert person_in(name, case) == form


def test_a_death_label(events) -> None:  # noqa: ANN001 - the conftest fixture
    text = (
        "Король Египта Фуад II посетил Турцию. Он взошёл на престол после кончины своего "
        "старшего брата Фарука I."
    )
    labels = {e.label for e in events(text) if e.kind.endswith("Death")}
    assert all(not label.endswith("Iа") for label in labels)
