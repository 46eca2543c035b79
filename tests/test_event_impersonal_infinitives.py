"""An infinitive trigger that is the clausal subject of an impersonal verb of planning or
achieving ("Подписать соглашение планируется в апреле", "Провести консультации планируется
в Аммане в марте", "Посетить Уганду предстоит в мае") takes the date and place the parser
hangs on that verb, as "Соглашение планируется подписать в апреле" took the infinitive's
own; a signing "в ходе визита в апреле" takes the month of the visit it is told within. A
verb of deciding ("было решено ещё в 2024 году") dates the decision, not the act, and a
personal verb's date ("в апреле решили подписать") stays its own. Sentences of our own
about other pairs of states (sixtieth pass, h-events199)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

_DAY = "2026-03-12"


def _read(read: list[Event], kind: str) -> list[tuple[str, str, str]]:
    return [(e.date, e.status, e.location) for e in read if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "read"),
    [
        (
            "Египет и Иордания подпишут соглашение о торговле. Подписать соглашение "
            "планируется в апреле.",
            "Signing",
            [("2026-04", "planned", "")],
        ),
        (
            "Подписать соглашение о торговле между Египтом и Иорданией планируется в апреле.",
            "Signing",
            [("2026-04", "planned", "")],
        ),
        (
            "Провести консультации Египта и Иордании планируется в Аммане в марте.",
            "Talks",
            [("2026-03", "planned", "Амман")],
        ),
        (
            "Провести выборы в Перу планируется в апреле.",
            "Election",
            [("2026-04", "planned", "Перу")],
        ),
        (
            "Посетить Уганду президенту Ганы предстоит в мае.",
            "Visit",
            [("2026-05", "planned", "Уганда")],
        ),
        # the month of the visit the signing is told within, a visit of no one named
        (
            "Подписать соглашение о торговле между Египтом и Иорданией планируется в ходе "
            "визита в апреле.",
            "Signing",
            [("2026-04", "planned", "")],
        ),
        (
            "Соглашение о торговле между Египтом и Иорданией подпишут в ходе визита в апреле.",
            "Signing",
            [("2026-04", "planned", "")],
        ),
        # must-nots: the infinitive's own date, a decision's day, a personal verb's, a visit
        # talked about, not the talks' frame
        (
            "Министры Египта и Иордании обсудили в ходе переговоров визит в апреле.",
            "Talks",
            [("2026-03-12", "occurred", "")],
        ),
        (
            "Соглашение о торговле между Египтом и Иорданией планируется подписать в апреле.",
            "Signing",
            [("2026-04", "planned", "")],
        ),
        (
            "Консультации Египта и Иордании планируется провести в Аммане в марте.",
            "Talks",
            [("2026-03", "planned", "Амман")],
        ),
        (
            "Подписать соглашение о торговле между Египтом и Иорданией было решено ещё в "
            "2024 году.",
            "Signing",
            [("", "planned", "")],
        ),
        (
            "Египет и Иордания в апреле решили подписать соглашение о торговле.",
            "Signing",
            [("", "planned", "")],
        ),
    ],
)
def test_impersonal_verb_dates_its_infinitive(events, text: str, kind: str, read: list) -> None:
    """The event's date, status and place."""
    assert _read(events(text, _DAY), kind) == read
