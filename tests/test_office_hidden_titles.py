"""A title word whose oblique form the tagger reads as another word's ("о премьере" as a
premiere's, "о после" as the preposition) still gives the name after its state the office,
where that name can be in the title's case: "о премьере Хорватии Андрее Пленковиче" is the
premier of Croatia. Own sentences about Croatia, Slovakia, Slovenia, Hungary, Czechia
(h-names138, the sixty-second pass). Must-nots: a premiere of a film, a title with no name
after its state, "после" the preposition before a nominative name, and the title's other
cases, which main already read."""

from __future__ import annotations

import pytest
from fact_reads import person_names, text_holdings

Holding = tuple[str, str, bool]  # office, state, past

CASES = [
    ("Газета написала о премьере Хорватии Андрее Пленковиче.",
     "Пленкович", {("премьер-министр", "state/HRV", False)}),
    ("Газета написала о премьере Хорватии, Андрее Пленковиче.",
     "Пленкович", {("премьер-министр", "state/HRV", False)}),
    ("Депутаты спорили о бывшем премьере Словакии Эдуарде Хегере.",
     "Хегер", {("премьер-министр", "state/SVK", True)}),
    ("Журналисты спросили о после Венгрии Андраше Коваче.",
     "Ковач", {("посол", "state/HUN", False)}),
    # must-nots: a film's premiere, "после" the preposition before a nominative name
    ("Критики писали о премьере фильма Марко Новака.", "Новак", set()),
    ("После Чехии Марек Новак отправился в Польшу.", "Новак", set()),
    # must-nots: the other cases as main read them
    ("Министр позвонил премьеру Хорватии Андрею Пленковичу.",
     "Пленкович", {("премьер-министр", "state/HRV", False)}),
    ("Министр встретился с премьером Хорватии Андреем Пленковичем.",
     "Пленкович", {("премьер-министр", "state/HRV", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_hidden_titles(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The offices a name after a title in any case and its state holds."""
    ex = extraction_of(text, "2026-03-12", "offices")
    assert text_holdings(ex, surname) == expected


@pytest.mark.parametrize(
    "text", ["При премьере Словении создан совет по науке.", "Газета написала о премьере Словении."]
)
def test_no_holder_named(extraction_of, text: str) -> None:
    """A title whose state no name follows names no person."""
    assert person_names(extraction_of(text, "2026-03-12", "offices")) == set()
