"""A death told by a list's entry in parentheses after a name ("X (14 февраля 2016 года, 52
года, заявленная причина смерти — инфаркт) — исполнительный директор"): X died, on the day the
parentheses give. Forty-seventh pass, sentences of our own (Egypt), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

KEMAL = "person/mustafa-kemal"


@pytest.mark.parametrize(
    "text",
    [
        "В феврале 2016 года скоропостижно скончались два бывших руководителя Египетского "
        "антидопингового агентства: Ахмед Салех (скончался 3 февраля 2016, причина смерти не "
        "сообщалась) — председатель совета агентства; Мустафа Кемаль (14 февраля 2016 года, 52 "
        "года, заявленная причина смерти — инфаркт) — исполнительный директор агентства.",
        "Мустафа Кемаль (14 февраля 2016 года, 52 года, заявленная причина смерти — инфаркт) — "
        "исполнительный директор агентства.",
    ],
)
def test_the_bracketed_name_died_that_day(events, text: str) -> None:
    deaths = {e.participants[0]: e.date for e in of_kind(events(text, "2016-04-13"), "Death")}
    assert deaths[KEMAL] == "2016-02-14"


@pytest.mark.parametrize(
    "text",
    [
        # the noun's own genitive: whose death it is
        "Мустафа Кемаль (глава агентства, 2010 год) сообщил о смерти Ахмеда Салеха.",
        "Мустафа Кемаль (на фото) заявил, что причина смерти не установлена.",
    ],
)
def test_no_one_else_dies(events, text: str) -> None:
    assert all(KEMAL not in e.participants for e in of_kind(events(text, "2016-04-13"), "Death"))
