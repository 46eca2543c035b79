"""Relations going through a hard time have a tone (sixty-ninth pass, h-relations71).

"Отношения … переживают непростой период" gave no row; now "сложные отношения"
(`changes._uneasy_period`, "uneasy" words of `relation_levels.tsv`), as the superlative
("самый тяжёлый период") stays a crisis. Own sentences about Ghana–Togo, Chile–Peru,
Kenya–Somalia, Ecuador–Mexico."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY, HARD = "2026-03-10", "сложные отношения"
CHL_PER, GHA_TGO, KEN_SOM, ECU_MEX = (
    tuple(f"state/{code}" for code in pair.split("-"))
    for pair in ("CHL-PER", "GHA-TGO", "KEN-SOM", "ECU-MEX")
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none)
        ("Отношения Ганы и Того переживают непростой период.", {(*GHA_TGO, HARD, DAY)}),
        ("Гана и Того переживают непростой период в отношениях.", {(*GHA_TGO, HARD, DAY)}),
        ("Отношения между Чили и Перу переживают сложный период.", {(*CHL_PER, HARD, DAY)}),
        # must-keeps: a superlative is a crisis, "в кризисе" too
        ("Отношения Кении и Сомали переживают самый тяжёлый период.",
         {(*KEN_SOM, "кризис отношений", DAY)}),
        ("Отношения Эквадора и Мексики находятся в кризисе.",
         {(*ECU_MEX, "кризис отношений", DAY)}),
        # must-nots: one state's economy, a hard time only possible or denied
        ("Экономика Ганы переживает непростой период.", set()),
        ("Экономика Ганы переживает непростой период из-за отношений с Того.", set()),
        ("Отношения Ганы и Того могут пережить непростой период.", set()),
        ("Отношения Ганы и Того не переживают сложный период.", set()),
    ],
)  # fmt: skip
def test_relations_going_through_a_hard_time(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
