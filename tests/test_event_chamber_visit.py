"""A visit of a chamber's head told in a headline and a lead, his meetings and the paper the
two chairs sign (seventieth pass, h-events266). Own sentences about Chile–Peru and
Chile–Argentina.

- "прибыл в понедельник в Лиму с трёхдневным визитом" lasts three days from the arrival
  (h-events258's interval: `dcterms:date` and `schema:endDate`), and the place "в Лиму" the
  parser hung "в" of on "визитом" is the visit's (`place_prepositions._bare_place`);
- a headline "Председатель парламента Чили посетил Перу" is the visit of the one person of
  Chile the text names as a "председатель", not a second visit of Chile;
- "встретился с министром X и министром Y" is two meetings, one with each, unless told at
  one table ("совместно", "вместе");
- "председатели двух палат подписали соглашение" are the two chairs the text names before,
  one of each side (of the other side's office where a side has two): the paper's
  signatories and the signing's persons.
"""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows
from fact_reads import of_kind, one_of_kind, person_keys

_DAY = "2025-03-17"  # a Monday
_LIMA = "ЛИМА, 17 марта. "

# text, kind, (date, end, place)
SPANS = [
    (_LIMA + "Президент Чили Габриэль Борич прилетел в Лиму с двухдневным государственным "
     "визитом.", "StateVisit", ("2025-03-17", "2025-03-18", "Лима")),
    (_LIMA + "Президент Чили Габриэль Борич прибудет в Лиму 20 марта с 3-дневным визитом.",
     "Visit", ("2025-03-20", "2025-03-22", "Лима")),
    (_LIMA + "Председатель Сената Чили Мануэль Охеда прибыл в понедельник в Лиму с трёхдневным "
     "официальным визитом по приглашению председателя Конгресса Перу Эдуардо Салуэньи.",
     "OfficialVisit", ("2025-03-17", "2025-03-19", "Лима")),
    # must-nots: a stay under way, a visit told by its end, a range of lengths
    (_LIMA + "Президент Чили Габриэль Борич находится в Лиме с трёхдневным визитом.", "Visit",
     ("2025-03-17", "", "Лима")),
    (_LIMA + "Президент Чили Габриэль Борич в понедельник завершил трёхдневный визит в Перу.",
     "Visit", ("2025-03-17", "", "Перу")),
    (_LIMA + "Президент Чили Габриэль Борич прибыл в Лиму с двух-трёхдневным визитом.", "Visit",
     ("2025-03-17", "", "Лима")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "read"), SPANS)
def test_a_visit_of_days_lasts_from_its_arrival(
    events, text: str, kind: str, read: tuple[str, str, str]
) -> None:
    visit = one_of_kind(events(text, _DAY), kind)
    assert (visit.date, visit.end, visit.location) == read


_HEADLINE = "Председатель парламента Чили посетил Перу с официальным визитом\n\n" + _LIMA


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        (_HEADLINE + "Председатель Сената Чили Мануэль Охеда прибыл в Лиму с официальным "
         "визитом.", [["person/manuel-okheda"]]),
        ("Министр обороны Чили посетил Перу\n\n" + _LIMA + "Министр обороны Чили Мануэль Охеда "
         "прибыл в Лиму с визитом.", [["person/manuel-okheda"]]),
        # must-not: two chairs of Chile, either of whom the headline may be: kept apart
        (_HEADLINE + "Председатель Сената Чили Мануэль Охеда и председатель Палаты депутатов "
         "Чили Хосе Кастро прибыли в Лиму с официальным визитом.",
         [[], ["person/khose-kastro", "person/manuel-okheda"]]),
    ],
)  # fmt: skip
def test_a_headline_visit_of_a_title_is_its_holders(
    events, text: str, visitors: list[list[str]]
) -> None:
    visits = of_kind(events(text, _DAY), "Visit", "OfficialVisit")
    assert sorted(person_keys(v) for v in visits) == visitors


_MET = _LIMA + "Председатель Сената Чили Мануэль Охеда "
_SHIALER, _ASTUDILLO = "person/elmer-shialer", "person/valter-astudilo"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (_MET + "также встретился с министром иностранных дел Перу Эльмером Шиалером и "
         "министром обороны Перу Вальтером Астудильо.", [[_SHIALER], [_ASTUDILLO]]),
        (_MET + "провёл встречу с министром иностранных дел Перу Эльмером Шиалером и министром "
         "обороны Перу Вальтером Астудильо.", [[_SHIALER], [_ASTUDILLO]]),
        # must-nots: at one table; a delegation met is one meeting
        (_MET + "встретился с министром иностранных дел Перу Эльмером Шиалером и министром "
         "обороны Перу Вальтером Астудильо совместно.", [[_SHIALER, _ASTUDILLO]]),
        (_MET + "встретился вместе с министром иностранных дел Перу Эльмером Шиалером и "
         "министром обороны Перу Вальтером Астудильо.", [[_SHIALER, _ASTUDILLO]]),
        (_MET + "встретился с делегацией Перу.", [[]]),
    ],
)  # fmt: skip
def test_persons_met_one_after_another_are_two_meetings(
    events, text: str, met: list[list[str]]
) -> None:
    meetings = of_kind(events(text, _DAY), "Meeting")
    others = [sorted(set(person_keys(m)) - {"person/manuel-okheda"}) for m in meetings]
    assert sorted(others) == sorted(sorted(m) for m in met)
    assert all(m.date == _DAY for m in meetings)


_OKHEDA, _SALUENA = "person/manuel-okheda", "person/eduardo-saluenya"
_VILLARRUEL = "person/viktoriya-vilyarruel"
_SIGNED = "По итогам визита председатели двух палат подписали меморандум о сотрудничестве."

# text, the signers of the paper and of its signing
SIGNERS = [
    (_LIMA + "Председатель Сената Чили Мануэль Охеда прибыл в Лиму. Он провёл переговоры с "
     "председателем Конгресса Перу Эдуардо Салуэньей. Охеда также встретился с министром "
     "обороны Перу Вальтером Астудильо. " + _SIGNED, [_OKHEDA, _SALUENA]),
    # a side of two chairs: the one of the other side's office
    ("БУЭНОС-АЙРЕС, 17 марта. Председатель Сената Чили Мануэль Охеда прибыл в Буэнос-Айрес. "
     "Он провёл переговоры с председателем Сената Аргентины Викторией Вильярруэль. Охеда "
     "также встретился с председателем Палаты депутатов Аргентины Мартином Менемом. " + _SIGNED,
     [_OKHEDA, _VILLARRUEL]),
    # must-not: two chairs of Peru, neither of Chile's office: no one
    (_LIMA + "Председатель Сената Чили Мануэль Охеда прибыл в Лиму. Он провёл переговоры с "
     "председателем Конгресса Перу Эдуардо Салуэньей. Охеда также встретился с председателем "
     "Верховного суда Перу Хавьером Арсе. " + _SIGNED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signers"), SIGNERS)
def test_the_chairs_of_two_chambers_sign(analyse, text: str, signers: list[str]) -> None:
    ((title, _, parties, signatories),) = agreement_rows(analyse, text, _DAY)
    assert title == "Меморандум о сотрудничестве"
    assert sorted(signatories) == sorted(signers)


@pytest.mark.parametrize(("text", "signers"), SIGNERS[:2])
def test_the_signing_is_the_chairs(events, text: str, signers: list[str]) -> None:
    signing = one_of_kind(events(text, _DAY), "Signing")
    assert sorted(person_keys(signing)) == sorted(signers)
