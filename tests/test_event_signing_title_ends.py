"""A signing's or ratification's label ends where the agreement's title does: a term, a
cost or an amount after the paper ("сроком на 20 лет", "стоимостью 2 млрд долларов", "на
сумму …") is no part of its name, as the agreement's reading already decided. Own sentences
about other pairs of states (h-events132): a state the title leaves out ("с Иорданией") stays
in the label."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the label of its one signing or ratification, the agreement's title)
CASES = [
    ("Египет и Иордания подписали соглашение о поставках газа сроком на 20 лет.",
     "Подписание соглашения о поставках газа", "Соглашение о поставках газа"),
    ("Турция и Греция подписали соглашение о строительстве моста стоимостью 2 млрд долларов.",
     "Подписание соглашения о строительстве моста", "Соглашение о строительстве моста"),
    ("Перу и Эквадор подписали соглашение о поставках нефти на сумму 500 млн долларов.",
     "Подписание соглашения о поставках нефти", "Соглашение о поставках нефти"),
    ("Египет и Иордания подписали соглашение о поставках газа объёмом 3 млрд кубометров в "
     "год.", "Подписание соглашения о поставках газа", "Соглашение о поставках газа"),
    ("Перу и Эквадор ратифицировали соглашение о поставках нефти сроком на 15 лет.",
     "Ратификация соглашения о поставках нефти", "Соглашение о поставках нефти"),
    ("Турция и Греция подписали соглашение о строительстве газопровода Александруполис — "
     "Стамбул стоимостью 2 млрд долларов.", "Подписание соглашения о строительстве "
     "газопровода Александруполис — Стамбул", "Соглашение о строительстве газопровода "
     "Александруполис — Стамбул"),
    # a side the title puts apart from its words stays named in the label, the term cut
    ("Египет подписал соглашение о свободной торговле с Иорданией сроком на 10 лет.",
     "Подписание соглашения о свободной торговле с Иорданией", "Соглашение о свободной торговле"),
    ("Египет и Иордания подписали соглашение о поставках газа из Египта в Иорданию сроком на "
     "15 лет.", "Подписание соглашения о поставках газа из Египта в Иорданию",
     "Соглашение о поставках газа"),
    # must-nots: a participle clause and a place of the topic stay as they were
    ("Египет и Иордания подписали соглашение о поставках газа, рассчитанное на 20 лет.",
     "Подписание соглашения о поставках газа", "Соглашение о поставках газа"),
    ("Турция и Греция подписали соглашение о прекращении огня в Эгейском море.",
     "Подписание соглашения о прекращении огня в Эгейском море",
     "Соглашение о прекращении огня в Эгейском море"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "title"), CASES)
def test_a_paper_label_ends_with_its_title(extraction_of, text, label, title) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert [e.label for e in read["events"] if e.kind in {"Signing", "Ratification"}] == [label]
    assert [a.title for a in read["agreements"]] == [title]


def test_coordinated_papers_each_end_with_their_title(extraction_of) -> None:
    """Must not: each paper "и" coordinates keeps its own title whole."""
    read = extraction_of(
        "Перу и Эквадор подписали соглашение о торговле и меморандум о сотрудничестве в "
        "области туризма на сумму 100 млн долларов.",
        DAY,
        "events",
    )
    assert [e.label for e in read.facts["events"]] == [
        "Подписание соглашения о торговле и меморандума о сотрудничестве в области туризма"
    ]
