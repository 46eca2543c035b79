"""An office the text says was taken and then, by a verb of leaving joined to that taking
with no subject or office of its own, left ("был назначен министром в 2015 году, а в 2018
году ушёл в отставку") is a past office ending at the leaving's date. Own sentences about
officials of Colombia, Ecuador, Paraguay, Uruguay (names62); must-nots: another's leaving,
leaving another post, a leaving announced in the present."""

from __future__ import annotations

import pytest

from kg.model import Extraction

DATE = "2024-05-15"


def holdings(ex: Extraction, surname: str, office: str) -> set[tuple[str, str, bool]]:
    """(start, end, past) of each text holding of that surname in that office."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    return {
        (h.start, h.end, h.past)
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == surname and h.office == office
    }


LEFT = [
    ("Пабло Мендес в 2015 году был назначен министром иностранных дел Колумбии, а в 2018 "
     "году ушёл в отставку.", "Мендес", "министр иностранных дел", ("2015", "2018", True)),
    ("Карлос Вега был избран президентом Эквадора в 2010 году и ушёл в отставку в 2014 году.",
     "Вега", "президент", ("2010", "2014", True)),
    ("В 2012 году Хосе Варгас был назначен послом Парагвая в Уругвае, а в марте 2016 года "
     "покинул свой пост.", "Варгас", "посол", ("2012", "2016-03", True)),
]  # fmt: skip

NOT_LEFT = [
    # another's leaving
    ("Пабло Мендес в 2015 году был назначен министром иностранных дел Колумбии, а в 2018 "
     "году Хосе Варгас ушёл в отставку.", "Мендес", "министр иностранных дел"),
    # a leaving announced, told in the present
    ("Пабло Мендес в 2015 году был назначен министром иностранных дел Колумбии и теперь "
     "уходит в отставку.", "Мендес", "министр иностранных дел"),
    # leaving another post
    ("Луис Соса в 2015 году был назначен министром финансов Уругвая, а в 2018 году ушёл с "
     "поста главы партии.", "Соса", "министр финансов"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "office", "expected"), LEFT)
def test_office_left_after(
    extraction, text: str, surname: str, office: str, expected: tuple[str, str, bool]
) -> None:
    """The holding has the start, end and past the text tells."""
    assert holdings(extraction(text, DATE), surname, office) == {expected}


@pytest.mark.parametrize(("text", "surname", "office"), NOT_LEFT)
def test_office_not_left(extraction, text: str, surname: str, office: str) -> None:
    """The office is read, neither ended nor past."""
    found = holdings(extraction(text, DATE), surname, office)
    assert found and not any(end or past for _, end, past in found)
