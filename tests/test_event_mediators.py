"""A state or person "при посредничестве" of whom talks or a meeting are held takes part (the
ontology has no mediator's role), the label still naming the two sides; a fund "при поддержке"
of which they are held does not. Sixty-seventh pass, sentences of our own (h-events250)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "label", "mediators"),
    [
        (
            "Обмен стал возможен после переговоров министров иностранных дел Эфиопии и "
            "Эритреи, состоявшихся в конце ноября в Асмэре при посредничестве Катара.",
            "Переговоры Эритреи и Эфиопии",
            {"state/QAT"},
        ),
        (
            "При посредничестве Турции Грузия и Армения провели переговоры в Стамбуле.",
            "Переговоры Армении и Грузии",
            {"state/TUR"},
        ),
        (
            "Министры иностранных дел Армении и Азербайджана провели переговоры в Вашингтоне "
            "при посредничестве президента США Дональда Трампа.",
            "Переговоры Азербайджана и Армении",
            {"state/USA", "person/Q22686"},
        ),
    ],
)
def test_a_mediator_takes_part(events, text: str, label: str, mediators: set[str]) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert talks.label == label and mediators <= set(talks.participants)


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a supporter is no mediator
        "Встреча министров Египта и Судана прошла в Каире при поддержке фонда Сороса.",
        "Встреча министров Египта и Судана прошла в Каире при поддержке Всемирного банка.",
    ],
)
def test_a_supporter_takes_no_part(events, text: str) -> None:
    (meeting,) = of_kind(events(text, DAY), "Meeting")
    assert set(meeting.participants) == {"state/EGY", "state/SDN"}
