"""What is no post of a change of office: an epithet in quotes ("которого газеты называют
«креативным дизайнером»"), the post a candidacy is for that one "намерен сменить на этом
посту" its holder (the election's hoped end), a teacher's job one is sacked from.
Forty-seventh pass, sentences of our own (Egypt–Turkey), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind


@pytest.mark.parametrize(
    "text",
    [
        'Младший сын Мехмет, которого газеты называют "креативным дизайнером и создателем '
        'продуктов", возглавит еще одну структуру компании - Koc Holding.',
        "Младший сын Мехмет, которого газеты называют «креативным дизайнером», возглавит "
        "египетскую компанию Orascom.",
    ],
)
def test_an_epithet_in_quotes_is_no_post(events, text: str) -> None:
    assert all("дизайнер" not in e.label for e in of_kind(events(text), "Appointment"))


def test_a_post_beside_an_epithet_is_one(events) -> None:
    # must-not: the post one is appointed to stays, whatever one is called
    text = "Мехмет Озтюрк, которого называют «ястребом», назначен послом Турции в Египте."
    (appointment,) = of_kind(events(text), "Appointment")
    assert appointment.label == "Назначение Мехмета Озтюрка на пост посла Турции в Египте"


CANDIDACY = (
    "Глава Национального олимпийского комитета Египта Ахмед Салех выставил свою кандидатуру "
    "на пост президента Средиземноморского олимпийского комитета. "
)


@pytest.mark.parametrize(
    "after",
    [
        "49-летний Салех во вторник уведомил членов комитета, что он намерен принять участие в "
        "выборах и сменить на этом посту Хуана Переса, который занимает этот пост с 2001 года.",
        "Салех намерен сменить на этом посту Хуана Переса.",
    ],
)
def test_to_succeed_on_the_post_run_for_is_no_appointment(events, after: str) -> None:
    assert not of_kind(events(CANDIDACY + after), "Appointment")


def test_to_succeed_on_a_post_told_before_is_an_appointment(events) -> None:
    # must-not: a post one was appointed to, not run for
    text = (
        "Президент Египта назначил Ахмеда Салеха на пост министра обороны. "
        "На этом посту его сменит Мохаммед Хусейн."
    )
    assert any("Хусейн" in e.label for e in of_kind(events(text), "Appointment"))


def test_a_teacher_sacked_is_no_resignation(events) -> None:
    text = "Фатима Хасан родилась в Каире. В Египте она работала учителем и была уволена."
    assert not of_kind(events(text), "Resignation")


def test_a_minister_sacked_is_a_resignation(events) -> None:
    # must-not: a state's post one worked in
    text = "Ахмед Салех работал министром обороны Египта и был уволен в 2012 году."
    (resignation,) = of_kind(events(text), "Resignation")
    assert resignation.participants == ["person/akhmed-salekh", "state/EGY"]
