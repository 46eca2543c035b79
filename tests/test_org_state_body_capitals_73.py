"""A state's body the tagger read after a sitting's noun, written in lower case with its
field and one state after it, is named with a capital as any organization is ("комиссии по
рыболовству Перу": "Комиссия по рыболовству Перу"; seventy-first pass, h-places73): own
sentences about Peru–Chile, Kenya–Uganda, Egypt–Jordan."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_org_names


@pytest.fixture(scope="module")
def names():
    return shipped_org_names()


NAMED = [
    ("Заседание комиссии по рыболовству Перу прошло в Лиме. Делегация Чили приняла в нём участие.",
     {"Комиссия по рыболовству Перу"}),
    ("Заседание комитета по энергетике Кении прошло в Найроби при участии Уганды.",
     {"Комитет по энергетике Кении"}),
    # must not: a body already named with a capital, a pair's body, no body at all
    ("Делегация министерства экономики Иордании прибыла в Каир.",
     {"Министерство экономики Иордании"}),
    ("Заседание Совета по торговле Боливии и Парагвая прошло в Асунсьоне.",
     {"Совет по торговле Боливии и Парагвая"}),
    ("Работу комиссии по торговле Перу и Чили одобрили.", set()),
    ("Избиратели Египта поддержали соглашение с Иорданией.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "named"), NAMED)
def test_a_lower_case_state_body_is_named_with_a_capital(names, text: str, named: set) -> None:
    assert names(text) == named
