"""An expulsion's label names diplomats only where the text does (sixty-fifth pass,
h-events244): "Латвия выслала мигрантов" is "Высылка мигрантов из Латвии", while envoys, a
mission's staff, those declared persona non grata or no one named stay "дипломатов".
Sentences of our own (Latvia, Lithuania–Iraq, Estonia–Belarus, Latvia–Iran)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-11-27"

LABELS = [
    ("Латвия выслала мигрантов.", "Высылка мигрантов из Латвии"),
    ("Латвия выслала журналистку.", "Высылка журналистки из Латвии"),
    ("В среду Литва выслала из страны группу беженцев из Ирака.",
     "Высылка беженцев Ирака из Литвы"),
    ("Высылка журналистов из Латвии вызвала протест.", "Высылка журналистов из Латвии"),
    # must keep: diplomats named, a mission's staff, persona non grata
    ("Эстония выслала двух сотрудников посольства Белоруссии.",
     "Высылка дипломатов Белоруссии из Эстонии"),
    ("Латвия выслала посла Ирана.", "Высылка дипломатов Ирана из Латвии"),
    # a noun of a state's people tells only whose, which the label gives (the lead)
    ("Латвия выслала из страны сотрудника посольства Ирана. Иранец был выдворен из Риги.",
     "Высылка дипломатов Ирана из Латвии"),
    ("Латвия объявила двух граждан Ирана персонами нон грата.", "Высылка дипломатов из Латвии"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_the_label_names_those_the_text_names(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
) -> None:
    (expulsion,) = of_kind(events(text, _DAY), "Expulsion")
    assert expulsion.label == label
