"""What is announced at a body's sitting is no meeting of those it is about (events119).

"на заседании ЦИК Эстонии было объявлено, что … больше всех голосов собрал X": the sitting
is the body's own, in the main clause of the passive "было объявлено"; the parser hangs
"на заседании" on the verb of the "что" clause, across that predicate, and X, its subject,
is no side of the sitting. Sentences of our own (Estonia–Latvia, Chile–Peru, Egypt)."""

from __future__ import annotations

import pytest

# (text, the one the clause is about, the body's state)
REPORTS = [
    ("В среду 14 декабря на заседании Центральной избирательной комиссии Эстонии было "
     "объявлено, что по итогам голосования 11 декабря больше всех голосов собрал бывший "
     "спикер парламента Юри Ратас.", "person/yuri-ratas", "state/EST"),
    ("В среду на заседании Центральной избирательной комиссии Латвии было объявлено, что "
     "больше всех голосов собрал бывший премьер Кришьянис Каринь.", "person/krishyanis-karin",
     "state/LVA"),
    ("В пятницу на заседании избирательной комиссии Египта было объявлено, что больше всех "
     "голосов собрал бывший премьер Ахмед Салех.", "person/akhmed-salekh", "state/EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "state"), REPORTS)
def test_the_one_announced_at_a_sitting_is_no_side_of_it(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    person: str,
    state: str,
) -> None:
    read = events(text, "2024-12-20")
    assert not any(person in e.participants for e in read if e.kind in {"Meeting", "Talks"})
    assert all(state in e.participants for e in read if e.kind == "Meeting")


# must keep: one who speaks at the sitting takes part in it
def test_a_speaker_at_a_sitting_takes_part(events) -> None:  # noqa: ANN001
    text = (
        "В среду на заседании правительства Латвии премьер-министр Кришьянис Каринь заявил, "
        "что кризис позади."
    )
    (meeting,) = [e for e in events(text, "2024-05-10") if e.kind == "Meeting"]
    assert "person/krishyanis-karin" in meeting.participants
