"""A communist party named by its contraction before a state's name is that state's party
("Компартия Китая", "компартии Непала"), as "Коммунистическая партия Вьетнама" is:
"Компартия" is the party's short name (`BODY_SHORT` in kg/resolve/org_naming.py), one node
with the full name, the gazetteer's where it knows it, and the state its name holds where its
row gives none, as for any known body a contraction heads ("ЦБ Швеции"; fifty-fourth pass,
h-orgs64; own sentences about China–Vietnam, Cuba–Venezuela, Nepal–India, Sweden–Norway,
Georgia–Armenia). Must-nots: a bare "компартия" names no state's party; a city's party
("Компартия Парижа") is no state's; a quoted party's name with a state's word in it
("партия «Сильная Грузия»") gives no state, only a known party's row does."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each sentence, an organization's mention in it, and the name and state kg gives it
CASES = [
    ("Компартия Китая направила делегацию во Вьетнам.",
     "Компартия Китая", ("Коммунистическая партия Китая", "state/CHN")),
    ("Делегация Компартии Кубы прибыла в Венесуэлу.",
     "Компартии Кубы", ("Коммунистическая партия Кубы", "state/CUB")),
    ("Лидер компартии Непала встретился с премьером Индии.",
     "компартии Непала", ("Коммунистическая партия Непала", "state/NPL")),
    ("Коммунистическая партия Вьетнама приветствовала делегацию Лаоса.",
     "Коммунистическая партия Вьетнама", ("Коммунистическая партия Вьетнама", "state/VNM")),
    # a known body's row of no state, named by another contraction
    ("ЦБ Швеции повысил ставку вслед за Норвегией.",
     "ЦБ Швеции", ("Центральный банк Швеции", "state/SWE")),
    # a quoted party's name with a state's word: the state its known row gives
    ("Партия «Единая Россия» приняла делегацию Компартии Вьетнама.",
     "Единая Россия", ("Единая Россия", "state/RUS")),
    # must-not: a city's party; a quoted name with a state's word, unknown
    ("Компартия Парижа провела митинг против визита премьера Италии.",
     "Компартия Парижа", ("Компартия Парижа", "")),
    ("Партия «Сильная Грузия» осудила визит премьера Армении.",
     "Сильная Грузия", ("Сильная Грузия", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "named"), CASES)
def test_communist_party_state(
    extraction_of,  # noqa: ANN001
    text: str,
    mention: str,
    named: tuple[str, str],
) -> None:
    """The party's mention is named in full and carries the state its name holds."""
    found = {m: (n, s) for m, n, s in text_org_states(extraction_of, text)}
    assert found.get(mention) == named


def test_contraction_and_full_name_are_one_party(extraction_of) -> None:  # noqa: ANN001
    """ "Компартия Китая" and "Коммунистической партии Китая" in one text are one party."""
    text = (
        "Компартия Китая направила делегацию во Вьетнам. Делегация Коммунистической партии "
        "Китая прибыла в Ханой."
    )
    found = {(n, s) for _, n, s in text_org_states(extraction_of, text)}
    assert found == {("Коммунистическая партия Китая", "state/CHN")}


def test_bare_contraction_names_no_party(extraction_of) -> None:  # noqa: ANN001
    """A bare "компартия" in a text of one state is no organization of that state."""
    text = "Во Вьетнаме прошёл съезд. Компартия избрала нового генерального секретаря."
    assert not [s for _, _, s in text_org_states(extraction_of, text) if s]
