"""Bare "Стороны" that agree on a meeting paragraphs after a call, with an event of a third
state told between (so the report's counts give no pair), stand for the call's sides: the
planned meeting has the call's persons and states (`pronoun_sides.sides_told_before`).
Seventy-second pass (h-events275); own texts about Honduras–Guatemala and Ecuador–Colombia."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"
HONDURAS = (
    "Президент Гондураса Сиомара Кастро провела телефонный разговор с президентом Гватемалы "
    "Бернардо Аревало.\n\nЛидеры обсудили торговлю и миграцию. Ранее Гондурас выслал из страны "
    "15 граждан Никарагуа.\n\n"
)
ECUADOR = (
    "Президент Эквадора Даниэль Нобоа провёл телефонный разговор с президентом Колумбии "
    "Густаво Петро.\n\nЛидеры обсудили безопасность на границе. На прошлой неделе Эквадор "
    "выслал посла Мексики.\n\n"
)

# (text, the planned meetings' participants)
AGREED = [
    (HONDURAS + "Стороны договорились о встрече в ближайшее время.",
     [["person/bernardo-arevalo", "person/siomara-kastro", "state/GTM", "state/HND"]]),
    (ECUADOR + "Стороны договорились встретиться в ближайшее время.",
     [["person/daniel-noboa", "person/gustavo-petro", "state/COL", "state/ECU"]]),
    # must-not: a meeting whose subject names its own sides keeps them
    (HONDURAS + "Министры иностранных дел Гондураса и Никарагуа договорились о встрече.",
     [["state/HND", "state/NIC"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "meetings"), AGREED)
def test_sides_agree_to_meet_after_a_call(events, text: str, meetings: list) -> None:
    read = [e for e in events(text, DAY) if e.kind == "Meeting" and e.status == "planned"]
    assert [sorted(e.participants) for e in read] == meetings


def test_sides_who_sign_are_not_carried(events) -> None:
    """An event done ("Стороны подписали …") is no meeting agreed: unchanged."""
    text = HONDURAS + "Стороны подписали меморандум о сотрудничестве."
    signings = [e for e in events(text, DAY) if e.kind == "Signing"]
    assert all(not any(k.startswith("person/") for k in e.participants) for e in signings)
