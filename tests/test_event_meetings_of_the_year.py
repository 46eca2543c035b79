"""Meetings a report lists after "Встреча стала третьей за год:" and what came "по итогам
встречи" (sixty-third pass, h-events230): "лидеры" (also "главы государств") naming no one
are the report's two leaders where it names one of each state ("в марте лидеры беседовали по
телефону, а в июле встретились в Z": a call and a meeting of their own dates), and a meeting
"по итогам" which ministers sign, of no date of its own, is the report's meeting, not the one
dated last. Own sentences about Argentina–Uruguay."""

from __future__ import annotations

import pytest

_LEAD = (
    "МОНТЕВИДЕО, 14 октября. Президент Аргентины Хавьер Милей и президент Уругвая Яманду Орси "
    "провели во вторник двустороннюю встречу в Монтевидео.\n\n"
    "Стороны обсудили строительство нового моста через реку Уругвай.\n\n"
    "«Мост сблизит наши народы», — заявил Орси после встречи.\n\n"
)
_GUEST = (
    "МОНТЕВИДЕО, 14 октября. Президент Аргентины Хавьер Милей провёл во вторник встречу с "
    "министром иностранных дел Уругвая Марио Лубеткиным в Монтевидео.\n\n"
    "Стороны обсудили строительство нового моста через реку Уругвай.\n\n"
    "«Мост сблизит наши народы», — заявил Милей после встречи.\n\n"
)
_HEADS = ("person/javier-milei", "person/yamandu-orsi")
_FMS = ("person/kherardo-verteyn", "person/mario-lubetkin")
_PAIR = ("state/ARG", "state/URY")
_HOST_GUEST = ("person/javier-milei", "person/mario-lubetkin")
_MET = ("Meeting", "2026-10-13", "Монтевидео", _HEADS, _PAIR)  # the report's meeting
_KINDS = frozenset({"PhoneCall", "Meeting", "Talks", "Signing"})

CASES = [
    (_LEAD + "Встреча стала третьей за год: в феврале лидеры беседовали по телефону, а в мае "
     "встретились в Буэнос-Айресе.",
     [("Meeting", "2026-05", "Буэнос-Айрес", _HEADS, _PAIR),
      _MET,
      ("PhoneCall", "2026-02", "", _HEADS, _PAIR)]),
    (_LEAD + "Встреча стала второй за год: в феврале главы государств беседовали по "
     "телефону.",
     [_MET, ("PhoneCall", "2026-02", "", _HEADS, _PAIR)]),
    # must not: a report naming no leader of one state, leaders of an earlier year, heads of
    # delegations: states only
    (_GUEST + "Встреча стала второй за год: в феврале лидеры беседовали по телефону.",
     [("Meeting", "2026-10-13", "Монтевидео", _HOST_GUEST, _PAIR),
      ("PhoneCall", "2026-02", "", (), _PAIR)]),
    (_LEAD + "В 2024 году лидеры беседовали по телефону.",
     [_MET, ("PhoneCall", "2024", "", (), _PAIR)]),
    (_LEAD + "В феврале главы делегаций беседовали по телефону.",
     [_MET, ("PhoneCall", "2026-02", "", (), _PAIR)]),
]  # fmt: skip

_MINISTERS = (
    "Министр иностранных дел Аргентины Херардо Вертейн и министр иностранных дел Уругвая Марио "
    "Лубеткин подписали по итогам {} меморандум о сотрудничестве в сфере энергетики."
)
_MAY = _LEAD + "Встреча стала второй за год: в мае лидеры встретились в Буэнос-Айресе. "
OUTCOME = [
    (_MAY + _MINISTERS.format("встречи"),
     [("Meeting", "2026-05", "Буэнос-Айрес", _HEADS, _PAIR),
      _MET,
      ("Signing", "2026-10-13", "Монтевидео", _FMS, _PAIR)]),
    # must not: a meeting dated by its own word stays of that date
    (_MAY + _MINISTERS.format("майской встречи"),
     [("Meeting", "2026-05", "", _FMS, _PAIR),
      ("Meeting", "2026-05", "Буэнос-Айрес", _HEADS, _PAIR),
      _MET,
      ("Signing", "2026-05", "", _FMS, _PAIR)]),
]  # fmt: skip


def _told(events, text: str) -> list[tuple]:
    """The (kind, date, place, persons, states) of the calls, meetings, talks, signings."""
    return sorted(
        (
            e.kind,
            e.date,
            e.location,
            tuple(sorted(p for p in e.participants if "person/" in p)),
            tuple(sorted(p for p in e.participants if "state/" in p)),
        )
        for e in events(text, "2026-10-14")
        if e.kind in _KINDS
    )


@pytest.mark.parametrize(("text", "told"), CASES)
def test_leaders_of_the_year(events, text: str, told: list) -> None:
    assert _told(events, text) == told


@pytest.mark.parametrize(("text", "told"), OUTCOME)
def test_outcome_of_the_reports_meeting(events, text: str, told: list) -> None:
    assert _told(events, text) == told
