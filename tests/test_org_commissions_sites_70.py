"""Commissions, unnamed ministries and hotels (fifty-ninth pass, h-orgs70; own sentences about
Vietnam–Korea, Chile–Peru, Egypt–Saudi Arabia, Poland–Lithuania, Azerbaijan–Turkey, Egypt–Jordan):

- "Пятое заседание Чилийско-перуанской двусторонней комиссии по вопросам рыболовства": the
  parse hangs the pair adjective on the field's noun ("рыболовства") or on "заседание", so the
  commission lost its first word or, the field's phrase opening with the adjective, its whole
  name. An adjective in a run right before a body's noun in its case, number and gender is
  the noun's (`adjectives_start` in `kg/resolve/org_modifiers.py`), and the field's phrase
  opens after the noun (`_phrase_start`). Must-nots: a commission the parse read right, a
  lower-case adjective of its own ("новой").
- "пресс-служба египетского министерства", "министерство Вьетнама": a noun of group
  `fielded` beside a state with no field after it names none of the state's many ministries
  or committees (`kg/resolve/body_states.py`); no "Министерство Египта". Must-nots: the
  same nouns with their field, bodies a state has one of ("правительство").
- "заседание Азербайджано-турецкой межправительственной комиссии": a body of group `founded`
  named by a capitalised adjective of a pair of states, without a field, is the pair's one
  body, which the tagger leaves (`kg/resolve/pair_named_bodies.py`). Must-nots: a lower-case
  pair, one opening its sentence with no joint adjective, a noun of no body.
- "в отеле «Ритц-Карлтон»": a hotel's name is a site's where talks are held
  (thing_nouns.txt), no organization. Must-nots: a chain of hotels, a bank's quoted name."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each text and the (mention, name, state) of every organization kg reads in it
COMMISSIONS = [
    ("Заседание Вьетнамско-корейской совместной комиссии по экономическому сотрудничеству "
     "открылось в Ханое.",
     {("Вьетнамско-корейской совместной комиссии по экономическому сотрудничеству",
       "Вьетнамско-корейская совместная комиссия по экономическому сотрудничеству", "")}),
    ("Пятое заседание Чилийско-перуанской двусторонней комиссии по вопросам рыболовства "
     "завершилось в Лиме.",
     {("Чилийско-перуанской двусторонней комиссии по вопросам рыболовства",
       "Чилийско-перуанская двусторонняя комиссия по вопросам рыболовства", "")}),
    # must-nots: a commission the parse read right, a lower-case adjective of its own
    ("Делегации обсудили работу Польско-литовской межправительственной комиссии по "
     "сотрудничеству.",
     {("Польско-литовской межправительственной комиссии по сотрудничеству",
       "Польско-литовская межправительственная комиссия по сотрудничеству", "")}),
    ("Представитель новой межправительственной комиссии по транспорту выступил в Каире.",
     {("новой межправительственной комиссии по транспорту",
       "Новая межправительственная комиссия по транспорту", "")}),
]  # fmt: skip

PAIRS = [
    ("Заседание Азербайджано-турецкой межправительственной комиссии прошло в Баку.",
     {("Азербайджано-турецкой межправительственной комиссии",
       "Азербайджано-турецкая межправительственная комиссия", "")}),
    ("Очередное заседание Египетско-иорданской совместной комиссии состоялось в Аммане.",
     {("Египетско-иорданской совместной комиссии",
       "Египетско-иорданская совместная комиссия", "")}),
    ("Египетско-иорданская совместная комиссия подготовила проект.",
     {("Египетско-иорданская совместная комиссия",
       "Египетско-иорданская совместная комиссия", "")}),
    # must-nots: a lower-case pair, a sentence's first word alone, a noun of no body
    ("Работу азербайджано-турецкой комиссии одобрили в Анкаре.", set()),
    ("Азербайджано-турецкая комиссия подготовила проект.", set()),
    ("Азербайджано-турецкие переговоры прошли в Баку.", set()),
]  # fmt: skip

UNNAMED = [
    ("Об этом сообщила пресс-служба египетского министерства.", set()),
    ("В саудовском министерстве отказались комментировать сделку.", set()),
    ("Делегация посетила министерство Вьетнама в Ханое.", set()),
    ("Письмо направлено в чилийский комитет.", set()),
    # must-nots: the same nouns with their field, a body a state has one of
    ("Египетское министерство иностранных дел вызвало посла.",
     {("Египетское министерство иностранных дел", "Министерство иностранных дел Египта",
       "state/EGY")}),
    ("Представитель перуанского министерства энергетики и горнорудной промышленности "
     "выступил.",
     {("перуанского министерства энергетики и горнорудной промышленности",
       "Министерство энергетики и горнорудной промышленности Перу", "state/PER")}),
    ("Министерство обороны Польши выразило протест.",
     {("Министерство обороны Польши", "Министерство обороны Польши", "state/POL")}),
    ("Саудовское правительство одобрило проект.",
     {("Саудовское правительство", "Правительство Саудовской Аравии", "state/SAU")}),
]  # fmt: skip

HOTELS = [
    ("Переговоры прошли в отеле «Ритц-Карлтон» в Эр-Рияде.", set()),
    ("Делегацию разместили в гостинице «Шератон» в Ханое.", set()),
    # must-nots: a chain of hotels, a bank's quoted name
    ("Контракт на управление подписала сеть отелей «Хилтон».", {("Хилтон", "Хилтон", "")}),
    ("Банк «Восток» открыл филиал в Ханое.", {("Восток", "Восток", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [*COMMISSIONS, *PAIRS, *UNNAMED, *HOTELS])
def test_commissions_ministries_and_hotels(
    extraction_of,  # noqa: ANN001
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    """Exactly these organization mentions, names and states."""
    assert set(text_org_states(extraction_of, text)) == expected
