"""Persons' names in event labels: the Arabic article stays as written and the family's
name after it declines with the other words ("Мухаммеда бен Заида Аль Нахайяна", sixty-ninth
pass, h-events264), an epithet after a hyphen ("-младший") declines as an adjective with
the surname. Names of our own choosing, must-nots included."""

from __future__ import annotations

import pytest

from kg.extract.events.labels import in_, person_in


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Мухаммед бен Заид Аль Нахайян", "gent", "Мухаммеда бен Заида Аль Нахайяна"),
        ("Халед бен Мухаммед Аль Нахайян", "gent", "Халеда бен Мухаммеда Аль Нахайяна"),
        ("Мухаммед бен Рашид Аль Мактум", "ablt", "Мухаммедом бен Рашидом Аль Мактумом"),
        ("Хамад бен Иса Аль Халифа", "gent", "Хамада бен Исы Аль Халифы"),
        ("Фейсал бен Фархан Аль-Сауд", "datv", "Фейсалу бен Фархану Аль-Сауду"),
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


def test_an_event_label_declines_the_family_name(events) -> None:
    text = "Президент ОАЭ Мухаммед бен Заид Аль Нахайян посетил Египет с официальным визитом."
    (visit,) = [e for e in events(text) if e.kind.endswith("Visit")]
    assert "Мухаммеда бен Заида Аль Нахайяна " in visit.label


@pytest.mark.parametrize(
    ("place", "phrase"),
    [
        ("Вьетнам", "во Вьетнам"),
        ("Францию", "во Францию"),
        ("Владивостоке", "во Владивостоке"),
        # must not: "в" and a vowel, any other letter
        ("Венгрию", "в Венгрию"),
        ("Финляндию", "в Финляндию"),
        ("Кению", "в Кению"),
        ("В", "в В"),
    ],
)
def test_in_before_a_place(place: str, phrase: str) -> None:
    assert in_(place) == phrase


def test_a_visit_label_says_vo(events) -> None:
    text = "Министр иностранных дел Индонезии Ретно Марсуди посетила Вьетнам с визитом."
    (visit,) = [e for e in events(text) if e.kind.endswith("Visit")]
    assert visit.label.endswith(" во Вьетнам")
