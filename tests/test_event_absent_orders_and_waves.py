"""Arrests told by a noun alone (forty-second pass, h-events103, own sentences): an arrest in
absentia a court's ruling orders ("вынес решение о заочном аресте X") or a verb sanctions
("санкционировал заочный арест X"), a measure of restraint it is the form of or a motion a court
grants ("удовлетворил ходатайство о заочном аресте X") is an arrest in absentia of X; one only
asked for, or a motion turned down, is none.
A series of detentions of no one named ("Полиция Мексики провела серию задержаний") is an
arrest by the police's state."""

from __future__ import annotations

import pytest

ORDERED = [
    ("Суд Перу вынес решение о заочном аресте бывшего министра Чили Хорхе Буррхеля.",
     "person/khorkhe-burrkhel"),
    ("Суд Анкары санкционировал заочный арест египетского бизнесмена Ахмеда Салеха.",
     "person/akhmed-salekh"),
    ("Таллинский суд принял постановление о заочном аресте бизнесмена Андреса Тамма.",
     "person/andres-tamm"),
    ("Суд Лимы избрал бывшему президенту Перу Алехандро Толедо меру пресечения в виде "
     "заочного ареста.", "person/alekhandro-toledo"),
    ("Суд Перу удовлетворил ходатайство прокуратуры о заочном аресте министра Чили Хорхе "
     "Буррхеля.", "person/khorkhe-burrkhel"),
]  # fmt: skip

ASKED = [
    # must not: an arrest in absentia only asked for, or a ruling on an arrest not in absentia
    "Прокуратура направила в суд ходатайство о заочном аресте министра Чили Хорхе Буррхеля.",
    "Прокуратура Перу потребовала заочного ареста министра Чили Хорхе Буррхеля.",
    "Суд Перу рассмотрит вопрос о заочном аресте министра Чили Хорхе Буррхеля.",
    "Суд Перу отклонил ходатайство прокуратуры о заочном аресте министра Чили Хорхе Буррхеля.",
]


@pytest.mark.parametrize(("text", "person"), ORDERED)
def test_ordered_arrest_in_absentia(events, text: str, person: str) -> None:  # noqa: ANN001
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert person in arrest.participants
    assert arrest.label.startswith("Заочный арест ")
    # told in the past in the lead: done on the news day, as "заочно арестовал" is
    assert (arrest.status, arrest.date) == ("occurred", "2024-05-10")


def test_ruling_ahead_is_planned(events) -> None:  # noqa: ANN001
    text = "Суд Перу вынесет решение о заочном аресте министра Чили Хорхе Буррхеля в понедельник."
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert (arrest.status, arrest.date) == ("planned", "2024-05-13")


@pytest.mark.parametrize("text", ASKED)
def test_asked_arrest_is_none(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]


WAVES = [
    ("Полиция Мексики провела серию задержаний.", "state/MEX"),
    ("Полиция Мексики провела в Мехико серию задержаний.", "state/MEX"),
    ("Полиция провела серию задержаний в Таллине.", "state/EST"),
    # must keep: a series of detentions of people the text names by a noun
    ("Полиция Латвии провела серию задержаний подозреваемых.", "state/LVA"),
]


@pytest.mark.parametrize(("text", "state"), WAVES)
def test_series_of_detentions(events, text: str, state: str) -> None:  # noqa: ANN001
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert arrest.status == "occurred"
    assert [p for p in arrest.participants if p.startswith("state/")] == [state]


def test_series_of_searches_is_no_arrest(events) -> None:  # noqa: ANN001
    # must not: a series of searches or of meetings
    for text in (
        "Полиция Эстонии провела серию обысков в Таллине.",
        "Министр внутренних дел Канады провёл серию встреч с коллегами из Мексики.",
    ):
        assert not [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
