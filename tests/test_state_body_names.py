"""A state's body named by a lower-case noun and the state, which the tagger leaves untagged:
the noun (state_bodies.txt, "власти" in the plural) before the state's name in the genitive
("правительство Норвегии", "службы безопасности Египта") or after its adjective ("иракская
полиция", "чилийские власти") is the state's body, one organization whatever the form; and a
quoted name after "соцсеть", "телекомпания", "радиостанция" is an organization."""

from __future__ import annotations

import pytest

from kg.model import Document


def _orgs(analyse, text: str) -> list[tuple[str, str]]:
    ctx = analyse(Document(id="t", text=text, date="2024-05-01"))
    return [(m.text, ctx.entities[m.entity].name) for m in ctx.mentions if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Правительство Норвегии одобрило закон о квотах.",
         [("Правительство Норвегии", "Правительство Норвегии")]),
        ("Пресс-релиз распространило правительство Норвегии.",
         [("правительство Норвегии", "Правительство Норвегии")]),
        ("Полиция Чили задержала двух подозреваемых.",
         [("Полиция Чили", "Полиция Чили")]),
        ("Службы безопасности Египта задержали журналиста.",
         [("Службы безопасности Египта", "Служба безопасности Египта")]),
        ("Иракская полиция оцепила район.", [("Иракская полиция", "Полиция Ирака")]),
        ("Об этом сообщили чилийские власти.", [("чилийские власти", "Власти Чили")]),
        ("Власти Перу закрыли границу.", [("Власти Перу", "Власти Перу")]),
        # a contraction's full name whole, not its first word ("Генеральный Турции")
        ("В переговорах участвовал бывший глава генштаба Турции.",
         [("генштаба Турции", "Генеральный штаб Турции")]),
        ("Паблик заблокировала соцсеть «ВКонтакте».", [("ВКонтакте", "ВКонтакте")]),
        # a capital's body is the city's, not the state's
        ("Мэрия Лимы объявила конкурс.", [("Мэрия Лимы", "Мэрия Лимы")]),
        # must-not: a person, a state in the nominative, a regime, no body
        ("Посол Норвегии вручил верительные грамоты.", []),
        # a state's name in the nominative after "партия" is the party's own (h-orgs50)
        ("На выборах победила партия Таиланд.", [("Таиланд", "Таиланд")]),
        # a state has many parties: "партия Эквадора" is none of its bodies (the bare
        # "парламенте" of a text naming Ecuador alone is its parliament, tests/test_org_settled.py)
        ("Партия Эквадора получила в парламенте 30 мест.",
         [("парламенте", "Парламент Эквадора")]),
        ("Историк писал о советской власти в Литве.", []),
        ("Чилийские компании подписали контракт.", []),
    ],
)  # fmt: skip
def test_a_state_body_by_its_noun(analyse, text, orgs):
    assert _orgs(analyse, text) == orgs
