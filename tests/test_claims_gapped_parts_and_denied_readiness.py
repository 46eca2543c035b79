"""Parts of a whole and readiness (fifty-first pass, h-claims78): every opening of a part
("из них", "из которых", "из этой суммы", "из этого числа/объёма/количества", "из этих
средств") is one both where it opens the part's sentence and right before the part, and its
noun names the whole, not what the part measures; a part a contrast's dash gaps after such a
part ("…, а 3 млрд — на Боливию") is a part of the same whole. A figure a denied wish,
readiness or intention aims at ("не готовы поставлять", "не намерен увеличивать до …") is no
claim; a contrast after an aim that tells its verb done ("была готова продать 3 млн тонн газа,
но продала только 1 млн тонн") is an actual figure of the aim's goods. Own sentences about
Vietnam–Thailand, Egypt–Sudan, Peru–Bolivia."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows


@pytest.mark.parametrize(
    ("text", "value", "fields"),
    [
        # an opening gapping's reader lacked: "из этого объёма/количества", "из этих средств"
        ("Вьетнам экспортировал 10 млн тонн риса. Из этого объёма 3 млн тонн пришлось на "
         "Таиланд.", 3000000, ("экспорт риса", "", ("state/THA", "state/VNM"))),
        ("Вьетнам экспортировал 10 млн тонн риса. Из этого количества на Таиланд пришлось 3 "
         "млн тонн.", 3000000, ("экспорт риса", "", ("state/THA", "state/VNM"))),
        ("Вьетнам экспортировал рис на 10 млрд долларов. Из этих средств 3 млрд пришлось на "
         "Таиланд.", 3000000000, ("экспорт риса", "", ("state/THA", "state/VNM"))),
        ("Вьетнам экспортировал рис на 10 млрд долларов. Из этой суммы 3 млрд пришлось на "
         "Таиланд.", 3000000000, ("экспорт риса", "", ("state/THA", "state/VNM"))),
        # an opening the sentence reader lacked: "Из которых"
        ("Товарооборот Египта и Судана в 2023 году составил 5 млрд долларов. Из которых 3 млрд "
         "приходится на экспорт Египта.", 3000000000,
         ("экспорт", "2023", ("state/EGY", "state/SDN"))),
        # must-not: a part's own measured noun stays, "Из Египта" opens no part
        ("Товарооборот Египта и Судана в 2023 году составил 5 млрд долларов. Из этой суммы 3 "
         "млрд приходится на экспорт Египта.", 3000000000,
         ("экспорт", "2023", ("state/EGY", "state/SDN"))),
        # (its period is the total's since h-claims79: an export told after a trade's total)
        ("Товарооборот Египта и Судана в 2023 году составил 5 млрд долларов. Из Египта экспорт "
         "в Судан составил 3 млрд долларов.", 3000000000,
         ("экспорт", "2023", ("state/EGY", "state/SDN"))),
        # a part a contrast's dash gaps after an accounted part: of the same whole
        ("Товарооборот Перу и Боливии в 2023 году составил 8 млрд долларов. Из них 5 млрд "
         "пришлось на Перу, а 3 млрд — на Боливию.", 3000000000,
         ("товарооборот", "2023", ("state/BOL", "state/PER"))),
        ("Товарооборот Египта и Судана в 2022 году составил 9 млрд долларов. Из них 6 млрд "
         "долларов пришлось на Египет, а 3 млрд долларов — на Судан.", 3000000000,
         ("товарооборот", "2022", ("state/EGY", "state/SDN"))),
        ("Вьетнам экспортировал 10 млн тонн риса, из которых 6 млн тонн пришлось на Таиланд, а "
         "4 млн тонн — на Филиппины.", 4000000, ("экспорт риса", "", ("state/PHL",))),
        ("Египет импортирует 12 млн тонн пшеницы, из которых 7 млн тонн приходится на Судан, а "
         "5 млн — на Эфиопию.", 5000000, ("импорт пшеницы", "", ("state/ETH",))),
        # must-not: a gapped part with a noun of its own keeps it, a part of a verb of its own
        ("Товарооборот Вьетнама и Камбоджи в 2023 году составил 6 млрд долларов. Из них 4 млрд "
         "приходится на экспорт Вьетнама, а 2 млрд — на импорт из Таиланда.", 2000000000,
         ("импорт", "2023", ("state/THA",))),
        ("Товарооборот Перу и Боливии составил 8 млрд долларов. Из них 5 млрд пришлось на Перу, "
         "а 3 млрд потрачено на закупки в Боливии.", 3000000000,
         ("расходы", "", ("state/BOL", "state/PER"))),
    ],
)  # fmt: skip
def test_a_part_after_its_opening_or_a_gap_reads_its_whole(
    analyse, text: str, value: int, fields: tuple
) -> None:
    assert claim_of_value(analyse, text, value, ("metric", "period", "states")) == fields


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("«Мы не готовы поставлять Египту 10 млн тонн зерна», — заявил министр Судана.", []),
        ("Египет не намерен увеличивать импорт пшеницы из Судана до 5 млн тонн.", []),
        ("Вьетнам не планирует закупать у Таиланда 2 млн тонн риса.", []),
        ("Перу не собирается покупать у Боливии газ на 2 млрд долларов.", []),
        ("Египету не планируется выделять Судану 2 млрд долларов.", []),
        ("Египет не хочет закупать у Судана 3 млн тонн пшеницы.", []),
        # must-not: an undenied readiness, "не только", a figure of its own finite verb, a
        # denied deed (an aim missed)
        ("Вьетнам готов поставлять Таиланду 2 млн тонн риса.", [(2000000, "target")]),
        ("Вьетнам не только готов поставлять Таиланду 2 млн тонн риса, но и инвестировать в его "
         "экономику.", [(2000000, "target")]),
        ("Египет не намерен сокращать импорт пшеницы из Судана, который в 2023 году составил 5 "
         "млн тонн.", [(5000000, "actual")]),
        ("Египет не смог закупить у Судана 3 млн тонн пшеницы.", [(3000000, "target")]),
    ],
)  # fmt: skip
def test_a_denied_intention_aims_at_nothing(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, ("value", "status")) == rows


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # must-not: no opening of a part before the first, a part in another unit
        ("Товарооборот Перу и Боливии составил 8 млрд долларов. На Перу пришлось 5 млрд, а 3 "
         "млрд — на Боливию.", [8000000000]),
        ("Товарооборот Перу и Боливии составил 8 млрд долларов. Из них 5 млрд пришлось на Перу, "
         "а 20 % — на Боливию.", [5000000000, 8000000000]),
    ],
)  # fmt: skip
def test_a_gap_after_no_accounted_part_is_no_part(analyse, text: str, values: list[int]) -> None:
    assert claim_rows(analyse, text, ("value",)) == [(v,) for v in values]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Перу была готова продать Боливии 3 млн тонн газа, но продала только 1 млн тонн.",
         [("экспорт газа", 1000000, "actual"), ("экспорт газа", 3000000, "target")]),
        ("Египет был готов закупить у Судана 2 млн тонн пшеницы, но закупил лишь 500 тыс. тонн.",
         [("закупки пшеницы", 500000, "actual"), ("закупки пшеницы", 2000000, "target")]),
        ("Вьетнам планировал продать Таиланду 3 млн тонн риса, но продал только 1 млн тонн.",
         [("экспорт риса", 1000000, "actual"), ("экспорт риса", 3000000, "target")]),
        ("Ожидалось, что экспорт Перу в Боливию составит 5 млрд долларов, но он составил 3 млрд "
         "долларов.", [("экспорт", 3000000000, "actual"), ("экспорт", 5000000000, "forecast")]),
        # must-not: goods of its own, another verb, a future after the contrast
        ("Вьетнам был готов продать Таиланду 3 млн тонн риса, но продал только 1 млн тонн "
         "пшеницы.", [("экспорт пшеницы", 1000000, "actual"), ("экспорт риса", 3000000, "target")]),
        ("Перу продала Боливии 3 млн тонн газа, а Чили добыла 1 млн тонн.",
         [("экспорт газа", 3000000, "actual")]),
        ("Египет планирует закупить у Судана 2 млн тонн пшеницы, а затем закупит ещё 1 млн тонн.",
         [("закупки пшеницы", 1000000, "target"), ("закупки пшеницы", 2000000, "target")]),
    ],
)  # fmt: skip
def test_a_contrast_after_an_aim_tells_what_was_done(
    analyse, text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "status")) == rows  # Decimal == int
