"""A paper told adopted in the passive ("По итогам встречи принято совместное заявление",
"была принята декларация") is concluded, as "приняли совместное заявление" makes it: signed,
by the contract's statuses; "будет принята" plans it; "принято к сведению" takes note of it
and adopts nothing. Own sentences about other pairs of states (h-agreements45)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

DAY = "2026-03-05"
_LIMA = "Лима, 5 марта 2026 года. Министры иностранных дел Чили и Перу провели переговоры в Лиме. "
_CAIRO = "Каир, 5 марта 2026 года. Президент Египта и король Иордании провели переговоры в Каире. "

# (text, the title of its paper, the status kg reads)
CASES = [
    (_LIMA + "По итогам встречи принято совместное заявление о сотрудничестве в области "
     "рыболовства.", "Совместное заявление о сотрудничестве в области рыболовства", "signed"),
    (_CAIRO + "По итогам переговоров была принята декларация о стратегическом партнёрстве.",
     "Декларация о стратегическом партнёрстве", "signed"),
    (_CAIRO + "В следующем году будет принята декларация о стратегическом партнёрстве.",
     "Декларация о стратегическом партнёрстве", "planned"),
    # must-not: taken note of, not adopted
    (_CAIRO + "Совместное заявление министров было принято к сведению.",
     "Совместное заявление министров", "mentioned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "status"), CASES)
def test_a_paper_adopted_in_the_passive_is_concluded(analyse, text, title, status) -> None:
    assert {(t, s) for t, s, _, _ in agreement_rows(analyse, text, DAY)} == {(title, status)}
