"""An audience with a monarch is a meeting with the monarch. Sentences of our own about
other states."""

from __future__ import annotations

import pytest

# text, who must take part
AUDIENCES = [
    ("Во вторник премьер-министр Норвегии Йонас Гар Стёре был принят на аудиенции у короля "
     "Харальда V.", {"person/yonas-gar-stere", "state/NOR"}),
    ("После аудиенции у королевы Нидерландов Беатрикс премьер-министр Марк Рютте заявил о "
     "формировании кабинета.", {"person/mark-rutte", "person/beatriks"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), AUDIENCES)
def test_an_audience_is_a_meeting(events, text, who) -> None:
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert who <= set(meeting.participants) and meeting.status == "occurred"


def test_an_audience_asked_for_is_none(events) -> None:
    text = "Посол Египта попросил об аудиенции у короля Иордании Абдаллы II."
    assert not [e for e in events(text) if e.kind == "Meeting" and e.status == "occurred"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Президент Кении попросил о встрече с президентом Эфиопии.", "Meeting"),
        ("Президент Кении попросил освободить журналиста Джона Кимани.", "Release"),
    ],
)
def test_what_one_asks_for_is_not_done(events, text, kind) -> None:
    assert not [e for e in events(text) if e.kind == kind and e.status == "occurred"]
