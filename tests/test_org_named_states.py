"""A state's body the text names with its state inside its own name ("Министерство обороны
Чили", "парламента Эстонии", "Правительству Южной Кореи") is that state's: its entity
carries the state, as a settled bare body's does, whatever case the name stands in. Never
a state merely near it ("посол Чили в Министерстве иностранных дел Перу" is Peru's
ministry), one named inside after a preposition, by adjective or by its capital, nor a
name that is no state's body (a bank, a company, a city's body). On sentences of our own
about other states (h-orgs49, forty-sixth pass), with must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return mention_reader(tmp_path_factory.mktemp("gaz"), ROWS)


@pytest.fixture(scope="module")
def states(read):
    def go(text: str) -> dict[str, tuple[str, str]]:
        """Each organization mention's text → (entity name, entity state)."""
        return {m.text: (e.name, e.state) for m, e in read(text) if m.type == "Organization"}

    return go


CASES = [
    # the state named inside the body's own name, in any case the name stands in
    ("Правительство Южной Кореи одобрило соглашение с Чили.",
     {"Правительство Южной Кореи": ("Правительство Южной Кореи", "state/KOR")}),
    ("Министерство обороны Чили сообщило о закупке самолётов у Бразилии.",
     {"Министерство обороны Чили": ("Министерство обороны Чили", "state/CHL")}),
    ("Депутаты парламента Эстонии ратифицировали договор с Латвией.",
     {"парламента Эстонии": ("Парламент Эстонии", "state/EST")}),
    ("Армия Перу провела учения у границы с Чили.",
     {"Армия Перу": ("Армия Перу", "state/PER")}),
    ("Премьер Египта направил письмо Министерству иностранных дел Турции.",
     {"Министерству иностранных дел Турции":
      ("Министерство иностранных дел Турции", "state/TUR")}),
    ("Канада передала ноту Посольству Мексики в Оттаве.",
     {"Посольству Мексики": ("Посольство Мексики", "state/MEX")}),
    # a state's body by its short name, or its full name that opens with an adjective
    ("Минюст Канады возбудил дело против гражданина Мексики.",
     {"Минюст Канады": ("Министерство юстиции Канады", "state/CAN")}),
    ("Центральный банк Чили снизил ставку вслед за Перу.",
     {"Центральный банк Чили": ("Центральный банк Чили", "state/CHL")}),
    ("Власти Перу закрыли границу с Чили.", {"Власти Перу": ("Власти Перу", "state/PER")}),
    # the state the body's own name holds, not one merely near it nor one after a
    # preposition inside it
    ("Посольство Чили в Перу выразило протест.",
     {"Посольство Чили": ("Посольство Чили", "state/CHL")}),
    ("Посол Чили в Министерстве иностранных дел Перу вручил ноту.",
     {"Министерстве иностранных дел Перу": ("Министерство иностранных дел Перу", "state/PER")}),
    # must not: a state past a preposition in the name is its field, not its owner
    ("Иорданский министр возглавил Министерство по делам Палестины.",
     {"Министерство по делам Палестины": ("Министерство по делам Палестины", "")}),
    # must not: no state's body (a bank named after a region, a company by its state's
    # adjective, a city's body)
    ("Представитель Банка развития Латинской Америки посетил Лиму.",
     {"Банка развития Латинской Америки": ("Банк развития Латинской Америки", "")}),
    ("Компания «Аэрофлот — Российские авиалинии» открыла рейс в Каир.",
     {"Аэрофлот — Российские авиалинии": ("Аэрофлот — Российские авиалинии", "")}),
    ("Коммерческий международный банк Египта выдал кредит Турции.",
     {"Коммерческий международный банк Египта":
      ("Коммерческий международный банк Египта", "")}),
    ("Сборная Чили обыграла сборную Перу.", {"сборную Перу": ("Сборная Перу", "")}),
    # must not: a capital's own body ("Правительство Сантьяго" is the city's)
    ("Правительство Сантьяго выделило средства на метро.",
     {"Правительство Сантьяго": ("Правительство Сантьяго", "")}),
    ("Мэрия Лимы заключила соглашение с мэрией Сантьяго.",
     {"Мэрия Лимы": ("Мэрия Лимы", ""), "мэрией Сантьяго": ("Мэрия Сантьяго", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_named_state(states, text, expected):
    found = states(text)
    assert {k: found.get(k) for k in expected} == expected


def test_un_keeps_no_state(states):
    """An international body (the gazetteer's, of no state) stays of none, though the text
    names states beside it."""
    found = states("Чили и Перу обратились в ООН с совместным заявлением.")
    assert found.get("ООН", ("", ""))[1] == ""


def test_every_mention_of_the_body_carries_its_state(read):
    """A body named first by its short name alone (the headline's "ФТС"), then with its
    state: one body of that state, whichever mention comes first."""
    text = (
        "Хуан Перес назначен на новую должность — глава ФТС\n"
        "28 июля Хуан Перес назначен главой Федеральной таможенной службы Перу (ФТС Перу).\n"
        "Карлос Мендоса, возглавлявший ФТС с 2016 года, ушёл по собственному желанию."
    )
    found = {(m.text, e.state) for m, e in read(text) if m.type == "Organization"}
    assert ("ФТС", "state/PER") in found
    assert {s for t, s in found if t.startswith("ФТС") or "таможенной" in t} == {"state/PER"}
