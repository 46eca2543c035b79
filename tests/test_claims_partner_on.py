"""The partner "на" a verb of accounting ("на Чили пришлось", "на долю Японии приходится")
is read by one pattern, `states._PARTNER_ON`, for a part told after the figure
(`partner_items`) and a sentence that opens with one (`PARTNER_OPENS`, gapping's
`partner_opens`). Sentences of our own about other states (fifty-seventh pass, h-twins1)."""

from __future__ import annotations

import pytest

# a sentence's opening up to its figure, the partner it names ("" for none)
OPENINGS = [
    ("На Чили пришлось ", "Чили"),
    ("На долю Японии приходится ", "Японии"),
    ("«На Боливию пришлось ", "Боливию"),
    # must-nots: a period with a number, no verb of accounting, a clause before
    ("На 2024 год пришлось ", ""),
    ("На Чили экспортировали ", ""),
    ("Кроме того, на Чили пришлось ", ""),
]  # fmt: skip


@pytest.mark.parametrize(("opening", "partner"), OPENINGS)
def test_the_partner_a_sentence_opens_with(opening, partner) -> None:
    from kg.extract.claims.states import PARTNER_OPENS  # moved here from gapping this pass

    m = PARTNER_OPENS.fullmatch(opening)
    assert (m["partner"] if m is not None else "") == partner
