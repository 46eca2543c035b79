"""Relations of no kind that states set up are their diplomatic relations (sixty-seventh
pass, h-relations69).

"Отношения были установлены в 1969 году" after a report on Chile and Vietnam gave no row: only
relations called diplomatic were read as set up. Now relations with no adjective and no
genitive of a kind, set up by a verb whose subject is states or a word for the pair, or in the
passive, with or between states only, are diplomatic (`cuts.of_no_kind`, as relations broken
off already were): set up long ago they hold since then, lately they are the setting up. Own
sentences about Chile–Vietnam, Ghana–Togo."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY = "2026-11-20"
HELD = "дипломатические отношения"
CHL_VNM = ("state/CHL", "state/VNM")
GHA_TGO = ("state/GHA", "state/TGO")
VISIT = "Президент Чили посетил Вьетнам. "
TOGO = "Президент Ганы посетил Того. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: bare relations set up, passive or active, of the pair by name or word
        (VISIT + "Отношения были установлены в 1969 году.", {(*CHL_VNM, HELD, "1969")}),
        (
            VISIT + "Отношения между странами были установлены в 1969 году.",
            {(*CHL_VNM, HELD, "1969")},
        ),
        (VISIT + "Отношения двух стран были установлены в 1969 году.", {(*CHL_VNM, HELD, "1969")}),
        (VISIT + "Стороны установили отношения в 1969 году.", {(*CHL_VNM, HELD, "1969")}),
        ("Чили и Вьетнам установили отношения в 1969 году.", {(*CHL_VNM, HELD, "1969")}),
        # set up lately: the setting up
        (
            "Гана установила отношения с Того в прошлую среду.",
            {(*GHA_TGO, "установление дипломатических отношений", "2026-11-18")},
        ),
        # must-nots: relations of a kind, of a field, of firms, clubs or a body; only agreed on
        ("Гана и Того установили тесные отношения в 1990 году.", set()),
        ("Гана и Того установили отношения сотрудничества в 1990 году.", set()),
        ("Гана и Того установили отношения в сфере образования в 2020 году.", set()),
        (TOGO + "Отношения между клубами были установлены в 1990 году.", set()),
        (TOGO + "Отношения с компанией были установлены в 2000 году.", set()),
        ("Футбольная федерация Ганы установила отношения с Того в 1990 году.", set()),
        (TOGO + "Министры установили рабочие отношения.", set()),
        ("Гана и Того договорились установить отношения.", set()),
    ],
)
def test_bare_relations_set_up(analyse, text: str, found: set[tuple[str, ...]]) -> None:
    assert dated_rows(analyse, text, DAY) == found
