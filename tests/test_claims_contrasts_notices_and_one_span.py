"""Contrasts in parts, notice periods, evidence (fiftieth pass, h-claims76): a part after
"Из них" whose contrast (", а") names a state the whole does not is that state's alone, with
the whole's period; a time right before "до истечения/окончания срока" of a document is the
notice ahead of the expiry, "срок уведомления"; a key told twice in one sentence has that
sentence once in its evidence. Own sentences about Egypt–Sudan, Chile–Peru, Vietnam–Cambodia."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "value", "period", "states"),
    [
        ("Товарооборот Египта и Судана составил 5 млрд долларов. Из них 3 млрд приходится на "
         "Египет, а 2 млрд — на импорт из Туниса.", 2000000000, "", ("state/TUN",)),
        ("Товарооборот Вьетнама и Камбоджи в 2023 году составил 6 млрд долларов. Из них 4 млрд "
         "приходится на экспорт Вьетнама, а 2 млрд — на импорт из Таиланда.", 2000000000,
         "2023", ("state/THA",)),
        # must-not: the part before the contrast, a contrast naming the whole's own state
        ("Товарооборот Вьетнама и Камбоджи в 2023 году составил 6 млрд долларов. Из них 4 млрд "
         "приходится на экспорт Вьетнама, а 2 млрд — на импорт из Таиланда.", 4000000000,
         "2023", ("state/KHM", "state/VNM")),
        ("Товарооборот Чили и Перу в 2024 году составил 8 млрд долларов. Из них 5 млрд "
         "приходится на экспорт Чили, а 3 млрд — на экспорт Перу.", 3000000000, "2024",
         ("state/CHL", "state/PER")),
    ],
)  # fmt: skip
def test_a_contrast_of_another_state_in_a_part_is_its_own(
    analyse, text: str, value: int, period: str, states: tuple[str, ...]
) -> None:
    assert claim_of_value(analyse, text, value, ("period", "states")) == (period, states)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Договор Вьетнама и Камбоджи может быть расторгнут не позднее трёх месяцев до "
         "истечения срока.", [("срок уведомления", 3, "месяц")]),
        ("Вьетнам должен уведомить Камбоджу за шесть месяцев до истечения срока действия "
         "соглашения.", [("срок уведомления", 6, "месяц")]),
        ("Соглашение Египта и Судана может быть расторгнуто не позднее чем за год до окончания "
         "срока его действия.", [("срок уведомления", 1, "год")]),
        ("Чили и Перу заключили договор на 10 лет, его можно расторгнуть не позднее трёх "
         "месяцев до истечения срока.",
         [("срок действия договора", 10, "год"), ("срок уведомления", 3, "месяц")]),
        ("Договор Вьетнама и Камбоджи может быть расторгнут не позднее шести месяцев до его "
         "истечения.", [("срок уведомления", 6, "месяц")]),
        # must-not: a term of no document, a term with no expiry after it
        ("Выборы в Перу назначаются не позднее чем за 100 дней до истечения срока полномочий "
         "президента.", [("срок", 100, "день")]),
        ("Президент Перу ушёл в отставку за два месяца до окончания срока своих полномочий.",
         [("срок", 2, "месяц")]),
        ("Перу и Чили начнут переговоры за три месяца до истечения моратория.",
         [("срок", 3, "месяц")]),
        ("Договор Египта и Судана заключён на 5 лет.", [("срок действия договора", 5, "год")]),
    ],
)  # fmt: skip
def test_a_time_before_a_documents_expiry_is_notice(
    analyse, text: str, rows: list[tuple[str, int, str]]
) -> None:
    got = claim_rows(analyse, text, ("metric", "value", "unit"))
    assert [(m, int(v), u) for m, v, u in got] == rows


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Египет и Судан подписали соглашение сроком 5 лет, оно заключено на срок пять лет.", 1),
        ("Вьетнам передал Камбодже 20 тонн риса, и эти 20 тонн риса Вьетнам передал бесплатно.",
         1),
        # must-not: the same key told in two sentences keeps both
        ("Чили и Перу заключили договор сроком на 10 лет. Договор заключён на срок десять лет.",
         2),
    ],
)  # fmt: skip
def test_a_key_told_twice_in_a_sentence_has_one_span(analyse, text: str, spans: int) -> None:
    claims = extract_claims(analyse(Document(id="t", text=text)))
    assert [len(c.evidence) for c in claims] == [spans]
