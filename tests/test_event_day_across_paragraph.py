"""What leans on the paragraph before (sixtieth pass, h-events198; own sentences about Ghana,
Togo, Benin and Uganda).

"Вечером X встретился с Y" (or "В тот же день …") whose text before dates the day it points at
only through a frame (a meeting on a summit's sidelines, the signing it frames) takes that
frame's day (`frames.pointed_day`); must-nots: a date, an event of no frame, or another place
between keep it as it was."""

from __future__ import annotations

import pytest

SUMMIT = (
    "АБУДЖА, 14 мая. Президент Ганы Джон Махама в субботу провел переговоры с президентом "
    "Того Фором Гнассингбе на полях саммита ЭКОВАС в Абудже. Стороны обсудили торговлю, "
    "которая в прошлом году достигла 1 млрд долларов.\n\n"
    "В тот же день Махама встретился с президентом Бенина Патрисом Талоном на полях саммита. "
    "Лидеры подписали меморандум о сотрудничестве в сфере энергетики."
)
EVENING = "Вечером Гнассингбе провел отдельную встречу с Талоном"


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("\n\n" + EVENING + ".", "2026-05-09"),  # a new paragraph: the frame's day
        (" " + EVENING + ".", "2026-05-09"),  # in the same paragraph as well
        # must-not: a date of no event between
        ("\n\nВ 2019 году товарооборот Того и Бенина составил 2 млрд долларов. " + EVENING + ".",
         ""),
        ("\n\n" + EVENING + " в Котону.", ""),  # must-not: another place
        ("\n\n12 мая Гнассингбе провел отдельную встречу с Талоном.", "2026-05-12"),  # its own
    ],
)  # fmt: skip
def test_the_evening_after_a_framed_paragraph(events, tail, date):
    read = events(SUMMIT + tail, "2026-05-14")
    theirs = [
        e for e in read if {"person/for-gnassingbe", "person/patris-talon"} <= set(e.participants)
    ]
    assert [e.date for e in theirs if e.kind == "Meeting"] == [date]


def test_a_headline_of_the_evening_is_read_after_its_frame(events):
    """The headline tells the evening's talks again: the group is read where its mention
    points back (`building._at`), after the frame that dates it, not at the headline."""
    text = "Гнассингбе и Талон обсудили торговлю\n\n" + SUMMIT + "\n\n" + EVENING + "."
    pair = {"person/for-gnassingbe", "person/patris-talon"}
    assert [e.date for e in events(text, "2026-05-14") if pair <= set(e.participants)] == [
        "2026-05-09"
    ]


def test_an_event_between_parts_them(events):
    """must-not: consultations of their states told in between, in another city: the evening
    is not the frame's day."""
    text = SUMMIT + "\n\nМинистры торговли Того и Бенина провели консультации в Котону. "
    read = events(text + EVENING + ".", "2026-05-14")
    pair = {"person/for-gnassingbe", "person/patris-talon"}
    assert [e.date for e in read if pair <= set(e.participants)] == [""]


GREETED = (
    "12 мая в аэропорту Энтеббе президента Ганы Джона Махаму встретил премьер-министр Уганды "
    "Робинах Наббанджа."
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (GREETED + " Визит продлится два дня.", "2026-05-12"),  # the greeting's day
        # a paragraph on: the greeting is the guest's arrival, a visit of its own day since
        # h-events214 (sixty-second pass), which the bare visit joins
        (GREETED + "\n\nВизит продлится два дня.", "2026-05-12"),
        # a greeting of a month: the visit it is, under way on the report's day, joins the
        # bare one at that day (was none before the greeting was a visit)
        (GREETED.replace("12 мая", "В мае") + " Визит продлится два дня.", "2026-05-14"),
    ],
)  # fmt: skip
def test_a_bare_visit_takes_the_greeting_day(events, text, date):
    visits = [e for e in events(text, "2026-05-14") if e.kind == "Visit"]
    assert [(e.date, e.visitor) for e in visits] == [(date, "person/dzhon-makhama")]


TALKS = "12 мая президенты Ганы и Уганды провели переговоры в Кампале. "
COMMISSION = "Стороны учредили совместную комиссию по торговле"


@pytest.mark.parametrize(
    ("text", "label", "sides"),
    [
        # "Её" stands for the commission the sentence before founds; "Стороны" the pair
        (TALKS + COMMISSION + ". Её первое заседание пройдёт в Аккре в мае.",
         "Первое заседание совместной комиссии по торговле", ["state/GHA", "state/UGA"]),
        (TALKS + COMMISSION + ", первое заседание которой пройдёт в Аккре в мае.",
         "Первое заседание совместной комиссии по торговле", ["state/GHA", "state/UGA"]),
        (TALKS + COMMISSION + ". Первое заседание комиссии пройдёт в Аккре в мае.",
         "Первое заседание комиссии", ["state/GHA", "state/UGA"]),
        # must-not: "его" is no feminine commission's
        (TALKS + COMMISSION + ". Его первое заседание пройдёт в Аккре в мае.", "Встреча", []),
    ],
)  # fmt: skip
def test_the_sitting_of_a_commission_told_before(events, text, label, sides):
    (sitting,) = [e for e in events(text, "2026-05-14") if e.kind == "Meeting"]
    states = sorted(p for p in sitting.participants if p.startswith("state/"))
    assert (sitting.label, sitting.date, sitting.location, states) == (
        label,
        "2026-05",
        "Аккра",
        sides,
    )


def test_a_commission_of_one_state_has_no_pair(events):
    """must-not: "Её" of one state's body: no sitting of the pair."""
    text = (
        TALKS + "Парламент Ганы учредил комиссию по торговле. "
        "Её первое заседание пройдёт в Аккре в мае."
    )
    sittings = [e for e in events(text, "2026-05-14") if e.kind == "Meeting"]
    assert not [e for e in sittings if "state/UGA" in e.participants]
