"""Receptions and celebrations are ceremonies (sixty-fourth pass, h-events237).

"Торжественный приём по случаю …", "приём в честь …", "торжества по случаю …" are a
Ceremony, held where the text says, with whom "В нём/В них приняли участие" names and a
bare "На приёме присутствовал X" after it adds; a reception of applications, of refugees,
of citizens or at a doctor's is none, and a state's reception into a union stays its
accession. Sentences of our own (Vietnam–Cuba, India–Nepal, Chile–Peru, Finland)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_keys, state_keys

HELD = [
    ("В Ханое состоялся торжественный приём по случаю 65-летия установления "
     "дипломатических отношений между Вьетнамом и Кубой. В нём приняли участие заместитель "
     "министра иностранных дел Вьетнама Нгуен Минь Ву и посол Кубы во Вьетнаме Орландо "
     "Эрнандес Гильен.", "Торжественный приём по случаю 65-летия", "Ханой",
     {"state/VNM", "state/CUB"}),
    ("В Ханое прошли торжества по случаю 65-летия установления дипломатических отношений "
     "между Вьетнамом и Кубой. В них приняли участие заместитель министра иностранных дел "
     "Вьетнама Нгуен Минь Ву и посол Кубы во Вьетнаме Орландо Эрнандес Гильен.",
     "Торжества по случаю 65-летия", "Ханой", {"state/VNM", "state/CUB"}),
    ("Посол Индии в Непале Навин Шривастава устроил в Катманду приём по случаю Дня "
     "Республики. На приёме присутствовал министр иностранных дел Непала Арзу Рана Деуба.",
     "Приём по случаю Дня Республики", "Катманду", {"state/IND", "state/NPL"}),
    ("Посол Чили в Перу Хорхе Мартинес дал в Лиме приём в честь Дня независимости Чили.",
     "Приём в честь Дня независимости Чили", "Лима", {"state/CHL"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "place", "states"), HELD)
def test_a_reception_is_a_ceremony(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    place: str,
    states: set[str],
) -> None:
    (rite,) = of_kind(events(text, "2026-11-14"), "Ceremony")
    assert rite.label.startswith(label)
    assert (rite.date, rite.location) == ("2026-11-14", place)
    assert state_keys(rite) == states
    assert len(person_keys(rite)) == len(states)


NOT_HELD = [
    "В Белграде начался приём заявок на участие в конкурсе.",
    "Сербия продолжает приём беженцев из Украины.",
    "Премьер-министр Сербии Ана Брнабич была на приёме у врача.",
    "Министр иностранных дел Непала Арзу Рана Деуба провела приём граждан в Катманду.",
    # a reception told, then the word of another sense: that one is none
    "Посол Индии в Непале Навин Шривастава устроил в Катманду приём по случаю Дня "
    "Республики. На следующий день начался приём заявок на визы.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_other_receptions_are_none(events, text: str) -> None:  # noqa: ANN001
    found = events(text, "2026-11-14")
    assert len(of_kind(found, "Ceremony")) == ("устроил" in text)
    assert not of_kind(found, "Accession")


def test_a_reception_into_a_union_is_its_accession(events) -> None:  # noqa: ANN001
    text = "Торжественный приём Финляндии в НАТО состоялся в Брюсселе 4 апреля."
    found = events(text, "2026-11-14")
    assert not of_kind(found, "Ceremony")
    (joined,) = of_kind(found, "Accession")
    assert state_keys(joined) == {"state/FIN"}
