"""A generic noun of a state's many bodies with the state names none of them ("ведомства Перу
и Чили", "египетское ведомство"), while a field names one ("внешнеполитическое ведомство
Турции"); a state's name in the genitive reads its place's nominative ("ливанских властей":
"Власти Ливана"); a programme a capitalised adjective opens before the organization's name is
a body of it ("Всемирная продовольственная программа ООН"); a name saying what a federation's
members are is no second organization ("Международная федерация обществ Красного Креста").
Sixty-third pass, h-orgs77."""

from __future__ import annotations

import pytest

from kg.model import Document


def _orgs(analyse, text: str) -> list[tuple[str, str]]:
    ctx = analyse(Document(id="t", text=text, date="2026-11-20"))
    return [(m.text, ctx.entities[m.entity].name) for m in ctx.mentions if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a lone "ведомство": which of the state's many agencies, the text does not say
        ("На переговорах компании и ведомства Перу и Чили подписали 12 соглашений.", []),
        ("Ведомства Египта подписали договор с Иорданией.", []),
        ("Египетское ведомство опубликовало доклад о торговле с Суданом.", []),
        # the state's name in the genitive as a place's ("Ливан" is no woman's name)
        ("По данным ливанских властей, при взрыве погибли 20 человек.",
         [("ливанских властей", "Власти Ливана")]),
        ("По данным филиппинских властей, Индонезия направила спасателей.",
         [("филиппинских властей", "Власти Филиппин")]),
        # a programme of the UN, the UN nested in it
        ("Канада передаст зерно через Всемирную продовольственную программу ООН.",
         [("Всемирную продовольственную программу ООН",
           "Всемирная продовольственная программа ООН"),
          ("ООН", "Организация Объединённых Наций")]),
        # the members' name is no second organization
        ("Помощь Норвегии будет передана через Международную федерацию обществ Красного Креста.",
         [("Международную федерацию обществ Красного Креста",
           "Международная федерация обществ Красного Креста")]),
        # must-not: a field names the agency, a named body, a ministry of each state
        ("Внешнеполитическое ведомство Турции выразило протест Греции.",
         [("Внешнеполитическое ведомство Турции", "Министерство иностранных дел Турции")]),
        ("Министерство коммерции Китая ввело пошлины против Австралии.",
         [("Министерство коммерции Китая", "Министерство коммерции Китая")]),
        ("Правительство Индонезии приняло решение о помощи Тонге.",
         [("Правительство Индонезии", "Правительство Индонезии")]),
        ("Министерства обороны Чили и Перу подписали меморандум.",
         [("Министерства обороны Чили", "Министерство обороны Чили"),
          ("Министерства обороны Чили и Перу", "Министерство обороны Перу")]),
        # must-not: the state's authorities stay its body (NEREL tags them so)
        ("Об этом сообщили чилийские власти.", [("чилийские власти", "Власти Чили")]),
        # must-not: a national society alone is one organization; the UN's fund keeps the UN
        ("Красный Крест Индонезии помог пострадавшим.",
         [("Красный Крест Индонезии", "Красный Крест Индонезии")]),
        ("Средства выделены Детскому фонду ООН.",
         [("Детскому фонду ООН", "Детский фонд ООН"), ("ООН", "Организация Объединённых Наций")]),
        # must-not: a lower-case programme is a scheme, no body
        ("Страны обсудили новую программу ООН по вакцинации.",
         [("ООН", "Организация Объединённых Наций")]),
    ],
)  # fmt: skip
def test_generic_bodies_and_programmes(analyse, text, orgs):
    assert _orgs(analyse, text) == orgs
