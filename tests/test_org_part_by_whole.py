"""A part of a body ("пресс-служба", "секретариат", "комитет") right before the body's
mention is named by the body's one name, so the part is one node whatever form of the body
the text writes: the short and full names of a ministry, a state's cabinet and its
government, a central bank's contraction (forty-eighth pass, h-orgs54); on sentences of our
own about other states, with must-nots: another state's body, a part whose words go on past
the body, a part the words of a field separate from the body, a different part."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def read():
    return shipped_reader()


def key(read, text: str, words: str) -> str:  # noqa: ANN001
    return {m.text: m.entity for m in read(text) if m.type == "Organization"}[words]


_SAME = [
    ("Об этом сообщила пресс-служба МИД Японии.", "пресс-служба МИД Японии",
     "Как сообщила пресс-служба Министерства иностранных дел Японии, визит отложен.",
     "пресс-служба Министерства иностранных дел Японии"),
    ("Об этом сообщила пресс-служба кабинета министров Испании.",
     "пресс-служба кабинета министров Испании",
     "Как сообщила пресс-служба правительства Испании, визит в Марокко отложен.",
     "пресс-служба правительства Испании"),
    ("Об этом сообщила пресс-служба Минобороны Израиля.", "пресс-служба Минобороны Израиля",
     "Как сообщила пресс-служба министерства обороны Израиля, учения с Грецией начались.",
     "пресс-служба министерства обороны Израиля"),
    ("Об этом сообщила пресс-служба ЦБ Турции.", "пресс-служба ЦБ Турции",
     "Как сообщила пресс-служба Центрального банка Турции, курс лиры упал.",
     "пресс-служба Центрального банка Турции"),
    ("Заявление сделал секретариат ООН.", "секретариат ООН",
     "Заявление сделал секретариат Организации Объединённых Наций.",
     "секретариат Организации Объединённых Наций"),
]  # fmt: skip

_OTHER = [
    # another state's ministry
    ("Об этом сообщила пресс-служба МИД Японии.", "пресс-служба МИД Японии",
     "Об этом сообщила пресс-служба МИД Италии.", "пресс-служба МИД Италии"),
    # the part's words go on past the body: a committee of a field
    ("Об этом сообщил комитет Сейма Польши по обороне.", "комитет Сейма Польши по обороне",
     "Об этом сообщил комитет Сейма Польши.", "комитет Сейма Польши"),
    # another part of the same body
    ("Об этом сообщил секретариат МИД Японии.", "секретариат МИД Японии",
     "Об этом сообщила пресс-служба МИД Японии.", "пресс-служба МИД Японии"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("one", "one_words", "other", "other_words", "same"),
    [*((*row, True) for row in _SAME), *((*row, False) for row in _OTHER)],
)
def test_a_part_is_one_whatever_the_wholes_form(
    read,  # noqa: ANN001
    one: str,
    one_words: str,
    other: str,
    other_words: str,
    same: bool,
) -> None:
    assert (key(read, one, one_words) == key(read, other, other_words)) is same


def test_must_not_rename_a_part_with_a_field_between(read) -> None:  # noqa: ANN001
    text = "Заявление сделал совет директоров Газпрома."
    assert key(read, text, "совет директоров Газпрома") == "org/sovet-direktorov-gazproma"


def test_must_not_rename_a_contraction_the_text_spelt_out(read) -> None:  # noqa: ANN001
    # "ГУ" read as the text's "Главное управление …" names the whole directorate already
    text = (
        "Премьер Грузии освободил от должности начальника Главного управления МВД Грузии по "
        "Тбилиси. Ранее он считался конкурентом за место начальника ГУ МВД Тбилиси."
    )
    whole = key(read, text, "Главного управления МВД Грузии по Тбилиси")
    assert key(read, text, "ГУ МВД Тбилиси") == whole


def test_must_not_drop_the_city_of_a_body(read) -> None:  # noqa: ANN001
    # "МВД Киева" is read as Ukraine's ministry; the directorate of the city is no part of it
    text = (
        "Президент Украины освободил от должности начальника Главного управления МВД Украины "
        "по Киеву и Киевской области. Ранее он считался конкурентом за место начальника ГУ МВД "
        "Киева."
    )
    assert "kiev" in key(read, text, "ГУ МВД Киева")
