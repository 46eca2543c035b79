"""A surname alone after a title ("глава МИД Словакии Бланар посетил Будапешт"): the
parser made it a second subject of the verb, so the visit was the state's ("Визит Словакии в
Венгрию") and the talks of a clause of "где" on its place were lost; the name is the
title's apposition (`nominative_objects.mend_titled_names`), as a full name is. Sentences
of our own about Slovakia–Hungary and Lithuania–Poland (fifty-seventh pass, h-events185)."""

from __future__ import annotations

import pytest

# (sentence, the name, its relation and the word it hangs on)
PARSES = [
    ("Вчера министр иностранных дел Польши Сикорский посетил Вильнюс.", "Сикорский",
     ("appos", "министр")),
    ("Глава МИД Словакии Бланар посетил Будапешт.", "Бланар", ("appos", "Глава")),
    # must not: a subject of its own, joined by "и"
    ("Министр Польши и Сикорский посетили Вильнюс.", "Сикорский", ("conj", "Министр")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "hung"), PARSES)
def test_a_surname_after_a_title_is_its_apposition(
    nlp,  # noqa: ANN001 - the conftest fixture
    text: str,
    name: str,
    hung: tuple[str, str],
) -> None:
    word = next(t for t in nlp(text) if t.text == name)
    assert (word.dep_, word.head.text) == hung


# (text, {kind: (label, location, date)})
TOLD = [
    ("Ранее, 5 мая, глава МИД Словакии Бланар посетил Будапешт, где обсудил с Сийярто "
     "транзит газа.",
     {"Visit": ("Визит Бланара в Венгрию", "Будапешт", "2025-05-05"),
      "Talks": ("Переговоры Бланара и Сийярто", "Будапешт", "2025-05-05")}),
    ("Ранее, 2 июня, глава МИД Литвы Будрис посетил Варшаву, где обсудил с Сикорским поставки.",
     {"Visit": ("Визит Будриса в Польшу", "Варшава", "2025-06-02"),
      "Talks": ("Переговоры Будриса и Сикорского", "Варшава", "2025-06-02")}),
    ("Ранее, 8 сентября, глава МИД Словакии Бланар совершил визит в Будапешт, в ходе которого "
     "обсудил с Сийярто транзит газа.",
     {"Visit": ("Визит Бланара в Венгрию", "Будапешт", "2025-09-08"),
      "Talks": ("Переговоры Бланара и Сийярто", "Будапешт", "2025-09-08")}),
    # must not: no person travels, the visit stays the state's
    ("Ранее, 5 мая, глава МИД Словакии посетил Будапешт.",
     {"Visit": ("Визит Словакии в Венгрию", "Будапешт", "2025-05-05")}),
    # must not: a clause of "где" that tells no talks
    ("Ранее, 5 мая, глава МИД Словакии Бланар посетил Будапешт, город, где живёт Сийярто.",
     {"Visit": ("Визит Бланара в Венгрию", "Будапешт", "2025-05-05")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), TOLD)
def test_the_titled_surname_travels_and_talks(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    told: dict[str, tuple[str, str, str]],
) -> None:
    found = {e.kind: (e.label, e.location, e.date) for e in events(text, "2026-03-12")}
    assert found == told
