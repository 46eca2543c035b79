"""A paper placed before its verb, and papers that come of a gathering (fifty-fifth pass,
h-agreements54).

"Декларацию о сотрудничестве в энергетике стороны подписали 9 мая" was titled "… в
энергетике стороны": the tagger reads "стороны" as a genitive of the topic. The title now
ends before the subject of the verb the paper is the object of, and before "стороны" right
before that verb where the parse hangs it on the topic, which then gives the paper its sides.
"По итогам саммита стороны приняли совместное заявление и подписали дорожную карту …" dated
the statement by the summit and left the roadmap undated: a paper the sides sign "по итогам"
of a gathering (on the verb, or on the verb a conjunct verb of no subject of its own follows)
takes the gathering's day, a guess its signing event settles. Must-nots: a paper of a date
of its own keeps it ("ещё в 2019 году", "по итогам переговоров в прошлом году"), a paper of
another day told in the next sentence stays apart, a summit of more states dates no pair's
paper, a "стороны" after the verb stays in its title. Sentences of our own about other
pairs."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings

from kg.extract.agreements import read_agreements
from kg.model import Document

DAY = "2026-05-15"  # a Friday
KEN_TZA = ("state/KEN", "state/TZA")
CHL_PER = ("state/CHL", "state/PER")
EGY_JOR = ("state/EGY", "state/JOR")
KEN_UGA = ("state/KEN", "state/UGA")
LAO_VNM = ("state/LAO", "state/VNM")
HUN_SRB = ("state/HUN", "state/SRB")

TITLES = [
    ("Президенты Египта и Иордании провели переговоры в Каире. Декларацию о сотрудничестве в "
     "энергетике стороны подписали 9 мая.",
     ("Декларация о сотрудничестве в энергетике", "2026-05-09", EGY_JOR)),
    ("Президенты Кении и Уганды провели переговоры в Кампале. Меморандум о сотрудничестве в "
     "торговле стороны подписали во вторник.",
     ("Меморандум о сотрудничестве в торговле", "2026-05-12", KEN_UGA)),
    ("Президенты Чили и Перу провели переговоры в Лиме. Соглашение о сотрудничестве в "
     "образовании стороны подписали 12 мая.",
     ("Соглашение о сотрудничестве в образовании", "2026-05-12", CHL_PER)),
    ("Президенты Вьетнама и Лаоса провели переговоры в Ханое. Соглашение о защите интересов "
     "стороны подписали в среду.", ("Соглашение о защите интересов", "2026-05-13", LAO_VNM)),
    ("Президенты Вьетнама и Лаоса провели переговоры в Ханое. Соглашение о границе стороны ещё "
     "не подписали.", ("Соглашение о границе", "", LAO_VNM)),
    # must-nots: the paper's own year stays
    ("Президенты Сербии и Венгрии провели переговоры в Белграде. Декларацию о дружбе стороны "
     "подписали ещё в 2019 году.", ("Декларация о дружбе", "2019", HUN_SRB)),
    ("Президенты Сербии и Венгрии провели переговоры в Белграде. Договор о дружбе стороны "
     "подписали в 2019 году.", ("Договор о дружбе", "2019", HUN_SRB)),
    # must-nots: "стороны" after the verb keeps its title; a verb of no subject has no sides
    ("Министры Египта и Иордании подписали меморандум о гарантиях для принимающей стороны.",
     ("Меморандум о гарантиях для принимающей стороны", "", EGY_JOR)),
    ("Президенты Египта и Иордании провели переговоры в Каире. Меморандум о поставках газа "
     "подписали в среду.", ("Меморандум о поставках газа", "2026-05-13", ())),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper"), TITLES)
def test_the_title_ends_before_the_subject(analyse, text: str, paper: tuple) -> None:  # noqa: ANN001
    ctx = analyse(Document(id="t", text=text, date=DAY))
    [found] = read_agreements(ctx).facts
    assert (found.title, found.date, tuple(sorted(found.parties))) == paper


OUTCOMES = [
    # two verbs of one subject: two papers, two signings, all of the summit's day and city
    ("Президенты Кении и Танзании провели в понедельник двусторонний саммит в Найроби. По "
     "итогам саммита стороны приняли совместное заявление и подписали дорожную карту на 2027 "
     "год.", KEN_TZA,
     {("Совместное заявление", "2026-05-11", "2026-05-11", "Найроби"),
      ("Дорожная карта на 2027 год", "2026-05-11", "2026-05-11", "Найроби")}),
    ("Министры иностранных дел Чили и Перу провели в понедельник переговоры в Лиме. По итогам "
     "переговоров министры подписали соглашение о транзите грузов.", CHL_PER,
     {("Соглашение о транзите грузов", "2026-05-11", "2026-05-11", "Лима")}),
    ("Президенты Египта и Иордании провели во вторник переговоры в Каире. По итогам "
     "переговоров было подписано соглашение о поставках газа.", EGY_JOR,
     {("Соглашение о поставках газа", "2026-05-12", "2026-05-12", "Каир")}),
    # must-not: talks of a day of their own
    ("Президенты Египта и Иордании провели во вторник переговоры в Каире. По итогам "
     "переговоров в прошлом году стороны подписали соглашение о поставках газа.", EGY_JOR,
     {("Соглашение о поставках газа", "2025", "2025", "")}),
    # must-not: a paper of another day in the next sentence stays apart
    ("Министры иностранных дел Чили и Перу провели в понедельник переговоры в Лиме. По итогам "
     "переговоров стороны подписали меморандум о туризме. В 2019 году стороны подписали "
     "соглашение о транзите грузов.", CHL_PER,
     {("Меморандум о туризме", "2026-05-11", "2026-05-11", "Лима"),
      ("Соглашение о транзите грузов", "2019", "2019", "")}),
    # must-not: the day of a summit of more states is not the pair's talks'
    ("Ханой, 15 мая 2026 года. В понедельник в Ханое прошёл саммит АСЕАН с участием Вьетнама, "
     "Лаоса, Камбоджи и Таиланда.\n\nПрезидент Вьетнама заявил, что союз откроет новый этап.\n\n"
     "По итогам переговоров Вьетнам и Лаос подписали меморандум о торговле.",
     LAO_VNM, {("Меморандум о торговле", "", "", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pair", "papers"), OUTCOMES)
def test_papers_of_a_gathering_take_its_day(analyse, text: str, pair: tuple, papers: set) -> None:  # noqa: ANN001
    read, signings = papers_and_signings(analyse, text, DAY)
    found = set()
    for paper in read:
        assert tuple(sorted(paper.parties)) == pair
        [signing] = [e for e in signings if paper.key in e.signs]
        found.add((paper.title, paper.date, signing.date, signing.location))
    assert found == papers
