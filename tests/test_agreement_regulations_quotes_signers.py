"""Papers of the sixty-seventh pass (h-agreements84).

- "Положение о …" (a regulation of two sides' joint work) is a paper where it is signed,
  ratified or adopted by the sides, or written with a title capital inside its sentence; "положение
  на границе" (the situation) is none (`agreement_kinds.tsv` "named",
  `sentences._signed_paper`).
- "… был подписан в 2020 году и ратифицирован парламентами обеих стран": the ratifying
  conjunct's agents are the parties (`parties._ratified_too`).
- "соглашение «снимает с экономики …»", "назвал соглашение «историческим шагом»": a quotation
  that tells what the paper does or is names no paper (`title_ends.Scanner.quoted_predicate`).
- "Документ подписали A и B в присутствии C": A and B sign, also where the parse hangs C's name
  on B's title or B's on the title's place (`reading.apposed_person`, `subjects._office_states`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import ARM_GEO, KGZ_TJK, agreement_rows, dated_rows

DAY = "2026-12-05"
JOINT = "Положение о совместной деятельности пограничных комиссий"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Положение о совместной деятельности пограничных комиссий было подписано в Ереване "
         "30 августа 2024 года и ратифицировано парламентами Армении и Грузии.",
         (JOINT, "signed", "2024-08-30", ARM_GEO)),
        ("Армения и Грузия провели заседание комиссий. Положение о совместной деятельности "
         "пограничных комиссий было подписано в Ереване 30 августа 2024 года и ратифицировано "
         "парламентами обеих стран.",
         (JOINT, "signed", "2024-08-30", ARM_GEO)),
        ("Киргизия и Таджикистан подписали положение о совместной комиссии по водным ресурсам.",
         ("Положение о совместной комиссии по водным ресурсам", "signed", "", KGZ_TJK)),
        ("Согласно Положению о совместной деятельности комиссий, Армения и Грузия проводят "
         "заседания дважды в год.",
         ("Положение о совместной деятельности комиссий", "mentioned", "", ARM_GEO)),
    ],
)  # fmt: skip
def test_a_regulation_signed_ratified_or_titled_is_a_paper(analyse, text, row):
    assert row in dated_rows(analyse, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the situation, a body's own regulation, provisions of a paper: no paper of "положение"
        "Положение на границе Армении и Грузии остаётся напряжённым.",
        "Армения и Грузия обсудили положение о беженцах на границе.",
        "Правительство Грузии утвердило положение о министерстве обороны.",
        "Эксперты обсудили Положение дел в экономике Киргизии и Таджикистана.",
        "Армения и Грузия подписали договор о границе. Положения договора вступят в силу осенью.",
    ],
)
def test_no_regulation_without_a_signing_or_a_title(analyse, text):
    assert not any(t.startswith("Положени") for t, *_ in dated_rows(analyse, text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Договор о границе был подписан в Тбилиси 30 августа 2020 года и ратифицирован "
        "парламентами Армении и Грузии.",
        "Армения и Грузия провели заседание комиссий. Договор о границе был подписан в Тбилиси "
        "в 2020 году и ратифицирован парламентами обеих стран.",
    ],
)
def test_the_parliaments_ratifying_a_paper_signed_are_its_parties(analyse, text):
    rows = dated_rows(analyse, text, DAY)
    assert {p for t, *_, p in rows if t == "Договор о границе"} == {ARM_GEO}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a quotation telling what the paper does or is: no name of it
        ("Египет и Судан подписали соглашение о водах Нила. По словам министра, соглашение "
         "«снимает с региона угрозу конфликта».",
         {"Соглашение о водах Нила"}),
        ("Египет и Судан подписали соглашение о водах Нила. Министр назвал соглашение "
         "«историческим шагом».",
         {"Соглашение о водах Нила"}),
        ("Египет и Судан подписали соглашение о водах Нила. Министр отметил, что соглашение "
         "«станет основой сотрудничества».",
         {"Соглашение о водах Нила"}),
        # must-nots: a quoted name stays the title
        ("Египет и Судан подписали соглашение «Нил для всех».", {"Соглашение «Нил для всех»"}),
        ("Египет и Судан подписали соглашение «Открытое небо» в Каире.",
         {"Соглашение «Открытое небо»"}),
    ],
)  # fmt: skip
def test_a_quoted_clause_after_the_head_is_no_title(analyse, text, titles):
    assert {t for t, *_ in dated_rows(analyse, text, DAY)} == titles


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # "Документ подписали A и B в присутствии C": A and B sign; C, whose name the parse
        # hangs on B's title, does not
        ("Сербия и Венгрия подписали в Белграде соглашение о строительстве нефтепровода. "
         "Документ подписали министр энергетики Сербии Дубравка Джедович и министр "
         "иностранных дел Венгрии Петер Сийярто в присутствии президента Сербии Александра "
         "Вучича.",
         {"person/dubravka-dzhedovich", "person/peter-siyyarto"}),
        ("Правительство Сербии и венгерская компания MOL подписали соглашение о строительстве "
         "нефтепровода. Документ подписали министр энергетики Сербии Дубравка Джедович и глава "
         "MOL Group Жолт Хернади в присутствии президента Сербии Александра Вучича и министра "
         "иностранных дел Венгрии Петера Сийярто.",
         {"person/dubravka-dzhedovich", "person/zholt-khernadi"}),
        # a name the parse hangs on the title's place: "посол … в Лусаке Ду Сяохуэй"
        ("Министр финансов Замбии Ситумбеко Мусоконе и посол Китая в Лусаке Ду Сяохуэй "
         "подписали в среду меморандум о торговле.",
         {"person/situmbeko-musokone", "person/du-syaokhuey"}),
        # must-not: a name right after the title stays its holder's
        ("Министр финансов Чили Марио Марсель и посол Перу в Сантьяго Луис Кастро подписали в "
         "среду меморандум о торговле.",
         {"person/mario-marsel", "person/luis-kastro"}),
    ],
)  # fmt: skip
def test_the_signers_of_a_document_are_the_papers_not_those_present(analyse, text, signers):
    rows = agreement_rows(analyse, text, DAY)
    assert [set(s) for *_, s in rows] == [signers]
