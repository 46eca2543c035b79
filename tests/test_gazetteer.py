"""The shipped gazetteer and its loader: coverage, office lookup, user files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.gazetteer import Gazetteer, normalize, read_file, slug
from kg.model import Document
from kg.resources import DATA_DIR

UN_MEMBERS = re.findall(
    "[A-Z]{3}",
    """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_every_un_member_has_russian_name_adjective_and_capital(gaz: Gazetteer) -> None:
    assert len(set(UN_MEMBERS)) == 193
    for iso3 in UN_MEMBERS:
        state = gaz.state(iso3)
        assert state is not None, iso3
        assert state.key == f"state/{iso3}"
        for text in (state.name, state.full_name, state.capital, *state.adjectives):
            assert any("а" <= ch <= "я" for ch in text.lower()), (iso3, text)
        assert state.adjectives, iso3
        assert all(a == a.lower() and a.endswith(("ский", "цкий", "ный")) for a in state.adjectives)
        assert not state.historic


def test_state_forms_a_reader_uses(gaz: Gazetteer) -> None:
    russia, usa = gaz.state("RUS"), gaz.state("state/USA")
    assert (russia.name, russia.full_name) == ("Россия", "Российская Федерация")
    assert russia.wikidata == "Q159"
    assert "РФ" in russia.aliases and "российский" in russia.adjectives
    assert "США" in usa.aliases and usa.capital == "Вашингтон"
    assert gaz.state("CHN").full_name == "Китайская Народная Республика"
    assert gaz.state("SUN").historic and gaz.state("SUN").wikidata == "Q15180"
    assert gaz.state("XSO").name == "Южная Осетия"
    first_moscow = next(s for s in gaz.states if s.capital == "Москва")
    assert first_moscow.iso3 == "RUS"  # current states come before historic ones
    assert gaz.state("ZZZ") is None


@pytest.mark.parametrize(
    ("office", "iso3", "day", "surname"),
    [
        ("президент", "RUS", "2022-11-28", "Путин"),
        ("президент", "RUS", "2009-05-01", "Медведев"),
        ("президент", "RUS", "1995", "Ельцин"),
        ("президент", "KAZ", "2022-11-28", "Токаев"),
        ("президент", "KAZ", "2015", "Назарбаев"),
        ("председатель", "CHN", "2020", "Си"),
        ("президент", "UZB", "2020", "Мирзиёев"),
        ("премьер-министр", "TUR", "2010-06", "Эрдоган"),
        ("президент", "TUR", "2020-01-15", "Эрдоган"),
        ("премьер-министр", "IND", "2023", "Моди"),
        ("министр иностранных дел", "RUS", "2024", "Лавров"),
        ("Канцлер", "DEU", "2019", "Меркель"),
        ("генеральный секретарь", "org/un", "2012", "Пан"),
    ],
)
def test_office_holder(gaz: Gazetteer, office: str, iso3: str, day: str, surname: str) -> None:
    holder = gaz.office_holder(office, iso3, day)
    assert holder is not None and holder.last == surname


def test_office_holder_edges(gaz: Gazetteer) -> None:
    # 2008 is split between Putin (to May 7) and Medvedev: the longer holder wins.
    assert gaz.office_holder("президент", "RUS", "2008").last == "Медведев"
    assert gaz.office_holder("президент", "RUS", "2008-03").last == "Путин"
    assert gaz.office_holder("президент", "TUR", "2010").last == "Гюль"  # Erdoğan was premier
    assert gaz.office_holder("президент", "KAZ", "1980") is None
    assert gaz.office_holder("президент", "RUS", "2022-11-28T10:00") == gaz.person("person/Q7747")
    current = gaz.office_holder("президент", "RUS", "")
    assert current is not None and current.key == "person/Q7747"


def test_persons_by_surname_ignores_case_and_yo(gaz: Gazetteer) -> None:
    assert [p.name for p in gaz.persons_by_surname("ГОРБАЧЕВ")] == ["Михаил Горбачёв"]
    assert {p.first for p in gaz.persons_by_surname("алиев")} == {"Гейдар", "Ильхам"}
    assert gaz.persons_by_surname("Иксов") == []


def test_person_keys_and_fields(gaz: Gazetteer) -> None:
    putin = gaz.person("person/Q7747")
    assert (putin.first, putin.patronymic, putin.last) == ("Владимир", "Владимирович", "Путин")
    lavrov = gaz.person("person/sergey-lavrov")  # no QID: the key is the English name's slug
    assert lavrov is not None and lavrov.wikidata == ""
    modi = gaz.person("person/narendra-modi")  # a QID filled in later keeps the key
    assert modi is not None and modi.wikidata == "Q1058"
    assert gaz.person("person/recep-tayyip-erdogan").name == "Реджеп Тайип Эрдоган"
    assert gaz.org("org/csto").abbreviations == ("ОДКБ",)
    assert slug("Erdoğan, Binali Yıldırım") == "erdogan-binali-yildirim"
    assert slug("Шымкент") == "shymkent"
    assert normalize("  Ёлка  ЁЖ ") == "елка еж"


def test_shipped_data_is_consistent(gaz: Gazetteer) -> None:
    rows = [entry for path in DATA_DIR.glob("*.tsv") for entry in read_file(path)]
    keys = [(type(e).__name__, e.key) for e in rows]
    assert len(keys) == len(set(keys)), "a shipped key repeats and would be silently replaced"
    targets = {s.iso3 for s in gaz.states} | {o.key for o in gaz.orgs}
    curated = {p.key for p in read_file(DATA_DIR / "persons.tsv")}
    for person in gaz.persons:  # office holders, or persons a source links to Wikidata
        assert person.terms or (person.key not in curated and person.wikidata), person.key
        assert all(term.state in targets for term in person.terms), person.key
    assert all(o.state in targets | {""} for o in gaz.orgs)
    assert len(gaz.states) >= 200 and len(gaz.persons) >= 150 and len(gaz.orgs) >= 40


def test_user_file_adds_a_person_and_a_state(tmp_path: Path) -> None:
    user = tmp_path / "extra.tsv"
    user.write_text(
        "# my additions\n"
        "state\tXWK\t\tВакандия\tКоролевство Вакандия\tWakandia\t\tВаканда\tвакандийский\tБирнин\n"
        "person\t\tТ'Чалла Удаку\tТ'Чалла\t\tУдаку\tT'Challa Udaku\t\tкороль@XWK:2016..\n"
        "person\t\tКасым-Жомарт Токаев\tКасым-Жомарт\tКемелевич\tТокаев\tKassym-Jomart Tokayev"
        "\tQ1\tпрезидент@KAZ:2019-03-20..\n",
        encoding="utf-8",
    )
    gaz = Gazetteer.load([user])
    assert gaz.state("XWK").adjectives == ("вакандийский",)
    assert gaz.office_holder("король", "XWK", "2020").name == "Т'Чалла Удаку"
    assert gaz.person("person/Q1").last == "Токаев"
    assert gaz.state("KAZ") is not None and Gazetteer.load([user]) is gaz


def test_user_json_file(tmp_path: Path) -> None:
    user = tmp_path / "extra.json"
    person = {
        "name": "Луис Абинадер",
        "name_en": "Luis Abinader",
        "terms": [{"office": "президент", "state": "DOM", "start": "2020-08-16"}],
    }
    org = {"key": "org/caricom", "name": "Карибское сообщество", "abbreviations": ["КАРИКОМ"]}
    user.write_text(json.dumps({"persons": [person], "orgs": [org]}), encoding="utf-8")
    gaz = Gazetteer.load([user])
    assert gaz.office_holder("президент", "DOM", "2024").key == "person/luis-abinader"
    assert gaz.org("org/caricom").abbreviations == ("КАРИКОМ",)


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("a.tsv", "country\tRUS\n", "unknown kind"),
        ("b.tsv", "state\tRussia\tRU\tРоссия\n", "bad iso3"),
        ("c.tsv", "person\t\tИван Петров\t\t\t\t\t\tпрезидент@RUS:2020-13..\n", "bad date"),
        ("d.tsv", "person\t\tИван Петров\t\t\t\t\t\tпрезидент RUS 2020\n", "bad term"),
        ("e.tsv", "person\t\tИван Петров\t\t\t\t\t\tпрезидент@RUS:2021..2020\n", "ends before"),
        ("f.tsv", "org\t\tООН\t\t\tQ1x\n", "bad Wikidata"),
        ("g.tsv", "org\tk\tn\ta\te\tQ1\tRUS\tCompany\textra\n", "fields"),
        ("h.tsv", "state\tABC\t\t\n", "needs a name"),
        ("i.json", "{not json", "not JSON"),
        ("j.json", '{"people": []}', "expected an object"),
        ("k.json", '{"states": [{"iso3": "ABC", "name": "А", "colour": "red"}]}', "unknown"),
        ("l.tsv", b"state\tABC\t\t\xff\n", "cannot read"),
    ],
)
def test_malformed_user_file_is_an_input_error(
    tmp_path: Path, name: str, text: str | bytes, reason: str
) -> None:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=reason) as caught:
        Gazetteer.load([path])
    message = str(caught.value)
    assert "\n" not in message and name in message


def test_missing_user_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        Gazetteer.load([tmp_path / "absent.tsv"])


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # a headline and the dateline under it are two lines: no name runs over the break, and
        # a state the tagger reads as an adjective of the one before is still a state
        ("Вьетнам и Индонезия\n\nХАНОЙ, 10 мая. /ТАСС/. Стороны подписали соглашение.",
         {"state/VNM", "state/IDN"}),
        ("Кения и Эфиопия\n\nНАЙРОБИ, 8 марта. /ТАСС/. Стороны обсудили торговлю.",
         {"state/KEN", "state/ETH"}),
    ],
)  # fmt: skip
def test_states_of_a_headline_over_a_dateline(analyse, text, states):
    ctx = analyse(Document(id="t", text=text, date=""))
    headline = {m.entity for m in ctx.mentions if m.end <= text.index("\n")}
    assert headline == states
