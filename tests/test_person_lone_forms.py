"""Two lone forms of a surname read in the nominative (names85, forty-fifth pass; own
sentences about Estonia, Latvia, Chile, Peru, Canada, Mexico): a Romanian "-еску" after a
declined first name is its own, never the accusative of one in "-а" ("принял Траяна
Бэсеску"); an unknown foreign surname in a consonant and "-с", alone in the dative the
tagger reads ("позволить Барнсу"), drops the dative's "-у"."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def _persons(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.key.startswith("person/")}


READ = [
    ("Президент Эстонии принял Траяна Бэсеску в Таллине.", "Траян Бэсеску"),
    ("Премьер Латвии встретил Иона Илиеску в Риге.", "Ион Илиеску"),
    ("Президент Чили решил позволить Барнсу выступить в сенате.", "Барнс"),
    ("Министр Перу попытался помешать Уолтсу выступить в Лиме.", "Уолтс"),
]


@pytest.mark.parametrize(("text", "name"), READ)
def test_lone_form_read(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))


# must not: a known undeclined "-у", a Portuguese surname, a nominative, a dative already read
KEPT = [
    ("Президент Эстонии принял Сергея Шойгу в Таллине.", "Сергей Шойгу"),
    ("Премьер Канады поздравил Жуана Лоуренсу с победой.", "Жуан Лоуренсу"),
    ("Джонс заявил, что Мексика готова к переговорам.", "Джонс"),
    ("Президент Чили решил позволить Джонсу выступить в сенате.", "Джонс"),
    ("Министр Перу попытался помешать Харрису выступить в Лиме.", "Харрис"),
    ("Премьер Латвии встретил Даниэля Ортегу в Риге.", "Даниэль Ортега"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_own_form_kept(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))
