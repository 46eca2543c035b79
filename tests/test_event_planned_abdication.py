"""A planned resignation told in what its holder says ("Король Египта Фуад II заявил, что
отречётся от престола в пользу своего сына … 21 июля 2023 года") is the speaker's and takes
that day, whether the parser makes the clause a complement or a parataxis (events118, review50
3f). Sentences of our own (Egypt, Estonia–Latvia)."""

from __future__ import annotations

import pytest

PLANNED = [
    ("Король Египта Фуад II заявил, что отречётся от престола в пользу своего сына, принца "
     "Мухаммеда, 21 июля 2023 года.", "2023-07-21"),
    ("Король Египта Фуад II заявил, что отречётся от престола 21 июля 2023 года.", "2023-07-21"),
    ("Премьер Латвии Кришьянис Кариньш заявил, что уйдет в отставку 21 июля 2023 года.",
     "2023-07-21"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), PLANNED)
def test_a_said_resignation_is_the_speakers_and_dated(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    date: str,
) -> None:
    (quit_,) = [e for e in events(text, "2023-04-10") if e.kind == "Resignation"]
    assert quit_.status == "planned"
    assert quit_.date == date
    assert any(p.startswith("person/") for p in quit_.participants)


# must keep: someone else's act the speaker tells is not the speaker's
def test_an_unnamed_ones_act_is_not_the_speakers(events) -> None:  # noqa: ANN001
    text = "Президент Эстонии Алар Карис заявил, что правительство отправят в отставку в июле."
    found = [e for e in events(text, "2023-04-10") if e.kind == "Resignation"]
    assert not [e for e in found if "person/alar-karis" in e.participants]
