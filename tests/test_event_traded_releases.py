"""A release told as one half of a trade of people ("X освободила 10 граждан Y, а в обмен на
них в X вернулись 250 …", "… в обмен на трёх белорусов", "…, в обмен на которых Париж
передал …") is one exchange — a Release of both states, as "провели обмен заключёнными" is
(`exchanges.py`) — not a bare "Освобождение" of the one that frees. Seventy-second pass
(h-events275); own sentences about other pairs of states."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the releases' (label, states))
TRADED = [
    ("Белоруссия освободила пятерых граждан Польши, а в обмен на них в Белоруссию вернулись "
     "трое белорусов.",
     [("Обмен гражданами между Белоруссией и Польшей", ["state/BLR", "state/POL"])]),
    ("Власти Ирана освободили двух граждан Франции, в обмен на которых Париж передал Тегерану "
     "иранского инженера.",
     [("Обмен гражданами между Ираном и Францией", ["state/FRA", "state/IRN"])]),
    ("Венесуэла освободила 12 колумбийцев в обмен на 30 венесуэльских военных.",
     [("Обмен колумбийцами между Венесуэлой и Колумбией", ["state/COL", "state/VEN"])]),
    # must-nots: a release with no trade; a trade for no people
    ("Венесуэла освободила 12 колумбийцев.", [("Освобождение", ["state/VEN"])]),
    ("Иран освободил гражданина Франции в обмен на снятие санкций.",
     [("Освобождение", ["state/IRN"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "releases"), TRADED)
def test_a_traded_release_is_an_exchange(events, text: str, releases: list) -> None:
    read = [e for e in events(text, DAY) if e.kind == "Release"]
    found = [(e.label, sorted(k for k in e.participants if k.startswith("state/"))) for e in read]
    assert found == releases


def test_an_exchange_told_before_takes_the_traded_release(events) -> None:
    """The exchange told first and its halves after are one event."""
    text = (
        "Армения и Азербайджан в пятницу провели обмен заключёнными. Азербайджан освободил "
        "пятерых армян, а в обмен на них в Азербайджан вернулись трое азербайджанцев."
    )
    read = [e for e in events(text, DAY) if e.kind == "Release"]
    assert [e.label for e in read] == ["Обмен заключёнными между Азербайджаном и Арменией"]
