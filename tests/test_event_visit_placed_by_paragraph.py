"""A visit told only as "В ходе визита" by a person whom the paragraph that first names him
puts in a city of the other state its sentence names ("Неделя кино Марокко открылась в
столице Сенегала. Церемонию открытия провели министр культуры Марокко X и … В ходе визита
марокканский министр встретился с премьер-министром Сенегала"): his visit to that state, in
that city, its day left untold. Must-nots: a city of his own state, of a third state, or one
the paragraph names after a paragraph break (sixty-fifth pass, h-events242). Sentences of our
own about other pairs of states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

CEREMONY = (
    "Церемонию открытия провели министр культуры Марокко Мохаммед Бенсаид и министр культуры "
    "Сенегала Халиль Диалло.\n\n"
)


@pytest.mark.parametrize(
    ("text", "host", "location"),
    [
        (
            "Неделя кино Марокко открылась в столице Сенегала. "
            + CEREMONY
            + "В ходе визита марокканский министр также встретился с премьер-министром "
            "Сенегала Усманом Сонко.",
            "state/SEN",
            "Дакар",
        ),
        (
            "Неделя кино Сенегала открылась в Рабате. "
            + CEREMONY
            + "В ходе визита сенегальский министр также встретился с премьер-министром "
            "Марокко Азизом Аханнушем.",
            "state/MAR",
            "Рабат",
        ),
        (
            "Выставка индийского искусства открылась в Ханое. На открытии выступил министр "
            "культуры Индии Гаджендра Шекхават.\n\nВ ходе визита индийский министр провёл "
            "переговоры с министром культуры Вьетнама Нгуен Ван Хунгом.",
            "state/VNM",
            "Ханой",
        ),
        # must not: the city is the visitor's own state's
        (
            "Неделя кино Сенегала открылась в Рабате. "
            + CEREMONY
            + "В ходе визита марокканский министр также встретился с премьер-министром "
            "Сенегала Усманом Сонко.",
            "",
            "",
        ),
        # must not: a third state's city
        (
            "Фестиваль открылся в Женеве. Церемонию открытия провёл министр культуры Марокко "
            "Мохаммед Бенсаид.\n\nВ ходе визита марокканский министр встретился с министром "
            "культуры Сенегала Халилем Диалло.",
            "",
            "",
        ),
        # must not: the city told in a paragraph before the one that first names him
        (
            "Неделя кино Марокко открылась в Дакаре.\n\nНа церемонии выступил министр культуры "
            "Марокко Мохаммед Бенсаид.\n\nВ ходе визита марокканский министр встретился с "
            "премьер-министром Сенегала Усманом Сонко.",
            "",
            "",
        ),
    ],
)
def test_visit_placed_by_paragraph(
    events: Callable[..., list[Event]], text: str, host: str, location: str
) -> None:
    visit = one_of_kind(events(text, "2026-12-07"), "Visit")
    assert (host in visit.participants if host else True, visit.location) == (True, location)
    assert visit.date == ""
