"""Parts of a whole and readiness (fifty-first pass, h-claims78): every opening of a part
("из них", "из которых", "из этой суммы", "из этого числа/объёма/количества", "из этих
средств") is one both where it opens the part's sentence and right before the part, and its
noun names the whole, not what the part measures. A figure a denied wish, readiness or
intention aims at ("не готовы поставлять", "не намерен увеличивать до …") is no claim. Own
sentences about Vietnam–Thailand, Egypt–Sudan, Peru–Bolivia."""

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
        ("Товарооборот Египта и Судана в 2023 году составил 5 млрд долларов. Из Египта экспорт "
         "в Судан составил 3 млрд долларов.", 3000000000,
         ("экспорт", "", ("state/EGY", "state/SDN"))),
    ],
)  # fmt: skip
def test_every_opening_of_a_part_is_read_in_both_places(
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
    assert [(int(v), s) for v, s in claim_rows(analyse, text, ("value", "status"))] == rows
