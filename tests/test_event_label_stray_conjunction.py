"""A sitting's label keeps both states of "<body> А и Б" where the parse hung the "и" on
the verb (sixty-fourth pass, h-events239).

"Совещание министров Ганы и Того прошло в Аккре": the parser made "Того" a conjunct of
"Ганы" but hung "и" on "прошло", so `labels.phrase_in` ended the label at the first word
outside the phrase, "Совещание министров Ганы", while the participants held both states.
A conjunction right before a conjunct of the phrase is now the phrase's
(`labels._stray_conjunction`). Must-nots: a conjunction joining the clause's verbs, and a
pair the parse read whole, keep their labels.

Own sentences about Ghana–Togo, Cuba–Togo, Ghana–Benin."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind, state_keys

from kg.extract.events import Event

DATE = "2026-11-20"

LABELS = [
    ("Совещание министров Ганы и Того прошло в Аккре 12 ноября.",
     "Совещание министров Ганы и Того", {"state/GHA", "state/TGO"}),
    ("Заседание совместной комиссии Кубы и Того прошло в Гаване.",
     "Заседание совместной комиссии Кубы и Того", {"state/CUB", "state/TGO"}),
    ("Заседание совместной комиссии Ганы и Того прошло в Аккре, и стороны подписали "
     "меморандум.", "Заседание совместной комиссии Ганы и Того", {"state/GHA", "state/TGO"}),
    # must not: the pair the parse read whole; "и" of the clause's verbs
    ("Совещание министров Ганы и Бенина прошло в Аккре 12 ноября.",
     "Совещание министров Ганы и Бенина", {"state/GHA", "state/BEN"}),
    ("Заседание комиссии Ганы прошло в Аккре и завершилось подписанием меморандума.",
     "Заседание комиссии Ганы", {"state/GHA"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "states"), LABELS)
def test_sitting_label_keeps_stray_conjunct(
    events: Callable[..., list[Event]], text: str, label: str, states: set[str]
) -> None:
    meeting = one_of_kind(events(text, DATE), "Meeting")
    assert (meeting.label, state_keys(meeting)) == (label, states)
