"""An alliance concluded in a war is history, one joined or founded with no level adjective
is no level, and a partnership with a firm is no pair of the states (h-relations32's own
sentences)."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level the verb's object is, told in a war (was read)
        ("Греция и Кипр заключили стратегический союз во время Второй мировой войны.", set()),
        ("Греция и Кипр установили стратегическое партнёрство в годы Второй мировой войны.",
         set()),
        # must-nots: a union joined or founded, with no level adjective
        ("Чили и Аргентина вступили в союз.", set()),
        ("Индия и Бразилия создали союз.", set()),
        ("Греция и Кипр вступили в Европейский союз.", set()),
        # musts: an alliance of today, and a war that is only the background
        ("Греция и Кипр заключили стратегический союз.",
         {("state/CYP", "state/GRC", "стратегический союз")}),
        ("Индия и Бразилия укрепляют стратегическое партнёрство на фоне войны в Европе.",
         {("state/BRA", "state/IND", PARTNERS)}),
        # must-nots: a firm the level is with (was India–Japan)
        ("Индия и Япония укрепляют стратегическое партнёрство с компанией Тойота.", set()),
        ("Чили и Аргентина развивают стратегическое партнёрство с компанией «Кодак» и банком "
         "HSBC.", set()),
        ("Бразилия установила стратегическое партнёрство с компанией Тойота.", set()),
        # musts: a firm beside the level, and a state the level is with
        ("Индия и Япония являются стратегическими партнёрами и сотрудничают с компанией Тойота.",
         {("state/IND", "state/JPN", PARTNERS)}),
        ("Чили и Аргентина развивают стратегическое партнёрство с Бразилией.",
         {("state/ARG", "state/BRA", PARTNERS), ("state/BRA", "state/CHL", PARTNERS)}),
    ],
)  # fmt: skip
def test_alliances_and_firms(levels, text, found):
    assert levels(text) == found
