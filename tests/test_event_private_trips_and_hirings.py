"""Kinds for non-state doings: a trip of one who acts for no state with their family, or to
the state the text's titles tie them to ("футболист X приезжал в Александрию с семьёй"), is a
private trip, no Visit; talks of staff of a company or an outlet alone ("глава телеканала
рассказала, что переговоры со знаменитым ведущим шли легко": a hiring) are no Talks between
states. A minister's trip, with his family or not, keeps its Visit; talks with a state's
official keep theirs. Sentences of our own (forty-seventh pass, h-events124)."""

from __future__ import annotations

import pytest

SALAH = (
    "Врачи разрешили бывшему футболисту сборной Египта Мохамеду Салаху принять участие в "
    "церемонии открытия Игр в Каире. "
)

# (text, kind, whether kg reads one)
CASES = [
    (SALAH + "Ещё недавно, после завершения матча сборных Египта и Турции, Салах приезжал в "
     "Александрию с семьёй.", "Visit", False),
    (SALAH + "Ещё недавно Салах приезжал в Александрию.", "Visit", False),
    ("Ещё недавно, после завершения матча сборных Египта и Турции, Салах приезжал в "
     "Александрию с семьёй.", "Visit", False),
    ("Глава телеканала Айше Кая рассказала, что переговоры со знаменитым ведущим шли "
     "достаточно легко.", "Talks", False),
    ("Главный редактор канала Айше Кая рассказала, что переговоры с ведущим шли легко.",
     "Talks", False),
    # "с семьёй" the parser hangs on the match before
    ("Ещё недавно, после завершения матча сборной Турции и Египта, Эмре приезжал в Измир с "
     "семьёй. Об этом рассказал его первый тренер Мехмет Озтюрк: \"Несколько дней он с женой "
     "и сыном пробыл в Измире.\"", "Visit", False),
    # must keep: a state's official travels, with his family or not
    ("Министр иностранных дел Чили Хосе Перес приезжал в Лиму.", "Visit", True),
    ("Министр иностранных дел Чили Хосе Перес приезжал в Лиму с семьёй.", "Visit", True),
    # must keep: a firm's head in talks with a state's official
    ("Глава телеканала Айше Кая провела переговоры с министром иностранных дел Египта "
     "Самехом Шукри.", "Talks", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "read"), CASES)
def test_private_doings_are_no_state_events(events, text, kind, read) -> None:
    found = [e for e in events(text, "2017-10-26") if e.kind == kind]
    assert bool(found) == read
