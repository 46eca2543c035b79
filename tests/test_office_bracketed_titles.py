"""A title that fills the brackets right after a name is that person's office and state, as
after the name's comma: a transcript's speaker label ("Карим Мансур (Президент Египта): …")
and running text ("Раджив Сингх (премьер-министр Индии) заявил …"). Not a bracket that holds
no title or more than one ("(на фото)", "(справа)", "(2023)", "(ЕС)"), nor a title whose case
is not the name's ("Супруга X-а (президент Перу)": the spouse's). A genitive title after a
genitive name is the name's, as after its comma ("визит супруги X-а (президента Перу)")
(h-names111, the fifty-third pass; own texts about Egypt–Jordan, India–Japan, Chile–Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

TRANSCRIPT = (
    "Заявления для прессы по итогам египетско-иорданских переговоров\n\n"
    "Каир, 3 марта 2026 года.\n\n"
    "Карим Мансур (Президент Египта): Уважаемый господин Король! Мы провели переговоры.\n\n"
    "Халид Аббади (Король Иордании): Благодарю за приём. Мы договорились расширять торговлю.\n"
)

CASES = [
    # a transcript's speaker labels
    (TRANSCRIPT, "Мансур", {("президент", "state/EGY", False)}),
    (TRANSCRIPT, "Аббади", {("король", "state/JOR", False)}),
    # running text, in the name's case
    ("Раджив Сингх (премьер-министр Индии) заявил, что Индия расширит сотрудничество с Японией.",
     "Сингх", {("премьер-министр", "state/IND", False)}),
    ("Кэнта Морита (министр иностранных дел Японии) прибыл в Нью-Дели.",
     "Морита", {("министр иностранных дел", "state/JPN", False)}),
    ("Премьер-министр Японии встретился с Радживом Сингхом (премьер-министром Индии) в Токио.",
     "Сингх", {("премьер-министр", "state/IND", False)}),
    ("Хосе Вальдес (бывший министр обороны Перу) посетил Сантьяго.",
     "Вальдес", {("министр обороны", "state/PER", True)}),
    ("Визит Хосе Вальдеса (президента Перу) в Чили начался вчера.",
     "Вальдес", {("президент", "state/PER", False)}),
    # the choice: a genitive title after a genitive name is the name's, as after its comma
    ("Визит супруги Хосе Вальдеса (президента Перу) в Чили начался вчера.",
     "Вальдес", {("президент", "state/PER", False)}),
    # must not: a title in another case than the name's is another's
    ("Супруга Хосе Вальдеса (президент Перу) посетила Чили.", "Вальдес", set()),
    # must not: brackets of no title, or of more than the title
    ("Хосе Вальдес (на фото) заявил, что Перу расширит торговлю с Чили.", "Вальдес", set()),
    ("Хосе Вальдес (справа) беседует с послом Чили.", "Вальдес", set()),
    ("Хосе Вальдес (2023) посетил Чили.", "Вальдес", set()),
    ("Урсула Майер (ЕС) посетила Перу и Чили.", "Майер", set()),
    ("Хосе Вальдес (президент Перу в 2016–2018 годах) посетил Чили.", "Вальдес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_bracketed_titles(extraction_of, text: str, surname: str, expected: set) -> None:
    """A title filling the brackets after a name is the name's where it agrees in case:
    (office, state, past) of each holding the text gives the person of that surname."""
    assert text_holdings(extraction_of(text, "2026-05-15", "offices"), surname) == expected
