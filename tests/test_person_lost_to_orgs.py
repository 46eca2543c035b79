"""A person natasha read into an organization (fiftieth pass, h-names101; sentences of our
own about France–Belgium, Brazil–Angola): an academic degree written short before a surname
names a person, not a body ("Доклад д.э.н. Петрова"), and a host's or a correspondent's name
after a known outlet read with it as one organization stays a person beside the outlet
("CNN Larry King"). Must-nots: a body's name with no degree in it stays a body, and an
outlet's name whose next word is no first name stays whole ("BBC World News")."""

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
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons", "orgs"), CASES)
def test_persons_lost_to_orgs(
    run: Callable[[str], Extraction], text: str, persons: set[str], orgs: set[str]
) -> None:
    extraction = run(text)
    assert person_names(extraction) == persons
    assert {e.name for e in extraction.entities if e.type == "Organization"} == orgs
