"""Signers, dates and sides of agreements read from the wrong place (fifty-ninth pass,
h-agreements64).

- "Подписали соглашение министр … X Имя Фамилия и министр … Y Имя Фамилия": the parser may
  hang the first state and name on the second title, so the first minister had no name and
  the paper one signer (`preceding_dependents.mend_preceding_dependents`).
- "Стороны подписали соглашение о …, и протокол о … будет подписан в июле": the other
  clause's July dated the first paper (`dates._of_another_clause`).
- "Было подписано соглашение о …" in a report on four states took the pair a later sentence
  names as its sides (`pair.pair_by`).
- "Соглашение … между блоком и Европейским союзом": "блок" is the union named before it
  (`parties.referred_union`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows, dated_rows

DAY = "2026-06-15"


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        ("Подписали соглашение министр иностранных дел Сербии Марко Джурич и министр "
         "иностранных дел Венгрии Петер Сийярто.",
         ("person/marko-dzhurich", "person/peter-siyyarto")),
        # must-nots: both signers kept where the parse was right, and "X и Y подписали"
        ("Подписали меморандум министр обороны Кении Соипан Туя и министр обороны Уганды "
         "Джейкоб Окелло.",
         ("person/dzheykob-okello", "person/soipan-tuya")),
        ("Подписали соглашение о свободной торговле министр торговли Чили Хуан Перес и министр "
         "экономики Перу Луис Кастро.",
         ("person/khuan-peres", "person/luis-kastro")),
        ("Министр иностранных дел Сербии Марко Джурич и министр иностранных дел Венгрии Петер "
         "Сийярто подписали соглашение.",
         ("person/marko-dzhurich", "person/peter-siyyarto")),
    ],
)  # fmt: skip
def test_each_title_keeps_its_own_name(analyse, text, signers):
    rows = agreement_rows(analyse, text, DAY)
    assert [row[3] for row in rows] == [signers]


def test_the_first_title_takes_back_its_state_and_name(nlp):
    doc = nlp(
        "Подписали соглашение министр иностранных дел Сербии Марко Джурич и министр "
        "иностранных дел Венгрии Петер Сийярто."
    )
    first, second = (t for t in doc if t.text == "министр")
    assert {t.text for t in doc if t.head.i == first.i and t.dep_ in ("appos", "nmod")} >= {
        "Сербии",
        "Марко",
    }
    assert {t.text for t in doc if t.head.i == second.i and t.dep_ == "appos"} == {"Петер"}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # another clause's future signing dates no paper of this one (undated: the report's day
        # downstream)
        ("Стороны подписали соглашение о торговле, и протокол о таможне будет подписан в июле.",
         ("Соглашение о торговле", "signed", "", ())),
        ("Президенты Кении и Уганды провели переговоры. Стороны подписали соглашение о "
         "транзите, и меморандум о туризме будет подписан в сентябре.",
         ("Соглашение о транзите", "signed", "", ("state/KEN", "state/UGA"))),
        # a dated past signing keeps its own date, not the next clause's
        ("Египет и Иордания подписали соглашение о торговле 5 мая 2024 года, и протокол о "
         "таможне будет подписан в июле.",
         ("Соглашение о торговле", "signed", "2024-05-05", ("state/EGY", "state/JOR"))),
        # must-nots: the planned paper keeps its month, a signing its own month
        ("Стороны подписали соглашение о торговле, и протокол о таможне будет подписан в июле.",
         ("Протокол о таможне", "planned", "2026-07", ())),
        ("Кения и Уганда подписали в мае соглашение о торговле.",
         ("Соглашение о торговле", "signed", "2026-05", ("state/KEN", "state/UGA"))),
    ],
)  # fmt: skip
def test_another_clauses_date_dates_no_signing(analyse, text, row):
    assert row in dated_rows(analyse, text, DAY)


_FOUR = (
    "В Монтевидео прошел саммит с участием Аргентины, Бразилии, Уругвая и Парагвая. Было "
    "подписано соглашение о таможенном сотрудничестве. Позднее президенты Аргентины и Бразилии "
    "обсудили поставки газа, а министры Аргентины и Бразилии — торговлю."
)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (_FOUR, ("Соглашение о таможенном сотрудничестве", "signed", ())),
        # must-nots: the pair told before, and a sentence with its own sides
        ("Президент Чили провел переговоры с президентом Перу в Лиме. Было подписано соглашение "
         "о таможенном сотрудничестве. Президент Перу назвал Чили важным партнером.",
         ("Соглашение о таможенном сотрудничестве", "signed", ("state/CHL", "state/PER"))),
        ("В Монтевидео прошел саммит с участием Аргентины, Бразилии, Уругвая и Парагвая. "
         "Уругвай и Парагвай подписали соглашение о таможенном сотрудничестве. Позднее "
         "президенты Аргентины и Бразилии обсудили поставки газа, а министры Аргентины и "
         "Бразилии — торговлю.",
         ("Соглашение о таможенном сотрудничестве", "signed", ("state/PRY", "state/URY"))),
    ],
)  # fmt: skip
def test_an_agentless_signing_takes_no_later_sides(analyse, text, row):
    assert row in {(t, s, p) for t, s, p, _ in agreement_rows(analyse, text, DAY)}


def test_an_agentless_signing_event_takes_no_later_sides(events):
    signings = [e for e in events(_FOUR, DAY) if e.kind == "Signing"]
    assert [e.participants for e in signings] == [[]]


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        ("Лидеры стран МЕРКОСУР встретились в Асунсьоне. Было подписано соглашение о свободной "
         "торговле между блоком и Европейским союзом.",
         "Соглашение о свободной торговле между блоком и Европейским союзом",
         ("org/Q4264", "org/eu")),
        ("Министры стран АСЕАН обсудили торговлю. Вьетнам подписал соглашение с объединением.",
         "Соглашение между Ассоциацией государств Юго-Восточной Азии и Вьетнамом",
         ("org/asean", "state/VNM")),
        # must-not: a bloc with words of its own is no union named before
        ("Лидеры стран МЕРКОСУР встретились в Асунсьоне. Оппозиционный блок подписал соглашение "
         "с правительством Парагвая.",
         "", ()),
    ],
)  # fmt: skip
def test_a_bloc_is_the_union_named_before(analyse, text, title, parties):
    rows = agreement_rows(analyse, text, DAY)
    if title:
        assert parties in {p for t, _, p, _ in rows if t == title}
    else:
        assert not any(p and p[0].startswith("org/Q4264") for _, _, p, _ in rows)
