"""A change of office that is only the topic of a question or a talk ("тема отставки X не
обсуждалась", "вопрос об отставке X") is not told as done; a place on the verb is where a
meeting with an envoy was. Sentences of our own about other pairs of states (Chile,
Argentina, Peru, India, Brazil, Egypt, Norway), with must-not cases."""

from __future__ import annotations

import pytest

DAY = "2025-06-04"

TOPICS = [
    "Тема отставки Габриэля Борича на встрече не обсуждалась.",
    "Журналисты задали вопрос об отставке Хавьера Милея.",
    "Вопрос об отставке президента Перу Дины Болуарте поднимался в парламенте.",
    "Тема отставки премьер-министра Индии Нарендры Моди на переговорах не поднималась.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_a_topic_of_resignation_is_no_resignation(events, text: str) -> None:
    assert not [e for e in events(text, DAY) if e.kind == "Resignation"]


def test_a_told_resignation_stays(events) -> None:
    """must-not: the resignation itself is told."""
    text = "Президент Перу Дина Болуарте подала в отставку."
    assert [e for e in events(text, DAY) if e.kind == "Resignation"]


def test_a_meeting_place_on_the_verb_stays(events) -> None:
    """must-not: "в Лиме" on the verb is where they met."""
    text = "В Лиме президент Аргентины встретился с послом Чили."
    (meeting,) = [e for e in events(text, DAY) if e.kind == "Meeting"]
    assert meeting.location == "Лима"
