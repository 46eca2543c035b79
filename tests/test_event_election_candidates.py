"""Who takes part in elections: the candidates the text names beside them ("Главными
конкурентами X являются Y и Z", "кандидат от партии Z X"), not the incumbent who "отказался от
участия в борьбе за переизбрание". Forty-seventh pass, sentences of our own (Cyprus, Egypt),
with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

LEAD = "17 февраля на Кипре состоится первый тур президентских выборов. "
ANASTASIADES, MALAS, LILLIKAS = "person/Q2112764", "person/stavros-malas", "person/yorgos-lilikas"
CHRISTOFIAS = "person/Q57334"


def test_rivals_of_a_runner_run(events) -> None:
    text = LEAD + (
        "Наибольшие шансы стать президентом у Никоса Анастасиадиса, лидера правой партии "
        "«Демократическое объединение». Главными конкурентами Анастасиадиса являются 45-летний "
        "Ставрос Малас, которого поддерживает Прогрессивная партия трудового народа Кипра, и "
        "52-летний Йоргос Лиликас."
    )
    election = one_of_kind(events(text, "2013-02-10"), "Election")
    assert {ANASTASIADES, MALAS, LILLIKAS} <= set(election.participants)
    assert election.status == "planned"


def test_a_partys_candidate_runs(events) -> None:
    text = LEAD + (
        "На выборах выступит кандидат от партии «Демократическое объединение» Никос Анастасиадис."
    )
    election = one_of_kind(events(text, "2013-02-10"), "Election")
    assert ANASTASIADES in election.participants


@pytest.mark.parametrize(
    "after",
    [
        "Нынешний президент Димитрис Христофиас отказался от участия в борьбе за переизбрание, "
        "став, таким образом, первым главой государства в истории республики, который не "
        "выдвинул своей кандидатуры на второй срок.",
        "Нынешний президент Кипра Димитрис Христофиас отказался от участия в выборах.",
    ],
)
def test_who_declines_to_run_takes_no_part(events, after: str) -> None:
    election = one_of_kind(events(LEAD + after, "2013-02-10"), "Election")
    assert CHRISTOFIAS not in election.participants and "state/CYP" in election.participants


def test_who_will_run_takes_part(events) -> None:
    # must-not: one who will take part does
    text = LEAD + "Нынешний президент Димитрис Христофиас примет участие в выборах."
    assert CHRISTOFIAS in one_of_kind(events(text, "2013-02-10"), "Election").participants


def test_rivals_of_a_company_are_no_candidates(events) -> None:
    text = LEAD + (
        "Главными конкурентами компании Hellenic Bank являются Bank of Cyprus и Alpha Bank, "
        "сообщил министр финансов Кипра Вассос Шиарлис."
    )
    election = one_of_kind(events(text, "2013-02-10"), "Election")
    assert not [p for p in election.participants if p.startswith("person/")]
