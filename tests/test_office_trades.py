"""A profession serves no state (offices24): on our own sentences about officials and
professionals of other states (Italy, Britain, Uruguay, Costa Rica, Vietnam, Argentina,
Japan, Serbia, France, the USA), a profession's title ("адвокат", "журналист", "профессор",
"экономист", `kg/resolve/trades.txt`) takes no state it does not name: not the person's own
state the gazetteer knows (which `persons` keeps as the person's: review26, "Экономист
Хавьер Милей" is still Argentina's in events), not the state of a post coordinated with it, nor
of a body in a member's apposition between it and the name. A state's post keeps its state.
Read on a date the gazetteer knows no term of the professionals named (2024)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

# (text, surname, the text's holdings, the person's office and state in `persons`)
TRADE_STATES = [
    # the person's own state, which the gazetteer knows
    ("Профессор права Джузеппе Конте выступил во Флорентийском университете.", "Конте",
     {("профессор", "", False)}, ("профессор", "state/ITA")),
    ("Журналист Борис Джонсон в 1990-х годах работал корреспондентом в Брюсселе.", "Джонсон",
     {("журналист", "", False)}, ("журналист", "state/GBR")),
    ("Президент Панамы наградил адвоката Марко Рубио.", "Рубио",
     {("адвокат", "", False)}, ("адвокат", "state/USA")),
    # the state of a post coordinated with the profession
    ("Экономист и советник президента Уругвая Луис Суарес прибыл в Бразилиа.", "Суарес",
     {("экономист", "", False), ("советник президента", "state/URY", False)},
     ("советник президента", "state/URY")),
    ("Историк и посол Коста-Рики в Мексике Ана Мора выступила с лекцией.", "Мора",
     {("историк", "", False), ("посол", "state/CRI", False)}, ("посол", "state/CRI")),
    ("Писатель и депутат Национального собрания Вьетнама Нгуен Ван Минь встретился с "
     "японской делегацией.", "Минь",
     {("писатель", "", False), ("депутат Национального собрания", "state/VNM", False)},
     ("депутат Национального собрания", "state/VNM")),
    # the state of a body in a member's apposition
    ("Журналист, член Союза журналистов Аргентины Карлос Гомес прибыл в Сантьяго.", "Гомес",
     {("журналист", "", False)}, ("журналист", "")),
    ("Экономист, член Ассоциации экономистов Японии Кэндзи Сато назвал переговоры успешными.",
     "Сато", {("экономист", "", False)}, ("экономист", "")),
    # must not: a state's posts keep their state, coordinated or known to the gazetteer
    ("Вице-премьер и министр иностранных дел Сербии Ивица Дачич прибыл в Анкару.", "Дачич",
     {("вице-премьер", "state/SRB", False), ("министр иностранных дел", "state/SRB", False)},
     ("министр иностранных дел", "state/SRB")),
    ("Премьер Джузеппе Конте прибыл в Брюссель.", "Конте",
     {("премьер-министр", "state/ITA", False)}, ("премьер-министр", "state/ITA")),
    ("Министр иностранных дел Марко Рубио прибыл в Панаму.", "Рубио",
     {("министр иностранных дел", "state/USA", False)}, ("министр иностранных дел", "state/USA")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "held", "person"), TRADE_STATES)
def test_a_profession_takes_no_state_it_does_not_name(
    extraction, text: str, surname: str, held, person: tuple[str, str]
) -> None:  # noqa: ANN001
    """The person holds the offices the text gives, a profession with no state; the person's
    row keeps the person's state."""
    ex = extraction(text, "2024-06-01")
    assert holdings_of(ex, surname) == held
    (entity,) = (e for e in ex.entities if e.type == "Person" and e.name.endswith(surname))
    assert (entity.office, entity.state) == person


# review26: a known person called by a profession is still of his state where events read
# it, in an undated text too (no gazetteer term to give it)
KNOWN_BY_TRADE = [
    ("Экономист Хавьер Милей прибыл в Вашингтон, где провёл переговоры с советником "
     "президента США.", "state/ARG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), KNOWN_BY_TRADE)
def test_a_person_called_by_a_profession_keeps_his_state_in_events(
    events, text: str, state: str
) -> None:  # noqa: ANN001
    read = [e for e in events(text) if e.kind in {"Talks", "Meeting", "Visit"}]
    assert read
    assert all(state in e.participants for e in read), read
