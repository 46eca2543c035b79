"""A state's governing body named bare ("правительство", "парламент", "Сенат", "Сейм",
"полиция", "кабинет министров") is the state's where the text settles whose it is (the one state it
names; "правительство страны" after the state just before it): the gazetteer's body where it
knows one, else one named by body and state, never a bare node; with no settled state, none.
On sentences of our own about other states, with must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7300001\tПравительство Исландии\t\t\tQ7300001\tISL\tStateBody
"""


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return mention_reader(tmp_path_factory.mktemp("gaz"), ROWS)


@pytest.fixture(scope="module")
def orgs(read):
    def go(text: str) -> dict[str, tuple[str, str]]:
        """Each organization mention's text → (entity name, QID)."""
        return {m.text: (e.name, e.wikidata) for m, e in read(text) if m.type == "Organization"}

    return go


ISL_GOV = ("Правительство Исландии", "Q7300001")
STATE_DUMA = ("Государственная дума", "Q715641")  # the shipped gazetteer's

CASES = [
    # the one state the text names: the gazetteer's body where it knows one
    ("Премьер-министр Исландии подал в отставку. Правительство уволило министра.",
     {"Правительство": ISL_GOV}),
    ("Премьер-министр Исландии подал в отставку. Новое правительство сформировано.",
     {"правительство": ISL_GOV}),
    # else a body keyed by body and state, in any case and capitalised or not
    ("Президент Чили выступил в парламенте.", {"парламенте": ("Парламент Чили", "")}),
    ("Чилийский президент уехал. Сенат одобрил бюджет.", {"Сенат": ("Сенат Чили", "")}),
    ("Президент Чили поручил сформировать кабинет министров.",
     {"кабинет министров": ("Кабинет министров Чили", "")}),
    ("Президент Чили уехал в Вальпараисо. Полиция задержала двоих.",
     {"Полиция": ("Полиция Чили", "")}),
    # a parliament news names by its own one word ("Сейм", "Меджлис", "Скупщина")
    ("Президент Польши подписал закон. Спикер Сейма заявил, что закон вступит в силу в мае.",
     {"Сейма": ("Сейм Польши", "")}),
    ("Выборы в Литве прошли в воскресенье. Новый Сейм соберётся в ноябре.",
     {"Сейм": ("Сейм Литвы", "")}),
    ("Президент Туркмении выступил перед депутатами. Меджлис одобрил бюджет на 2025 год.",
     {"Меджлис": ("Меджлис Туркменистана", "")}),
    ("Президент Сербии распустил Скупщину и назначил выборы.",
     {"Скупщину": ("Скупщина Сербии", "")}),
    # must not: two states named, whose Sejm it is the text does not settle
    ("Президент Польши и президент Литвы встретились в Вильнюсе. Сейм одобрил соглашение.",
     {}),
    # a part of it keeps its state: no one "аппарат правительства" of every state
    ("Президент Чили уехал. Аппарат правительства сократили.",
     {"Аппарат правительства": ("Аппарат правительства Чили", ""),
      "правительства": ("Правительство Чили", "")}),
    # "правительство страны": the one state its sentence names before it
    ("Премьер Швеции прибыл в Осло. Король Норвегии заявил, что правительство страны "
     "поддержит соглашение.", {"правительство": ("Правительство Норвегии", "")}),
    # the body the text named before by the noun, though it names another state in passing
    ("Исландское правительство объявило о реформе. Премьер Норвегии её одобрил. "
     "Правительство ушло в отставку.",
     {"Исландское правительство": ISL_GOV, "Правительство": ISL_GOV}),
    ("Эстонская полиция задержала двоих. Туристы из Латвии пострадали. Полиция ищет третьего.",
     {"Эстонская полиция": ("Полиция Эстонии", ""), "Полиция": ("Полиция Эстонии", "")}),
    # must not: the noun's own sentence names another state, whose body it may be
    ("Эстонская полиция задержала двоих. Полиция Латвии не участвовала, полиция ищет третьего.",
     {"Эстонская полиция": ("Полиция Эстонии", ""), "Полиция Латвии": ("Полиция Латвии", "")}),
    ("Эстонское правительство объявило о реформе. Правительство обсудит её с Латвией.",
     {"Эстонское правительство": ("Правительство Эстонии", "")}),
    # must not: named only after the bare noun, or two states' bodies named so
    ("Правительство ушло в отставку. Эстонское правительство объявило о реформе в Латвии.",
     {"Эстонское правительство": ("Правительство Эстонии", "")}),
    ("Эстонское правительство и правительство Латвии подписали план. Правительство ушло.",
     {"Эстонское правительство": ("Правительство Эстонии", ""),
      "правительство Латвии": ("Правительство Латвии", "")}),
    # a known state body named before, whose name ends in the noun: that body again, not a
    # body of whichever state the text names
    ("Депутаты Госдумы встретились с послом Армении. В Думе обсудили визы.",
     {"Госдумы": STATE_DUMA, "Думе": STATE_DUMA}),
    # must not: the noun's sentence names another state, another Duma named too, or the
    # known body named only after the noun
    ("Депутаты Госдумы прибыли в Ереван. Дума обсудила визы с Арменией.",
     {"Госдумы": STATE_DUMA}),
    ("Депутаты Госдумы и Думы Армении встретились. Дума обсудила визы.",
     {"Госдумы": STATE_DUMA, "Думы Армении": ("Дума Армении", "")}),
    ("Дума обсудила визы. Депутаты Госдумы встретились с послом Армении.",
     {"Госдумы": STATE_DUMA}),
    # the state the text is about, named three times and twice as often as any other,
    # though it names another in passing: its body, unless the noun's sentence names the
    # other or its capital
    ("Президент Вьетнама уехал. Экономика Вьетнама растёт. Инвесторы из Лаоса довольны. "
     "Премьер Вьетнама выступил. Парламент одобрил бюджет.",
     {"Парламент": ("Парламент Вьетнама", "")}),
    ("В Чили прошли выборы. Чили ждёт реформ, соседняя Боливия следит. Президент Чили "
     "поручил сформировать новое правительство.",
     {"правительство": ("Правительство Чили", "")}),
    ("Президент Вьетнама уехал. Экономика Вьетнама растёт. Инвесторы из Лаоса довольны. "
     "Премьер Вьетнама выступил. Правительство обсудило визы с Лаосом.", {}),
    ("Президент Вьетнама уехал. Экономика Вьетнама растёт. Инвесторы из Лаоса довольны. "
     "Премьер Вьетнама выступил. Парламент собрался во Вьентьяне.", {}),
    # ... but "<noun> страны" is the state named just before, not the one the text is about
    ("Президент Эстонии уехал. Экономика Эстонии растёт. Премьер Эстонии выступил. В Латвии "
     "прошли выборы. Парламент страны соберётся в понедельник.",
     {"Парламент": ("Парламент Латвии", "")}),
    ("Президент Вьетнама уехал. Экономика Вьетнама растёт. Премьер Вьетнама выступил. В Лаосе "
     "прошли выборы. Правительство страны уйдёт в отставку.",
     {"Правительство": ("Правительство Лаоса", "")}),
    # must not: "<noun> страны" after a paragraph's break, or two states just before it
    ("Президент Эстонии уехал. Экономика Эстонии растёт. Премьер Эстонии выступил. В Латвии "
     "прошли выборы.\n\nПарламент страны соберётся в понедельник.", {}),
    ("Президент Эстонии уехал. Экономика Эстонии растёт. Премьер Эстонии выступил. Литва и "
     "Латвия подписали договор. Парламент страны соберётся в понедельник.", {}),
    # must not: named less than three times, or not twice as often as the other
    ("Президент Вьетнама уехал. Инвесторы из Лаоса довольны. Премьер Вьетнама выступил. "
     "Парламент одобрил бюджет.", {}),
    ("Президент Вьетнама уехал. Инвесторы из Лаоса довольны. Премьер Вьетнама выступил. "
     "Посол Лаоса уехал. Экономика Вьетнама растёт. Парламент одобрил бюджет.", {}),
    # must not: two states named, nothing settles whose body it is
    ("Премьер Швеции прибыл в Осло. Король Норвегии заявил, что правительство поддержит "
     "соглашение.", {}),
    ("Президент Перу прибыл в Чили, где правительство страны устроило приём.", {}),
    # must not: the one state named only after the body ("визы для граждан Перу")
    ("Правительство одобрило закон о визах для граждан Перу.", {}),
    # must not: another state's capital as a place
    ("Президент Исландии прибыл в Осло. Парламент одобрил договор.", {}),
    # must not: a word that says which body it is (an adjective, a possessive, a plural)
    ("Президент Чили заявил, что местная полиция и региональное правительство не справились.",
     {}),
    ("Премьер Исландии сказал: «Наше правительство поддержит договор».", {}),
    ("Президент Чили раскритиковал правительства соседей.", {}),
    ("Об отставке сообщил глава кабинета министров скандинавского королевства. Премьер "
     "Норвегии уехал.", {}),
    # must not: the text names another body by the noun, which the bare one may be
    ("Правительство Баварии приняло президента Чили. Правительство одобрило план.",
     {"Правительство Баварии": ("Правительство Баварии", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_bare_body_whose_state_the_text_settles(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    assert orgs(text) == expected


def test_two_states_bare_bodies_are_two_nodes(read) -> None:  # noqa: ANN001
    """One "Правительство" node would fuse two states' governments."""
    keys = {
        e.key
        for text in (
            "Президент Чили уехал. Правительство ушло в отставку.",
            "Президент Перу уехал. Правительство ушло в отставку.",
        )  # fmt: skip
        for m, e in read(text)
        if m.type == "Organization"
    }
    assert len(keys) == 2


def test_a_settled_body_belongs_to_its_state(read) -> None:  # noqa: ANN001
    """Its entity carries the state, as a known body's does: leaving it is no company left."""
    states = {
        e.state for m, e in read("Президент Чили ушёл из парламента.") if m.type == "Organization"
    }
    assert states == {"state/CHL"}
