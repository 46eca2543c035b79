"""A state's own law or decree of ratification (forty-ninth pass, h-agreements35), on
sentences of our own about Georgia, Moldova, Serbia and Montenegro: the state its genitive
or adjective names ("Закон Грузии о ратификации Конвенции …", "молдавский закон о
ратификации") is a party of the paper ratified, whatever verb the act has ("вступил в
силу", "был опубликован"). Not a law of no state, nor a genitive of the paper's own title."""

from __future__ import annotations

import pytest
from agreement_runs import kind_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → its agreements: {(title, parties)}."""
    return lambda text: {(r[0], r[2]) for r in kind_rows(analyse, text, "2025-04-02")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Закон Грузии о ратификации Конвенции о защите детей вступил в силу.",
         {("Конвенция о защите детей", ("state/GEO",))}),
        ("Вступил в силу молдавский закон о ратификации конвенции о защите детей.",
         {("Конвенция о защите детей", ("state/MDA",))}),
        ("Указ Сербии о ратификации конвенции о правах инвалидов был опубликован.",
         {("Конвенция о правах инвалидов", ("state/SRB",))}),
        # must-nots: a law of no state; the paper's own genitive is no ratifier
        ("Закон о ратификации конвенции о защите детей вступил в силу.",
         {("Конвенция о защите детей", ())}),
        ("Закон о ратификации конвенции Совета Европы о защите детей вступил в силу.",
         {("Конвенция Совета Европы о защите детей", ())}),
    ],
)  # fmt: skip
def test_the_state_of_a_ratifying_act_is_a_party(read, text, found):
    assert read(text) == found
