"""A man named in an oblique case before "и" and a verb in the feminine whose subject is the
woman before him keeps his own case: the verb tells a gender of its own subject only, not of
the name in its object ("Президент … Саломе Зурабишвили провела переговоры с президентом …
Анджеем Дудой и обсудила …" → "Анджей Дуда", never "Анджеем Дудой") (seventy-first pass,
h-names160; own sentences about Georgia, Poland, Germany, the USA, Finland, Norway)."""

from __future__ import annotations

import pytest
from fact_reads import assert_named_not

HIS_CASE = [
    ("Президент Грузии Саломе Зурабишвили провела переговоры с президентом Польши Анджеем "
     "Дудой и обсудила вопросы энергетики.", "Анджей Дуда", "Анджеем Дудой"),
    ("Глава МИД Германии Анналена Бербок встретилась в Берлине с госсекретарём США Энтони "
     "Блинкеном и призвала к перемирию.", "Энтони Блинкен", "Энтони Блинкеном"),
    ("Премьер-министр Финляндии Санна Марин поговорила по телефону с премьер-министром "
     "Норвегии Йонасом Гаром Стёре и поблагодарила его за поддержку.",
     "Йонас Гар Стёре", "Йонасом Гаром Стёре"),
    # must not change: the same man's name with no verb after it, and a woman in the object
    ("Президент Грузии Саломе Зурабишвили провела переговоры с президентом Польши Анджеем "
     "Дудой.", "Анджей Дуда", "Анджеем Дудой"),
    ("Президент Франции Эмманюэль Макрон встретился с премьер-министром Италии Джорджей "
     "Мелони и обсудил вопросы миграции.", "Джорджа Мелони", "Джорджей Мелони"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), HIS_CASE)
def test_her_verb_tells_nothing_of_the_name_in_its_object(
    extraction_of, text: str, name: str, not_name: str
) -> None:
    """The man's name in its nominative, never the object's instrumental kept."""
    assert_named_not(extraction_of(text, "2024-03-02", "offices"), name, not_name)
