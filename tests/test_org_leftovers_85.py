"""Organizations, seventy-first pass (h-orgs85), own sentences about other pairs of states:

- A lower-case body, joint or whose sitting the noun before it names, whose field's "по"
  phrase closes with two or more states ("Заседание межправительственной комиссии по
  торгово-экономическому сотрудничеству Египта и Туниса прошло …") was no organization: the
  states inside its field stopped both the field's reader and the joint pair's
  (`founded_bodies._pair_in_field`). Must-nots: one state after the field, a plural, a body
  neither joint nor sitting.
- A state's Red Cross or Red Crescent society after the state's lower-case adjective
  ("норвежского Красного Креста") was "Красный Крест", one node for every state's: it is
  "Красный Крест Норвегии" (`body_states._society`). Must-nots: the state named after it,
  a capitalised adjective of the name ("Российский Красный Крест"), the committee.
- A body's noun before a quoted pair of states the tagger left as two places ("Заседание
  комиссии «Сербия — Венгрия»", "Совместная комиссия «Египет — Судан»"), or took without the
  quotes ("[Межправительственная комиссия] «Польша — Литва»"), or a compound of it the tagger
  read as a person ("Бизнес-совет «Вьетнам — Индия»"), is the body named with the quotes
  (`pair_named_bodies.quoted_pair_bodies`); the states stay mentions, after a kind's noun
  too ("комитета «Индия — Непал»" had none: `gazetteer_filters.quoted_pair`). Must-nots: a
  match, a channel's name with another word ("Телеканал «Россия — Культура»": no Russia).
- A state's central bank by its common name ("Центральный банк X", "ЦБ X", "центробанк X")
  is the state's one row of kind `CentralBank` whatever the row's own name ("Центральный
  банк Китая" is "Народный банк Китая", "ЦБ Индии" "Резервный банк Индии"; was a new
  organization named by the phrase), and a body's name ending in a full name a state's noun
  opens reads its name after it in the nominative as the row writes it ("Национальный банк
  Казахстана" is "Национальный банк Республики Казахстан") (`body_states.body_of`); a row
  found inside the text's longer name of it takes its adjectives ("Центрального [банка
  Мексики]", `org_fields.with_naming_adjectives`). Must-nots: "Банк Китая" (a commercial
  bank), "Национальный банк Египта" (a commercial bank: only "Центральный банк" is the
  state's central bank by its common name), a state the gazetteer knows no central bank of."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each text and the (mention, name, state) of every organization kg reads in it
SITTINGS = [
    ("Заседание межправительственной комиссии по торгово-экономическому сотрудничеству "
     "Египта и Туниса прошло в Каире.",
     {("межправительственной комиссии по торгово-экономическому сотрудничеству Египта и Туниса",
       "Межправительственная комиссия по торгово-экономическому сотрудничеству Египта и Туниса",
       "")}),
    ("Пленарное заседание смешанной комиссии по транспорту Чехии и Словакии завершилось в "
     "Праге.",
     {("смешанной комиссии по транспорту Чехии и Словакии",
       "Смешанная комиссия по транспорту Чехии и Словакии", "")}),
    ("Сессия комиссии по рыболовству Норвегии и Исландии открылась в Осло.",
     {("комиссии по рыболовству Норвегии и Исландии",
       "Комиссия по рыболовству Норвегии и Исландии", "")}),
    # must-nots: a body neither joint nor sitting, a plural, one with no states after its field
    ("Работу комиссии по торговле Перу и Чили одобрили в Лиме.", set()),
    ("Заседание межправительственных комиссий по торговле Египта и Туниса прошло в Каире.",
     set()),
    ("Заседание межправительственной комиссии по торгово-экономическому сотрудничеству "
     "прошло в Каире.",
     {("межправительственной комиссии по торгово-экономическому сотрудничеству",
       "Межправительственная комиссия по торгово-экономическому сотрудничеству", "")}),
]  # fmt: skip

SOCIETIES = [
    ("Представители норвежского Красного Креста прибыли в Судан.",
     {("Красного Креста", "Красный Крест Норвегии", "state/NOR")}),
    ("Министерство договорилось с датским Красным Крестом о поставках в Йемен.",
     {("Красным Крестом", "Красный Крест Дании", "state/DNK")}),
    ("По данным египетского Красного Полумесяца, в Газу прошли 40 грузовиков.",
     {("Красного Полумесяца", "Красный Полумесяц Египта", "state/EGY")}),
    # must-nots: the state after the name, a capitalised adjective of the name, the committee
    ("Представители Красного Креста Норвегии прибыли в Судан.",
     {("Красного Креста Норвегии", "Красный Крест Норвегии", "state/NOR")}),
    ("Сотрудники Российского Красного Креста прибыли в Сербию.",
     {("Российского Красного Креста", "Российский Красный Крест", "state/RUS")}),
    ("Представители Международного комитета Красного Креста посетили Колумбию.",
     {("Международного комитета Красного Креста", "Международный комитет Красного Креста",
       "")}),
]  # fmt: skip

PAIRS = [
    ("Заседание комиссии «Сербия — Венгрия» прошло в Белграде.",
     {("комиссии «Сербия — Венгрия»", "Комиссия «Сербия — Венгрия»", "")}),
    ("Совместная комиссия «Египет — Судан» обсудила раздел воды Нила.",
     {("Совместная комиссия «Египет — Судан»", "Совместная комиссия «Египет — Судан»", "")}),
    ("Межправительственная комиссия «Польша — Литва» собралась в Вильнюсе.",
     {("Межправительственная комиссия «Польша — Литва»",
       "Межправительственная комиссия «Польша — Литва»", "")}),
    ("Бизнес-совет «Вьетнам — Индия» провёл встречу в Ханое.",
     {("Бизнес-совет «Вьетнам — Индия»", "Бизнес-совет «Вьетнам — Индия»", "")}),
    # must-nots: a match, a group the tagger named
    ("Матч «Сербия — Венгрия» завершился вничью.", set()),
    ("Эстонские депутаты создали группу дружбы «Эстония — Латвия».",
     {("группу дружбы «Эстония — Латвия»", "Группа дружбы «Эстония — Латвия»", "")}),
]  # fmt: skip

BANKS = [
    ("Министр финансов Индии встретился с главой Центрального банка Китая.",
     {("Центрального банка Китая", "Народный банк Китая", "state/CHN")}),
    ("Аналитики ждут, что центробанк Бразилии повысит ставку, сообщил министр Аргентины.",
     {("центробанк Бразилии", "Центральный банк Бразилии", "state/BRA")}),
    ("ЦБ Индии сохранил ставку, а Бразилия её снизила.",
     {("ЦБ Индии", "Резервный банк Индии", "state/IND")}),
    ("Управляющий Центральным банком Мексики выступил в Оттаве.",
     {("Центральным банком Мексики", "Банк Мексики", "state/MEX")}),
    ("Национальный банк Казахстана сохранил базовую ставку, сообщили в Бишкеке.",
     {("Национальный банк Казахстана", "Национальный банк Республики Казахстан",
       "state/KAZ")}),
    # must-nots: commercial banks, a state with no known central bank
    ("Банк Китая открыл филиал в Бразилии.", {("Банк Китая", "Банк Китая", "state/CHN")}),
    ("Национальный банк Египта открыл филиал в Судане.",
     {("Национальный банк Египта", "Национальный банк Египта", "state/EGY")}),
    ("Центральный банк Аргентины снизил ставку.",
     {("Центральный банк Аргентины", "Центральный банк Аргентины", "state/ARG")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [*SITTINGS, *SOCIETIES, *PAIRS, *BANKS])
def test_organizations(extraction_of, text: str, expected: set) -> None:  # noqa: ANN001
    """The organizations' (mention, name, state) are exactly the case's."""
    assert set(text_org_states(extraction_of, text)) == expected


def test_two_states_societies_are_two(extraction_of) -> None:  # noqa: ANN001
    """Two states' societies by their adjectives are two nodes (were one "Красный Крест")."""
    text = "Волонтёры шведского Красного Креста и финского Красного Креста работают в Чаде."
    found = {name for _, name, _ in text_org_states(extraction_of, text)}
    assert found == {"Красный Крест Швеции", "Красный Крест Финляндии"}


def test_central_bank_by_its_names_is_one_node(extraction_of) -> None:  # noqa: ANN001
    """ "Центральный банк Китая" and "Народный банк Китая" are one node, the row's, with the
    QID where the sources confirm one ("Банк Мексики")."""
    ex = extraction_of(
        "Центральный банк Китая снизил ставку. Народный банк Китая сообщил об этом в среду. "
        "Центробанк Мексики ставку сохранил.",
        "2024-05-15",
    )
    entities = {e.key: e for e in ex.entities}
    keys = {m.text: m.entity for m in ex.mentions if m.type == "Organization"}
    assert keys["Центральный банк Китая"] == keys["Народный банк Китая"]
    assert entities[keys["Центробанк Мексики"]].wikidata == "Q806208"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Председатель комитета «Индия — Непал» выступил в Катманду.", {"Индия", "Непал"}),
        ("Заседание комиссии «Сербия — Венгрия» прошло в Белграде.", {"Сербия", "Венгрия"}),
        # must-not: a channel's name with another word
        ("Телеканал «Россия — Культура» показал фильм о Сербии.", {"Сербии"}),
    ],
)
def test_a_quoted_pairs_states_stay_mentions(extraction_of, text: str, states: set) -> None:  # noqa: ANN001
    """The states of a body's quoted pair are mentions of their own."""
    ex = extraction_of(text, "2024-05-15")
    assert {m.text for m in ex.mentions if m.type == "State"} == states
