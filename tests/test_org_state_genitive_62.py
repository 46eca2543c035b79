"""A state's body named by a noun of group `owned` and the state's name after it in the
genitive ("Национальная ассамблея Уганды", "Береговая охрана Японии") is that state's body
(fifty-second pass, h-orgs62; own sentences about Kenya–Uganda, Japan–Korea,
Hungary–Slovakia): those nouns are no nouns of state_bodies.txt, so the body had no state.
Must-nots: a bare body of such a noun, an international one ("Генеральная ассамблея ООН"),
a joint one with one state named ("Межправительственная комиссия Кении"), one whose state
hangs on its field ("Фонд восстановления Уганды"), a bank ("Банк Англии": Англия is no
state of the table; a "Банк <state>" may be a commercial bank) get none, and an envoy
("посол Уганды": a person's office) is no organization."""

from __future__ import annotations

import pytest
from fact_reads import marked_org_states, text_org_states

# each sentence with its body's mention in brackets, and the state the body is of
CASES = [
    ("[Национальная ассамблея Уганды] одобрила договор с Кенией.", "state/UGA"),
    ("Депутаты [Национальной ассамблеи Кении] обсудили визы для граждан Уганды.", "state/KEN"),
    ("[Береговая охрана Японии] задержала судно у берегов Кореи.", "state/JPN"),
    ("[Военно-морской флот Японии] провёл учения вместе с флотом Кореи.", "state/JPN"),
    ("[Центральная избирательная комиссия Венгрии] отвергла жалобу Словакии.", "state/HUN"),
    ("[Национальное бюро расследований Словакии] начало проверку в Венгрии.", "state/SVK"),
    ("[Конституционный трибунал Словакии] отклонил иск Венгрии.", "state/SVK"),
    # must-nots: a bare body, an international one, a field's genitive, a bank
    ("[Национальная ассамблея] приняла закон о торговле с Угандой и Кенией.", ""),
    ("[Генеральная ассамблея ООН] приняла резолюцию по Кении.", ""),
    ("[Европейская комиссия] оштрафовала компанию из Венгрии.", ""),
    ("[Фонд восстановления Уганды] получил деньги от Кении.", ""),
    ("[Банк Англии] повысил ставку вслед за Японией.", ""),
    # a joint body with one of its states named
    ("[Межправительственная комиссия Кении] обсудила границу с Угандой.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "state"), CASES)
def test_a_body_before_its_states_genitive_is_its(extraction_of, marked: str, state: str) -> None:  # noqa: ANN001
    """The body is one organization, of the state its name ends in where its noun is owned."""
    assert marked_org_states(extraction_of, marked) == [state]


def test_an_envoy_of_a_state_is_no_body(extraction_of) -> None:  # noqa: ANN001
    """An envoy ("Посол Уганды") names a person's office: no organization of Uganda's is read."""
    text = "Посол Уганды встретился с министром Кении."
    assert text_org_states(extraction_of, text) == []
