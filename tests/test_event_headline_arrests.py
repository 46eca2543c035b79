"""An arrest whose person the body tells by a trade noun only and the headline by a common
noun (events120): "Создатель антивируса арестован в Латвии" above "… полиция Латвии арестовала
миллионера" is the arrest of the one person the text names before, whatever his title; the
arrest "Как сообщили власти Чили, X арестован" has no state for the authorities that report
it. Sentences of our own (Chile–Peru, Estonia–Latvia, Egypt–Turkey), with must-nots."""

from __future__ import annotations

import pytest

# (text, the person arrested, the arresting state)
HEADLINED = [
    ("Создатель антивируса арестован в Латвии\nЭстонский программист Андрес Тамм долго жил в "
     "Риге. 1 декабря 2020 года полиция Латвии арестовала миллионера при попытке пересечения "
     "границы.", "person/andres-tamm", "state/LVA"),
    ("Основатель компании задержан в Турции\nЕгипетский инженер Ахмед Салех прилетел в Анкару. "
     "В понедельник полиция Турции задержала миллионера в аэропорту.", "person/akhmed-salekh",
     "state/TUR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "state"), HEADLINED)
def test_the_headlines_arrested_is_the_one_named(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    person: str,
    state: str,
) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert person in arrest.participants and state in arrest.participants


NO_ONE = [
    # the headline tells another act
    "Создатель антивируса уехал в Латвию\nЭстонский программист Андрес Тамм долго жил в Риге. "
    "1 декабря 2020 года полиция Латвии арестовала миллионера при попытке пересечения границы.",
    # two named before
    "Создатель антивируса арестован в Латвии\nЭстонский программист Андрес Тамм и латвийский "
    "инженер Янис Озолс долго жили в Риге. 1 декабря 2020 года полиция Латвии арестовала "
    "миллионера при попытке пересечения границы.",
    # no headline
    "Эстонский программист Андрес Тамм долго жил в Риге. 1 декабря 2020 года полиция Латвии "
    "арестовала миллионера при попытке пересечения границы.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_no_one_else_is_the_arrested(events, text: str) -> None:  # noqa: ANN001
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert arrests and not any(k.startswith("person/") for e in arrests for k in e.participants)


def test_reporting_authorities_are_no_side(events) -> None:  # noqa: ANN001
    """Convention kept: the arresting authorities' state and the place's take part, those
    that only report do not."""
    text = "Как сообщили власти Чили, вице-министр транспорта Хорхе Бустос арестован за коррупцию."
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert arrest.participants == ["person/khorkhe-bustos"]
