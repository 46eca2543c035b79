"""What two states agree to hold in a month ("договорились провести заседание совместной
комиссии в феврале", "условились провести следующий раунд переговоров в марте") is a planned
meeting or talks of that month, of the year the document's day makes it; "договорились о
встрече" of no time stays undated. A guard: main read these already when checked
(seventy-second pass, h-events277); own sentences about Kenya–Tanzania, Chile–Bolivia."""

from __future__ import annotations

import pytest
from fact_reads import of_kind


@pytest.mark.parametrize(
    ("text", "day", "kind", "month", "sides"),
    [
        (
            "Президенты Кении и Танзании договорились провести заседание совместной комиссии "
            "по восстановлению в феврале.",
            "2025-06-04",
            "Meeting",
            "2026-02",
            {"state/KEN", "state/TZA"},
        ),
        (
            "Министры иностранных дел Чили и Боливии условились провести следующий раунд "
            "переговоров в марте.",
            "2025-01-15",
            "Talks",
            "2025-03",
            {"state/CHL", "state/BOL"},
        ),
    ],
)
def test_an_agreed_sitting_is_planned_for_its_month(
    events, text: str, day: str, kind: str, month: str, sides: set[str]
) -> None:
    (event,) = of_kind(events(text, day), kind)
    assert (event.status, event.date) == ("planned", month)
    assert {p for p in event.participants if p.startswith("state/")} == sides


def test_an_agreed_meeting_of_no_time_stays_undated(events) -> None:
    text = "Президенты Кении и Танзании договорились о встрече."
    (meeting,) = of_kind(events(text, "2025-06-04"), "Meeting")
    assert (meeting.status, meeting.date) == ("planned", "")
