"""A "партия" of goods is no party and the make named after it no person: the object of a
verb of goods moved or held, the subject of one of arriving, or a batch by its order
("задержала партию Рено", "прибыла партия Пежо", "очередная партия Шкоды"): `batch` in
kg/resolve/not_persons.py, groups `batch`, `shipped`, `arrived` of kg/resolve/org_words.txt
(fifty-fourth pass, h-orgs64; own sentences about Poland–France, Kenya–Uganda, Peru–Ecuador).
Must-nots: a party that sends or holds something ("Партия Кастильо отправила делегацию"),
its leader ("Лидер партии Пежо заявил") keep the person."""

from __future__ import annotations

import pytest
from fact_reads import person_names

# each sentence and the persons kg reads in it
CASES = [
    ("В порт Гданьска прибыла партия Пежо из Франции.", set()),
    ("Таможня Кении задержала партию Рено из Уганды.", set()),
    ("В Уганду прибыла очередная партия Шкоды.", set()),
    ("Польша получила первую партию Пежо.", set()),
    ("Партия Пежо была доставлена в Уганду.", set()),
    # must-not: the party acts; its leader is named
    ("Партия Кастильо отправила делегацию в Эквадор.", {"Кастильо"}),
    ("Лидер партии Пежо заявил о поддержке Франции.", {"Пежо"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons"), CASES)
def test_batch_make_is_no_person(extraction_of, text: str, persons: set[str]) -> None:  # noqa: ANN001
    """The make after a batch's noun names no person; a party's leader still does."""
    assert person_names(extraction_of(text, "2024-05-15", "offices")) == persons
