"""An attack told in the passive ("Здания министерства Перу обстреляны", "колонна атакована
боевиками"): its subject is what is attacked, and whose that is is the attacked state, not
the attacker the label names; who attacks is the bare instrumental ("армией Чили"), and a
place on the subject ("посольство Франции в Бамако") is where it happened. Sentences of our
own (forty-eighth pass, h-events125)."""

from __future__ import annotations

import pytest

# (text, the attack's label, its participants, its place)
PASSIVE = [
    ("Здания министерства обороны Перу обстреляны с вертолёта.", "Нападение",
     ["state/PER"], ""),
    ("Здание парламента Эквадора было обстреляно неизвестными.", "Нападение",
     ["state/ECU"], ""),
    ("Колонна армии Боливии атакована боевиками.", "Нападение", ["state/BOL"], ""),
    ("Здания министерства обороны Перу обстреляны армией Чили.", "Нападение Чили на Перу",
     ["state/CHL", "state/PER"], ""),
    ("Военная база Перу была атакована чилийскими военными.", "Нападение Чили на Перу",
     ["state/CHL", "state/PER"], ""),
    ("Посольство Франции в Бамако было атаковано боевиками.", "Нападение в Бамако",
     ["state/FRA"], "Бамако"),
    ("Позиции армии Перу были обстреляны ракетами.", "Нападение", ["state/PER"], ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "participants", "place"), PASSIVE)
def test_a_passive_attack_s_subject_is_its_target(
    events, text: str, label: str, participants: list[str], place: str
) -> None:
    (attack,) = [e for e in events(text) if e.kind == "Attack"]
    assert (attack.label, sorted(attack.participants), attack.location) == (
        label,
        participants,
        place,
    )


# Must not: no armed side attacks, or the place is where someone came, not the attack's
NO_ATTACK = [
    "Сайт правительства Перу был атакован хакерами.",
    "Ворота сборной Перу были атакованы нападающими Чили.",
    "Посольство Франции в Бамако было атаковано журналистами с вопросами.",
]


@pytest.mark.parametrize("text", NO_ATTACK)
def test_a_passive_of_no_armed_side_is_no_attack(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind == "Attack"]


def test_a_place_the_target_came_to_is_not_the_attack_s(events) -> None:
    text = "Делегация Франции, прибывшая в Бамако, была атакована боевиками."
    (attack,) = [e for e in events(text) if e.kind == "Attack"]
    assert attack.location == ""
