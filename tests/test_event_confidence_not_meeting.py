"""Expressing confidence or no confidence in a government or a minister ("выразил недоверие
правительству", "выразил доверие премьеру") is no meeting nor talks with them; the rules
have no kind of a confidence vote told so, so it is no event (a vote told by "проголосовал"
stays a Vote). Sentences of our own (forty-second pass, h-misc43)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Парламент Перу выразил недоверие правительству.",
        "Сейм Латвии выразил доверие премьер-министру Эвике Силине.",
        "Президент Чили выразил доверие премьеру.",
        "Конгресс Перу выразил недоверие премьер-министру Густаво Адриансену.",
        "Депутаты выразили недоверие министру обороны Эстонии.",
    ],
)
def test_confidence_is_no_event(events, text: str) -> None:  # noqa: ANN001
    assert [e.kind for e in events(text, "2025-03-10")] == []


def test_a_vote_of_no_confidence_stays_a_vote(events) -> None:  # noqa: ANN001
    text = "Сейм Латвии проголосовал за вотум недоверия правительству."
    assert [e.kind for e in events(text, "2025-03-10")] == ["Vote"]
