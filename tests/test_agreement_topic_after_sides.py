"""A comma between the sides a title names after "между" and its topic does not end it
(relations30): "Соглашение между Индией и Францией, об отправке космонавта в космос, было
частью сделки" lost its topic. Must-nots: "о" opening a relative clause ("о котором", "о
подписании которого", "о чём") is no topic of the title. Sentences of our own about
India–France and Chile–Peru."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def titles(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → the titles of the agreements kg reads."""
    return lambda text: {
        a.title for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Соглашение между Индией и Францией, об отправке индийского космонавта в космос, было "
         "частью крупной сделки.",
         {"Соглашение между Индией и Францией об отправке индийского космонавта в космос"}),
        ("Чили и Перу подписали соглашение между двумя странами, о строительстве дороги.",
         {"Соглашение о строительстве дороги"}),
        # must not: a relative clause after the comma
        ("Соглашение между Чили и Перу, о котором сообщил МИД, вступит в силу в мае.",
         {"Соглашение между Чили и Перу"}),
        ("Соглашение между Чили и Перу, о подписании которого сообщил МИД, вступит в силу в мае.",
         {"Соглашение между Чили и Перу"}),
        ("Соглашение между Чили и Перу, о чём сообщил МИД, вступит в силу в мае.",
         {"Соглашение между Чили и Перу"}),
    ],
)  # fmt: skip
def test_a_topic_after_a_comma_past_the_sides_stays_in_the_title(titles, text, found):
    assert titles(text) == found
