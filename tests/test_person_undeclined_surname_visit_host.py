"""A foreign surname in "-и" the dictionary reads as a woman's name in an oblique case
("Муси" as Муся's genitive) after a man's first name in an oblique case is his own
undeclined surname, one person ("посла Саида Муси" → "Саид Муси"), whatever case the tagger
gave it; a woman's nominative after a man's oblique name stays two persons ("С Ираклием
Марина познакомилась"). A title of no state after "с"/"со" in a sentence that tells a visit
to one state, or after one that does, is the host's ("посетил Того и провёл переговоры с
президентом X" → Togo's); a title with its own state or body, a visitor's own title and a
visit to two states keep what they read. Sixty-first pass, h-names134; own sentences about
Tunisia–Italy, Morocco–Spain, Senegal–Mali, Ghana–Togo, Nigeria–Benin, Moldova–Romania.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name, one_of_kind, person_names, state_keys

from kg.model import Extraction

DATE = "2024-05-15"

PERSONS = [
    ("Тунис отозвал для консультаций своего посла в Риме Саида Муси.", {"Саид Муси"}),
    ("Марокко отозвало своего посла в Мадриде Халида Муси.", {"Халид Муси"}),
    ("Президент Сенегала встретился с послом Мали Саидом Муси.", {"Саид Муси"}),
    ("Президент Сенегала позвонил послу Мали Саиду Муси.", {"Саид Муси"}),
    ("Президент Ганы принял министра Того Саида Лили.", {"Саид Лили"}),
    ("Посол Ливии рассказал о Саиде Муси.", {"Саид Муси"}),
    # must not: a woman's first name and her surname; a woman's nominative after his name
    ("Премьер Молдавии встретился с Марией Сандру.", {"Дорин Речан", "Мария Сандру"}),
    ("С Ираклием Марина познакомилась в Тбилиси.", {"Ираклий", "Марина"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_undeclined_surname_after_his_first_name(
    extraction_of: Callable[..., Extraction], text: str, names: set[str]
) -> None:
    assert person_names(extraction_of(text, DATE, "offices")) == names


VISIT = "Министр иностранных дел Ганы посетил Того"
HOSTS = [
    (f"{VISIT} и провёл переговоры с президентом Жаном Коффи.", "Жан Коффи",
     "президент state/TGO"),
    ("Министр иностранных дел Ганы прибыл в Того. Он провёл переговоры с президентом "
     "Жаном Коффи.", "Жан Коффи", "президент state/TGO"),  # read so before too
    ("В ходе визита в Бенин министр обороны Нигерии встретился с премьером Пьером Агбо.",
     "Пьер Агбо", "премьер-министр state/BEN"),
    ("Президент Ганы посетил Того и провёл переговоры с президентом Жаном Коффи.",
     "Жан Коффи", "президент state/TGO"),
    # must not: the title's own state or body; the visitor's own title; two states visited
    (f"{VISIT} и провёл переговоры с президентом Ганы Джоном Мамой.", "Джон Мама",
     "президент state/GHA"),
    (f"{VISIT} и провёл переговоры с президентом Всемирного банка Аджаем Бангой.",
     "Аджай Банга", "президент org/world-bank"),
    ("Министр иностранных дел Пьер Агбо посетил Того и встретился с послом Ганы.",
     "Пьер Агбо", "министр иностранных дел "),
    ("Президент Ганы посетил Того вместе с министром обороны Пьером Агбо.", "Пьер Агбо",
     "министр обороны "),
    (f"{VISIT} и Бенин и провёл переговоры с президентом Жаном Коффи.", "Жан Коффи",
     "президент "),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), HOSTS)
def test_met_in_a_visit_holds_the_hosts_office(
    extraction_of: Callable[..., Extraction], text: str, name: str, office: str
) -> None:
    assert offices_by_name(extraction_of(text, DATE, "offices"), with_state=True)[name] == {office}


TALKS = [
    # the host's president acts for the host: the talks are Ghana's and Togo's
    (f"{VISIT} и провёл переговоры с президентом Жаном Коффи.", {"state/GHA", "state/TGO"}),
    # must not: a bank's president acts for no state
    (f"{VISIT} и провёл переговоры с президентом Всемирного банка Аджаем Бангой.",
     {"state/GHA"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), TALKS)
def test_talks_with_the_host_are_the_hosts(
    extraction_of: Callable[..., Extraction], text: str, states: set[str]
) -> None:
    events = extraction_of(text, DATE, "events").facts["events"]
    assert state_keys(one_of_kind(events, "Talks")) == states
