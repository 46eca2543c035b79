"""A sitting of a body named by its noun alone ("Первое заседание совета пройдёт …") after the
text created it with adjectives naming two states ("протокол о создании ганско-тоголезского
совета сотрудничества") is of those states, as "Её первое заседание" of a commission two
states founded is (h-events198). Sixty-first pass (h-events211), sentences of our own about
Ghana–Togo and Chile–Peru, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

_DAY = "2026-05-12"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Президенты Ганы и Того подписали протокол о создании ганско-тоголезского совета"
            " сотрудничества. Первое заседание совета пройдёт в Аккре в марте следующего года.",
            ["state/GHA", "state/TGO"],
        ),
        (
            "Министры подписали меморандум об учреждении чилийско-перуанского комитета по"
            " торговле. Первое заседание комитета состоится в Лиме осенью.",
            ["state/CHL", "state/PER"],
        ),
        # must-nots: a body of one, or one never named with states
        (
            "Компания из Ганы создала совет директоров. Первое заседание совета пройдёт в Аккре"
            " в марте.",
            [],
        ),
        ("Первое заседание совета пройдёт в Аккре в марте.", []),
    ],
)
def test_the_sitting_of_a_created_body_is_of_its_states(
    events, text: str, states: list[str]
) -> None:
    sittings = [e for e in of_kind(events(text, _DAY), "Meeting") if e.status == "planned"]
    assert [sorted(state_keys(e)) for e in sittings] == [states]
