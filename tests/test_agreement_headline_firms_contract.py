"""A headline's contract of two states told again in the body as signed by firms of those
states is one paper ("Польша и Франция подписали контракт на поставку поездов" above
"Французская компания Alstom и польская PKP Intercity подписали … контракт на поставку 42
скоростных поездов"): the body's title, the firms and the states its parties. Must-nots: a
firm of a third state, two body contracts on the topic, firms whose states the text does not
tell. Sentences of our own about other pairs (seventieth pass, h-agreements88)."""

from __future__ import annotations

import pytest

POL_FRA = ("state/FRA", "state/POL")
TUR_JPN = ("state/JPN", "state/TUR")
ALSTOM = ("org/alstom", "org/pkp-intercity")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Польша и Франция подписали контракт на поставку поездов\nФранцузская компания Alstom "
         "и польская PKP Intercity подписали в четверг в Варшаве контракт на поставку 42 "
         "скоростных поездов. Стоимость контракта составляет около 1,5 млрд евро.",
         {("Контракт на поставку скоростных поездов", (*ALSTOM, *POL_FRA))}),
        ("Турция и Япония подписали контракт на строительство моста через Босфор\nЯпонская "
         "компания IHI и турецкая Limak подписали во вторник в Анкаре контракт на "
         "строительство подвесного моста через Босфор.",
         {("Контракт на строительство подвесного моста через Босфор",
           ("org/ihi", "org/limak", *TUR_JPN))}),
        # one firm's state told: a Korean firm, whose adjective may be either Korea's
        ("Вьетнам и Южная Корея подписали контракт на строительство метро в Ханое\nКорейская "
         "компания Hyundai E&C и вьетнамская Vinaconex подписали в пятницу в Ханое контракт на "
         "строительство второй линии метро в Ханое.",
         {("Контракт на строительство второй линии метро",
           ("org/hyundai-e-c", "org/vinaconex", "state/KOR", "state/VNM"))}),
        # must-nots: a firm of a third state; two body contracts on the topic; firms of no
        # state told
        ("Польша и Франция подписали контракт на поставку поездов\nНемецкая компания Siemens и "
         "польская PKP Intercity подписали в четверг в Варшаве контракт на поставку 42 "
         "скоростных поездов.",
         {("Контракт на поставку поездов", POL_FRA),
          ("Контракт на поставку скоростных поездов", ("org/pkp-intercity", "org/siemens"))}),
        ("Польша и Франция подписали контракт на поставку поездов\nФранцузская компания Alstom "
         "и польская PKP Intercity подписали в четверг в Варшаве контракт на поставку "
         "скоростных поездов и контракт на обслуживание поездов.",
         {("Контракт на поставку поездов", POL_FRA),
          ("Контракт на поставку скоростных поездов", ALSTOM),
          ("Контракт на обслуживание поездов", ALSTOM)}),
        ("Польша и Франция подписали контракт на поставку поездов\nКомпании Alstom и PKP "
         "Intercity подписали в четверг в Варшаве контракт на поставку 42 скоростных поездов.",
         {("Контракт на поставку поездов", POL_FRA),
          ("Контракт на поставку скоростных поездов", ALSTOM)}),
    ],
)  # fmt: skip
def test_a_headline_contract_is_the_one_its_states_firms_sign(titled_papers, text, papers):
    assert titled_papers(text) == papers
