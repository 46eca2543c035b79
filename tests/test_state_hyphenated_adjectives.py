"""A state's own hyphenated adjective ("шри-ланкийский", "сьерра-леонский", "бисау-гвинейский")
names its state in every case, as a one-word adjective does; before, every hyphenated word
was left to the compounds of two states ("российско-казахстанские") and named none. Must-nots:
a person by nationality ("шри-ланкийский актёр") names none, as with a one-word adjective;
a compound of two states stays two parts, no adjective (h-offices61, the forty-eighth pass;
own sentences about Sri Lanka–India, Sierra Leone–Liberia, Guinea-Bissau–Senegal,
Saint Lucia)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Делегация шри-ланкийского парламента прибыла в Индию.", {"state/LKA", "state/IND"}),
        ("Шри-ланкийская делегация прибыла в Нью-Дели.", {"state/LKA"}),
        ("Либерия подписала соглашение с сьерра-леонским правительством.",
         {"state/LBR", "state/SLE"}),
        ("Сенегал наблюдал за бисау-гвинейскими выборами.", {"state/SEN", "state/GNB"}),
        ("Сент-люсийская полиция задержала судно.", {"state/LCA"}),
        # must not: a person by nationality; a compound of two states is no adjective of one
        ("В Индию приехал шри-ланкийский актёр.", {"state/IND"}),
        ("Либерийско-сьерра-леонские переговоры прошли в Монровии.", set()),
    ],
)  # fmt: skip
def test_hyphenated_state_adjectives(nlp, text: str, expected: set) -> None:
    doc = nlp(text)
    assert {s.kb_id_ for s in doc.spans["states"] if s.id_ != "capital"} == expected
