"""A person natasha read into an organization (fiftieth pass, h-names101; sentences of our
own about France–Belgium, Brazil–Angola): an academic degree written short before a surname
names a person, not a body ("Доклад д.э.н. Петрова"), and a host's or a correspondent's name
after a known outlet read with it as one organization stays a person beside the outlet
("CNN Larry King"); a leader's name natasha tags alone as a body right after the noun of a
body named after him is the person ("Администрация X Y одобрила …"; h-names104, Egypt–Libya,
Egypt–Jordan). Must-nots: a body's name with no degree in it stays a body, and an outlet's
name whose next word is no first name stays whole ("BBC World News"); a state's or a body's
name after "правительство" stays a body."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    # an academic degree or rank written short before the surname: the person, no body
    ("Доклад д.э.н. Петрова о Франции опубликован.", {"Петров"}, set()),
    ("Доклад д. э. н. Петрова о Бельгии опубликован.", {"Петров"}, set()),
    ("Доклад к.э.н. А. Сидорова о Бельгии опубликован.", {"Сидоров"}, set()),
    # a person after a known outlet the tagger read with it: both
    ("В эфире CNN Larry King спросил президента Франции о Бельгии.",
     {"Larry King", "Эмманюэль Макрон"}, {"CNN"}),
    ("Корреспондент BBC Jane Smith спросила министра Бразилии об Анголе.", {"Jane Smith"},
     {"Би-би-си"}),
    # must-nots: no degree, no first name after the outlet
    ("Институт экономики РАН опубликовал доклад о Франции.", set(),
     {"Институт экономики РАН", "Российская академия наук"}),
    ("В эфире BBC World News министр Франции говорил о Бельгии.", set(), {"BBC World News"}),
    # a leader's name tagged alone as a body after the noun of a body named after him
    # (fifty-first pass, h-names104; Egypt–Libya, Egypt–Jordan)
    ("Администрация Исама Бакра одобрила соглашение с Ливией.", {"Исам Бакр"}, set()),
    ("Администрация Исама Фарида одобрила договор с Иорданией.", {"Исам Фарид"}, set()),
    ("Правительство Исама Кандиля одобрило договор с Иорданией.", {"Исам Кандиль"}, set()),
    # must-nots: a state's or a body's name after the noun is no person
    ("Правительство Республики Корея подало в отставку.", set(),
     {"Правительство Южной Кореи"}),
    ("Правительство Народной Республики одобрило соглашение с Ливией.", set(),
     {"Правительство Народной Республики"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons", "orgs"), CASES)
def test_persons_lost_to_orgs(
    run: Callable[[str], Extraction], text: str, persons: set[str], orgs: set[str]
) -> None:
    extraction = run(text)
    assert person_names(extraction) == persons
    assert {e.name for e in extraction.entities if e.type == "Organization"} == orgs
