"""A signing by unnamed sides ("Лидеры подписали меморандум") told in the paragraph of a
meeting of two states other than the report's pair: that meeting frames it (its day, place,
persons and states), and the paper's own parties stand in for the report's pair the hit was
given (`frames._met_before`, `Hit.pair_given`; fifty-ninth pass, h-events193). An own text
about Brazil, India and South Africa on the sidelines of a summit; must-nots: a signing of the
report's pair keeps it; a paragraph with no meeting before leaves it unframed."""

from __future__ import annotations

import pytest

SIDELINES = (
    "ЙОХАННЕСБУРГ, 22 ноября. /Корр. агентства/. Президент Бразилии Луис Инасиу Лула да "
    "Силва и премьер-министр Индии Нарендра Моди в субботу провели переговоры на полях "
    'саммита "Группы двадцати" в Йоханнесбурге. Как сообщила пресс-служба бразильского '
    "лидера, стороны обсудили расширение торговли, которая в прошлом году достигла 12,2 "
    "млрд долларов, и договорились к 2030 году довести её до 20 млрд долларов.\n"
    '"Индия и Бразилия - две крупнейшие демократии глобального Юга. Наше стратегическое '
    'партнерство опирается на общие ценности", - заявил Моди журналистам после встречи. По '
    "его словам, стороны также обсудили сотрудничество в области возобновляемой энергетики "
    "и обороны.\n"
    "В тот же день Лула встретился с президентом ЮАР Сирилом Рамафосой, который выступает "
    "хозяином саммита. Рамафоса поблагодарил бразильского коллегу за поддержку "
    'южноафриканского председательства в "двадцатке". Лидеры подписали меморандум о '
    "сотрудничестве в сфере сельского хозяйства, сообщили в администрации президента ЮАР.\n"
    "Вечером Моди провел отдельную встречу с Рамафосой. Премьер-министр Индии пригласил "
    "южноафриканского президента посетить Нью-Дели в следующем году с государственным "
    "визитом. Рамафоса принял приглашение, отметив, что отношения двух стран носят характер"
    " всеобъемлющего стратегического партнерства.\n"
    "Ранее, 21 ноября, министр иностранных дел Индии Субраманьям Джайшанкар провел "
    "переговоры с главой МИД ЮАР Роналдом Ламолой. Министры обсудили подготовку к саммиту "
    "БРИКС, который пройдет в Индии в 2026 году.\n"
    "Напомним, в июле Лула посетил Нью-Дели, где стороны подписали соглашение о взаимной "
    "защите секретной информации. Товарооборот Индии и ЮАР, по данным индийского "
    "министерства торговли, в 2024 финансовом году составил около 19 млрд долларов.\n"
)
SIGNED = "меморандум"
BRA_ZAF = {
    "person/cyril-ramaphosa",
    "person/luiz-inacio-lula-da-silva",
    "state/BRA",
    "state/ZAF",
}


def _signing(events, text: str):
    found = [e for e in events(text, "2025-11-22") if e.kind == "Signing" and SIGNED in e.label]
    assert len(found) == 1
    return found[0]


def test_the_meeting_before_frames_the_leaders_signing(events) -> None:
    e = _signing(events, SIDELINES)
    assert (set(e.participants), e.date) == (BRA_ZAF, "2025-11-22")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # must-not: the leaders of the report's own pair sign in the paragraph of their talks
        ("Президент Чили Габриэль Борич провел переговоры с президентом Перу Диной Болуарте в "
         "Лиме. Чили и Перу договорились расширить торговлю. Лидеры подписали меморандум о "
         "сотрудничестве в сфере рыболовства.", {"state/CHL", "state/PER"}),
        # must-not: no meeting before in its paragraph: the report's pair
        ("Президент Чили Габриэль Борич провел переговоры с президентом Перу Диной Болуарте в "
         "Лиме.\nЛидеры подписали меморандум о сотрудничестве в сфере рыболовства.",
         {"state/CHL", "state/PER"}),
    ],
)  # fmt: skip
def test_the_reports_pair_signs_its_own(events, text, states) -> None:
    e = _signing(events, text)
    assert {k for k in e.participants if k.startswith("state/")} == states
