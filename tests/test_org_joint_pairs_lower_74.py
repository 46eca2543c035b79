"""A joint body written lower case mid-sentence, singular, with two or more states named
after it, is that pair's one organization, as it is capitalised at a sentence's start
("в Аккре межправительственная комиссия Ганы и Того провела заседание"). Sixty-first pass,
h-orgs74; own sentences about Ghana–Togo, Peru–Chile, Kenya–Uganda. Must-nots: the noun
with no joint adjective ("комиссия Ганы и Того"), a joint body of one state ("смешанная
комиссия Кении"), a plural ("межправительственные комиссии"), a capitalised body as
before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import org_states

from kg.model import Extraction

_GHANA_TOGO = "Межправительственная комиссия Ганы и Того"

CASES = [
    ("В Аккре межправительственная комиссия Ганы и Того провела заседание.",
     [("межправительственная комиссия Ганы и Того", _GHANA_TOGO, "")]),
    ("Министры обсудили работу межправительственной комиссии Ганы и Того.",
     [("межправительственной комиссии Ганы и Того", _GHANA_TOGO, "")]),
    ("Стороны договорились созвать совместную комиссию Перу и Чили в мае.",
     [("совместную комиссию Перу и Чили", "Совместная комиссия Перу и Чили", "")]),
    # must not: no joint adjective, one state, a plural
    ("В Аккре комиссия Ганы и Того провела заседание.", []),
    ("В Найроби смешанная комиссия Кении провела заседание.", []),
    ("В Аккре межправительственные комиссии Ганы и Того провели заседания.", []),
    # capitalised at the sentence's start, as before
    ("Совместный комитет Кении и Уганды проведёт заседание осенью.",
     [("Совместный комитет Кении и Уганды", "Совместный комитет Кении и Уганды", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_lower_case_joint_bodies(
    run: Callable[[str], Extraction], text: str, orgs: list[tuple[str, str, str]]
) -> None:
    assert org_states(run(text)) == orgs
