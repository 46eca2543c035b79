"""A past holder of a title told bare ("Ранее руководителем аппарата был X") right after the
text gave that very title of one state to another person ("руководителя аппарата
правительства Чили назначена Y") held it of that state: a predecessor in the post. Not a
current bare title (a guest may hold it of another state), not another title, and not where
the text gives the title of two states. Own sentences about Chile, Peru, Estonia, Egypt and
Turkey (h-offices45, forty-third pass)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("На должность руководителя аппарата правительства Чили назначена Мария Гонсалес. Ранее "
     "руководителем аппарата был Луис Мартинес.", "Мартинес",
     {("руководитель аппарата", "state/CHL", True)}),
    ("Заместителем министра финансов Эстонии назначена Мари Тамм. Ранее заместителем "
     "министра финансов был Андрес Сепп.", "Сепп",
     {("заместитель министра финансов", "state/EST", True)}),
    # must not: another title, a current bare title, the title of two states
    ("Министр иностранных дел Египта Бадр Абдель Аты посетил Анкару. Ранее министром был "
     "Ахмед Саид.", "Саид", {("министр", "", True)}),
    ("Руководитель аппарата правительства Египта Ахмед Саид принял в Каире руководителя "
     "аппарата Мехмета Озтюрка.", "Озтюрк", {("руководитель аппарата", "", False)}),
    ("Руководитель аппарата правительства Чили Мария Гонсалес встретилась с руководителем "
     "аппарата правительства Перу Хорхе Рамосом. Ранее руководителем аппарата был Луис "
     "Мартинес.", "Мартинес", {("руководитель аппарата", "", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_predecessor_holds_the_post_of_its_state(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
