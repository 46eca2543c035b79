"""Papers listed after a collective noun of papers ("пакет документов", "ряд документов",
"комплекс документов", "несколько соглашений") and a colon or a dash are told by the verb
over that noun: signed in the passive or the active, they are one signing, dated as the plain
"подписаны соглашение … и меморандум …", whose label names them; prepared ("подготовлен пакет
документов: …"), they are in the making as "подготовлено соглашение" is; discussed, no
signing. Own sentences about other pairs of states (sixty-first pass, h-agreements70)."""

from __future__ import annotations

import pytest

DAY = "2026-06-05"
# the talks of the day, in the host's capital, that each text opens with
TALKS_EJ, TALKS_VL, TALKS_KU = (
    "АММАН, 5 июня. Король Иордании провёл в Аммане переговоры с президентом Египта. ",
    "ХАНОЙ, 5 июня. Премьер-министр Вьетнама провёл в Ханое переговоры с премьером Лаоса. ",
    "НАЙРОБИ, 5 июня. Президент Кении провёл в Найроби переговоры с президентом Уганды. ",
)
EJ, VL, KU = ["state/EGY", "state/JOR"], ["state/LAO", "state/VNM"], ["state/KEN", "state/UGA"]

# (text, the sides, (the label of its one signing, the titles of the papers it signs))
PACKAGES = [
    (TALKS_EJ + "В присутствии глав государств подписан пакет документов: соглашение о "
     "транзите и меморандум о сотрудничестве в области туризма.",
     EJ, ("Подписание соглашения о транзите и меморандума о сотрудничестве в области туризма",
     ["Соглашение о транзите", "Меморандум о сотрудничестве в области туризма"])),
    (TALKS_VL + "Стороны подписали пакет документов: соглашение о воздушном сообщении и "
     "протокол о торговле.",
     VL, ("Подписание соглашения о воздушном сообщении и протокола о торговле",
     ["Соглашение о воздушном сообщении", "Протокол о торговле"])),
    (TALKS_KU + "Лидеры подписали комплекс документов — соглашение о транзите и меморандум о "
     "туризме.",
     KU, ("Подписание соглашения о транзите и меморандума о туризме",
     ["Соглашение о транзите", "Меморандум о туризме"])),
    (TALKS_EJ + "Был подписан ряд документов — соглашение о воздушном сообщении и меморандум "
     "о туризме.",
     EJ, ("Подписание соглашения о воздушном сообщении и меморандума о туризме",
     ["Соглашение о воздушном сообщении", "Меморандум о туризме"])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides", "signing"), PACKAGES)
def test_papers_a_signed_package_lists_are_one_dated_signing(
    extraction_of, text, sides, signing
) -> None:
    read = extraction_of(text, DAY, "events").facts
    titles = {a.key: a.title for a in read["agreements"]}
    told = [(e.label, [titles[k] for k in e.signs]) for e in read["events"] if e.kind == "Signing"]
    assert told == [signing]
    assert {e.date for e in read["events"] if e.kind == "Signing"} == {DAY}
    signed = signing[1]
    papers = sorted((a.title, a.status, a.date, sorted(a.parties)) for a in read["agreements"])
    assert papers == sorted((t, "signed", DAY, sides) for t in signed)


# must-nots: a package prepared is in the making, as the papers named plainly are; one
# discussed or studied is no signing
NOT_SIGNED = [
    (TALKS_VL + "Подготовлен пакет документов: соглашение о воздушном сообщении и протокол о "
     "торговле.",
     TALKS_VL + "Подготовлено соглашение о воздушном сообщении и протокол о торговле."),
    (TALKS_KU + "Стороны обсудили пакет документов: соглашение о транзите и меморандум о "
     "туризме.",
     TALKS_KU + "Стороны обсудили соглашение о транзите и меморандум о туризме."),
    (TALKS_EJ + "Эксперты изучили комплекс документов — соглашение о транзите и меморандум о "
     "туризме.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "plain"), NOT_SIGNED)
def test_papers_a_package_lists_under_no_signing_are_read_as_named_plainly(
    extraction_of, text, plain
) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert not [e for e in read["events"] if e.kind == "Signing"]
    statuses = sorted((a.title, a.status) for a in read["agreements"])
    assert all(status != "signed" for _, status in statuses)
    if plain:
        told = extraction_of(plain, DAY, "agreements").facts["agreements"]
        assert statuses == sorted((a.title, a.status) for a in told)


# a passive with no agent signed "в присутствии" of leaders of one office is the act of their
# meeting: the signing takes the talks' place and day where it names none of its own
# (text, the signing's (date, location))
PRESENCE = [
    (TALKS_EJ + "В присутствии глав государств подписан пакет документов: соглашение о "
     "транзите и меморандум о туризме.", (DAY, "Амман")),
    (TALKS_KU + "В присутствии президентов было подписано соглашение о транзите.",
     (DAY, "Найроби")),
    # must-nots: no leaders present; a place of its own; a year of its own
    (TALKS_KU + "В присутствии журналистов было подписано соглашение о транзите.", (DAY, "")),
    (TALKS_KU + "В присутствии глав государств в Момбасе подписано соглашение о транзите.",
     (DAY, "Момбаса")),
    (TALKS_VL + "В 2019 году в присутствии глав государств было подписано соглашение о "
     "транзите.", ("2019", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), PRESENCE)
def test_a_signing_in_the_leaders_presence_is_at_their_talks(extraction_of, text, told) -> None:
    read = extraction_of(text, DAY, "events").facts
    signings = [e for e in read["events"] if e.kind == "Signing"]
    assert [(e.date, e.location) for e in signings] == [told]


# a passive's second subject joined by "и" is signed at the same signing, which names it too;
# must-not: a paper of a clause of its own stays out of the label
LABELS = [
    (TALKS_VL + "В присутствии глав государств подписаны соглашение о воздушном сообщении и "
     "меморандум о сотрудничестве в области образования.",
     "Подписание соглашения о воздушном сообщении и меморандума о сотрудничестве в области "
     "образования"),
    (TALKS_VL + "Соглашение о транзите подписали министры, и меморандум о туризме был одобрен.",
     "Подписание соглашения о транзите"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_passive_signing_names_each_subject_paper(extraction_of, text, label) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert [e.label for e in read["events"] if e.kind == "Signing"] == [label]
