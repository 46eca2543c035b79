"""A death told of one's kinsman (forty-fifth pass, h-events117; sentences of our own about
other states than the reviewed texts'): "После гибели мужа X стала …" is the husband's death
(unnamed: no row), never X's, where the parser apposes the clause's subject X to the
kinsman in another case; "после гибели X в авиакатастрофе" stays X's, and so does a
kinsman's own name in the kinsman's case."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _deaths(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "Death"]


NO_DEATH_OF_SUBJECT = [
    ("После гибели мужа Мария Рохас стала председателем партии Чили.", "person/mariya-rokhas"),
    ("После смерти отца Карлос Мендоса возглавил крупнейшую компанию Перу.",
     "person/karlos-mendosa"),
    ("После гибели брата Хуан Перес уехал из Перу в Чили.", "person/khuan-peres"),
    ("После смерти мужа Айгуль Тамм переехала из Эстонии в Латвию.", "person/aigul-tamm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), NO_DEATH_OF_SUBJECT)
def test_the_subject_after_a_kinsmans_death_did_not_die(events, text: str, person: str) -> None:
    assert not any(person in e.participants for e in _deaths(events(text, "2024-05-10")))


OWN_DEATHS = [
    ("После гибели Хуана Переса в авиакатастрофе его жена Мария Рохас возглавила партию.",
     "person/khuan-peres"),
    ("После смерти Карлоса Мендосы компанию в Лиме возглавил его сын.", "person/karlos-mendosa"),
    ("Бывший министр Египта Ахмед Фаузи погиб в авиакатастрофе 3 марта 2011 года.",
     "person/akhmed-fauzi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), OWN_DEATHS)
def test_a_named_death_stays_the_named_ones(events, text: str, person: str) -> None:
    (death,) = _deaths(events(text, "2024-05-10"))
    assert death.participants == [person]


# a death "после того как" takes its main clause's month or year: text, date
MAIN_CLAUSE_DATED = [
    ("Бывший вице-президент Египта Ахмед Фаузи занял пост главы государства в июле 2012 года, "
     "после того как скончался предыдущий глава государства — Хосни Салем.", "2012-07"),
    ("Вице-президент Перу Хуан Перес стал президентом в 2014 году, после того, как умер "
     "президент Перу Карлос Мендоса.", "2014"),
    # its own clause's date wins
    ("Вице-президент Перу Хуан Перес стал президентом в 2014 году, после того как президент "
     "Перу Карлос Мендоса скончался в марте 2013 года.", "2013-03"),
    # a full day of the main clause is not the death's (it came before)
    ("Вице-президент Перу Хуан Перес стал президентом 24 июля 2014 года, после того как умер "
     "президент Перу Карлос Мендоса.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), MAIN_CLAUSE_DATED)
def test_a_death_after_which_dated_by_its_main_clause(events, text: str, date: str) -> None:
    (death,) = _deaths(events(text))
    assert death.date == date


def test_a_death_in_another_sentence_takes_no_later_date(events) -> None:
    text = (
        "Карлос Мендоса скончался в Лиме. В июле 2012 года Хуан Перес занял пост президента Перу."
    )
    (death,) = _deaths(events(text))
    assert death.date == ""
