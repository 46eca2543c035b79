"""Organizations, seventy-second pass (h-orgs86), own sentences about other pairs of states:

- A joint body the text names by its clipped compound alone ("межправкомиссия"), with no
  full name before it, was no organization: it is the body its
  full form names, written out, with its field and the states after it ("заседание
  межправкомиссии по торговле Кении и Уганды" → "Межправительственная комиссия по торговле
  Кении и Уганды"), bare the commission of the text's two states ("Межправительственная
  комиссия Вьетнама и Лаоса"), else of its text alone (`founded_bodies.clipped_bodies`).
  Must-nots: "комиссия" alone, a plural; a clip after a full name stays a mention of it.
- A lower-case body whose field closes with two states is the pair's body where it is the
  subject of a verb of its sitting ("3 июня в Лиме заседала комиссия по рыболовству Перу и
  Чили", "… провела заседание"), as after a sitting's noun (`founded_bodies._sits`).
  Must-nots: a body neither joint nor sitting (h-orgs85), the noun alone, the field alone.
- A known state body whose name ends in its state took a state's name right after it into
  the span ("Ставку [Центрального банка Бразилии Бразилия] удерживает", "[банка России
  Россия]": the next clause's subject), losing the row's own adjective; no state is taken
  after a name that ends in one (`org_fields.with_own_state`). Must-not: "Госдумы РФ"."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each text and the (mention, name, state) of every organization kg reads in it
CLIPPED = [
    ("Премьер-министр Вьетнама встретился с премьером Лаоса. Стороны договорились, что "
     "межправкомиссия соберётся в июне.",
     {("межправкомиссия", "Межправительственная комиссия Вьетнама и Лаоса", "")}),
    ("Премьер Вьетнама встретился в Ханое с премьером Лаоса. Стороны договорились, что "
     "межправкомиссия соберётся в июле. Вьетнам и Лаос также обсудили помощь Японии.",
     {("межправкомиссия", "Межправительственная комиссия Вьетнама и Лаоса", "")}),
    ("Заседание межправкомиссии по торговле Кении и Уганды прошло в Кампале.",
     {("межправкомиссии по торговле Кении и Уганды",
       "Межправительственная комиссия по торговле Кении и Уганды", "")}),
    ("Министры Перу и Чили провели заседание межправкомиссии по торгово-экономическому "
     "сотрудничеству.",
     {("межправкомиссии по торгово-экономическому сотрудничеству",
       "Межправительственная комиссия по торгово-экономическому сотрудничеству", "")}),
    ("В Ханое межправкомиссия Вьетнама и Лаоса провела заседание.",
     {("межправкомиссия Вьетнама и Лаоса", "Межправительственная комиссия Вьетнама и Лаоса",
       "")}),
    ("Межправкомиссия Сербии и Венгрии соберётся в мае.",
     {("Межправкомиссия Сербии и Венгрии", "Межправительственная комиссия Сербии и Венгрии",
       "")}),
    # must-nots: the commission's noun alone, a plural
    ("Стороны договорились, что комиссия соберётся в июне.", set()),
    ("Стороны обсудили работу межправкомиссий.", set()),
]  # fmt: skip

SITTINGS = [
    ("3 июня в Лиме заседала комиссия по рыболовству Перу и Чили.",
     {("комиссия по рыболовству Перу и Чили", "Комиссия по рыболовству Перу и Чили", "")}),
    ("В Ханое заседал комитет по транспорту Вьетнама и Лаоса.",
     {("комитет по транспорту Вьетнама и Лаоса", "Комитет по транспорту Вьетнама и Лаоса",
       "")}),
    ("В Найроби комиссия по энергетике Кении и Уганды провела заседание.",
     {("комиссия по энергетике Кении и Уганды", "Комиссия по энергетике Кении и Уганды", "")}),
    # must-nots: a body neither joint nor sitting, the noun alone, the field alone
    ("Работу комиссии по торговле Перу и Чили одобрили в Лиме.", set()),
    ("3 июня в Лиме заседала комиссия.", set()),
    ("3 июня в Лиме заседали по торговле Перу и Чили.", set()),
]  # fmt: skip

BANKS = [
    ("Ставку Центрального банка Бразилии Бразилия удерживает с мая.",
     {("Центрального банка Бразилии", "Центральный банк Бразилии", "state/BRA")}),
    ("Решение Банка Мексики Мексика объяснила инфляцией.",
     {("Банка Мексики", "Банк Мексики", "state/MEX")}),
    ("Решение Центрального банка России Россия объяснила инфляцией.",
     {("Центрального банка России", "Центральный банк Российской Федерации", "state/RUS")}),
    # must-nots: a body's own state after a name with none, a name read as before
    ("Депутаты Госдумы РФ посетили Каир.",
     {("Госдумы РФ", "Государственная дума", "state/RUS")}),
    ("Центральный банк Бразилии сохранил ставку.",
     {("Центральный банк Бразилии", "Центральный банк Бразилии", "state/BRA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [*CLIPPED, *SITTINGS, *BANKS])
def test_organizations(extraction_of, text: str, expected: set) -> None:  # noqa: ANN001
    """The organizations' (mention, name, state) are exactly the case's."""
    assert set(text_org_states(extraction_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Президент Перу посетил Чили и Боливию. Межправкомиссия соберётся в мае.",
        # reversed on purpose (was a must-not of tests/test_org_adjective_states_71.py)
        "Следующее заседание межправкомиссии пройдет в Сантьяго.",
    ],
)
def test_a_bare_clip_where_no_pair_is_this_texts_own(extraction_of, text: str) -> None:  # noqa: ANN001
    """A bare clip in a text of three states, or of none, is an organization of this text
    alone."""
    ex = extraction_of(text, "2024-05-15")
    (org,) = [e for e in ex.entities if e.type == "Organization"]
    assert (org.name, org.state) == ("Межправительственная комиссия", "")
    assert org.key.endswith("-in-t")


@pytest.mark.parametrize(
    "text",
    [
        "Заседание межправкомиссии по торговле Кении и Уганды прошло в Кампале. Следующее "
        "заседание межправкомиссии пройдёт в Найроби.",
        "Заседание Межправительственной комиссии по сотрудничеству Кении и Уганды прошло в "
        "Кампале. Следующее заседание межправкомиссии пройдёт в Найроби.",
    ],
)
def test_a_later_clip_is_the_body_named_before(extraction_of, text: str) -> None:  # noqa: ANN001
    """A clip after the body's name, clipped or full, is a mention of that one node."""
    mentions = [m for m in extraction_of(text, "2024-05-15").mentions if m.type == "Organization"]
    assert len(mentions) == 2
    assert len({m.entity for m in mentions}) == 1
