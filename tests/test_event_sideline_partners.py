"""A "с"-phrase after the sidelines of a gathering ("встретился на полях саммита с
президентом Филиппин"), which the parser hangs on the gathering: the meeting's partner, no
word of the gathering's name nor a side of it. Sentences of our own about other pairs."""

from __future__ import annotations

import pytest

# (text, {kind: participants' states} of each event read, the summits' labels)
CASES = [
    ("Президент Индонезии встретился на полях саммита с президентом Филиппин.",
     {"Meeting": ["state/IDN", "state/PHL"]}, []),
    ("Президент Аргентины встретился на полях саммита G20 с премьер-министром Индии.",
     {"Summit": [], "Meeting": ["state/ARG", "state/IND"]}, ["Саммит G20"]),
    ("Президент Кении встретился на полях саммита Африканского союза с премьер-министром "
     "Эфиопии.", {"Summit": [], "Meeting": ["state/ETH", "state/KEN"]},
     ["Саммит Африканского союза"]),
    ("Премьер-министр Вьетнама провёл встречу на полях саммита с президентом Южной Кореи.",
     {"Meeting": ["state/KOR", "state/VNM"]}, []),
    ("Глава МИД Египта встретился на полях саммита АСЕАН с министром иностранных дел Турции.",
     {"Summit": [], "Meeting": ["state/EGY", "state/TUR"]}, ["Саммит АСЕАН"]),
    # must not: a summit held with someone, and one "с участием", keep their sides
    ("Президент Египта провёл саммит с президентом Турции.",
     {"Summit": ["state/EGY", "state/TUR"]}, ["Саммит с президентом Турции"]),
    ("Президент Бразилии принял участие в саммите с участием лидеров стран Африки.",
     {"Summit": ["state/BRA"]}, ["Саммит с участием лидеров стран Африки"]),
    # must not: a state after "с" is the gathering's side, no partner (review21)
    ("Премьер-министр Бельгии встретился с президентом Франции на полях саммита ЕС с Китаем.",
     {"Summit": ["state/CHN"], "Meeting": ["state/BEL", "state/FRA"]},
     ["Саммит ЕС с Китаем"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides", "summits"), CASES)
def test_a_partner_after_the_sidelines_meets(
    events, text: str, sides: dict, summits: list[str]
) -> None:
    read = events(text)
    states = {e.kind: sorted(p for p in e.participants if p.startswith("state/")) for e in read}
    assert states == sides
    assert [e.label for e in read if e.kind == "Summit"] == summits
