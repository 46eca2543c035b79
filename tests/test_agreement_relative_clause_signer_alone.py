"""A paper whose relative clause names its one signer ("договор о водах, который собирается
подписать Эфиопия") is that state's alone: no missing side is completed from the main
clause's state (fiftieth pass, h-agreements39). Own sentences about Egypt–Ethiopia; a paper
with no signer in its clause, or one the main clause signs too, keeps the other side, and a
main clause that signs or ratifies it outranks a clause that only means to (the lead)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

DAY = "2025-04-02"
TALKS = "Президенты Египта и Эфиопии провели переговоры в Каире. "


@pytest.mark.parametrize(
    ("text", "status", "parties"),
    [
        ("Египет выступил против договора о водах, который собирается подписать Эфиопия.",
         "planned", ("state/ETH",)),
        ("Египет выступил против договора о водах, который Эфиопия намерена подписать.",
         "planned", ("state/ETH",)),
        ("Египет выступил против договора о водах, который подписала Эфиопия.",
         "signed", ("state/ETH",)),
        ("Египет выступил против договора о водах, который Эфиопия подписала.",
         "signed", ("state/ETH",)),
        # must-nots: no relative clause, or one naming no signer, still completes the pair;
        # a main clause that signs too keeps its state, and it alone where the clause's
        # signer only means to sign (h-agreements40), not where it means to ratify
        (TALKS + "Эфиопия подписала договор о водах.", "signed", ("state/EGY", "state/ETH")),
        (TALKS + "Эфиопия подписала договор о водах, который обсуждался десять лет.",
         "signed", ("state/EGY", "state/ETH")),
        ("Египет подписал договор о водах, который собирается подписать Эфиопия.",
         "signed", ("state/EGY",)),
        ("Египет ратифицировал договор о водах, который собирается ратифицировать Эфиопия.",
         "signed", ("state/EGY", "state/ETH")),
        ("Египет не подписал договор о водах, который собирается подписать Эфиопия.",
         "planned", ("state/ETH",)),
    ],
)  # fmt: skip
def test_a_signer_named_in_the_relative_clause_is_no_half(analyse, text, status, parties):
    rows = agreement_rows(analyse, text, DAY)
    assert {(r[0], r[2]) for r in rows} == {("Договор о водах", parties)}
    assert status is None or {r[1] for r in rows} == {status}
