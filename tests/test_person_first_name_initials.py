"""A first name with a surname's initial after it ("Мустафа Д.", "Мустафы Д.") is a first
name, the surname withheld, not a surname with a first name's initial; an initial before a
surname ("И. Петров") still is one (sentences about Turkey, Syria)."""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import build_pipeline
from kg.resolve.names import NameParts, name_parts


@pytest.fixture(scope="module")
def parts():
    nlp = build_pipeline()

    def go(text: str, name: str) -> NameParts:
        doc = nlp(text)
        start = text.index(name)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        assert span is not None
        return name_parts(span)

    return go


@pytest.mark.parametrize(
    ("text", "name", "first", "last"),
    [
        ("Мустафа Д. был задержан полицией Турции в Анкаре.", "Мустафа Д.", "Мустафа", ""),
        ("Адвокат Ахмеда С. заявил о пытках в Сирии.", "Ахмеда С.", "Ахмед", ""),
        # must stay: the initial of a first name before a surname
        ("И. Петров прибыл в Анкару из Сирии.", "И. Петров", "", "Петров"),
    ],
)
def test_an_initial_after_a_first_name(parts, text: str, name: str, first: str, last: str) -> None:  # noqa: ANN001
    got = parts(text, name)
    assert (got.first, got.last) == (first, last)
