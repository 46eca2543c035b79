"""A man's foreign surname in "-ия" declines in an event's label as "Берия" does ("Отставка
Луиса Гарсии"), though the dictionary lists "Гарсия" as a name that never declines; a "-иа"
stays ("Габриэля Гарсиа Маркеса"), and a woman's "-ия" takes "-ии" in the dative too
(names79; own names and sentences about Peru and Chile)."""

from __future__ import annotations

import pytest

from kg.extract.events.labels import person_in


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Луис Гарсия", "gent", "Луиса Гарсии"),
        ("Алан Гарсия", "datv", "Алану Гарсии"),
        ("Алан Гарсия", "ablt", "Аланом Гарсией"),
        ("Мария Гарсия", "datv", "Марии Гарсии"),
        # must not: a foreign "-иа", a surname in "-ия" the dictionary declines already,
        # a first name in "-ия"
        ("Габриэль Гарсиа Маркес", "gent", "Габриэля Гарсиа Маркеса"),
        ("Лаврентий Берия", "gent", "Лаврентия Берии"),
        ("Мария Иванова", "datv", "Марии Ивановой"),
    ],
)  # fmt: skip
def test_surname_in_ia(name: str, case: str, form: str) -> None:
    assert person_in(name, case) == form


def test_a_resignation_label(events) -> None:  # noqa: ANN001 - the conftest fixture
    text = (
        "Посол Перу в Чили Педро Санчес был назначен министром обороны вместо ушедшего в "
        "отставку Луиса Гарсии."
    )
    labels = {e.label for e in events(text) if e.kind.endswith("Resignation")}
    assert labels == {"Отставка Луиса Гарсии"}
