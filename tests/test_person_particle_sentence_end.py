"""A lower-case particle of a surname ("да", "де", "ван") that ends a sentence, the
answer word ("ответил: да."), joins no initials or surname of the next sentence, on
sentences of our own about Brazil–Angola, France–Belgium and Malawi–Zambia (forty-ninth
pass, h-names100). Initials right after a particle inside one name still join it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

PERSONS = [
    # the answer word ending a sentence stays out of the next sentence's name
    ("Посол Бразилии ответил: да. Ж. Мартен уехал в Анголу.", {"Мартен"}),
    ("Министр Франции сказал: да. А. Дюпон прибыл в Бельгию.", {"Дюпон"}),
    ("Президент Малави ответил коротко: да. П. Мутхарика уехал в Замбию.", {"Мутхарика"}),
    ("На вопрос о Замбии он ответил: да. Лоран Дюпон прибыл в Малави.", {"Лоран Дюпон"}),
    ("Премьер Бельгии спросил: разве да? Ж. Мартен ответил, что Франция права.", {"Мартен"}),
    ("Министр Анголы ответил: да. Педру да Кошта прибыл в Бразилию.", {"Педру да Кошта"}),
    # must not: initials before a surname's particle inside one sentence join the name
    ("П. да Кошта заявил, что Ангола права. Экономист Педро да Кошта выступил в "
     "Бразилии.", {"Педро да Кошта"}),
    # must not: "да" as a word is no name
    ("Посол Бельгии ответил: да.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_particle_ends_sentence(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    """No particle that closes a sentence opens the next sentence's name."""
    assert person_names(run(text)) == names
