"""A rare state's adjective the tagger reads as a noun or a verb ("о мальдивских[NOUN]
военных", "гамбийской[VERB] армии", "малазийского[NOUN] министра") names its state where the
dictionary reads the word as an adjective only, agreeing with the noun right after it; and
"эсватинский", Eswatini's adjective of its new name, is in the states table beside
"свазилендский". Must-nots: a people's noun after it stays no state ("о мальдивских
туристах"), and an adjective of no state names none ("латиноамериканских") (h-offices62, the
forty-ninth pass; own sentences about the Maldives, Gambia–Senegal, Gabon, Malaysia–Indonesia,
Eswatini–Mozambique)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Посол рассказал о мальдивских военных вчера.", {"state/MDV"}),
        ("Солдаты гамбийской армии и представители сенегальской делегации прибыли в Дакар.",
         {"state/GMB", "state/SEN"}),
        ("Он рассказал о габонских военных вчера.", {"state/GAB"}),
        ("Заявление малазийского министра опубликовано в Джакарте.", {"state/MYS"}),
        ("Эсватинская делегация прибыла в Мапуту.", {"state/SWZ"}),
        ("Делегация эсватинского парламента прибыла в Мозамбик.", {"state/SWZ", "state/MOZ"}),
        # must not: a people's noun; an adjective of no state
        ("Он рассказал о мальдивских туристах вчера.", set()),
        ("Он рассказал о латиноамериканских военных вчера.", set()),
    ],
)  # fmt: skip
def test_mistagged_state_adjectives(nlp, text: str, expected: set) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert {s.kb_id_ for s in doc.spans["states"] if s.id_ != "capital"} == expected
