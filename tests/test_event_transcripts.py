"""Official transcripts: the headline "Встреча с X" names the meeting the turns below it
record, whose host is the one other speaker; with more speakers the host is not guessed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

HOSTED = [
    (
        "Встреча с Президентом Вьетнама То Ламом\nВ Доме Правительства состоялась встреча.\n"
        "М.Мишустин: Уважаемый товарищ То Лам! Рады видеть Вас.\n"
        "То Лам (как переведено): Благодарю за тёплый приём.",
        {"Мишустин", "То Лам"},
    ),
    (
        "Встреча с Президентом Узбекистана Шавкатом Мирзиёевым\nПереговоры прошли в Кремле.\n"
        "В.Путин: Рады видеть Вас.\nШ.Мирзиёев: Спасибо за приглашение.",
        {"Путин", "Мирзиёев"},
    ),
    (
        "Переговоры с Премьер-министром Индии Нарендрой Моди\nВ.Путин: Рады видеть Вас.\n"
        "Н.Моди (как переведено): Спасибо.\nВ.Путин: Обсудим торговлю.",
        {"Путин", "Моди"},
    ),
    (
        "Встреча с Президентом Египта Абдель Фаттахом ас-Сиси\nМ.Мишустин: Рады видеть Вас.\n"
        "А.Ф.ас-Сиси (как переведено): Спасибо.",
        {"Мишустин", "ас-Сиси"},
    ),
    (
        "Встреча с Президентом Бразилии Лулой да Силвой\nТо Лам: Рады видеть Вас в Ханое.\n"
        "Л.Лула да Силва (как переведено): Спасибо.",
        {"То Лам", "Лул"},
    ),
]


def _persons(event: Event, names: list[str]) -> set[str]:
    return {n for n in names if n in event.label}


@pytest.mark.parametrize(("text", "both"), HOSTED)
def test_headline_meeting_has_the_other_speaker_for_host(
    events: Callable[..., list[Event]], text: str, both: set[str]
) -> None:
    talks = [e for e in events(text) if e.kind in ("Meeting", "Talks")]
    assert len(talks) == 1, talks
    assert sum(p.startswith("person/") for p in talks[0].participants) == 2, talks[0]
    assert _persons(talks[0], sorted(both)) == both, talks[0].label


def test_no_host_among_several_speakers(events: Callable[..., list[Event]]) -> None:
    text = (
        "Встреча с Президентом Вьетнама То Ламом\nВ.Путин: Рады видеть Вас.\n"
        "М.Мишустин: Добро пожаловать.\nТо Лам (как переведено): Спасибо."
    )
    talks = [e for e in events(text) if e.kind in ("Meeting", "Talks")]
    assert [p for p in talks[0].participants if p.startswith("person/")] == ["person/to-lam"]


def test_no_host_without_turns(events: Callable[..., list[Event]]) -> None:
    text = (
        "Встреча с Президентом Вьетнама То Ламом\nПрезидент Бразилии Лула да Силва заявил: "
        "«Мы рады визиту».\nТо Лам прибыл в Бразилиа."
    )
    talks = [e for e in events(text) if e.kind in ("Meeting", "Talks")]
    assert [p for p in talks[0].participants if p.startswith("person/")] == ["person/to-lam"]


def test_headline_and_intro_are_one_meeting(events: Callable[..., list[Event]]) -> None:
    """The turn label adds a dynasty name to the headline's guest: one person, one meeting."""
    text = (
        "Встреча с Министром иностранных дел Саудовской Аравии Файсалом бен Фарханом\n"
        "В Кремле состоялась встреча Президента России с Министром иностранных дел Королевства "
        "Саудовская Аравия Файсалом бен Фарханом Аль Саудом.\n"
        "В.Путин: Рад Вас видеть.\nФайсал бен Фархан Аль Сауд (как переведено): Спасибо."
    )
    talks = [e for e in events(text) if e.kind in ("Meeting", "Talks")]
    assert len(talks) == 1, talks
    persons = sorted(p for p in talks[0].participants if p.startswith("person/"))
    assert len(persons) == 2 and "person/Q7747" in persons, persons
