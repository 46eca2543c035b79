"""A state's leader meeting players or a team (events98): a president, a premier or a
minister who meets a sports team or its players holds a meeting, told by the verb or by the
noun; only players or teams meeting each other play a game, and a coach or a captain is a
sports office, no leader. Sentences of our own about Chile, Peru, Egypt, Turkey, Estonia,
Latvia, Canada, Mexico, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _meetings(read: list[Event]) -> list[Event]:
    return [e for e in read if e.kind == "Meeting"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Президент Чили встретился с игроками сборной страны по футболу.", "state/CHL"),
        ("Президент Египта встретился с хоккеистами сборной Турции.", "state/EGY"),
        ("Министр спорта Эстонии встретился с баскетболистами сборной Латвии.", "state/EST"),
        ("Премьер-министр Канады встретился со сборной Мексики по футболу.", "state/CAN"),
        ("Футболисты сборной Перу встретились с президентом Перу в Лиме.", "state/PER"),
        ("Премьер-министр Перу провёл встречу с футболистами сборной страны.", "state/PER"),
        ("Встреча президента Чили с футболистами сборной прошла в Сантьяго.", "state/CHL"),
    ],
)
def test_a_leader_meeting_players_holds_a_meeting(events, text: str, state: str) -> None:
    (meeting,) = _meetings(events(text))
    assert state in meeting.participants


@pytest.mark.parametrize(
    "text",
    [
        # must-nots: players or teams meeting each other, a coach's or a captain's side
        "Один из лучших вратарей Чили встретится с одним из лучших вратарей Перу.",
        "Футболисты сборной Эстонии встретятся с футболистами сборной Латвии в Таллине.",
        "Тренер сборной Чили встретился с игроками сборной Перу.",
        "Капитан сборной Канады встретился с хоккеистами сборной Мексики.",
        "Встреча сборных Египта и Турции завершилась со счётом 2:1.",
    ],
)
def test_players_meeting_each_other_play_a_game(events, text: str) -> None:
    assert not _meetings(events(text))


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # a name alike in all cases after the verb, which the parser reads as a subject
        ("Премьер-министр Перу Густаво Адрианзен принял Паоло Герреро.", "person/paolo-gerrero"),
        # a titled leader receives a named guest: two sides though one state
        ("Президент Перу принял в своей резиденции футболиста Паоло Герреро.",
         "person/paolo-gerrero"),
    ],
)  # fmt: skip
def test_a_leader_receiving_a_player_holds_a_meeting(events, text: str, guest: str) -> None:
    (meeting,) = _meetings(events(text))
    assert guest in meeting.participants and "state/PER" in meeting.participants


@pytest.mark.parametrize(
    "text",
    [
        # must-nots: a coach or a club's head receives a player; a verb of receiving with
        # no one received
        "Тренер сборной Перу принял в своём доме Паоло Герреро.",
        "Президент клуба «Альянса Лима» принял Паоло Герреро.",
        "Президент Перу принял участие в церемонии награждения.",
        "Президент Перу принял решение об отставке министра.",
    ],
)
def test_no_leader_or_no_guest_no_meeting(events, text: str) -> None:
    assert not _meetings(events(text))
