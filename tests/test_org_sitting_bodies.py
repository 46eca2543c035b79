"""A body whose sitting the noun before it names ("Заседание Совета по торговле Боливии и
Парагвая прошло …": org_words.txt group `sitting`), capitalised inside its sentence with its
field's "по" phrase, is an organization as a founding verb's object is, the states its
field ends in its own: one body of both, as the tagger's nominative gives it (fifty-ninth
pass, h-names125; own sentences about Bolivia–Paraguay, Chile–Peru, Ghana–Togo, Laos–Cambodia).
Must-nots: a body the tagger gave stays one, a lower-case body ("совета директоров"), the
noun alone ("Заседание Совета")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import org_states

from kg.model import Extraction

CASES = [
    ("Заседание Совета по торговле Боливии и Парагвая прошло в Асунсьоне.",
     [("Совета по торговле Боливии и Парагвая", "Совет по торговле Боливии и Парагвая", "")]),
    ("Заседание Совета по инвестициям Чили и Перу завершилось в Лиме.",
     [("Совета по инвестициям Чили и Перу", "Совет по инвестициям Чили и Перу", "")]),
    # must not: what the tagger gave already stays
    ("Министры Лаоса и Камбоджи провели заседание Комиссии по водным ресурсам.",
     [("Комиссии по водным ресурсам", "Комиссия по водным ресурсам", "")]),
    ("В Аккре открылась сессия Комитета по энергетике Ганы и Того.",
     [("Комитета по энергетике Ганы и Того", "Комитет по энергетике Ганы и Того", "")]),
    # must not: a lower-case body, the noun alone
    ("Заседание совета директоров прошло в Асунсьоне.", []),
    ("Заседание Совета прошло в Асунсьоне.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_sitting_body(
    run: Callable[[str], Extraction], text: str, orgs: list[tuple[str, str, str]]
) -> None:
    assert org_states(run(text)) == orgs
