"""Papers of the sixty-eighth pass (h-agreements85): papers in force since a year, a headline's
arrangement over the body's paper, regulations.

- "соглашение о рыболовстве между странами действует с 1979 года": the paper is dated 1979
  (`dates.in_force_since`) and "между странами" alone is the report's pair
  (`title_ends.Scanner.bare_pair`); "действует с 1 января" is a new paper's entry into force,
  which dates nothing.
- A headline's "договорились о реструктуризации долга на 2 млрд долларов" over the body's
  signed "меморандум о реструктуризации … долга" is that paper, also where a bare "соглашение"
  of the body joined the headline's (`fusing.fuse_headline`); its title ends before the amount
  (`arrangements._amount_at`).
- A "регламент" the sides sign is a paper (`agreement_kinds.tsv`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import ARM_GEO, CHL_PER, KGZ_TJK, agreement_rows, dated_rows

# a report of fisheries of its own day: Norway and Iceland signed a protocol
FISH, DAY = "Норвегия и Исландия подписали протокол о квотах на вылов. ", "2026-11-27"
NOR_ISL = ("state/ISL", "state/NOR")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (FISH + "Министр напомнила, что соглашение о рыболовстве между странами действует с 1979 "
         "года.", ("Соглашение о рыболовстве", "mentioned", "1979", NOR_ISL)),
        (FISH + "Соглашение о рыболовстве между государствами действует с 1980 года.",
         ("Соглашение о рыболовстве", "mentioned", "1980", NOR_ISL)),
        # a paper in force discussed: talked about, its discussers no parties (as "которое
        # вступило в силу", `sentences._existing`)
        ("Чили и Перу обсудили соглашение о транзите, действующее с 1995 года.",
         ("Соглашение о транзите", "mentioned", "1995", ())),
    ],
)  # fmt: skip
def test_a_paper_in_force_since_a_year_is_dated_by_it(analyse, text, row):
    assert row in dated_rows(analyse, text, DAY)


@pytest.mark.parametrize(
    ("text", "title", "date", "parties"),
    [
        # a day: a new paper's entry into force, no signing
        (FISH + "Новое соглашение о рыболовстве между странами действует с 1 января.",
         "Соглашение о рыболовстве", "", NOR_ISL),
        # ahead: no date
        ("Чили и Перу обсудили соглашение о транзите, которое будет действовать с 2027 года.",
         "Соглашение о транзите", "", CHL_PER),
        # states a word of their own names: no pair
        (FISH + "Соглашение о рыболовстве между странами региона действует с 1985 года.",
         "Соглашение о рыболовстве между странами региона", "1985", ()),
    ],
)  # fmt: skip
def test_no_date_or_pair_told_otherwise(analyse, text, title, date, parties):
    rows = dated_rows(analyse, text, DAY)
    assert {(d, p) for t, _, d, p in rows if t == title} == {(date, parties)}


DEBT = (
    "Египет и Судан договорились о реструктуризации долга на 2 млрд долларов\n\n"
    "КАИР, 3 декабря. Министр финансов Египта Ахмед Кучук и посол Судана в Каире Имадеддин "
    "Адави подписали во вторник меморандум о реструктуризации суданского долга перед "
    "египетскими банками. По словам Кучука, соглашение «открывает новую страницу в "
    "отношениях»."
)
OIL = (
    "Кения и Уганда договорились о поставках нефти\n\n"
    "НАЙРОБИ, 3 декабря. Министры энергетики Кении и Уганды подписали в среду меморандум о "
    "поставках угандийской нефти. По словам министра, соглашение «укрепит энергетическую "
    "безопасность региона»."
)


@pytest.mark.parametrize(("text", "title"), [
    (DEBT, "Меморандум о реструктуризации суданского долга"),
    (OIL, "Меморандум о поставках угандийской нефти"),
])  # fmt: skip
def test_the_headlines_arrangement_is_the_bodys_paper(analyse, text, title):
    titles = [t for t, *_ in agreement_rows(analyse, text, "2026-12-03")]
    assert len(titles) == 1 and titles[0].startswith(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Египет и Судан договорились о реструктуризации долга на 2 млрд долларов.",
         "Договорённость о реструктуризации долга"),
        ("Кения и Уганда договорились о поставках нефти в размере 2 млн тонн.",
         "Договорённость о поставках нефти"),
        # must-not: a place of the topic stays
        ("Чили и Перу договорились о строительстве моста в Арике.",
         "Договорённость о строительстве моста в Арике"),
    ],
)  # fmt: skip
def test_an_arrangements_topic_ends_before_its_amount(analyse, text, title):
    assert title in {t for t, *_ in agreement_rows(analyse, text, "2026-12-03")}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a regulation the sides sign or adopt
        ("Киргизия и Таджикистан подписали Регламент совместной деятельности пограничных "
         "комиссий.", "Регламент совместной деятельности пограничных комиссий"),
        ("Главы делегаций Киргизии и Таджикистана подписали регламент работы совместной "
         "комиссии в Бишкеке.", "Регламент работы совместной комиссии"),
    ],
)  # fmt: skip
def test_a_regulation_the_sides_sign_is_a_paper(analyse, text, title):
    rows = agreement_rows(analyse, text, DAY)
    assert {p for t, _, p, _ in rows if t == title} in ({ARM_GEO}, {KGZ_TJK})


@pytest.mark.parametrize(
    "text",
    [
        "Согласно Регламенту ЕС о защите данных, Армения и Грузия обмениваются сведениями.",
        "Парламент Грузии утвердил регламент заседаний.",
        "Депутаты Армении и Грузии нарушили регламент заседания.",
    ],
)
def test_no_regulation_without_the_sides_signing(analyse, text):
    assert not agreement_rows(analyse, text, DAY)
