"""A name after kin and a genitive title ("Сын президента Азербайджана Гейдар Алиев") is the
kin's: not linked to one the gazetteer knows held that title's office by the time the
sentence tells (else the document's date), whose namesake the kin is (a son named after a
father or grandfather); still linked where the person took the office only later, holds
no such office, or no kin stands before the title. Own sentences about Azerbaijan,
Turkmenistan, Peru, Belarus, the USA."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def linked(ex: Extraction, name: str) -> str:
    """The gazetteer key of the person of that name mentioned ("" unlinked)."""
    keys = {m.entity for m in ex.mentions}
    found = [e.key for e in ex.entities if e.type == "Person" and e.key in keys and e.name == name]
    return next((k for k in found if "-in-" not in k), "")


KIN = [
    # must not: the holder's namesake kin
    ("2024-05-15", "Сын президента Азербайджана Гейдар Алиев посетил Анкару.", "Гейдар Алиев", ""),
    ("2021-03-10", "Внук президента Азербайджана Гейдар Алиев прибыл в Тбилиси.", "Гейдар Алиев",
     ""),
    # must: one who took the office later, one who held none, and the holder named by title
    ("2020-03-10", "Сын президента Туркмении Сердар Бердымухамедов прибыл в Ашхабад.",
     "Сердар Бердымухамедов", "person/serdar-berdimuhamedow"),
    ("2024-05-15", "Дочь бывшего президента Перу Кейко Фухимори прибыла в Лиму.",
     "Кейко Фухимори", "person/Q235137"),
    ("2000-03-10", "Президент Азербайджана Гейдар Алиев посетил Анкару.", "Гейдар Алиев",
     "person/heydar-aliyev"),
    # must: the sentence's own year falls before the named one's term, whatever the
    # document's date
    ("2024-05-02", "В 2021 году сын президента Туркмении Сердар Бердымухамедов был назначен "
     "вице-премьером.", "Сердар Бердымухамедов", "person/serdar-berdimuhamedow"),
    ("2024-05-02", "В 1994 году сын президента Азербайджана Ильхам Алиев стал вице-президентом "
     "нефтяной компании.", "Ильхам Алиев", "person/ilham-aliyev"),
    ("2024-05-02", "В 2000 году сын президента США Джордж Буш выиграл выборы.", "Джордж Буш",
     "person/george-w-bush"),
    # must not: the sentence's year falls in the namesake's term
    ("2024-05-02", "В 1998 году сын президента Азербайджана Гейдар Алиев посетил Анкару.",
     "Гейдар Алиев", ""),
]  # fmt: skip


@pytest.mark.parametrize(("date", "text", "name", "qid"), KIN)
def test_kin_of_a_title_is_not_its_holder(extraction, date: str, text: str, name: str,
                                          qid: str) -> None:  # fmt: skip
    """The kin's name is unlinked where the gazetteer's namesake held the office, linked
    otherwise."""
    assert linked(extraction(text, date), name) == qid
