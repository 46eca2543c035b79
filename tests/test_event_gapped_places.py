"""A place inside one of two clauses of one subject (", а затем", "и") places that clause's
event only; a place before both verbs places both. A later clause with a subject of its own
takes no place of the first. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# text, the places of the talks and of the forum ("-": none)
PLACED = [
    ("Президенты Польши и Литвы провели переговоры, а затем открыли форум в Вильнюсе.",
     "-", "Вильнюс"),
    ("Президенты Кении и Уганды провели переговоры, а затем открыли бизнес-форум в Кампале.",
     "-", "Кампала"),
    ("Президенты Чили и Перу провели переговоры и открыли бизнес-форум в Лиме.",
     "-", "Лима"),
    # a place before both verbs places both
    ("Президенты Польши и Литвы в Варшаве провели переговоры, а затем открыли форум.",
     "Варшава", "Варшава"),
    ("Президенты Кении и Уганды в Кампале провели переговоры, а потом открыли бизнес-форум.",
     "Кампала", "Кампала"),
    # must not: each clause's own place is its own
    ("Президенты Чили и Перу в Лиме провели переговоры, а затем открыли бизнес-форум в Куско.",
     "Лима", "Куско"),
    ("Президенты Чили и Перу провели переговоры в Лиме, а затем открыли бизнес-форум.",
     "Лима", "-"),
    # must not: a later clause with its own subject takes no place of the first
    ("Президенты Польши и Литвы в Варшаве провели переговоры, а министры Латвии и Эстонии "
     "открыли форум.", "Варшава", "-"),
    # must not: a forum told first frames the talks after it
    ("Президенты Кении и Уганды открыли бизнес-форум в Найроби и провели переговоры.",
     "Найроби", "Найроби"),
]  # fmt: skip

DAY = "2025-05-10"  # the document's


@pytest.mark.parametrize(("text", "talks", "forum"), PLACED)
def test_place_of_a_clause_is_its_own(events, text: str, talks: str, forum: str) -> None:
    read = {e.kind: e.location or "-" for e in events(text, DAY)}
    assert (read.get("Talks"), read.get("Forum")) == (talks, forum)
