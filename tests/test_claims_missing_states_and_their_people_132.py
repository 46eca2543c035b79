"""Claims (h-claims132): a count of the missing is "пропавшие без вести" however told ("пропали
без вести", "пропали", "ещё 5 пропавших без вести", "числятся пропавшими без вести"); a state's
genitive after counted people stays in the metric only after a noun of belonging (граждане,
жители, уроженцы), other people's state is the claim's ("погибли 4 военнослужащих Чили" →
погибшие военнослужащие, Chile); a count of "человек" that "их" opens after a contrast counts
the people counted before ("работали 2 млн пакистанцев, а сейчас их около 2,5 млн человек" →
пакистанцы). Own sentences about Peru, Bolivia, Ecuador, Nepal–India, Armenia–Azerbaijan,
Chile–Argentina, Saudi Arabia–Pakistan, Qatar–Nepal, Poland–Belarus. Must-nots beside each."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В результате наводнения в Перу 10 человек пропали без вести.",
            [("пропавшие без вести", 10, "человек")],
        ),
        (
            "Спасатели Боливии нашли 3 погибших, ещё 5 пропавших без вести ищут.",
            [("погибшие", 3, "человек"), ("пропавшие без вести", 5, "человек")],
        ),
        (
            "Власти Мьянмы сообщили о 40 пропавших без вести.",
            [("пропавшие без вести", 40, "человек")],
        ),
        (
            "В горах Непала пропали 8 туристов из Индии.",
            [("пропавшие без вести туристы", 8, "турист")],
        ),
        # must-nots: the reckoned wording as it was, "погибшие" alone, things missing
        (
            "Ещё 7 человек считаются пропавшими без вести после землетрясения в Эквадоре.",
            [("пропавшие без вести", 7, "человек")],
        ),
        ("В результате оползня в Перу погибли 12 человек.", [("погибшие", 12, "человек")]),
    ],
)
def test_the_missing_are_named_one_way(analyse, text: str, rows: list[tuple]) -> None:
    assert [(m, int(v), u) for m, v, u in claim_rows(analyse, text, FIELDS)] == rows


def test_missing_told_two_ways_is_one_fact(analyse) -> None:
    """ "пропали без вести" and "числятся пропавшими без вести" give one key."""
    keys = [
        [c.key for c in extract_claims(analyse(Document(id="t", text=text)))]
        for text in (
            "В Эквадоре 15 человек пропали без вести.",
            "В Эквадоре 15 человек числятся пропавшими без вести.",
        )
    ]
    assert len(keys[0]) == 1 and keys[0] == keys[1]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В ходе столкновений погибли 4 военнослужащих Чили.",
            [("погибшие военнослужащие", 4, ("state/CHL",))],
        ),
        (
            "Армия Азербайджана взяла в плен 20 солдат Армении.",
            [("солдаты", 20, ("state/ARM", "state/AZE"))],
        ),
        (
            "По данным Минобороны Аргентины, в Чили находятся 300 полицейских Аргентины.",
            [("полицейские", 300, ("state/ARG", "state/CHL"))],
        ),
        # must-nots: nouns of belonging keep their state, a measure's state and a non-state
        # genitive as they were, a state adjective with a fate as it was
        (
            "В Японии проживают более 500 тысяч жителей Китая.",
            [("жители Китая", 500_000, ("state/CHN", "state/JPN"))],
        ),
        (
            "Власти Чили задержали 14 граждан Перу.",
            [("задержанные граждане Перу", 14, ("state/CHL", "state/PER"))],
        ),
        (
            "Экспорт Чили в Перу вырос до 5 млрд долларов.",
            [("экспорт", 5_000_000_000, ("state/CHL", "state/PER"))],
        ),
        (
            "Экспорт зерна из Аргентины в Бразилию составил 3 млн тонн.",
            [("экспорт зерна", 3_000_000, ("state/ARG", "state/BRA"))],
        ),
        (
            "В ходе столкновений погибли 4 чилийских военнослужащих.",
            [("погибшие военнослужащие", 4, ("state/CHL",))],
        ),
    ],
)
def test_counted_people_leave_their_state_to_the_claim(
    analyse, text: str, rows: list[tuple]
) -> None:
    got = claim_rows(analyse, text, ("metric", "value", "states"))
    assert [(m, int(v), tuple(sorted(s))) for m, v, s in got] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В 2023 году в Саудовской Аравии работали 2 млн пакистанцев, а сейчас их около "
            "2,5 млн человек.",
            [("пакистанцы", 2_000_000, "пакистанец"), ("пакистанцы", 2_500_000, "пакистанец")],
        ),
        (
            "В 2022 году в Катаре трудились 300 тысяч непальцев, а сейчас их уже около 400 "
            "тысяч человек.",
            [("непальцы", 300_000, "непалец"), ("непальцы", 400_000, "непалец")],
        ),
        (
            "В 2021 году в Польше учились 20 тысяч белорусов, а теперь их более 30 тысяч человек.",
            [("белорусы", 20_000, "белорус"), ("белорусы", 30_000, "белорус")],
        ),
        # must-nots: no count before, a verb of its own, the bare number as it was
        ("В Турции проживают 2,5 млн человек.", [("население", 2_500_000, "человек")]),
        (
            "В 2020 году в Германии жили 1,5 млн сирийцев, а сейчас там проживают 2 млн человек.",
            [("население", 2_000_000, "человек"), ("сирийцы", 1_500_000, "сириец")],
        ),
        (
            "В 2022 году в ОАЭ проживали 3 млн индийцев, а сейчас их уже 3,5 млн.",
            [("индийцы", 3_000_000, "индиец"), ("индийцы", 3_500_000, "индиец")],
        ),
    ],
)
def test_their_count_of_people_counts_the_people_before(
    analyse, text: str, rows: list[tuple]
) -> None:
    assert [(m, int(v), u) for m, v, u in claim_rows(analyse, text, FIELDS)] == rows
