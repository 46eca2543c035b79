"""A noun of a trade or rank that names again a person the text has named ("генерал X …
военный погиб на месте", "арестован журналист X … освободил журналиста") is that person,
where exactly one person named before has a title of that noun; two such, a word that
brings in someone new ("другого", "местный") or none named leave it no one (forty-second
pass, our own sentences about Estonia–Latvia and Peru)."""

from __future__ import annotations

import pytest

HEREM = "Генерал армии Эстонии Мартин Херем"
PEREZ = "В прошлом месяце в Перу был арестован журналист Хуан Перес. "


@pytest.mark.parametrize(
    ("text", "kind", "persons"),
    [
        (f"{HEREM} попал в ДТП под Ригой. Автомобиль съехал с дороги, в результате чего "
         "военный погиб на месте.", "Death", ["person/martin-kherem"]),
        (PEREZ + "Во вторник власти Перу освободили журналиста.", "Release",
         ["person/khuan-peres"]),
        # must-not: two named of the trade, another one, a local, a minister
        ("В прошлом месяце в Перу были арестованы журналист Хуан Перес и корреспондент "
         "Мария Лопес. Во вторник власти Перу освободили журналиста.", "Release", []),
        (PEREZ + "Во вторник власти Перу освободили другого журналиста.", "Release", []),
        (f"{HEREM} посетил Ригу. Во время визита местный военный погиб в ДТП.", "Death", None),
        ("Министр обороны Эстонии Ханно Певкур посетил Ригу. Во время учений военный погиб "
         "в ДТП.", "Death", None),
    ],
)  # fmt: skip
def test_a_role_noun_is_the_one_person_of_that_title(events, text, kind, persons):
    found = [e for e in events(text) if e.kind == kind]
    if persons is None:  # no one named died
        assert found == []
    else:
        (event,) = found
        assert [k for k in event.participants if k.startswith("person/")] == persons
