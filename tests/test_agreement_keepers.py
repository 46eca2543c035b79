"""States that keep, break or are bound by a titled paper they take as a verb's object
("Чили и Перу соблюдают договор о границе", "наши страны связывает договор о дружбе") are its
parties, as those of an untitled one are. Not states that criticise it, a negated binding,
nor states that urge another to keep it. Sentences of our own about Chile, Peru, Bolivia,
Japan, India, Egypt, Ethiopia (agrrel33)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def papers(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.status, tuple(sorted(a.parties)))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Чили и Перу соблюдают договор о границе.",
            {("Договор о границе", "mentioned", ("state/CHL", "state/PER"))},
        ),
        (
            "Японию и Индию связывает соглашение о ядерном сотрудничестве.",
            {("Соглашение о ядерном сотрудничестве", "mentioned", ("state/IND", "state/JPN"))},
        ),
        (
            "Наши страны связывает договор о дружбе, заявил посол Египта в Эфиопии.",
            {("Договор о дружбе", "mentioned", ("state/EGY", "state/ETH"))},
        ),
        # must-nots: critics, urgers, a negated binding
        (
            "Египет и Эфиопия критикуют соглашение о водах Нила 1959 года.",
            {("Соглашение о водах Нила", "mentioned", ())},
        ),
        (
            "Чили и Перу призвали Боливию соблюдать договор о транзите.",
            {("Договор о транзите", "mentioned", ())},
        ),
        ("Египет и Эфиопию не связывает никакой договор о водах Нила.", set()),
    ],
)
def test_who_keeps_a_titled_paper_is_its_party(papers, text: str, found: set) -> None:  # noqa: ANN001
    assert papers(text) == found
