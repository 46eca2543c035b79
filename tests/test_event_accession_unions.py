"""Accessions to a union the text names before by its common noun ("присоединилась к
альянсу" after "НАТО"), only where one union of the document has that noun in its name, and
a joining dated by the day it takes effect ("с 1 января 2024 года"). Sentences of our own
about other states."""

from __future__ import annotations

import pytest

# text, the accessions as (participants, date)
JOINED = [
    # the alliance the text named before
    ("Финляндия стала членом НАТО в 2023 году. Швеция присоединилась к альянсу 7 марта 2024 "
     "года.", {(frozenset({"state/FIN", "org/nato"}), "2023"),
               (frozenset({"state/SWE", "org/nato"}), "2024-03-07")}),
    # the only union named that is called an alliance, though another union is named
    ("Премьер-министр Норвегии заявил, что НАТО и ЕС усиливают сотрудничество. Ранее Швеция "
     "присоединилась к альянсу.", {(frozenset({"state/SWE", "org/nato"}), "")}),
    # the day a joining takes effect is its date
    ("Египет, Эфиопия и Иран присоединились к БРИКС с 1 января 2024 года.",
     {(frozenset({"state/EGY", "state/ETH", "state/IRN", "org/brics"}), "2024-01-01")}),
    # must not: a year an enlargement is counted from is not the joining's
    ("Хорватия вступила в ЕС в 2013 году. Это первое расширение Евросоюза с 2007 года.",
     {(frozenset({"state/HRV", "org/eu"}), "2013")}),
    # must not: two unions the noun fits, a union qualified as another, a membership held
    ("Армения и Молдавия обсудили отношения с ЕС и ЕАЭС. Ранее Армения присоединилась к "
     "союзу.", set()),
    ("Сербия подала заявку в НАТО. Затем Сербия вступила в новый альянс.", set()),
    # must not: a union named further back than the sentence before (the noun may stand for
    # another), where it still stood for it
    ("Финляндия стала членом НАТО в 2023 году. Президент Финляндии Александр Стубб посетил "
     "Осло. Премьер-министр Швеции заявил о росте расходов на оборону. Швеция "
     "присоединилась к альянсу 7 марта 2024 года.", {(frozenset({"state/FIN", "org/nato"}),
                                                     "2023")}),
    ("Черногория вступила в НАТО в 2017 году. Власти Черногории провели реформу армии. "
     "Министр обороны Северной Македонии посетил Белград. Затем Северная Македония "
     "присоединилась к альянсу.", {(frozenset({"state/MNE", "org/nato"}), "2017")}),
    ("Хорватия вступила в Евросоюз в 2013 году. Премьер-министр Хорватии посетил Вену. "
     "Министры обсудили туризм. Болгария присоединилась к союзу.",
     {(frozenset({"state/HRV", "org/eu"}), "2013")}),
    # the union named in the sentence before
    ("Генеральный секретарь НАТО Йенс Столтенберг прибыл в Стокгольм. Швеция присоединилась "
     "к альянсу 7 марта 2024 года.", {(frozenset({"state/SWE", "org/nato"}), "2024-03-07")}),
    ("Швеция является членом Евросоюза с 1 января 1995 года.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "joined"), JOINED)
def test_accessions_to_the_union_named_before(events, text, joined) -> None:
    found = {
        (frozenset(e.participants), e.date)
        for e in events(text, "2024-05-10")
        if e.kind == "Accession"
    }
    assert found == joined
