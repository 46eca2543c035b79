"""A headline that tells an act of someone by a role noun only ("Генерал армии Чили погиб в
Перу", "Генерал НАТО погиб в ДТП в Италии") above a text that names him by that title and
tells the act again ("… генерал X … Военный погиб на месте") is his act: the headline's place
is the one event's. Not where the headline names its own person, two persons hold the title,
or the text tells the act of no one it names so. Sentences of our own (forty-eighth pass,
h-events125)."""

from __future__ import annotations

import pytest

# (text, kind, the person, the place)
HEADED = [
    ("Генерал армии Чили погиб в Перу\nПо информации издания, генерал Хуан Перес, "
     "находившийся за рулём автомобиля, врезался в грузовик. Военный погиб на месте.",
     "Death", "person/khuan-peres", "Перу"),
    ("Генерал НАТО погиб в ДТП в Греции\nПо данным газеты, генерал Томас Вуд, находившийся "
     "за рулём, врезался в автобус. Военный погиб на месте.",
     "Death", "person/tomas-vud", "Греция"),
    ("Дипломат Эквадора скончался в Лиме\nПосол Хуан Перес скончался от сердечного "
     "приступа.", "Death", "person/khuan-peres", "Лима"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "person", "place"), HEADED)
def test_a_headline_role_noun_is_the_one_named_below(
    events, text: str, kind: str, person: str, place: str
) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert (event.participants[:1], event.location) == ([person], place)


# Must not: two generals named below; the one named so tells of another's death; the
# headline names its own person (whose place stays the headline's)
NOT_HEADED = [
    ("Генерал погиб в Перу\nГенерал Хуан Перес и генерал Педро Гомес ехали в машине. Генерал "
     "Перес погиб.", [("person/khuan-peres", "")]),
    ("Генерал армии Чили погиб в Перу\nГенерал Педро Гомес рассказал о гибели коллеги Хуана "
     "Переса.", []),
    ("Генерал армии Чили Хуан Перес погиб в Перу\nГенерал Педро Гомес остался жив.",
     [("person/khuan-peres", "Перу")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "deaths"), NOT_HEADED)
def test_a_headline_role_noun_of_no_one_told_so_stays_unread(
    events, text: str, deaths: list[tuple[str, str]]
) -> None:
    found = [(e.participants[0], e.location) for e in events(text) if e.kind == "Death"]
    assert found == deaths
