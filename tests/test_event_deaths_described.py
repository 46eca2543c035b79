"""Deaths of a person the sentence names only by a noun of what they were, and the hand-overs
of a post told by a pronoun, a replacement or a release from prison (forty-fifth pass,
h-events115; sentences of our own about other states than the reviewed texts'):
- a death whose subject is the noun the text named the person by before ("в память о великом
  футболисте — X. Легендарный футболист ушёл из жизни"), whose subject's name follows a dash
  ("скончался предыдущий глава государства — X"), or told by a participle before its noun
  on a finite verb's object ("сменил скончавшегося 13 октября экс-президента Латвии X");
- one person's death told twice, dated once, is one death;
- a release: "вышла из тюрьмы", "вышла на свободу" (not "вышел на пенсию", "вышел из
  партии")."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


DEATHS = [
    ("В Чили объявлен трёхдневный траур в память о великом футболисте — Карлосе Кассели. "
     "Легендарный футболист ушёл из жизни в ночь с 4 на 5 января 2014 года в возрасте 72 лет.",
     "person/karlos-kasseli"),
    ("Бывший вице-президент Египта Ахмед Фаузи занял пост главы государства в июле 2012 года, "
     "после того как скончался предыдущий глава государства — Хосни Салем.",
     "person/khosni-salem"),
    ("В звании старейшего политика региона премьер-министр Эстонии Андрус Ансип сменил "
     "скончавшегося 13 октября 89-летнего экс-президента Латвии Гунтиса Улманиса.",
     "person/guntis-ulmanis"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), DEATHS)
def test_a_death_of_one_described(events, text: str, person: str) -> None:
    (death,) = _of(events(text, "2024-05-10"), "Death")
    assert death.participants == [person]


NO_DEATHS = [
    # another player, not the one named before
    "В Чили объявлен траур в память о великом футболисте — Карлосе Кассели. Другой футболист "
    "ушёл из жизни в ночь на 5 января.",
    # a noun the text named no one by
    "В Чили объявлен траур в память о великом футболисте — Карлосе Кассели. Легендарный "
    "тренер ушёл из жизни в ночь на 5 января.",
]


@pytest.mark.parametrize("text", NO_DEATHS)
def test_no_death_of_one_not_named(events, text: str) -> None:
    assert not _of(events(text, "2024-05-10"), "Death")


def test_a_death_told_dated_and_undated_is_one(events) -> None:
    text = (
        "Бывшая министр юстиции Мексики Мария Лопес долго болела. Она умерла в Мехико. Когда "
        "она умерла 5 сентября 1997 года, всё её имущество состояло из книг."
    )
    (death,) = _of(events(text, "2024-05-10"), "Death")
    assert death.date == "1997-09-05"
