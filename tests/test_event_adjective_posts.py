"""A post whose title begins with its adjective ("назначен специальным представителем
президента Эстонии", "полномочным представителем"): the adjective and the noun are the
office, so the appointment is read; a bare "представителем" (a spokesman, a delegate) stays
no office. Sentences of our own about Estonia, Latvia, Chile, Peru (pass forty-three, branch
h-events109)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _careers(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Appointment"]


FIRES = [
    ("В апреле 2019 года Хосе Пинеда был назначен специальным представителем президента "
     "Чили.", "специального представителя президента Чили"),
    ("Марта Мяэ была назначена постоянным представителем Эстонии при ООН.",
     "постоянного представителя Эстонии"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "post"), FIRES)
def test_a_title_that_begins_with_its_adjective(events, text: str, post: str) -> None:
    (career,) = _careers(events(text))
    assert post in career.label


KEPT = [  # must not change: a bare representative, an adjective of no title
    ("Хуан Перес был назначен представителем Перу на переговорах.", 0),
    ("Янис Берзиньш был назначен новым министром обороны Латвии.", 1),
]


@pytest.mark.parametrize(("text", "count"), KEPT)
def test_other_readings_stay(events, text: str, count: int) -> None:
    assert len(_careers(events(text))) == count


def test_an_adjective_that_is_a_title_alone_makes_none(events) -> None:
    """ "военными манёврами": "военный" is a title by itself, "манёвры" no post; the
    elections ahead stay no one's."""
    text = (
        "В преддверии выборов Марта Мяэ призвала НАТО направить в Эстонию больше военной "
        "техники для наблюдения за российскими военными манёврами, проходившими у границы."
    )
    found = events(text)
    assert not _careers(found)
    assert all(not any(p.startswith("person/") for p in e.participants) for e in found)
