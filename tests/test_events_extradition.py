"""An extradition told as such: labelled "Экстрадиция X в <state>" by the state X is handed
over to (the kind stays Expulsion), a deportation "Депортация", other expulsions "Высылка";
"выдать … по запросу" is one, "выдал визу по запросу" none. A date inside a "который"
clause after the act ("…, которого обвиняют в пытках 1974 года") is that clause's, not
the act's. Sentences of our own about other states (sixty-third pass, h-events229)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DATE = "2026-11-03"

# text, the Expulsion's label ("" for no Expulsion)
LABELS = [
    ("Франция экстрадировала в Чили бывшего офицера Мигеля Рохаса.",
     "Экстрадиция Мигеля Рохаса в Чили"),
    ("Франция выдала Чили бывшего офицера Мигеля Рохаса по запросу чилийского суда.",
     "Экстрадиция Мигеля Рохаса в Чили"),
    ("Италия выдала Перу бывшего генерала Луиса Кампоса по запросу перуанской прокуратуры.",
     "Экстрадиция Луиса Кампоса в Перу"),
    ("Экстрадиция Мигеля Рохаса в Чили состоялась в среду.", "Экстрадиция Мигеля Рохаса в Чили"),
    ("Франция экстрадировала в Чили трёх человек.", "Экстрадиция в Чили"),
    ("Франция депортировала в Алжир тридцать человек.", "Депортация граждан из Франции"),
    # a deportation is told as one
    ("Франция депортировала в Алжир Мохаммеда Бенали.", "Депортация Мохаммеда Бенали из Франции"),
    # must-nots: an expulsion of diplomats, papers handed out
    ("Франция выслала из страны трёх дипломатов Алжира.", "Высылка дипломатов Алжира из Франции"),
    ("Франция по запросу Чили выдала визу Мигелю Рохасу.", ""),
    ("Банк выдал кредит Перу по запросу правительства.", ""),
    ("Министерство выдало разрешение Мигелю Рохасу по запросу посольства Чили.", ""),
]  # fmt: skip

# text, the Expulsion's date
DATES = [
    ("Германия экстрадировала в Турцию бывшего офицера Мехмета Йылмаза, которого турецкий "
     "суд обвиняет в пытках в 1980 году, сообщило в пятницу министерство юстиции Германии.",
     DATE),
    # must-nots: a date of the act itself, before it or before the clause
    ("В 1992 году Италия экстрадировала в Перу Луиса Кампоса, которого перуанский суд "
     "обвиняет в убийствах.", "1992"),
    ("Италия 12 мая экстрадировала в Перу Луиса Кампоса, которого перуанский суд обвиняет "
     "в убийствах.", "2026-05-12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_an_extraditions_label(events, text, label) -> None:
    found = [e.label for e in of_kind(events(text, DATE), "Expulsion")]
    assert found == ([label] if label else [])


@pytest.mark.parametrize(("text", "date"), DATES)
def test_a_relative_clauses_date_is_its_own(events, text, date) -> None:
    found = [e.date for e in of_kind(events(text, DATE), "Expulsion")]
    assert found == [date]


def test_a_clause_that_tells_the_event_still_dates_it(events) -> None:
    """Must-not: "переговоры, которые прошли 12 мая" — the clause tells the talks."""
    text = "Президенты Перу и Чили провели переговоры, которые прошли 12 мая в Лиме."
    assert [e.date for e in of_kind(events(text, DATE), "Talks")] == ["2026-05-12"]
