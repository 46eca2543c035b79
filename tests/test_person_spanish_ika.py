"""A Spanish surname in "-ика"/"-ига" ("Мухика", "Суньига") in the genitive after a first
name that never declines ("Хосе Мухики"): its "-и" is the genitive's ending, the person is
"Хосе Мухика" (forty-sixth pass, h-names88; own sentences about Uruguay, Chile, Peru; the
"-ега" family is h-names87's). A Japanese name in "-ки" and the accusative keep their
readings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ("Визит Хосе Мухики в Чили завершился.", "Хосе Мухики", "Хосе Мухика"),
        ("Президент Перу встретился с делегацией Хосе Мухики.", "Хосе Мухики", "Хосе Мухика"),
        ("Визит Хосе Суньиги в Перу завершился.", "Хосе Суньиги", "Хосе Суньига"),
        # must: as before
        ("Президент Чили принял Хосе Мухику в Сантьяго.", "Хосе Мухику", "Хосе Мухика"),
        ("Президент Перу принял Андреса Суньигу.", "Андреса Суньигу", "Андрес Суньига"),
        ("Премьер Японии встретился с Хидэки Мацуи в Лиме.", "Хидэки Мацуи", "Хидэки Мацуи"),
        ("Хосе Мухика прибыл в Сантьяго.", "Хосе Мухика", "Хосе Мухика"),
    ],
)
def test_spanish_ika_genitive(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(run(text))[mention] == person
