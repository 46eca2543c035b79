"""A raise still planned is no level held (sixty-seventh pass, h-relations69).

"Гана и Того договорились поднять отношения до уровня стратегического партнёрства в 2027
году" gave the partnership dated 2027, and "Отношения … будут подняты до уровня … в 2027
году" too: an agreement to raise is a level of the day it was made
(`tests/test_relations_clause_dates.py`), but one dated after the report is only planned,
and a raise told by a participle with a future "будут" is ahead as "повысят" is. Now a
level dated in a year after the report's is none (`common.dates.of_a_later_year` in
`extract._relations`), and a raising verb with a future auxiliary is only ahead
(`statements.only_hoped`). Musts: an agreement of this year, a raise of this month, undated.
Own sentences about Ghana–Togo, Peru–Bolivia."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS, dated_rows

DAY = "2026-12-01"
GHA_TGO = ("state/GHA", "state/TGO")
BOL_PER = ("state/BOL", "state/PER")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: raises planned for a later year, or told as ahead (were rows)
        ("Гана и Того договорились поднять отношения до уровня стратегического партнёрства в "
         "2027 году.", set()),
        ("Отношения Ганы и Того будут подняты до уровня стратегического партнёрства в 2027 "
         "году.", set()),
        ("Отношения Перу и Боливии будут повышены до уровня стратегического партнёрства.", set()),
        ("В 2027 году отношения Перу и Боливии будут выведены на уровень стратегического "
         "партнёрства.", set()),
        ("Перу и Боливия договорились, что в 2027 году отношения будут подняты до уровня "
         "стратегического партнёрства.", set()),
        ("Гана и Того решили поднять отношения до уровня стратегического партнёрства в "
         "следующем году.", set()),
        # must-nots that were none already: intents
        ("Гана и Того тогда заявили о намерении поднять отношения до уровня всеобъемлющего "
         "стратегического партнёрства.", set()),
        ("Перу и Боливия намерены поднять отношения до уровня стратегического партнёрства.",
         set()),
        ("Гана и Того объявили о планах поднять отношения до уровня стратегического "
         "партнёрства.", set()),
        # musts: an agreement of this year, a raise of this month or undated
        ("Гана и Того в 2026 году договорились поднять отношения до уровня стратегического "
         "партнёрства.", {(*GHA_TGO, PARTNERS, "2026")}),
        ("Перу и Боливия в декабре подняли отношения до уровня стратегического партнёрства.",
         {(*BOL_PER, PARTNERS, "2026-12")}),
        ("Отношения Ганы и Того были подняты до уровня стратегического партнёрства.",
         {(*GHA_TGO, PARTNERS, DAY)}),
    ],
)  # fmt: skip
def test_a_planned_raise_is_no_level(analyse, text: str, found: set[tuple[str, ...]]) -> None:
    assert dated_rows(analyse, text, DAY) == found
