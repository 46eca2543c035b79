"""A signing of the sides told right after talks the text dates, in their paragraph
("Накануне X провёл переговоры с Y. Стороны (Делегации двух стран) подписали совместное
заявление …"), is the talks' signing of their day, as one told "по итогам" of them is
(`merging._sides_talks_day`): no signing of the report's news of another day (the lead's "…
подписали 12 соглашений на бизнес-форуме"), where it had merged into that one and lost its
paper's label and day. Must-nots: talks of the report's own day, and a signing told in a
paragraph of its own, stay one signing with the lead's. Own sentences about Peru–Ecuador
(sixty-fourth pass, h-events235)."""

from __future__ import annotations

import pytest

DAY = "2026-05-14"
LEAD = "Перу и Эквадор подписали 12 соглашений на бизнес-форуме в Кито.\n\n"
TALKS = "президент Перу Хосе Херонимо провёл переговоры с президентом Эквадора Даниэлем Нобоа."
SIDES = "Стороны подписали совместное заявление о развитии торговли."
PACKAGE = ("2026-05-14", "Подписание 12 соглашений")
STATEMENT = ("2026-05-13", "Подписание совместного заявления о развитии торговли")

# (text, the Signings (date, label))
CASES = [
    (f"{LEAD}Накануне {TALKS} {SIDES}", [PACKAGE, STATEMENT]),
    (f"{LEAD}Накануне {TALKS} Делегации двух стран подписали совместное заявление о развитии "
     "торговли.", [PACKAGE, STATEMENT]),
    (f"{LEAD}Накануне {TALKS} Стороны обсудили торговлю. {SIDES}", [PACKAGE, STATEMENT]),
    # must-nots: talks of the report's day; the signing in a paragraph of its own
    (f"{LEAD}В четверг {TALKS} {SIDES}", [PACKAGE]),
    (f"{LEAD}Накануне {TALKS}\n\n{SIDES}", [PACKAGE]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signings"), CASES)
def test_sides_signing_talks_day(extraction_of, text, signings) -> None:
    read = extraction_of(text, DAY, "events").facts
    told = sorted((e.date, e.label) for e in read["events"] if e.kind == "Signing")
    assert told == sorted(signings)
