"""Organizations a text names in passing: contracted names ("Совбез ООН", "Генассамблея ООН",
"Социнтерн"), the Kremlin's administration by its adjective ("кремлёвская администрация"),
and a bare body left unlinked where the text names a region's or city's body by the same
noun ("в правительстве столицы"). On sentences of our own about other states, with
must-nots; the shipped gazetteer's items."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader

UNSC = "Q37470"
UNGA = "Q47423"
SOCINT = "Q159454"
KREMLIN = "Q2060629"
NONE = "-"  # no organization mention of that text
NOT = "!"  # before a QID: no mention of that text linked to it

CASES = [
    # contracted names, in any case
    ("Совбез ООН обсудил конфликт между Эфиопией и Эритреей.", {"Совбез ООН": UNSC}),
    ("Постпред Бразилии обратился в Совбез ООН с жалобой на Венесуэлу.", {"Совбез ООН": UNSC}),
    ("Генассамблея ООН приняла резолюцию по Мьянме по просьбе Таиланда.",
     {"Генассамблея ООН": UNGA}),
    ("Министр Вьетнама выступил на Генассамблее ООН.", {"Генассамблее ООН": UNGA}),
    ("Лидер соцпартии Чили вошёл в руководство Социнтерна.", {"Социнтерна": SOCINT}),
    ("Социнтерн осудил переворот в Мали, Сенегал его поддержал.", {"Социнтерн": SOCINT}),
    # must not: a state's council, another body's assembly
    ("Секретарь Совбеза Армении встретился с коллегой из Грузии.", {"Совбеза": NOT + UNSC}),
    ("Генассамблея Интерпола прошла в Чили при участии Перу.", {"Генассамблея": NOT + UNGA}),
    # the Kremlin's administration by its adjective, lower case too
    ("Кремлёвская администрация одобрила визит президента Египта в Турцию.",
     {"Кремлёвская администрация": KREMLIN}),
    ("В кремлёвской администрации обсудили переговоры Египта и Турции.",
     {"кремлёвской администрации": KREMLIN}),
    ("Источник в кремлевской администрации сообщил о звонке в Анкару.",
     {"кремлевской администрации": KREMLIN}),
    # must not: another noun after the adjective
    ("Кремлёвская стена отреставрирована к визиту президента Бразилии.",
     {"Кремлёвская стена": NONE}),
    ("Кремлёвские эксперты обсудили отношения Японии и Индии.", {"Кремлёвские эксперты": NONE}),
    # a region's or city's body by the noun: the bare noun may be that one, so it is none
    ("Мэр Сантьяго уволил двоих. Новичком в правительстве столицы стал экономист. Президент "
     "Чили поздравил его. В правительство пришли ещё трое.", {"правительство": NONE}),
    ("Президент Чили посетил Вальпараисо. Аппарат регионального правительства сократили. "
     "Правительство одобрило это.", {"Правительство": NONE}),
    ("Президент Исландии уехал. Местная полиция задержала двоих, полиция ищет третьего.",
     {"полиция": NONE}),
    ("Президент Перу уехал. Правительство области заседало. Правительство приняло бюджет.",
     {"Правительство": NONE}),
    # must: the state's body still, beside a word of when or how it sat
    ("Президент Чили уехал в Вальпараисо. Полиция задержала двоих.",
     {"Полиция": "Полиция Чили"}),
    ("Президент Чили ушёл. Первое правительство распустили, правительство соберётся в мае.",
     {"правительство": "Правительство Чили"}),
    # a word of how it sits is a word of its mention, the body still the state's one
    ("Премьер Исландии ушёл. Техническое правительство продержалось год.",
     {"Техническое правительство": "Правительство Исландии"}),
    ("Премьер Норвегии сказал, что коалиционное правительство не распадётся.",
     {"коалиционное правительство": "Правительство Норвегии"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    read = mention_reader(tmp_path_factory.mktemp("gaz"), "")

    def go(text: str) -> dict[str, tuple[str, str]]:
        """Each organization mention's text → (entity name, QID)."""
        return {m.text: (e.name, e.wikidata) for m, e in read(text) if m.type == "Organization"}

    return go


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organizations_named_in_passing(orgs, text: str, expected: dict[str, str]) -> None:  # noqa: ANN001
    """Each text's QID ("" for unlinked) or, for a name, that entity; NONE for no mention,
    NOT + QID for none linked to it."""
    got = orgs(text)
    for mention, want in expected.items():
        if want == NONE:
            assert mention not in got
        elif want.startswith(NOT):
            assert got.get(mention, ("", ""))[1] != want.removeprefix(NOT)
        elif want.startswith("Q") or not want:
            assert got[mention][1] == want
        else:
            assert got[mention][0] == want
