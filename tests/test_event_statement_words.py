"""Statements whose words the text quotes ("«…», — говорится в заявлении группы"), with or
without an author of a state, and petitions sent to a head of state; bare attributions,
words retold of no one named and reports of a message are none. Sentences of our own about
other states."""

from __future__ import annotations

import pytest

# text, kind, participants (exactly), label
FIRES = [
    # a ministry's statement: the ministry's state is its author
    ("«Мы готовы к диалогу с Бразилией», — говорится в заявлении МИД Аргентины.",
     "Publication", {"state/ARG"}, "Заявление Аргентины"),
    # its words tell it, though no one named made it (a band, a group)
    ("«Концерт в Лиме станет для нас важнейшим событием», — говорится в заявлении группы.",
     "Publication", set(), "Заявление"),
    # a petition sent to a head of state: sender and addressee
    ("Лидер оппозиции Венесуэлы Хуан Гуайдо направил прошение президенту Колумбии Ивану Дуке.",
     "Message", {"person/khuan-guaydo", "person/ivan-duke", "state/VEN", "state/COL"},
     "Прошение Хуана Гуайдо"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "who", "label"), FIRES)
def test_a_statement_told_by_its_words(events, text, kind, who, label) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert (event.status, event.date, event.location) == ("occurred", "", "")
    assert set(event.participants) == who and event.label == label


# text, a kind it must not give
NONE = [
    # a bare attribution: no statement whose words are given
    ("Агентство Рейтер со ссылкой на МИД Перу сообщило о переговорах министров.",
     "Publication"),
    # a report of a happening, no one's statement
    ("Сообщение о взрыве в Лиме поступило в полицию в понедельник.", "Publication"),
    # words retold, not quoted; quoted words of no one named; a speaker the text leaves
    # unnamed
    ("В заявлении группы говорится, что концерт в Лиме отменён.", "Publication"),
    ("«Концерт в Лиме отменён», — говорится в заявлении.", "Publication"),
    ("В своём обращении к нации глава военного совета сообщил, что принял отставку "
     "правительства.", "Publication"),
    # a petition no one sends
    ("Суд Польши отклонил прошение о помиловании.", "Message"),
    # a report told false: neither a statement nor the leaving it tells of
    ("Сообщение об отставке министра Перу оказалось ложным.", "Publication"),
    ("Сообщение об отставке министра Перу оказалось ложным.", "Resignation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NONE)
def test_no_statement(events, text, kind) -> None:
    assert not [e for e in events(text) if e.kind == kind]
