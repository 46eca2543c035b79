"""A royal or noble rank that names its own land by an adjective ("принцем Уэльским",
"герцогом Сассекским", "принцессой Астурийской") serves the state that land is in
(`kg/extract/offices/rank_lands.tsv`), or no state where the table places no such land,
never the state of another title in the sentence (fifty-fourth pass, h-names112; sentences
of our own about Ireland–the UK, Portugal–Spain, Austria–the UK, Czechia, Egypt–Jordan).
Must-not: a rank with a state's genitive keeps that state ("королём Иордании")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction

# sentence → the ranked person's name → the text's holdings ("office state key")
RANKS = {
    "Президент Ирландии Майкл Хиггинс встретился с принцем Уэльским Уильямом в Дублине.": (
        "Уильям",
        {"принц state/GBR"},
    ),
    # the rank in the accusative: the name across its land is the rank's
    "Президент Ирландии принял принца Уэльского Уильяма в Дублине.": (
        "Уильям",
        {"принц state/GBR"},
    ),
    "Премьер-министр Португалии встретился с принцессой Астурийской Леонор в Лиссабоне.": (
        "Леонор",
        {"принцесса state/ESP"},
    ),
    "Канцлер Австрии встретился с герцогом Сассекским Гарри в Вене.": (
        "Гарри",
        {"герцог state/GBR"},
    ),
    # a land no table places: no state, not Czechia's
    "Президент Чехии встретился с принцем Баварским Людвигом в Праге.": ("Людвиг", {"принц "}),
    # must-not: a state's genitive after the rank
    "Президент Египта встретился с королём Иордании Абдаллой в Каире.": (
        "Абдалла",
        {"король state/JOR"},
    ),
}


@pytest.mark.parametrize("text", RANKS)
def test_rank_of_its_own_land(run: Callable[[str], Extraction], text: str) -> None:
    name, held = RANKS[text]
    assert offices_by_name(run(text), with_state=True)[name] == held
