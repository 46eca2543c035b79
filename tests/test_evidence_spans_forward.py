"""Every fact's evidence is a forward span of its document's text: start before end, its text
the text's slice. A title held now after a former one and after the name ("Жоау Силва, бывший
министр иностранных дел Бразилии, а ныне сенатор, …") gave its holding a span from the later
title back to the end of the former (76–67), a selector no reader can resolve (fifty-seventh
pass, lead). Own sentences about Brazil–Argentina, Egypt, France–India."""

from __future__ import annotations

import pytest

DAY = "2026-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Жоау Силва, бывший министр иностранных дел Бразилии, а ныне сенатор, посетил "
        "Буэнос-Айрес.",
        "Бывший министр обороны Египта, а ныне советник президента Мохамед Закки прибыл в Каир.",
        "Бывший посол Франции в Индии, а теперь сенатор Жан Дюваль заявил о поддержке Дели.",
    ],
)
def test_every_evidence_span_runs_forward(extraction, text: str) -> None:
    ex = extraction(text, DAY)
    spans = [s for facts in ex.facts.values() for f in facts for s in getattr(f, "evidence", [])]
    assert spans
    for s in spans:
        assert s.start < s.end and text[s.start : s.end] == s.text, s
