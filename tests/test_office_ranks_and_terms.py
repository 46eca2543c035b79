"""A church's rank between a post and the name is no office served, as a military rank is
not: "Глава пресс-службы правительства Перу кардинал X" holds the post, and the rank of no
state. A performer's noun before a deed ("исполнители взрывов") is no title. A range of
years in brackets right after a title ("Министр внутренних дел Чили (2001—2003)") is the
office's term, a past one; not the years after a name (his life). One who "занимал пост
президента с 1981 по 2011 год" after "Экс-президент Египта" holds the past presidency of
Egypt, dated, and a bare title of that post later ("Премьер-министр Тэтчер") is that post. A
title joined by "и" before one of "страны" ("бывшему президенту и военному лидеру страны X")
serves that country too. A deputy's bare title before a person's genitive ("заместитель
Переса Мария Гонсалес") serves the one state or body he does. Own sentences about Chile,
Peru, Egypt, Turkey, Mexico and Britain (h-offices44)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings
from test_office_holders import holdings_of

from kg.model import Extraction

Dated = tuple[str, str, bool, str, str]  # office, state, past, start, end


def dated_of(ex: Extraction, surname: str) -> set[Dated]:
    fields = ("office", "state", "past", "start", "end")
    return text_holdings(ex, surname, fields)  # type: ignore[return-value]


RANKS = [
    ("Глава пресс-службы правительства Перу кардинал Хуан Перес посетил Чили.", "Перес",
     {("глава пресс-службы правительства", "state/PER", False), ("кардинал", "", False)}),
    ("Полиция Перу задержала двух главных исполнителей взрывов Хуана Переса и Карлоса Рамоса.",
     "Рамос", set()),
    ("Следователи Чили назвали исполнителя теракта Хуана Переса.", "Перес", set()),
    # must-not: a rank alone, a military rank after a post, a performer, a state's posts
    ("В Лиме прошла встреча с кардиналом Хуаном Пересом.", "Перес", {("кардинал", "", False)}),
    ("Министр обороны Перу генерал Хуан Перес посетил Чили.", "Перес",
     {("министр обороны", "state/PER", False)}),
    ("В Лиме выступил исполнитель авторской песни Хуан Перес.", "Перес",
     {("исполнитель авторской песни", "", False)}),
    ("Генеральный прокурор Перу Хуан Перес посетил Чили.", "Перес",
     {("генеральный прокурор", "state/PER", False)}),
    ("Посол Египта Карим Хасан встретился с министром Турции.", "Хасан",
     {("посол", "state/EGY", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), RANKS)
def test_a_rank_or_a_doer_is_no_office(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected


TERMS = [
    ("Хуан Перес, Министр внутренних дел Чили (2001—2003), посетил Лиму.", "Перес",
     {("министр внутренних дел", "state/CHL", True, "2001", "2003")}),
    ("Экс-президенту Египта Хосни Мубараку стало плохо. Мубарак, который занимал пост "
     "президента с 1981 по 2011 год, находится в больнице.", "Мубарак",
     {("президент", "state/EGY", True, "1981", "2011")}),
    # must-not: a life's years after the name; another's state
    ("Министр внутренних дел Чили Хуан Перес (1950—2010) посетил Лиму.", "Перес",
     {("министр внутренних дел", "state/CHL", False, "", "")}),
    ("Президент Египта Карим Хасан встретился с Омаром Саидом, который занимал пост "
     "президента с 1981 по 2011 год.", "Саид", {("президент", "", True, "", "")}),
    ("Маргарет Тэтчер посетила Чили. Тэтчер была премьер-министром Великобритании с 1979 по "
     "1990 год. Премьер-министр Тэтчер встретилась с Пиночетом.", "Тэтчер",
     {("премьер-министр", "state/GBR", True, "1979", "1990")}),
    ("Бывший президент Перу Хуан Перес и президент Чили Карлос Рамос встретились в Лиме. "
     "Президент Перес заявил, что доволен.", "Перес", {("президент", "state/PER", True, "", "")}),
    ("Верховный суд Перу вынес бывшему президенту и военному лидеру страны Карлосу Рамосу "
     "приговор.", "Рамос", {("президент", "state/PER", True, "", ""),
                            ("лидер страны", "state/PER", True, "", "")}),
    # must-not: a profession joined so serves no state
    ("Верховный суд Перу вынес экономисту и бывшему лидеру страны Карлосу Рамосу приговор.",
     "Рамос", {("экономист", "", True, "", ""), ("лидер страны", "state/PER", True, "", "")}),
]  # fmt: skip

DEPUTIES = [
    ("Глава Службы санитарного надзора Чили Хуан Перес ушёл в отставку. Его пост заняла "
     "заместитель Переса Мария Гонсалес.", "Гонсалес", {("заместитель", "state/CHL", False)}),
    ("Президент компании Codelco Хуан Перес посетил Лиму. На переговорах его сопровождала "
     "заместитель Переса Мария Гонсалес.", "Гонсалес", {("заместитель", "org/codelco", False)}),
    # must-not: one whose boss holds posts of two states; a deputy of no one named
    ("Бывший посол Чили в Перу Хуан Перес, ныне посол Мексики в Канаде, посетил Лиму. На "
     "переговорах его сопровождал помощник Переса Карлос Рамос.", "Рамос",
     {("помощник", "", False)}),
    ("Заместитель Карлос Рамос посетил Лиму.", "Рамос", {("заместитель", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), DEPUTIES)
def test_a_deputy_serves_his_bosss_state_or_body(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected


@pytest.mark.parametrize(("text", "surname", "expected"), TERMS)
def test_a_bracketed_term_or_the_state_told(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert dated_of(extraction(text, "2025-03-10"), surname) == expected
