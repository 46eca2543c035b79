"""A UN body news names by its initials and the UN's ("ВПП ООН", "ЕЭК ООН") is that body,
opening a sentence or not, with the UN nested in it as in its full name ("Всемирная
продовольственная программа [ООН]", "Совет Безопасности [ООН]"); "ЮНИСЕФ" is the Children's
Fund with its QID (Q740308, the NEREL links table). Sixty-fourth pass, h-orgs78."""

from __future__ import annotations

import pytest
from fact_reads import org_wikidata

_UN = ("ООН", "Организация Объединённых Наций", "Q1065")
_WFP = "Всемирная продовольственная программа ООН"
_UNECE = "Европейская экономическая комиссия ООН"


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the initials with the UN's, opening a sentence or inside it
        ("ВПП ООН сообщила о нехватке продовольствия в Йемене.", [("ВПП ООН", _WFP, ""), _UN]),
        ("Зерно из Канады доставила ВПП ООН.", [("ВПП ООН", _WFP, ""), _UN]),
        ("ЕЭК ООН опубликовала доклад о торговле Польши.", [("ЕЭК ООН", _UNECE, ""), _UN]),
        # the full name in the nominative opening a sentence, the UN nested
        (
            "Всемирная продовольственная программа ООН сообщила о голоде в Сомали.",
            [(_WFP, _WFP, ""), _UN],
        ),
        (
            "Совет Безопасности ООН принял резолюцию по Ливии.",
            [("Совет Безопасности ООН", "Совет Безопасности ООН", "Q37470"), _UN],
        ),
        # the Children's Fund by its initials and by its name: one organization, its QID
        (
            "ЮНИСЕФ сообщил о росте детской смертности в Сомали.",
            [("ЮНИСЕФ", "Детский фонд ООН", "Q740308")],
        ),
        (
            "Средства выделены Детскому фонду ООН.",
            [("Детскому фонду ООН", "Детский фонд ООН", "Q740308"), _UN],
        ),
        # must-not: a runway is no programme; the Eurasian commission keeps its own initials
        ("Самолёт Вьетнама выкатился за пределы ВПП аэропорта.", []),
        ("ЕЭК утвердила пошлины для Армении.", [("ЕЭК", "Евразийская экономическая комиссия", "")]),
        # must-not: a body's own abbreviation in brackets is no second organization
        (
            "Эксперты Международного агентства по атомной энергии (МАГАТЭ) прибыли в Иран.",
            [
                (
                    "Международного агентства по атомной энергии",
                    "Международное агентство по атомной энергии",
                    "",
                ),
                ("МАГАТЭ", "Международное агентство по атомной энергии", ""),
            ],
        ),
    ],
)
def test_un_bodies(analyse, text: str, orgs: list[tuple[str, str, str]]) -> None:
    assert sorted(org_wikidata(analyse, text)) == sorted(orgs)
