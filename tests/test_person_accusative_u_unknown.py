"""A man's surname in a consonant and "-у" that no persons table knows, after a first name
that is no Portuguese one and shows the accusative ("осудил Даниэля Ортегу"), the name a
verb's object, is the accusative of a surname in "-а" (names84, forty-fifth pass; own
sentences about Canada, Mexico, Chile, Peru, Egypt, Turkey)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def _persons(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.key.startswith("person/")}


READ = [
    ("Министр Мексики осудил Даниэля Ортегу за репрессии.", "Даниэль Ортега"),
    ("Президент Чили принял Мануэля Гевару во дворце.", "Мануэль Гевара"),
    ("Премьер Канады встретил Луиса Понту в Оттаве.", "Луис Понта"),
]


@pytest.mark.parametrize(("text", "name"), READ)
def test_accusative_u_read_in_nominative(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))


# must not: a Portuguese first name's surname, a known "-у", a dative
KEPT = [
    ("Премьер Канады поздравил Жуана Лоуренсу с победой.", "Жуан Лоуренсу"),
    ("Президент Египта принял Сергея Шойгу в Каире.", "Сергей Шойгу"),
    ("Визит Луиша Монтенегру в Оттаву начался в понедельник.", "Луиш Монтенегру"),
    ("Министр Перу Мануэль Гевару прибыл в Сантьяго.", "Мануэль Гевару"),
    ("Президент Египта принял Джона Вамбугу в Каире.", "Джон Вамбугу"),
    ("Президент Турции принял Уильяма Кибугу в Анкаре.", "Уильям Кибугу"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_own_u_kept(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))
