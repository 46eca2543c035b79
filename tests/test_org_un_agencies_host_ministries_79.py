"""UN agencies and the Red Cross by their initials and by their names are one organization
each ("ПРООН" / "Программа развития ООН", "ФАО", "ЮНЕП", "ИКАО", "МККК", "УВКБ ООН"; the
QIDs only the NEREL links table confirms: UNHCR's Q132551, UNESCO's Q7809); and a bare
ministry an envoy is summoned to is the host's, never the envoy's state's ("Посла Японии
вызвали в МИД" gave Japan's). Sixty-fifth pass, h-orgs79; own sentences."""

from __future__ import annotations

import pytest
from fact_reads import org_wikidata

_UN = ("ООН", "Организация Объединённых Наций", "Q1065")
_UNDP = "Программа развития ООН"
_FAO = "Продовольственная и сельскохозяйственная организация ООН"
_ICRC = "Международный комитет Красного Креста"
_UNHCR = "Управление Верховного комиссара ООН по делам беженцев"


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the initials alone: the agency, named in full
        ("ПРООН выделила Мали грант на ремонт школ.", [("ПРООН", _UNDP, "")]),
        ("ФАО предупредила о засухе в Эфиопии.", [("ФАО", _FAO, "")]),
        (
            "ЮНЕП опубликовала доклад о загрязнении рек Перу.",
            [("ЮНЕП", "Программа ООН по окружающей среде", "")],
        ),
        (
            "ИКАО проверила аэропорты Непала.",
            [("ИКАО", "Международная организация гражданской авиации", "")],
        ),
        ("МККК передал гуманитарную помощь Судану.", [("МККК", _ICRC, "")]),
        (
            "УВКБ ООН разместило беженцев из Мьянмы в Бангладеш.",
            [("УВКБ ООН", _UNHCR, "Q132551"), _UN],
        ),
        # the full names, in any case, the UN nested where the tagger takes it
        (
            "Эксперты Программы развития ООН прибыли в Гану.",
            [("Программы развития ООН", _UNDP, ""), _UN],
        ),
        (
            "Доклад Продовольственной и сельскохозяйственной организации ООН представлен в Кении.",
            [("Продовольственной и сельскохозяйственной организации ООН", _FAO, ""), _UN],
        ),
        (
            "Представители Международного комитета Красного Креста посетили тюрьмы Колумбии.",
            [("Международного комитета Красного Креста", _ICRC, "")],
        ),
        (
            "Управление Верховного комиссара ООН по делам беженцев призвало Грецию принять"
            " мигрантов.",
            [(_UNHCR, _UNHCR, "Q132551")],
        ),
        (
            "Организация Объединённых Наций по вопросам образования, науки и культуры включила"
            " храм Камбоджи в список наследия.",
            [
                (
                    "Организация Объединённых Наций по вопросам образования, науки и культуры",
                    "ЮНЕСКО",
                    "Q7809",
                )
            ],
        ),
        # must-not: the federation of the societies is no committee, a state's society its own
        (
            "Международная федерация обществ Красного Креста помогла Индонезии.",
            [
                (
                    "Международная федерация обществ Красного Креста",
                    "Международная федерация обществ Красного Креста",
                    "",
                )
            ],
        ),
        (
            "Красный Крест Индонезии собрал кровь для пострадавших.",
            [("Красный Крест Индонезии", "Красный Крест Индонезии", "")],
        ),
    ],
)
def test_un_agencies(analyse, text: str, orgs: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    assert sorted(org_wikidata(analyse, text)) == sorted(orgs)


def test_initials_and_name_in_two_texts_are_one_node(analyse) -> None:  # noqa: ANN001
    """The gazetteer joins them across texts, which an abbreviation read off its own text's
    full name (`org_initials`) does not."""
    one = org_wikidata(analyse, "Международный комитет Красного Креста посетил тюрьмы Колумбии.")
    two = org_wikidata(analyse, "МККК передал гуманитарную помощь Судану.")
    assert {name for _, name, _ in one} == {name for _, name, _ in two} == {_ICRC}


_CZE_MFA = "Министерство иностранных дел Чехии"


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the host by the dateline's capital or the envoy's post, never the envoy's state
        (
            "ПРАГА, 20 ноября. Временный поверенный в делах Венгрии был вызван в МИД, где ему"
            " вручили ноту протеста.",
            [("МИД", _CZE_MFA, "")],
        ),
        (
            "Посол Сербии в Загребе был вызван в МИД.",
            [("МИД", "Министерство иностранных дел Хорватии", "")],
        ),
        (
            "Посол Ирана в Германии был вызван в МИД.",
            [("МИД", "Министерство иностранных дел Германии", "Q56034")],
        ),
        # the place of an envoy's post is no envoy's state: a parliament's own word is its
        ("Посол Польши в Латвии встретился со спикером Сейма.", [("Сейма", "Сейм Латвии", "")]),
        # no host named: a bare ministry, of no state
        ("Посла Японии вызвали в МИД, где ему вручили ноту.", [("МИД", "МИД", "")]),
        # an envoy meeting a bare parliament's speaker meets the host's: none is said
        ("Посол Чили встретился со спикером парламента.", []),
        # must-not: an envoy speaking of a body in a clause of its own, a state's official
        (
            "Посол Ирана заявил, что МИД направит ноту.",
            [("МИД", "Министерство иностранных дел Ирана", "")],
        ),
        (
            "Посол Египта заявил, что правительство готово к переговорам.",
            [("правительство", "Правительство Египта", "")],
        ),
        (
            "Президент Ирана поручил МИД подготовить ноту.",
            [("МИД", "Министерство иностранных дел Ирана", "")],
        ),
    ],
)
def test_bare_ministry_an_envoy_is_summoned_to(
    analyse,  # noqa: ANN001
    text: str,
    orgs: list[tuple[str, str, str]],
) -> None:
    assert sorted(org_wikidata(analyse, text)) == sorted(orgs)
