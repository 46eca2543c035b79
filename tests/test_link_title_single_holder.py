"""A state's title with no name beside it ("Президент Мексики") stands for the gazetteer's
holder of that office only where exactly one holder's term covers the document's date:
a text dated by its year alone in which two held it links no one (precision first); a day
or a month within one term links its holder; a state whose holders the gazetteer does not
know links no one. Sentences of our own (forty-second pass, h-misc43)."""

from __future__ import annotations

import pytest

CASES = [
    ("Президент Мексики заявил, что страна поддержит Канаду.", "2024-05-10",
     {"person/andres-manuel-lopez-obrador"}),
    ("Президент Мексики заявил, что страна поддержит Канаду.", "2024-10-05",
     {"person/claudia-sheinbaum"}),
    ("Президент Мексики заявил, что страна поддержит Канаду.", "2024-09",
     {"person/andres-manuel-lopez-obrador"}),
    # two held it in 2024: no one
    ("Президент Мексики заявил, что страна поддержит Канаду.", "2024", set()),
    # one term the gazetteer knows covers the year
    ("Президент Египта посетил Анкару.", "2024", {"person/abdel-fattah-el-sisi"}),
    # no holder known, no date: no one
    ("Президент Перу посетил Сантьяго.", "2024-05-10", set()),
    ("Президент Египта посетил Анкару.", "", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "persons"), CASES)
def test_a_title_links_the_one_holder_at_the_date(extraction, text, date, persons) -> None:  # noqa: ANN001
    ex = extraction(text, date)
    assert {e.key for e in ex.entities if e.type == "Person"} == persons
