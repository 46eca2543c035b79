"""Persons' names in event labels: a family's name after the Arabic article stays as
written, an epithet after a hyphen ("-младший") declines as an adjective with the surname.
Names of our own choosing, must-nots included."""

from __future__ import annotations

import pytest

from kg.extract.events.labels import person_in


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Мухаммед бен Заид Аль Нахайян", "gent", "Мухаммеда бен Заида Аль Нахайян"),
        ("Тамим бин Хамад Аль Тани", "ablt", "Тамимом бин Хамадом Аль Тани"),
        ("Джордж Буш-старший", "gent", "Джорджа Буша-старшего"),
        ("Мария Иванова-старшая", "datv", "Марии Ивановой-старшей"),
        # must not: a hyphen between names, an article that opens the name, a lower-case one
        ("Касым-Жомарт Токаев", "gent", "Касым-Жомарта Токаева"),
        ("Абдель Фаттах ас-Сиси", "gent", "Абделя Фаттаха ас-Сиси"),
        ("Жан-Мари Ле Пен", "ablt", "Жан-Мари Ле Пеном"),
    ],
)
def test_names_in_labels(name: str, case: str, form: str) -> None:
    assert person_in(name, case) == form


def test_an_event_label_keeps_the_family_name(events) -> None:
    text = "Президент ОАЭ Мухаммед бен Заид Аль Нахайян посетил Египет с официальным визитом."
    (visit,) = [e for e in events(text) if e.kind.endswith("Visit")]
    assert "Мухаммеда бен Заида Аль Нахайян " in visit.label
