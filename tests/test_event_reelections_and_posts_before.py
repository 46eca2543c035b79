"""Re-elections ("перевыборы") and a post one is elected or appointed to that points back to
the one named before by either word ("на должность мэра … избран на этот пост"); rumoured,
demanded and denied changes and a post named nowhere tell none. Sentences of our own about
other states."""

from __future__ import annotations

import pytest

# text, kind, status, date, place, participants that must be there, label
FIRES = [
    ("Перевыборы президента ФИФА состоятся в мае 2027 года в Цюрихе.", "Election", "planned",
     "2027-05", "Цюрих", set(), "Перевыборы президента ФИФА"),
    ("Перевыборы в парламент Молдавии прошли в июле 2009 года.", "Election", "occurred",
     "2009-07", "", {"state/MDA"}, "Перевыборы в Молдавии"),
    ("В 2010 году Хуан Перес выдвинул свою кандидатуру на должность мэра Лимы. Он был избран "
     "на этот пост, получив 60 процентов голосов.", "Election", "occurred", "2010", "",
     {"person/khuan-peres"}, "Избрание Хуана Переса на пост мэра Лимы"),
    ("Мария Лопес претендовала на пост министра обороны Чили. В марте 2022 года она была "
     "назначена на эту должность.", "Appointment", "occurred", "2022-03", "",
     {"person/mariya-lopes", "state/CHL"}, "Назначение Марии Лопес на пост министра обороны Чили"),
    # a vote ahead is planned, never held
    ("Парламент Эквадора проголосует за отставку правительства в четверг.", "Vote", "planned",
     "", "", {"state/ECU"}, "Голосование Парламента Эквадора"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "date", "place", "who", "label"), FIRES)
def test_an_election_or_post_told(events, text, kind, status, date, place, who, label) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert (event.status, event.date, event.location) == (status, date, place)
    assert who <= set(event.participants) and event.label == label


# text, a kind it must not give
NONE = [
    ("Слухи о перевыборах президента ФИФА не подтвердились.", "Election"),
    ("Оппозиция Боливии требует перевыборов президента.", "Election"),
    ("Министр иностранных дел Чили опроверг слухи о своей отставке.", "Resignation"),
    # "этот пост" with no post named before: which office, the text does not say
    ("Хуан Перес был избран на этот пост.", "Election"),
    ("Правительство Эквадора опровергло сообщения о назначении Хуана Переса послом в Чили.",
     "Appointment"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NONE)
def test_no_change_told(events, text, kind) -> None:
    assert not [e for e in events(text) if e.kind == kind]
