"""Arrests of a person the text names before and the arrest names by a trade noun, and of one
whose name the parser hangs oddly (events119). "Как сообщает блог чилийского бизнесмена X,
полиция Перу арестовала миллионера" is X's arrest: the one person named before whose title
fits the noun ("миллионер" for "бизнесмен", `role_nouns.tsv`); two such persons give none.
"Вице-министр транспорта Латвии X арестован за коррупцию" is an arrest as "… по подозрению в
коррупции" is, however the tagger reads the title or the parser hangs the verb. Sentences of
our own (Chile–Peru, Estonia–Latvia, Egypt–Turkey)."""

from __future__ import annotations

import pytest

# (text, the person arrested, the arresting state)
ROLE_NOUNS = [
    ("Как сообщает блог чилийского бизнесмена Хуана Переса, 1 декабря 2020 года полиция Перу "
     "арестовала миллионера при попытке пересечения границы.", "person/khuan-peres", "state/PER"),
    ("Как сообщает блог латвийского бизнесмена Андриса Шкеле, 1 декабря 2020 года полиция "
     "Латвии арестовала миллионера при попытке пересечения им границы Латвии и Эстонии.",
     "person/andris-shkele", "state/LVA"),
    ("Египетский предприниматель Ахмед Салех прилетел в Анкару. В понедельник полиция Турции "
     "задержала бизнесмена в аэропорту.", "person/akhmed-salekh", "state/TUR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "state"), ROLE_NOUNS)
def test_a_trade_noun_arrest_is_of_the_one_named_before(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    person: str,
    state: str,
) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert person in arrest.participants and state in arrest.participants


def test_two_who_fit_the_noun_give_no_one(events) -> None:  # noqa: ANN001
    text = (
        "Египетский предприниматель Ахмед Салех и турецкий бизнесмен Мехмет Йылмаз встретились "
        "в Анкаре. В понедельник полиция Турции задержала бизнесмена в аэропорту."
    )
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert not any(k.startswith("person/") for k in arrest.participants)


# (text, the person arrested): "за коррупцию" as "по подозрению в коррупции"
CHARGED = [
    ("Как сообщили власти Чили, вице-министр транспорта Хорхе Бустос арестован за коррупцию.",
     "person/khorkhe-bustos"),
    ("Вице-министр транспорта Латвии Андрис Берзиньш арестован за коррупцию.",
     "person/andris-berzinsh"),
    ("Вице-министр транспорта Латвии Андрис Берзиньш арестован по подозрению в коррупции.",
     "person/andris-berzinsh"),
    # must keep
    ("В Латвии вице-министр транспорта Янис Озолс арестован по подозрению в коррупции.",
     "person/yanis-ozols"),
    ("В Латвии вице-министр транспорта Янис Озолс арестован за коррупцию.", "person/yanis-ozols"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), CHARGED)
def test_an_arrest_for_a_crime_is_one(events, text: str, person: str) -> None:  # noqa: ANN001
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert person in arrest.participants


def test_a_report_without_a_passive_verb_is_no_arrest(events) -> None:  # noqa: ANN001
    text = "Как сообщили власти Чили, вице-министр транспорта Хорхе Бустос прибыл в Лиму."
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
