"""A prisoner exchange or talks held "при посредничестве" of a state keep the event and take
the mediator as a participant, the label still naming the two sides: the phrase on an
exchange (`participants.mediators` for a Release told by "обмен"), on the talks' topic ("о
прекращении огня при посредничестве X"); an exchange's people whatever animacy the tagger
gives them ("обмен заключёнными при посредничестве X" gave no event). Must-not: a supporter
is no mediator. Seventy-second pass, sentences of our own (h-events274)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "kind", "label", "states"),
    [
        (
            "Обмен военнопленными между Арменией и Азербайджаном прошёл при посредничестве "
            "Франции.",
            "Release",
            "Обмен военнопленными между Азербайджаном и Арменией",
            {"state/ARM", "state/AZE", "state/FRA"},
        ),
        (
            "Армения и Азербайджан провели обмен заключёнными при посредничестве Турции.",
            "Release",
            "Обмен заключёнными между Азербайджаном и Арменией",
            {"state/ARM", "state/AZE", "state/TUR"},
        ),
        (
            "Армения и Азербайджан провели переговоры о мирном договоре при посредничестве России.",
            "Talks",
            "Переговоры Азербайджана и Армении",
            {"state/ARM", "state/AZE", "state/RUS"},
        ),
        (
            "Руанда и Уганда провели переговоры о прекращении огня при посредничестве Анголы.",
            "Talks",
            "Переговоры Руанды и Уганды",
            {"state/RWA", "state/UGA", "state/AGO"},
        ),
    ],
)
def test_the_mediated_event_stays_with_its_mediator(
    events, text: str, kind: str, label: str, states: set[str]
) -> None:
    (event,) = of_kind(events(text, DAY), kind)
    assert event.label == label and set(event.participants) == states


def test_a_supporter_of_an_exchange_takes_no_part(events) -> None:
    # must-not: "при поддержке" is no mediation
    text = (
        "Армения и Азербайджан провели обмен заключёнными при поддержке Международного комитета "
        "Красного Креста."
    )
    (release,) = of_kind(events(text, DAY), "Release")
    assert set(release.participants) == {"state/ARM", "state/AZE"}
