"""A date that opens a clause after its conjunction ("Напомним, что 28 февраля 2013 года X
отрёкся от престола, простился …, покинул …") dates the clause's first verb, wherever the
parser hangs it (on a later verb of the list); a date after another verb of the clause is
not the first verb's. Sentences of our own about Spain, Chile, Peru (events95)."""

from __future__ import annotations


def test_a_date_after_the_clause_conjunction_dates_its_verb(events) -> None:
    text = (
        "Напомним, что 28 февраля 2013 года король Испании Хуан Карлос отрёкся от престола, "
        "официально простился с министрами, покинул Мадрид и удалился на покой."
    )
    found = [e for e in events(text) if e.kind == "Resignation"]
    assert [e.date for e in found] == ["2013-02-28"]


def test_dates_of_two_verbs_stay_their_own(events) -> None:
    text = (
        "Министр заявил, что в 2019 году президент Чили посетил Перу, а в мае 2024 года "
        "встретится с президентом Перу."
    )
    dates = sorted(e.date for e in events(text, "2024-05-02"))
    assert dates == ["2019", "2024-05"]
