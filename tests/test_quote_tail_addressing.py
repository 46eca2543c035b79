"""A verb of addressing closes a quotation as verbs of saying do ("«…», — обратился X к
военным"; tail_verbs.txt), and says nothing where it closes none; the verbs of thanking and
praising close none, their person object glued onto the speaker's name (quotes32)."""

from __future__ import annotations

import pytest

NAUSEDA = (
    "Президент Литвы Гитанас Науседа посетил Варшаву, где встретился с президентом Польши "
    "Анджеем Дудой.\n\n"
)
EUROPE = "Вы защищаете не только Литву, но и всю Европу"
THANKS = "Спасибо за вашу службу и мужество"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NAUSEDA + f"«{EUROPE}», — обратился Науседа к военным.", [("Гитанас Науседа", EUROPE)]),
        (NAUSEDA + f"«{EUROPE}», — обратился он к польским военным.",
         [("Гитанас Науседа", EUROPE)]),
        (NAUSEDA + f"«{EUROPE}», — обратился к военным литовский президент.",
         [("Гитанас Науседа", EUROPE)]),
        # must-not: the verbs close no quotation; thanking gives no "Наусед Дуда"
        (NAUSEDA + f"«{THANKS}», — поблагодарил Науседа Дуду.", []),
        (NAUSEDA + "Науседа обратился к военным и поблагодарил их за службу. Он похвалил "
         "солдат, раскритиковав «Северный поток — 2».", []),
        (NAUSEDA + "Науседа поблагодарил военных за операцию «Щит Балтики — 2025».", []),
    ],
)  # fmt: skip
def test_addressing_closes_a_quotation(said, text, expected):
    assert said(text) == expected


LITHUANIA = "Президент Литвы Гитанас Науседа посетил"


@pytest.mark.parametrize(
    ("lead", "tail", "speaker"),
    [
        (f"{LITHUANIA} учения в Польше.", "к военным Науседа", "Гитанас Науседа"),
        (f"{LITHUANIA} завод в Каунасе.", "к рабочим Науседа", "Гитанас Науседа"),
        ("Премьер-министр Албании Эди Рама посетил Приштину.", "к военным Рама", "Эди Рама"),
        # must-not: a genitive after the phrase is whose they are, the subject says it
        ("Премьер-министр Польши Дональд Туск встретился с президентом Литвы Гитанасом "
         "Науседой.", "Туск к военным Науседы", "Дональд Туск"),
    ],
)  # fmt: skip
def test_a_name_after_the_addressed_speaks(said, lead, tail, speaker):
    """The parse hangs the phrase's preposition on the name after it ("— обратился к военным
    Науседа"): the name is still the subject (quotes33)."""
    assert said(f"{lead} «{EUROPE}», — обратился {tail}.") == [(speaker, EUROPE)]
