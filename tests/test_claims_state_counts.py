"""Counts sorted by state adjectives and dash-stated figures of a bare noun (forty-first
pass, own sentences): "200 чилийских и 150 перуанских туристов" are two counts of tourists,
each of its own state ("120 чилийских и перуанских компаний" stays one count of both);
coordinated state adjectives of a people's plural noun ("эстонских и латвийских студентов")
name their states; "транзит — 700 млн тонн" after another item is the transit's own
figure."""

from __future__ import annotations

from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

_FIELDS = ("metric", "value", "unit")


def _states_of(analyse, text: str) -> list[tuple]:
    claims = extract_claims(analyse(Document(id="t", text=text)))
    return sorted((int(c.value), c.unit, tuple(c.states)) for c in claims)


def test_two_counts_of_two_state_adjectives_are_two_claims(analyse) -> None:
    text = "На курорты прибыли 200 чилийских и 150 перуанских туристов."
    assert _states_of(analyse, text) == [
        (150, "турист", ("state/PER",)),
        (200, "турист", ("state/CHL",)),
    ]


def test_two_counts_of_students_each_of_its_state(analyse) -> None:
    text = "В университетах Риги учатся 300 эстонских и 1500 латвийских студентов."
    assert _states_of(analyse, text) == [
        (300, "студент", ("state/EST",)),
        (1500, "студент", ("state/LVA",)),
    ]


def test_one_count_of_two_state_adjectives_stays_one_claim(analyse) -> None:
    text = "В выставке участвуют 120 чилийских и перуанских компаний."
    assert _states_of(analyse, text) == [(120, "компания", ("state/CHL", "state/PER"))]


def test_two_substantive_counts_stay_two_kinds(analyse) -> None:
    text = "В столкновениях пострадали 30 военных и 15 полицейских."
    rows = claim_rows(analyse, text, ("value", "unit"))
    assert [(int(v), u) for v, u in rows] == [(15, "полицейский"), (30, "военный")]


def test_coordinated_people_adjectives_name_their_states(analyse) -> None:
    ctx = analyse(Document(id="t", text="Конференция собрала эстонских и латвийских студентов."))
    assert sorted((m.text, m.via) for m in ctx.mentions if m.type == "State") == [
        ("латвийских", "adjective"),
        ("эстонских", "adjective"),
    ]


def test_a_person_by_nationality_names_no_state(analyse) -> None:
    ctx = analyse(Document(id="t", text="Американский актёр приехал в Канаду."))
    assert [m.text for m in ctx.mentions if m.type == "State"] == ["Канаду"]


def test_dash_figures_of_bare_nouns_are_their_own(analyse) -> None:
    text = "Экспорт — 3 млрд долларов, импорт — 1,2 млрд."
    assert claim_rows(analyse, text, _FIELDS) == [
        ("импорт", 1200000000, "USD"),
        ("экспорт", 3000000000, "USD"),
    ]


def test_a_dash_figure_after_a_stated_one_is_its_noun_s(analyse) -> None:
    text = "Экспорт нефти из Мексики в Канаду составил 2 млрд долларов, транзит — 700 млн тонн."
    assert claim_rows(analyse, text, _FIELDS) == [
        ("транзит", 700000000, "тонна"),
        ("экспорт нефти", 2000000000, "USD"),
    ]


def test_cargo_handling_is_a_measure_before_a_dashed_transit(analyse) -> None:
    text = "Перевалка грузов в портах Эстонии составила 40 млн тонн, транзит — 700 тыс. тонн."
    assert claim_rows(analyse, text, _FIELDS) == [
        ("перевалка грузов", 40000000, "тонна"),
        ("транзит", 700000, "тонна"),
    ]
