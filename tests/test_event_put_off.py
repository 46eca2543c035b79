"""An event put off to a new time ("решено отложить до осени", "отложил визит на май") is not
called off: it lies ahead, planned, dated by that time where kg dates it (a season is its
year; a date after "до" is then the event's own, not its end), at the place it was to be
held. Put off with no time ("визит отложен") or of no end
("на неопределённый срок", "до выяснения обстоятельств") it is still called off, as a bare
"перенесли" is. Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

# text, kind, (status, date, place)
CASES = [
    ("Визит министра обороны Египта в Иорданию решено отложить до осени.", "Visit",
     ("planned", "2026", "Иордания")),
    ("Президент Ганы отложил визит в Уганду на май.", "Visit", ("planned", "2026-05", "Уганда")),
    ("Визит премьер-министра Непала в Индию отложен до конца года.", "Visit",
     ("planned", "", "Индия")),
    ("Визит президента Ганы в Уганду был отложен до весны 2027 года.", "Visit",
     ("planned", "2027", "Уганда")),
    ("Визит президента Ганы в Уганду был отложен до мая 2027 года.", "Visit",
     ("planned", "2027-05", "Уганда")),
    ("Переговоры министров Египта и Иордании в Каире отложили на неделю.", "Talks",
     ("planned", "", "Каир")),
    # must not: put off with no time or of no end, called off, held
    ("Визит министра обороны Египта в Иорданию отложен.", "Visit",
     ("cancelled", "", "Иордания")),
    ("Визит президента Ганы в Уганду отложен на неопределённый срок.", "Visit",
     ("cancelled", "", "Уганда")),
    ("Визит президента Ганы в Уганду отложен до выяснения обстоятельств.", "Visit",
     ("cancelled", "", "Уганда")),
    ("Переговоры министров Вьетнама и Лаоса перенесли на неопределённый срок.", "Talks",
     ("cancelled", "", "")),
    ("Визит президента Ганы в Уганду отменён.", "Visit", ("cancelled", "", "Уганда")),
    ("Президент Ганы отложил визит в Уганду.", "Visit", ("cancelled", "", "Уганда")),
    ("Визит президента Ганы в Уганду состоялся.", "Visit", ("occurred", "2026-03-12", "Уганда")),
    ("Визит президента Ганы в Уганду продлится до 23 марта.", "Visit", ("planned", "", "Уганда")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "read"), CASES)
def test_put_off_is_not_called_off(events, text: str, kind: str, read: tuple[str, str, str]):
    """The event's status, date and place after it is put off."""
    (event,) = [e for e in events(text, "2026-03-12") if e.kind == kind]
    assert (event.status, event.date, event.location) == read
