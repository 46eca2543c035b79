"""A bare title joined by "и" before the title of a named person is another person's where one
person cannot hold both: two ranks of a state's head ("султан и эмир Кувейта X", "эмира и
короля Марокко X"; a state has one head) or the subject of a plural verb ("президент и
премьер-министр Индии X проведут переговоры"); the bare title stands for the one named
before with it. Must-nots: one person of two offices, a singular verb's subject or an
oblique phrase of posts one person holds ("премьер-министр и министр иностранных дел
Бахрейна X"), keeps both, also beside another person coordinated with him. Own sentences
about Brunei–Kuwait, Kuwait–Morocco, Sri Lanka–India, Bahrain–Oman (sixtieth pass,
h-names130)."""

from __future__ import annotations

import pytest
from fact_reads import mention_persons, text_holdings

HOLDINGS = [
    ("Султан Брунея Хассанал Болкиах прибыл в Эль-Кувейт с государственным визитом. В ходе "
     "визита султан и эмир Кувейта Мишааль ас-Сабах проведут переговоры.", "ас-Сабах",
     {("эмир", "state/KWT")}),
    ("Эмир Кувейта Мишааль ас-Сабах прибыл в Рабат. Переговоры эмира и короля Марокко "
     "Мухаммеда VI прошли во дворце.", "VI", {("король", "state/MAR")}),
    ("Президент Шри-Ланки Анура Дисанаяке прибыл в Нью-Дели. В ходе визита президент и "
     "премьер-министр Индии Нарендра Моди проведут переговоры.", "Моди",
     {("премьер-министр", "state/IND")}),
    # must not: one person's two offices
    ("Премьер-министр и министр иностранных дел Бахрейна Халид Аль Халифа прибыл в Маскат.",
     "Халифа", {("премьер-министр", "state/BHR"), ("министр иностранных дел", "state/BHR")}),
    ("Султан Омана встретился с премьер-министром и министром иностранных дел Бахрейна "
     "Халидом Аль Халифой.", "Халифа",
     {("премьер-министр", "state/BHR"), ("министр иностранных дел", "state/BHR")}),
    ("Премьер-министр и министр иностранных дел Бахрейна Халид Аль Халифа и министр финансов "
     "Омана Султан аль-Хабси подписали соглашение.", "Халифа",
     {("премьер-министр", "state/BHR"), ("министр иностранных дел", "state/BHR")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), HOLDINGS)
def test_coordinated_heads_holdings(extraction, text: str, surname: str, expected) -> None:  # noqa: ANN001
    got = text_holdings(extraction(text, "2025-03-12"), surname, ("office", "state"))
    assert got == expected


BARE = [
    ("Султан Брунея Хассанал Болкиах прибыл в Эль-Кувейт. В ходе визита султан и эмир Кувейта "
     "Мишааль ас-Сабах проведут переговоры.", "султан", "Хассанал Болкиах"),
    ("Эмир Кувейта Мишааль ас-Сабах прибыл в Маскат. В ходе визита эмир и султан Омана Хейсам "
     "бен Тарик проведут переговоры.", "эмир", "Мишааль ас-Сабах"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said", "person"), BARE)
def test_bare_head_stands_for_one_named(extraction, text: str, said: str, person: str) -> None:  # noqa: ANN001
    assert mention_persons(extraction(text, "2025-03-12")).get(said) == person
