"""A known organization's name with another state's name written right after it, in the
genitive ("Национальный театр Перу" where the known theatre is Chile's, "Госдумы Эстонии"),
names that state's namesake, not the known item: no QID. The item's state is the
gazetteer's, else the state its own Russian name ends with ("… Египта"). Its own state
after it, a bare name and a state after it in another case keep the link; an item of no
known state followed by a state is a namesake too (h-orgs52). On sentences of our own
(h-orgs49, forty-sixth pass), with must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader, shipped_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7400001\tНациональный театр\t\t\tQ7400001\tCHL
org\torg/Q7400002\tНациональная галерея Египта\tНациональная галерея\t\tQ7400002
org\torg/Q7400003\tКоролевский оркестр\t\t\tQ7400003
"""


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


CHL_THEATRE = ("Национальный театр", "Q7400001")
EGY_GALLERY = ("Национальная галерея Египта", "Q7400002")

CASES = [
    # another state's name after the known name: its namesake, unlinked
    ("Национальный театр Перу дал концерт в Сантьяго.",
     {"Национальный театр Перу": ("Национальный театр Перу", "")}),
    ("Картины из Национальной галереи Турции привезли в Каир.",
     {"Национальной галереи Турции": ("Национальная галерея Турции", "")}),
    # must not: its own state after it, the bare name, a state after it in another case
    ("Национальный театр Чили дал концерт в Лиме.",
     {"Национальный театр Чили": CHL_THEATRE}),
    ("Президент Чили посетил Национальный театр.", {"Национальный театр": CHL_THEATRE}),
    ("Национальная галерея Египта передала картины Турции.",
     {"Национальная галерея Египта": EGY_GALLERY}),
    ("Национальная галерея передала Турции картины.", {"Национальная галерея": EGY_GALLERY}),
    # an item no source places in a state, a state's name after it: a namesake too
    # (forty-seventh pass, h-orgs52; it kept the link before)
    ("Королевский оркестр Канады выступил в Мехико.",
     {"Королевский оркестр Канады": ("Королевский оркестр Канады", "")}),
    # must not: such an item named bare keeps its link
    ("Королевский оркестр выступил в Мехико.",
     {"Королевский оркестр": ("Королевский оркестр", "Q7400003")}),
    # must not: nor one a capital follows, which says where it is, not whose
    ("Королевский оркестр Оттавы выступил в Мехико.",
     {"Королевский оркестр": ("Королевский оркестр", "Q7400003")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_namesake(orgs, text, expected):
    found = orgs(text)
    assert {k: found.get(k) for k in expected} == expected


def test_another_states_duma_is_no_state_duma():
    """The shipped Госдума (Russia's) is not the Duma of another state named after it, nor
    is a known company that acts on a state named after it in another case."""
    read = shipped_reader()
    estonian = {m.text: m.entity for m in read("Депутаты Госдумы Эстонии одобрили закон.")}
    assert "org/state-duma" not in estonian.values()
    assert estonian.get("Госдумы Эстонии", "").startswith("org/")
    russian = {m.text: m.entity for m in read("Депутаты Госдумы России одобрили закон.")}
    assert "org/state-duma" in russian.values()
    sold = {m.text: m.entity for m in read("Газпром поставил Украине газ в мае.")}
    assert sold.get("Газпром") == "org/gazprom"


@pytest.mark.parametrize(
    "text", ["Пленум ВС РФ рассмотрел жалобу.", "Подразделения ВС РФ провели учения."]
)
def test_an_abbreviation_of_two_known_bodies_stays_unlinked(text):
    """ "ВС РФ" is the armed forces' and the Supreme Court's abbreviation alike (both in the
    NEREL links table): neither item's QID, whichever the sentence suggests."""
    keys = {m.entity for m in shipped_reader()(text) if m.text == "ВС РФ"}
    assert keys and not keys & {"org/Q193159", "org/Q2622450"}
