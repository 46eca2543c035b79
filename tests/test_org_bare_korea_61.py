"""A bare "Кореи" takes the state named before it only where the bare name is written for it
(h-orgs61): Russian news calls the South "Корея" ("Республика Корея", "Банк Кореи") and the
North "КНДР" or "Северная Корея", so after the North alone a bare "Министерство обороны Кореи"
is as often the South answering it, and stays a body of no state; after the South it is the
South's, as before. A known body whose row gives its state ("Трудовая партия Кореи", the
North's) keeps it, and the bare name inside it is no mention of the state named before. A
bare "Конго" is written for either Congo and still takes the one named before. Sentences of
our own about Korea with Japan, Vietnam, China and the USA, and Congo with Uganda."""

from __future__ import annotations

import pytest

NONE = ""
# text, the body's words, its entity's state ("" for none), the state the bare name is read as
CASES = [
    # the North alone named before, by its abbreviation, name, adjective or capital: no state
    (
        "КНДР запустила баллистическую ракету в сторону Японии. Министерство обороны Кореи"
        " заявило, что отслеживает ситуацию.",
        "Министерство обороны Кореи",
        NONE,
        NONE,
    ),
    (
        "Северная Корея провела артиллерийские стрельбы у границы. Министерство объединения"
        " Кореи выразило протест.",
        "Министерство объединения Кореи",
        NONE,
        NONE,
    ),
    (
        "Северокорейские военные провели учения у побережья. Министерство обороны Кореи"
        " сообщило о переброске войск.",
        "Министерство обороны Кореи",
        NONE,
        NONE,
    ),
    (
        "Делегация Вьетнама прибыла в Пхеньян. Министерство иностранных дел Кореи сообщило об"
        " итогах переговоров.",
        "Министерство иностранных дел Кореи",
        NONE,
        NONE,
    ),
    # must not: the South named before still settles it, by name, capital or adjective, and
    # with the North named only after the body
    (
        "Премьер-министр Вьетнама прибыл в Сеул. Министерство торговли Кореи сообщило о росте"
        " экспорта во Вьетнам.",
        "Министерство торговли Кореи",
        "state/KOR",
        "state/KOR",
    ),
    (
        "Президент Республики Корея прилетел в Токио. Министерство обороны Кореи сообщило о"
        " пуске ракеты КНДР.",
        "Министерство обороны Кореи",
        "state/KOR",
        "state/KOR",
    ),
    (
        "Южнокорейская делегация прибыла в Пекин. Министерство финансов Кореи одобрило кредит"
        " Вьетнаму.",
        "Министерство финансов Кореи",
        "state/KOR",
        "state/KOR",
    ),
    # the North's party by its row, whatever was named before; its "Кореи" no mention
    (
        "Президент Южной Кореи прилетел в Вашингтон. Трудовая партия Кореи осудила визит.",
        "Трудовая партия Кореи",
        "state/PRK",
        NONE,
    ),
    ("Трудовая партия Кореи провела съезд в Пхеньяне.", "Трудовая партия Кореи", "state/PRK", NONE),
    # must not: a bare "Конго" still takes either Congo named before it
    (
        "Президент Уганды прибыл в Киншасу. Министерство обороны Конго сообщило о совместной"
        " операции.",
        "Министерство обороны Конго",
        "state/COD",
        "state/COD",
    ),
]


@pytest.mark.parametrize(("text", "body", "state", "bare"), CASES)
def test_bare_korea(extraction_of, text: str, body: str, state: str, bare: str) -> None:
    ex = extraction_of(text, "2024-05-15", "offices")
    entities = {e.key: e for e in ex.entities}
    states = {entities[m.entity].state for m in ex.mentions if m.text == body}
    read_as = {m.entity for m in ex.mentions if m.type == "State" and m.text == body.split()[-1]}
    assert (states, read_as) == ({state}, {bare} - {NONE})
