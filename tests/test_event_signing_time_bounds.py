"""A signing noun that is only the moment another act's time is counted from or to ("в
течение десяти дней после подписания документа", "через месяц после подписания", "с
момента подписания соглашения", "до подписания договора") tells no Signing of its own: it
is a signing told elsewhere or still to come (sixty-ninth pass, h-fixA). Before, each
gave a Signing on the day of the talks told before it. Must-nots: "После подписания
соглашения министры провели пресс-конференцию" and "Подписание документа состоялось в
среду" still tell a signing; one told before keeps its day. Sentences of our own about
other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-03-05"
_TALKS = "Министры иностранных дел Кении и Уганды 3 марта провели переговоры в Найроби. "

# the sentence after the talks, the labels of the Signings read
CASES = [
    ("Стороны договорились о прекращении огня в течение десяти дней после подписания "
     "документа.", []),
    ("Стороны договорились вывести войска через месяц после подписания соглашения.", []),
    ("Стороны договорились открыть границу спустя неделю после подписания протокола о "
     "границе.", []),
    ("Стороны откроют границу спустя неделю после подписания протокола.", []),
    ("Кения обязалась вернуть пленных к моменту подписания договора.", []),
    ("Стороны договорились вывести войска с момента подписания соглашения.", []),
    ("Стороны договорились вывести войска в течение месяца со дня подписания меморандума.",
     []),
    ("Стороны договорились не проводить учения до подписания соглашения.", []),
    # must-nots: a signing told before the act; one held
    ("После подписания соглашения министры провели пресс-конференцию.",
     ["Подписание соглашения"]),
    ("Сразу после подписания соглашения министры провели пресс-конференцию.",
     ["Подписание соглашения"]),
    ("В день подписания соглашения министры провели пресс-конференцию.",
     ["Подписание соглашения"]),
    ("Министры подписали соглашение о торговле. Подписание документа состоялось в Найроби.",
     ["Подписание соглашения о торговле"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "labels"), CASES)
def test_a_signing_that_bounds_a_time_is_none(events, sentence: str, labels: list[str]) -> None:
    read = of_kind(events(_TALKS + sentence, _DAY), "Signing")
    assert sorted(e.label for e in read) == labels


@pytest.mark.parametrize(
    "after",
    [
        "Соглашение вступит в силу через месяц после подписания документа.",
        "Египет и Иордания откроют границу до подписания протокола.",
    ],
)
def test_a_count_from_a_signing_told_before_keeps_it(events, after: str) -> None:
    """The signing told first stays one, of its day and place, with a count from it after."""
    text = (
        "Министры иностранных дел Египта и Иордании 3 марта подписали в Аммане соглашение о "
        f"торговле. {after}"
    )
    (signing,) = of_kind(events(text, _DAY), "Signing")
    assert (signing.label, signing.date, signing.location) == (
        "Подписание соглашения о торговле",
        "2026-03-03",
        "Амман",
    )


def test_a_held_signing_of_its_own_day_stays(events) -> None:
    text = "Подписание соглашения о транзите между Ганой и Того состоялось в среду."
    (signing,) = of_kind(events(text, _DAY), "Signing")
    assert (signing.date, signing.status) == ("2026-03-04", "occurred")
