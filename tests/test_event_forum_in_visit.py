"""A bare forum the visitor attends within his visit ("В ходе визита X принял участие в
бизнес-форуме") is of the visitor's and the host's states, held at the visit's place and on
its day, not a forum of the visitor's state alone, undated and unplaced (h-events170). Own
sentences about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _forums(read: list[Event]) -> list[tuple[str, str, str, list[str]]]:
    return [
        (e.status, e.date, e.location, sorted(p for p in e.participants if p.startswith("state/")))
        for e in read
        if e.kind == "Forum"
    ]


KEN_UGA = "Президент Кении Уильям Руто прибыл в Кампалу с государственным визитом."
CHL_PER = "Президент Чили Габриэль Борич 3 марта прибыл в Лиму с официальным визитом."
JPN_VNM = "Премьер-министр Японии Сигэру Исиба прибыл в Ханой с визитом."

# (document date, text, the forum: status, date, place, states)
ATTENDED = [
    ("2026-03-05",
     KEN_UGA + " В ходе визита Руто принял участие в бизнес-форуме.",
     ("occurred", "2026-03-05", "Кампала", ["state/KEN", "state/UGA"])),
    # the visit's day, not the report's
    ("2026-03-05",
     CHL_PER + " В ходе визита Борич принял участие в бизнес-форуме.",
     ("occurred", "2026-03-03", "Лима", ["state/CHL", "state/PER"])),
    # a lower-case name tells a kind of forum, not one of its own
    ("2026-03-05",
     JPN_VNM + " В ходе визита Исиба принял участие в инвестиционном форуме.",
     ("occurred", "2026-03-05", "Ханой", ["state/JPN", "state/VNM"])),
    # in the visit's own sentence
    ("2026-03-05",
     "Президент Кении Уильям Руто прибыл в Кампалу с государственным визитом, где принял "
     "участие в бизнес-форуме.",
     ("occurred", "2026-03-05", "Кампала", ["state/KEN", "state/UGA"])),
    # ahead, during a visit begun: its place, no day
    ("2026-03-05",
     JPN_VNM + " В ходе визита Исиба примет участие в инвестиционном форуме.",
     ("planned", "", "Ханой", ["state/JPN", "state/VNM"])),
    # ahead, in a visit ahead: its day and place
    ("2026-03-05",
     "Премьер-министр Японии Сигэру Исиба прибудет в Ханой с визитом 12 мая. В ходе визита "
     "Исиба примет участие в инвестиционном форуме.",
     ("planned", "2026-05-12", "Ханой", ["state/JPN", "state/VNM"])),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "forum"), ATTENDED)
def test_a_forum_within_a_visit_is_of_the_pair(events, day: str, text: str, forum: tuple) -> None:
    assert _forums(events(text, day)) == [forum]


# must-nots: a forum with a name and sides, or a name, of its own; one in another place; one
# of an earlier year or told as done before: none takes the host, nor the visit's place
OWN = [
    KEN_UGA + " В ходе визита Руто принял участие в форуме «Россия — Африка».",
    KEN_UGA + " В ходе визита Руто принял участие во Всемирном экономическом форуме.",
    KEN_UGA + " В ходе визита Руто принял участие в бизнес-форуме в Давосе.",
    KEN_UGA + " В Давосе Руто принял участие в форуме.",
    CHL_PER + " В 2019 году Борич принял участие в бизнес-форуме.",
    CHL_PER + " Ранее Борич уже принимал участие в бизнес-форуме.",
]


@pytest.mark.parametrize("text", OWN)
def test_a_forum_of_its_own_is_not_the_visit_s(events, text: str) -> None:
    (forum,) = _forums(events(text, "2026-03-05"))
    assert "state/UGA" not in forum[3] and "state/PER" not in forum[3]
    assert forum[2] not in {"Кампала", "Лима"}
