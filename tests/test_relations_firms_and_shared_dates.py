"""Firms' levels and dates a level shares with another clause (sixty-sixth pass,
h-relations68).

"Vingroup и Toyota заключили соглашение о стратегическом партнёрстве" gave a level between
Toyota and Vingroup (the agreement's two parties, firms), and "Компании Vingroup и Toyota
подняли отношения до уровня стратегического партнёрства" the report's pair's: now an
agreement's parties are a level's sides only where each is a state or a union
(`common.pair.side_key`), and relations firms raise are theirs (`statements._firms_raise`).
"12 ноября президенты Египта и Индии подписали договор … и подняли отношения до уровня …"
dated the raise by the report's day: a date before the first of two coordinated verbs is
the second's too (`history._opens_first_verb`). "… развитие стратегического партнёрства
двух стран, отношения которых были подняты до этого уровня в январе 2023 года во время
визита президента Филиппин в Китай" took the report's day where the parse hangs the date on
the relative clause: a relative clause that set the level up or raised the relations to it
dates the level, which holds since then (`history._reached_in_relative`). Own sentences
about Vietnam–Japan, Egypt–India, Ghana–Togo, Chile–Vietnam, the Philippines–China,
India–Japan, Argentina–Vietnam, Qatar–Egypt."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS, dated_rows

DAY = "2026-11-20"
CSP = "всеобъемлющее стратегическое партнерство"
# each pair's two state keys, sorted as kg writes them
EGY_IND, GHA_TGO, CHL_VNM, CHN_PHL, IND_JPN = (
    tuple(f"state/{code}" for code in pair.split())
    for pair in ("EGY IND", "GHA TGO", "CHL VNM", "CHN PHL", "IND JPN")
)
TALKS = "Вьетнам и Япония обсудили инвестиции. "
EGY_TALKS = "Египет и Индия обсудили инвестиции. "


ROWS = [
    # must-nots: a paper of two firms, relations firms raise (were levels)
    (TALKS + "Vingroup и Toyota заключили соглашение о стратегическом партнёрстве.", set()),
    (EGY_TALKS + "Tata и Elsewedy подписали меморандум о стратегическом партнёрстве.", set()),
    (
        TALKS + "Компании Vingroup и Toyota подняли отношения до уровня стратегического "
        "партнёрства.",
        set(),
    ),
    (
        EGY_TALKS + "Банки двух стран вывели отношения на уровень стратегического партнёрства.",
        set(),
    ),
    (
        EGY_TALKS + "Корпорации Tata и Elsewedy подписали контракт и подняли отношения до "
        "уровня стратегического партнёрства.",
        set(),
    ),
    (
        EGY_TALKS + "Tata и Elsewedy подняли отношения до уровня стратегического партнёрства.",
        set(),
    ),
    # musts: the states, their sides, their bodies, a union of states
    (
        EGY_TALKS + "Стороны подписали соглашение о стратегическом партнёрстве.",
        {(*EGY_IND, PARTNERS, DAY)},
    ),
    (
        EGY_TALKS + "Лидеры двух стран подняли отношения до уровня стратегического партнёрства.",
        {(*EGY_IND, PARTNERS, DAY)},
    ),
    (
        EGY_TALKS + "Правительства двух стран подняли отношения до уровня стратегического "
        "партнёрства.",
        {(*EGY_IND, PARTNERS, DAY)},
    ),
    (
        "Вьетнам и Евросоюз подписали соглашение о всеобъемлющем партнёрстве.",
        {("org/eu", "state/VNM", "всеобъемлющее партнерство", DAY)},
    ),
    # musts: the date opening the first of two coordinated verbs is the raise's too (was
    # the report's day)
    (
        "12 ноября президенты Египта и Индии подписали договор о стратегическом партнёрстве "
        "и подняли отношения до уровня стратегического партнёрства.",
        {(*EGY_IND, PARTNERS, "2026-11-12")},
    ),
    (
        "Президенты Египта и Индии 12 ноября подписали в Каире договор о стратегическом "
        "партнёрстве и подняли отношения до уровня всеобъемлющего стратегического "
        "партнёрства.",
        {(*EGY_IND, CSP, "2026-11-12")},
    ),
    # must-nots: a date of its own, one across ", а", one after the first verb
    (
        "В 2019 году Гана и Того установили дипломатические отношения, а сейчас подняли их "
        "до уровня стратегического партнёрства.",
        {
            (*GHA_TGO, "установление дипломатических отношений", "2019"),
            (*GHA_TGO, PARTNERS, DAY),
        },
    ),
    (
        "В 2018 году Гана и Того установили дипломатические отношения и в 2024 году подняли "
        "их до уровня стратегического партнёрства.",
        {
            (*GHA_TGO, "установление дипломатических отношений", "2018"),
            (*GHA_TGO, PARTNERS, "2024"),
        },
    ),
    (
        "Гана и Того подписали договор о дружбе 12 ноября и подняли отношения до уровня "
        "стратегического партнёрства.",
        {(*GHA_TGO, PARTNERS, DAY)},
    ),
    # musts: the relative clause's date, however the parse hangs it (were the report's day)
    (
        "Министры обсудили развитие стратегического партнёрства двух стран, отношения которых "
        "были подняты до этого уровня в январе 2023 года во время визита президента Филиппин в "
        "Китай.",
        {(*CHN_PHL, PARTNERS, "2023-01")},
    ),
    (
        "Министры обсудили развитие стратегического партнёрства между Чили и Вьетнамом, "
        "отношения которых были повышены до этого уровня в 2023 году.",
        {(*CHL_VNM, PARTNERS, "2023")},
    ),
    (
        "Премьер Японии посетил Индию. Стороны обсудили развитие стратегического партнёрства, "
        "которое было установлено в 2019 году.",
        {(*IND_JPN, PARTNERS, "2019")},
    ),
    (
        "Премьер Японии посетил Индию. Стороны обсудили развитие стратегического партнёрства, "
        "до уровня которого отношения были подняты в 2022 году.",
        {(*IND_JPN, PARTNERS, "2022")},
    ),
    # held since then, however long ago
    (
        "Министры обсудили развитие стратегического партнёрства между Чили и Вьетнамом, "
        "отношения которых были повышены до этого уровня в 2010 году.",
        {(*CHL_VNM, PARTNERS, "2010")},
    ),
    # must-keep: the parse hangs the date on the main verb (was right already)
    (
        "Премьер Японии посетил Индию. Министры обсудили развитие стратегического "
        "партнёрства двух стран, отношения которых были подняты до этого уровня в марте 2022 "
        "года во время визита премьера.",
        {(*IND_JPN, PARTNERS, "2022-03")},
    ),
    # must-nots: a relative clause of the owners' own act, a raise denied
    (
        "Министры обсудили стратегическое партнёрство Чили и Вьетнама, которые установили "
        "дипломатические отношения в 1971 году.",
        {(*CHL_VNM, PARTNERS, DAY)},
    ),
    (
        "Министры обсудили стратегическое партнёрство Чили и Вьетнама, отношения которых не "
        "были подняты до этого уровня в 2023 году.",
        {(*CHL_VNM, PARTNERS, DAY)},
    ),
    # musts of the last pass's leftovers that were right already: set up, restored, then
    # raised, each with its own date
    (
        "Вьетнам и Аргентина установили дипломатические отношения в 1973 году. "
        "Дипломатические отношения были установлены в 1973 году, а спустя полвека, в 2024 "
        "году, стороны подняли их до уровня всеобъемлющего партнёрства.",
        {
            ("state/ARG", "state/VNM", "дипломатические отношения", "1973"),
            ("state/ARG", "state/VNM", "всеобъемлющее партнерство", "2024"),
        },
    ),
    (
        "Египет и Катар восстановили дипломатические отношения в 2021 году, а в 2025 году "
        "подняли их до уровня стратегического партнёрства.",
        {
            ("state/EGY", "state/QAT", "восстановление дипломатических отношений", "2021"),
            ("state/EGY", "state/QAT", PARTNERS, "2025"),
        },
    ),
]


@pytest.mark.parametrize(("text", "found"), ROWS)
def test_levels_and_dates(analyse, text: str, found: set[tuple[str, ...]]) -> None:
    """Each text's levels, read with its agreements as the build reads them."""
    assert dated_rows(analyse, text, DAY, papers=True) == found
