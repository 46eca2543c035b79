"""An interview's answer that tells, in the answerer's own telling, what someone else said
("Президент X подчеркнул, что …", "По словам министра Y, …") is still the answer: the
interviewee's words (it was dropped whole, as if the report attributed the answer). A figure
in the reporting sentence stays the one's cited, as in a transcript turn; the answer's other
figures are the interviewee's. Must-nots: an answer with a tail of its own ("…, — ответил
министр X.") stays that speaker's, an answer in a text that reported no interview is no one's,
and a plain answer is the interviewee's as before. Own interviews about Chile–Argentina and
Ethiopia–Kenya (sixtieth pass, h-relations58)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

LEAD = (
    "Посол Чили в Аргентине Хорхе Мартинес рассказал в интервью нашему корреспонденту о "
    "торговле двух стран.\n\n"
)
ASKED = "— Господин посол, как развивается торговля?\n\n"
REPORTED = (
    "— В 2025 году товарооборот Чили и Аргентины вырос до 9 миллиардов долларов. Президент "
    "Аргентины Хавьер Милей подчеркнул, что стороны намерены довести его до 15 миллиардов "
    "долларов к 2030 году."
)
PER = (
    "— По словам министра иностранных дел Кении Мусалии Мударади, переговоры о транзите "
    "завершатся летом. Мы готовы подписать соглашение."
)
PLAIN = "— Мы ожидаем, что в 2026 году товарооборот вырастет на 10 процентов."
TAILED = "— Переговоры идут хорошо, — ответил министр торговли Чили Хосе Гарсия."
KENYA_LEAD = (
    "Посол Эфиопии в Кении Мелесе Алему дал интервью нашей газете.\n\n"
    "— Господин посол, когда будет подписано соглашение?\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # musts: an answer that reports another's words is the interviewee's (was no quote)
        (LEAD + ASKED + REPORTED, [("Хорхе Мартинес", REPORTED[2:])]),
        (KENYA_LEAD + PER, [("Мелесе Алему", PER[2:])]),
        # must-nots: a plain answer is his as before; a tail of its own names its speaker;
        # with no interview reported before, the answer is no one's
        (LEAD + ASKED + PLAIN, [("Хорхе Мартинес", PLAIN[2:])]),
        (LEAD + ASKED + TAILED, [("Хосе Гарсия", "Переговоры идут хорошо")]),
        ("Торговля растёт.\n\n" + ASKED + REPORTED, []),
    ],
)  # fmt: skip
def test_an_answer_reporting_anothers_words_is_the_interviewees(
    said: Callable[[str], list[tuple[str, str]]], text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(text) == expected


def test_a_figure_of_the_cited_stays_his_the_answers_others_the_interviewees(
    extraction_of: Callable[..., Extraction],
) -> None:
    ex = extraction_of(LEAD + ASKED + REPORTED, "2026-03-12", "claims")
    names = {e.key: e.name for e in ex.entities}
    speakers = {str(c.value): names.get(c.speaker, "") for c in ex.facts["claims"]}
    assert speakers == {"9000000000": "Хорхе Мартинес", "15000000000": "Хавьер Милей"}
