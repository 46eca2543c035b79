"""Papers whose sides or signers the parse hid (fifty-eighth pass, h-agreements63).

- "…были подписаны соглашение о … и протокол о …" where the parser hangs the second paper as
  a parataxis of the verb: the protocol was mentioned with no sides
  (`nested_conjuncts._coordinated_argument`).
- "Подписали соглашение о … министр … X и министр … Y": the ministers after the object, hung
  as a parataxis or inside the title, were no subject, so the paper had no sides or signers
  (`nominative_objects._verb_of`).
- "Меморандум о … Кения и Уганда должны были подписать …": the states hung on the title's
  last noun were no subject of the plan (`nominative_objects.mend_stray_subjects`).
- "подписали протокол в соответствии с Соглашением о … от 12 мая 2010 года": the Signing
  was dated by the other paper's "от" date (`dating._dated_from`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, EGY_JOR, KEN_UGA, LAO_VNM, SRB_HUN, agreement_rows

DAY = "2026-06-15"
PERSONS_EGY_JOR = ("person/akhmed-said", "person/omar-khaled")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the protocol hung as a parataxis of the passive
        ("Президенты Кении и Уганды провели переговоры. Помимо этого, были подписаны соглашение "
         "о сотрудничестве в оборонной промышленности и протокол о создании совместной комиссии "
         "сроком на пять лет.",
         ("Протокол о создании совместной комиссии", "signed", KEN_UGA, ())),
        ("Президенты Чили и Перу провели переговоры. Кроме того, в Лиме были подписаны "
         "соглашение о военном сотрудничестве и протокол о создании совместной комиссии, "
         "сообщает пресс-служба.",
         ("Протокол о создании совместной комиссии", "signed", CHL_PER, ())),
        # the signers after the object
        ("Подписали соглашение о свободной торговле министр торговли Египта Ахмед Саид и "
         "министр торговли Иордании Омар Халед.",
         ("Соглашение о свободной торговле", "signed", EGY_JOR, PERSONS_EGY_JOR)),
        ("Подписали соглашение о транзите газа президенты Сербии и Венгрии, а министры обсудили "
         "поставки нефти.",
         ("Соглашение о транзите газа", "signed", SRB_HUN, ())),
        # the sides of a paper placed first, hung on its title
        ("Меморандум о сотрудничестве в туризме Египет и Иордания должны были подписать в марте.",
         ("Меморандум о сотрудничестве в туризме", "mentioned", EGY_JOR, ())),
        ("Соглашение о торговле Кения и Уганда намерены подписать в сентябре.",
         ("Соглашение о торговле", "planned", KEN_UGA, ())),
        ("Договор о дружбе Вьетнам и Лаос должны подписать осенью.",
         ("Договор о дружбе", "planned", LAO_VNM, ())),
    ],
)  # fmt: skip
def test_hidden_sides_and_signers_are_read(analyse, text, row):
    assert row in _rows(analyse, text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a minister of a contrasting clause signs nothing
        ("Египет и Иордания подписали соглашение о торговле, а министр торговли Иордании Омар "
         "Халед выступил с речью.",
         ("Соглашение о торговле", "signed", EGY_JOR, ())),
        # one state and an organisation: the organisation stays a side
        ("Соглашение о кредите Кения и МВФ должны подписать в июле.",
         ("Соглашение о кредите", "planned", ("org/imf", "state/KEN"), ())),
        ("Соглашение о кредите Уганда должна подписать с МВФ в июле.",
         ("Соглашение о кредите", "planned", ("org/imf", "state/UGA"), ())),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_reading(analyse, text, row):
    assert row in _rows(analyse, text)


def test_a_paper_with_a_verb_of_its_own_is_no_conjunct(analyse):
    text = (
        "Президенты Чили и Перу подписали соглашение о торговле, и протокол о транспорте будет "
        "подписан в июле."
    )
    statuses = {title: status for title, status, _, _ in _rows(analyse, text)}
    assert statuses["Протокол о транспорте"] == "planned"


def test_a_paper_placed_first_that_was_due_gives_no_signing(events):
    text = "Меморандум о сотрудничестве в туризме Египет и Иордания должны были подписать в марте."
    assert not [e for e in events(text, DAY) if e.kind == "Signing"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "от" a date of another paper: that paper's, not the signing's
        ("Египет и Иордания подписали протокол в соответствии с Соглашением о свободной "
         "торговле от 12 мая 2010 года.", DAY),
        ("Кения и Уганда подписали протокол к Соглашению о таможенном союзе от 3 марта 2015 "
         "года.", DAY),
        # must-nots: a date of the signing, and the "от" date of the paper signed itself
        ("Египет и Иордания подписали протокол о торговле 5 мая 2024 года.", "2024-05-05"),
        ("Кения и Уганда подписали соглашение о торговле от 3 марта 2015 года.", "2015-03-03"),
    ],
)  # fmt: skip
def test_the_from_date_of_another_paper_dates_no_signing(events, text, day):
    assert [e.date for e in events(text, DAY) if e.kind == "Signing"] == [day]


def test_the_paper_after_and_coordinates_with_the_subject(nlp):
    doc = nlp(
        "Помимо этого, были подписаны соглашение о сотрудничестве в оборонной промышленности "
        "и протокол о создании совместной комиссии сроком на пять лет."
    )
    protocol = next(t for t in doc if t.text == "протокол")
    assert (protocol.dep_, protocol.head.text) == ("conj", "соглашение")


def _rows(analyse, text: str) -> set[tuple]:  # noqa: ANN001 - the conftest fixture
    return agreement_rows(analyse, text, DAY)
