"""One appointment told once with a body's acronym and once with its full name ("назначен
главой ОАГ", "назначил … председателем Организации американских государств"): two
appointments of one person compare the organization the office names, as resolved, and the
post in it (a head's however titled), not the office strings (forty-ninth pass,
h-events127). Must-nots: a deputy's post of that body, another body, another year.
Sentences of our own about Argentina, Brazil, Nigeria, India–Pakistan."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _offices(read: list[Event]) -> list[str]:
    return sorted(e.label for e in read if e.kind == "Appointment")


_GOMES = "Назначение Педро Гомеса на пост "

BODIES = [
    # must merge: a head's post by the acronym and by the full name, titled either way
    ("Рафаэль Гросси назначен главой МАГАТЭ. Правительство Аргентины сообщило, что совет "
     "управляющих назначил Рафаэля Гросси генеральным директором Международного агентства "
     "по атомной энергии.",
     ["Назначение Рафаэля Гросси на пост главы МАГАТЭ"]),
    ("Педро Гомес назначен главой ОАГ. Президент Бразилии назначил Педро Гомеса "
     "председателем Организации американских государств.",
     [_GOMES + "главы ОАГ"]),
    ("Педро Гомес назначен главой ВТО. Президент Нигерии назначил Педро Гомеса генеральным "
     "директором Всемирной торговой организации.",
     [_GOMES + "главы ВТО"]),
    ("Педро Гомес назначен главой ОПЕК. Президент Нигерии назначил Педро Гомеса генеральным "
     "секретарём Организации стран — экспортёров нефти.",
     [_GOMES + "главы ОПЕК"]),
    # must not: a deputy's post of that body, another post in it, another body, another year
    ("Педро Гомес назначен главой ОАГ. Президент Бразилии назначил Педро Гомеса заместителем "
     "генерального секретаря Организации американских государств.",
     [_GOMES + "главы ОАГ",
      _GOMES + "заместителя генерального секретаря Организации американских государств"]),
    ("Педро Гомес назначен главой ВТО. Президент Нигерии назначил Педро Гомеса советником "
     "Всемирной торговой организации.",
     [_GOMES + "главы ВТО", _GOMES + "советника Всемирной торговой организации"]),
    ("Педро Гомес назначен главой ОАГ. Президент Бразилии назначил Педро Гомеса "
     "председателем Меркосур.",
     [_GOMES + "главы ОАГ", _GOMES + "председателя Меркосур"]),
    ("Педро Гомес назначен главой ОАГ в 2019 году. В 2021 году президент Бразилии назначил "
     "Педро Гомеса председателем Организации американских государств.",
     [_GOMES + "главы ОАГ", _GOMES + "председателя Организации американских государств"]),
    ("Педро Гомес назначен главой ООН. Президент Индии назначил Педро Гомеса главой миссии "
     "Организации Объединённых Наций в Пакистане.",
     [_GOMES + "главы ООН",
      _GOMES + "главы миссии Организации Объединённых Наций в Пакистане"]),
    ("Педро Гомес назначен главой МАГАТЭ. Президент Индии назначил Педро Гомеса послом Индии "
     "в Пакистане.",
     [_GOMES + "главы МАГАТЭ", _GOMES + "посла Индии в Пакистане"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), BODIES)
def test_one_body_s_post_by_acronym_and_full_name_is_one_appointment(
    events, text: str, told: list[str]
) -> None:
    assert _offices(events(text, "2025-06-05")) == told
