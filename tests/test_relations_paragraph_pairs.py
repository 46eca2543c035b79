""" "Стороны" in a digest of several pairs take the pair of their own paragraph (sixty-first
pass, h-relations60).

A weekly digest tells one bilateral story a paragraph; its states named most are the pair of
one story, not of every "Стороны". The paper "Стороны" sign, its Signing and a level of
relations it sets are between the two states the nearest sentence of its paragraph names
(`pair.paragraph_pair`), where the report names more than two states in more than one
paragraph. Must-nots: a two-state report, a report whose later paragraph names no state (the
lead pair stands), and a report of one paragraph keep their reading.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, EGY_JOR, KEN_TZA, KEN_UGA, agreement_rows
from relation_runs import PARTNERS

DAY = "2026-03-12"
JAPAN_KOREA = (
    "Обзор событий недели.\n\n"
    "Премьер-министр Японии принял в Токио президента Южной Кореи. Лидеры Японии и Южной "
    "Кореи обсудили торговлю. Япония и Южная Корея договорились открыть новые авиарейсы.\n\n"
)
KENYA_UGANDA = (
    "Кения и Уганда провели переговоры в Кампале. Лидеры Кении и Уганды обсудили торговлю "
    "и строительство железной дороги.\n\n"
)
DECLARATION = "Стороны подписали декларацию о стратегическом партнёрстве."

CASES = [
    # the second story's pair, where the first story's is named most
    (f"{JAPAN_KOREA}В пятницу президент Чили посетил Перу. {DECLARATION}", CHL_PER),
    (f"{JAPAN_KOREA}В пятницу глава МИД Египта посетил Амман. Там он встретился с министром "
     f"иностранных дел Иордании. {DECLARATION}", EGY_JOR),
    (f"{JAPAN_KOREA}В пятницу президент Кении посетил Танзанию. Визит продлился два дня. "
     f"{DECLARATION}", KEN_TZA),
    # a sentence before that names one state of the story and one more: the nearest pair
    (f"{KENYA_UGANDA}Президент Кении затем провёл переговоры с президентом Танзании. "
     f"{DECLARATION}", KEN_TZA),
    # must-nots: two states; a later paragraph that names none; one paragraph of three states
    (f"Президент Чили посетил Перу.\n\nЛидеры Чили и Перу обсудили торговлю.\n\n{DECLARATION}",
     CHL_PER),
    (f"{KENYA_UGANDA}Об этом сообщил министр иностранных дел Танзании.\n\n{DECLARATION}",
     KEN_UGA),
    (f"{KENYA_UGANDA.strip()} Об этом сообщил министр иностранных дел Танзании. {DECLARATION}",
     KEN_UGA),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides"), CASES)
def test_the_paper_of_the_paragraph(analyse, text, sides):
    rows = agreement_rows(analyse, text, DAY)
    assert [row[2] for row in rows] == [sides]


@pytest.mark.parametrize(("text", "sides"), CASES)
def test_the_signing_of_the_paragraph(events, text, sides):
    signings = [e for e in events(text, DAY) if e.kind == "Signing"]
    assert [tuple(sorted(e.participants)) for e in signings] == [sides]


@pytest.mark.parametrize(("text", "sides"), CASES)
def test_the_level_of_the_paragraph(levels, text, sides):
    found = {(frozenset(row[:2]), row[2]) for row in levels(text)}
    assert found == {(frozenset(sides), PARTNERS)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (f"{JAPAN_KOREA}В пятницу президент Чили посетил Перу. Следующий саммит двух стран "
         "пройдёт в Лиме в мае.", CHL_PER),
        # must-not: a later paragraph that names no state keeps the report's pair
        (f"{KENYA_UGANDA}Об этом сообщил министр иностранных дел Танзании.\n\nСледующий саммит "
         "двух стран пройдёт в мае.", KEN_UGA),
    ],
)  # fmt: skip
def test_the_summit_of_two_states_of_the_paragraph(events, text, sides):
    summits = [e for e in events(text, DAY) if e.kind == "Summit"]
    assert [tuple(sorted(e.participants)) for e in summits] == [sides]


def test_a_third_state_in_the_clause_of_a_one_pair_report(levels):
    """A report of one pair (both named in one paragraph) whose change of relations names a
    third state in its own subordinate clause: the pair word is the report's pair, not the
    two the sentence names (fix after the merges of the sixty-first pass)."""
    text = (
        "Гана выслала трёх дипломатов Того. Власти Того назвали решение Ганы необоснованным.\n\n"
        "Отношения между двумя странами резко ухудшились, после того как президент Ганы "
        "поддержал позицию Нигерии в споре о границе."
    )
    found = {(frozenset(row[:2]), row[2]) for row in levels(text)}
    assert {pair for pair, _ in found} == {frozenset({"state/GHA", "state/TGO"})}
