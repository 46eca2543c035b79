"""One visit told by a title, a stay and a "first to visit": a visit noun whose genitive is
a title with a state's adjective ("Визит испанского премьера продлится до 5 апреля") is the
one person of that state the text names before who holds an office the title names, and so
the visit of the talks he held abroad; "находится в стране с визитом" goes to the state the
sentence names before "стране", by its name or its capital, else to the dateline city's; "X
стал первым …, посетившим Y" is X's visit, not the predicate's state's, dated by "стал" where
the participle has no date of its own; a visit of days told under way on the report's day
frames the talks of the eve. Sentences of our own about Italy–Oman, Spain–Morocco,
Japan–Vietnam, with must-nots (sixty-second pass, h-events218)."""

from __future__ import annotations

import pytest

from kg.extract.events import VISITS

MELONI = "person/giorgia-meloni"
DAY = "2026-04-03"

# text, the visits read: (visitor, host, status, date)
CASES = [
    # a title with the state's adjective on a visit noun: the one Spaniard named before,
    # whose talks in Rabat make it his visit to Morocco, under way
    ("Премьер-министр Испании Педро Санчес провёл в четверг в Рабате переговоры с "
     "премьер-министром Марокко Азизом Аханнушем. Визит испанского премьера продлится до "
     "5 апреля.",
     [("person/pedro-sanches", "state/MAR", "occurred", "2026-04-02")]),
    # of two Japanese, the one whose office the title names
    ("Министр иностранных дел Японии Такэси Ивая провёл в Ханое переговоры с премьер-"
     "министром Вьетнама Фам Минь Тинем. Премьер-министр Японии Сигэру Исиба поздравил его с "
     "успехом. Визит японского министра продлится до 5 апреля.",
     [("person/takeshi-iwaya", "state/VNM", "occurred", DAY)]),
    # one told as former holds it no more
    ("Премьер-министр Испании Педро Санчес провёл в четверг в Рабате переговоры с "
     "премьер-министром Марокко Азизом Аханнушем. Бывший премьер-министр Испании Фелипе "
     "Гонсалес присутствовал на встрече. Визит испанского премьера продлится до 5 апреля.",
     [("person/pedro-sanches", "state/MAR", "occurred", "2026-04-02")]),
    # must not: two Spaniards the title fits, or none named: the state travels
    ("Министр иностранных дел Испании Хосе Мануэль Альбарес и министр обороны Испании "
     "Маргарита Роблес провели в четверг в Рабате переговоры с коллегами. Визит испанского "
     "министра продлится до 5 апреля.",
     [("state/ESP", "", "planned", "")]),
    ("Визит испанского премьера в Марокко продлится до 5 апреля.",
     [("state/ESP", "state/MAR", "planned", "")]),
    # a stay "в стране": the state named before it, by its capital too, or the dateline's
    ("Церемония прошла в Маскате в присутствии султана Омана Хейсама бен Тарика и "
     "премьер-министра Италии Джорджи Мелони, которая находится в стране с двухдневным "
     "визитом.",
     [(MELONI, "state/OMN", "occurred", DAY)]),
    ("Церемония прошла в Маскате в присутствии премьер-министра Италии Джорджи Мелони, "
     "которая находится в стране с двухдневным визитом.",
     [(MELONI, "state/OMN", "occurred", DAY)]),
    ("Оман и Италия подписали соглашение\n\nМАСКАТ, 3 апреля. Премьер-министр Италии "
     "Джорджа Мелони, которая находится в стране с двухдневным визитом, открыла "
     "бизнес-форум.",
     [(MELONI, "state/OMN", "occurred", DAY)]),
    # must not: no place of the report, no state but her own: no host guessed
    ("Премьер-министр Италии Джорджа Мелони, которая находится в стране с двухдневным "
     "визитом, открыла бизнес-форум.",
     [(MELONI, "", "occurred", DAY)]),
    # "стал первым …, посетившим": the subject's visit, one with the stay
    ("Премьер-министр Италии Джорджа Мелони находится в Омане с визитом. Премьер стала "
     "первым главой итальянского правительства, посетившим Оман за последние десять лет.",
     [(MELONI, "state/OMN", "occurred", DAY)]),
    # must not: one dated long before, by the participle or by "стал", is another visit
    ("Премьер-министр Италии Джорджа Мелони находится в Омане с визитом. Сильвио Берлускони "
     "стал первым премьер-министром Италии, посетившим Оман в 2010 году.",
     [(MELONI, "state/OMN", "occurred", DAY),
      ("person/silvio-berlusconi", "state/OMN", "occurred", "2010")]),
    ("Премьер-министр Италии Джорджа Мелони находится в Омане с визитом. В 2010 году Сильвио "
     "Берлускони стал первым премьер-министром Италии, посетившим Оман.",
     [(MELONI, "state/OMN", "occurred", DAY),
      ("person/silvio-berlusconi", "state/OMN", "occurred", "2010")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_one_visit_told_by_a_title_a_stay_and_a_first(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    visits: list[tuple[str, str, str, str]],
) -> None:
    read = events(text, DAY)
    assert sorted((e.visitor, e.host, e.status, e.date) for e in read if e.kind in VISITS) == (
        sorted(visits)
    )


STAY = "Премьер-министр Италии Джорджа Мелони {} в Омане с {}визитом. Накануне она провела "
STAY += "переговоры с султаном Омана Хейсамом бен Тариком."

# the stay's verb and length, the talks' (date, place, persons)
BEFORE = [
    # a visit of days under way on the report's day began before it: the eve's talks are in it
    ("находится", "двухдневным ",
     ("2026-04-02", "Оман", ["person/giorgia-meloni", "person/kheysam-ben-tarik"])),
    # must not: a visit of no told length, or one that begins today, frames no talks before it
    ("находится", "", ("2026-04-02", "", ["person/kheysam-ben-tarik"])),
    ("прибыла", "двухдневным ", ("2026-04-02", "", ["person/kheysam-ben-tarik"])),
]  # fmt: skip


@pytest.mark.parametrize(("verb", "length", "talks"), BEFORE)
def test_talks_before_a_visit_under_way(
    events,  # noqa: ANN001 - the conftest fixture
    verb: str,
    length: str,
    talks: tuple[str, str, list[str]],
) -> None:
    (read,) = [e for e in events(STAY.format(verb, length), DAY) if e.kind == "Talks"]
    persons = sorted(p for p in read.participants if p.startswith("person/"))
    assert (read.date, read.location, persons) == talks
