"""A summit or forum told only inside what talks discuss ("обсудили итоги саммита, прошедшего
в Лиме в 2023 году", "итоги форума, который состоялся в Кито в мае") is the talks' topic,
not their setting: the date and place of its participle or relative clause stay its own,
and the talks keep the report's day and no place. A gathering told as the setting ("на
полях саммита"), or the talks' own place ("обсудили в Боготе итоги саммита"), is no such
one. States of our own choice (Chile–Peru, Ecuador–Colombia)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

# (text, the talks' (date, place), the gathering's kind and (date, place))
TOPIC = [
    ("Лидеры Чили и Перу обсудили итоги Тихоокеанского саммита, прошедшего в Лиме в 2023 "
     "году.", (DAY, ""), "Summit", ("2023", "Лима")),
    ("Президент Чили Габриэль Борич сообщил, что обсудил с президентом Перу Диной Болуарте "
     "итоги саммита, прошедшего в Лиме в 2023 году.", (DAY, ""), "Summit", ("2023", "Лима")),
    ("Министры Эквадора и Колумбии обсудили итоги форума, который состоялся в Кито в мае.",
     (DAY, ""), "Forum", ("2025-05", "Кито")),
]  # fmt: skip

# must-nots: the gathering's own sentence, the talks' own place
OWN = [
    ("Саммит, прошедший в Лиме в 2023 году, укрепил связи Чили и Перу.", "Summit",
     ("2023", "Лима")),
    ("Лидеры Эквадора и Колумбии обсудили в Боготе итоги саммита.", "Talks", (DAY, "Богота")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "talks", "kind", "own"), TOPIC)
def test_the_topics_date_and_place_stay_its_own(
    events, text: str, talks: tuple[str, str], kind: str, own: tuple[str, str]
) -> None:
    found = events(text, DAY)
    assert [(e.date, e.location) for e in found if e.kind == "Talks"] == [talks]
    assert [(e.date, e.location) for e in found if e.kind == kind] == [own]


@pytest.mark.parametrize(("text", "kind", "own"), OWN)
def test_an_events_own_date_and_place_stand(
    events, text: str, kind: str, own: tuple[str, str]
) -> None:
    assert [(e.date, e.location) for e in events(text, DAY) if e.kind == kind] == [own]
