"""Papers counted ("подписали 14 соглашений", "ряд соглашений о …", "20 соглашений и
меморандумов о …") name no one paper, whatever words follow the plural: no agreement, while
the signing and the count stay; a gathering after a paper's noun ("на бизнес-форуме") is
where it was signed, never its topic. A paper a "Среди них —" sentence lists after such a
package, told between a firm and a body kg names no state for, is signed as the package and
is the report's two states' paper. Own sentences about other pairs of states (sixty-third
pass, h-agreements77)."""

from __future__ import annotations

import pytest

DAY = "2026-11-24"
EJ, CP, KU = ["state/EGY", "state/JOR"], ["state/CHL", "state/PER"], ["state/KEN", "state/UGA"]

# (text, the papers (title, parties) read, whether a signing is told, the count claimed)
COUNTED = [
    ("Египет и Иордания подписали 14 соглашений на бизнес-форуме в Аммане.", [], True, 14),
    ("Кения и Уганда подписали ряд соглашений о торговле.", [], True, None),
    ("Чили и Перу подписали 20 соглашений и меморандумов о сотрудничестве в области энергетики.",
     [], True, 20),
    ("Египет и Иордания подписали 14 соглашений о сотрудничестве в области туризма.", [], True,
     14),
    # must-nots: one paper, its gathering no topic; one named by its topic; one counted as one
    ("Египет и Иордания подписали соглашение о свободной торговле на бизнес-форуме в Аммане.",
     [("Соглашение о свободной торговле", EJ)], True, None),
    ("Египет и Иордания подписали соглашение о свободной торговле.",
     [("Соглашение о свободной торговле", EJ)], True, None),
    ("Чили и Перу подписали одно соглашение о рыболовстве.", [("Соглашение о рыболовстве", CP)],
     True, None),
    ("Кения и Уганда подписали соглашение о проведении бизнес-форума.",
     [("Соглашение о проведении бизнес-форума", KU)], True, None),
    ("Кения и Уганда подписали меморандум о туризме на онлайн-конференции.",
     [("Меморандум о туризме", KU)], True, None),
    # a paper a list names, which the parse may hang on the package's noun
    ("Кения и Уганда подписали пакет из 6 документов, в том числе соглашение о транзите.",
     [("Соглашение о транзите", KU)], True, 6),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers", "signed", "count"), COUNTED)
def test_papers_counted_are_no_one_paper(extraction_of, text, papers, signed, count) -> None:
    read = extraction_of(text, DAY, "events", "claims").facts
    assert sorted((a.title, sorted(a.parties)) for a in read["agreements"]) == papers
    assert any(e.kind == "Signing" for e in read["events"]) == signed
    counts = [c.value for c in read["claims"] if c.unit in ("соглашение", "документ")]
    assert counts == ([count] if count else [])


# a gathering told by a hyphenated noun is one as its last part is: where and when the paper
# was signed, and the union whose meeting it is; must-not: "на саммите" as it was
GATHERINGS = [
    ("Чили и Перу подписали меморандум на бизнес-форуме 10 мая 2026 года.",
     [("Меморандум между Перу и Чили", "2026-05-10", CP)]),
    ("На бизнес-форуме АСЕАН лидеры стран приняли декларацию о торговле.",
     [("Декларация о торговле", DAY, ["org/asean"])]),
    ("На саммите АСЕАН лидеры стран приняли декларацию о торговле.",
     [("Декларация о торговле", DAY, ["org/asean"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers"), GATHERINGS)
def test_a_compound_gathering_is_where_a_paper_is_signed(extraction_of, text, papers) -> None:
    read = extraction_of(text, DAY, "agreements").facts
    assert [(a.title, a.date, sorted(a.parties)) for a in read["agreements"]] == papers


PACKAGE_EJ = (
    "АММАН, 24 ноября. Компании и ведомства Египта и Иордании подписали 15 соглашений и "
    "меморандумов на бизнес-форуме. Среди них — соглашение между египетской компанией Orascom "
    "и провинцией Акаба о строительстве порта, а также меморандум о сотрудничестве в области "
    "энергетики между Министерством энергетики Египта и Министерством энергетики Иордании."
)
TALKS_CP = (
    "ЛИМА, 24 ноября. Президент Чили провёл в Лиме переговоры с президентом Перу. Стороны "
    "подписали 12 документов. Среди них — контракт между чилийской корпорацией Codelco и "
)
MEMO_EJ = (
    "Меморандум о сотрудничестве в области энергетики между Министерством энергетики Египта и "
    "Министерством энергетики Иордании"
)
PORT_EJ = "Соглашение между египетской компанией Orascom и провинцией Акаба о строительстве порта"
COPPER = "Контракт между чилийской корпорацией Codelco и регионом Арекипа о поставках меди"
# (text, the papers (title, status, date, parties), the titles its one signing signs)
LISTED = [
    (PACKAGE_EJ, [(MEMO_EJ, "signed", DAY, EJ), (PORT_EJ, "signed", DAY, EJ)], [MEMO_EJ, PORT_EJ]),
    (TALKS_CP + "регионом Арекипа о поставках меди.", [(COPPER, "signed", DAY, CP)], [COPPER]),
    # must-nots: a firm's paper told by no package is none; a listed paper with a body of a
    # third state keeps its own sides
    ("Корпорация Orascom и провинция Акаба подписали соглашение о строительстве порта.", [],
     None),
    (TALKS_CP + "Министерством энергетики Франции о поставках меди.",
     [("Контракт между чилийской корпорацией Codelco и Министерством энергетики Франции о "
       "поставках меди", "signed", "", ["org/codelco", "state/CHL", "state/FRA"])], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers", "signed"), LISTED)
def test_papers_listed_after_a_package_are_signed_as_the_pair(
    extraction_of, text, papers, signed
) -> None:
    read = extraction_of(text, DAY, "events").facts
    got = sorted((a.title, a.status, a.date, sorted(a.parties)) for a in read["agreements"])
    assert got == papers
    if signed is not None:
        keys = {a.key: a.title for a in read["agreements"]}
        signings = [sorted(keys[k] for k in e.signs) for e in read["events"] if e.kind == "Signing"]
        assert signings == [signed]
