""" "После этого" takes the day of the sentence before only where an event kg reads there has
it ("10 мая прошли переговоры. После этого …"), not a day of something kg reads as no event
("Деятельность лаборатории была приостановлена 10 ноября 2015 года. После этого директор
подал в отставку"). Forty-seventh pass, sentences of our own (Egypt, Chile–Peru,
Cyprus–Greece), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind


def test_a_suspension_day_is_not_the_resignation_day(events) -> None:
    text = (
        "Деятельность каирской антидопинговой лаборатории была приостановлена 10 ноября 2015 "
        "года. После этого директор лаборатории Мустафа Кемаль подал в отставку."
    )
    assert one_of_kind(events(text), "Resignation").date != "2015-11-10"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "10 мая в Сантьяго прошли переговоры президентов Чили и Перу. После этого президент "
            "Чили вылетел в Лиму.",
            "Visit",
        ),
        (
            "10 мая в Никосии президент Кипра встретился с премьер-министром Греции. После этого "
            "министры двух стран подписали соглашение о сотрудничестве.",
            "Signing",
        ),
        (
            "10 мая в Никосии прошла церемония. После этого министры Кипра и Греции подписали "
            "соглашение о сотрудничестве.",
            "Signing",
        ),
    ],
)
def test_after_an_event_keeps_its_day(events, text: str, kind: str) -> None:
    assert one_of_kind(events(text, "2024-05-12"), kind).date == "2024-05-10"
