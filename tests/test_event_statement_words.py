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
    # a statement its author came out with ("выступил с заявлением")
    ("МИД Индонезии выступил с заявлением по поводу решения властей Австралии.",
     "Publication", {"state/IDN"}, "Заявление Индонезии"),
    ("Правительство Польши выступило с заявлением в связи с инцидентом на границе.",
     "Publication", {"state/POL"}, "Заявление Польши"),
    # quoted words of a statement the sentence before tells its state's body made
    ("МИД Франции осудил удары по территории Сирии. «Париж призывает все стороны к "
     "сдержанности», — говорится в заявлении.", "Publication", {"state/FRA"},
     "Заявление Франции"),
    ("Министерство иностранных дел Аргентины выразило протест Великобритании. «Фолкленды "
     "остаются частью Аргентины», — говорится в заявлении ведомства.", "Publication",
     {"state/ARG"}, "Заявление Аргентины"),
    # a petition sent to a head of state: sender and addressee
    # (a dative surname in "-е" after a consonant reads as one in "-а" since h-names39:
    # "Ивану Дуке" is "Иван Дука" by form; the addressee here is one no form leaves open)
    ("Лидер оппозиции Венесуэлы Хуан Гуайдо направил прошение президенту Колумбии Густаво "
     "Петро.",
     "Message", {"person/khuan-guaydo", "person/gustavo-petro", "state/VEN", "state/COL"},
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
    # a statement stood against, one ahead, one of which the text tells no publishing
    ("МИД Австралии выступил против заявления Китая о спорных островах.", "Publication"),
    ("МИД Сербии выступит с заявлением по итогам переговоров с ЕС.", "Publication"),
    ("Эксперты из Алжира считают, что в заявлении МИД Марокко нет ничего нового.",
     "Publication"),
    # the sentence before names a person, whose statement the quoted one need not be
    ("Премьер-министр Японии прибыл во Вьетнам. «Мы рассчитываем на новый уровень "
     "отношений», — говорится в заявлении.", "Publication"),
    # a petition no one sends
    ("Суд Польши отклонил прошение о помиловании.", "Message"),
    # a report told false: neither a statement nor the leaving it tells of
    ("Сообщение об отставке министра Перу оказалось ложным.", "Publication"),
    ("Сообщение об отставке министра Перу оказалось ложным.", "Resignation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NONE)
def test_no_statement(events, text, kind) -> None:
    assert not [e for e in events(text) if e.kind == kind]
