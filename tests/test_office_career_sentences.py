"""Career sentences with no subject of their own ("В 1988 году стал депутатом Конгресса
Перу. С 1989 года по 1990 год был председателем Сената Перу. С 2001 года по 2011 год —
глава …") give their posts, with their dates, to the one person the nearest sentence before
with a subject has as its subject, through other such sentences; none where that subject
is no person, two persons, or a person of the other gender. Sentences of our own about
Peru, Chile and Estonia (pass forty-six, h-offices55)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state", "start", "end")

CASES = [
    ("Хуан Сото родился в 1929 году в Куско. В 1988 году стал депутатом Конгресса Перу. С 1989 "
     "года по 1990 год был председателем Сената Перу.", "Сото",
     {("депутат", "state/PER", "1988", ""), ("председатель Сената", "state/PER", "1989", "1990")}),
    ("Мари Тамм родилась в Тарту. В 2003 году стала министром иностранных дел Эстонии.", "Тамм",
     {("министр иностранных дел", "state/EST", "2003", "")}),
    ("Хорхе Перес родился в Икике. С 2001 года по 2011 год — министр обороны Чили.", "Перес",
     {("министр обороны", "state/CHL", "2001", "2011")}),
    ("Хорхе Перес родился в Икике. С сентября 1998 года по май 1999 года — премьер-министр "
     "Чили.", "Перес", {("премьер-министр", "state/CHL", "1998-09", "1999-05")}),
    # must-nots: a subject of no person, two persons, the other gender, a name in the sentence
    ("Парламент Перу собрался в Лиме. В 1988 году стал депутатом Конгресса Перу.", "Сото",
     set()),
    ("Хуан Сото и Луис Перес прибыли в Лиму. В 1988 году стал депутатом Конгресса Перу.", "Сото",
     set()),
    ("Мари Тамм родилась в Тарту. В 2003 году стал министром иностранных дел Эстонии.", "Тамм",
     set()),
    ("Хорхе Перес родился в Икике. Глава МИД Чили — о переговорах с Перу.", "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_career_sentence_with_no_subject(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert text_holdings(extraction(text, "2025-03-10"), surname, FIELDS) == expected
