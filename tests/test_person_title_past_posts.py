"""A post a finite past verb of holding governs ("Пост эстонского премьера он занимал до 2014
года") is the subject's post of that time, not a title standing for its holder at the date:
it links to no one (not the premier of the document's date). A post the subject holds now
("занимающий пост премьер-министра", "занимает пост") stays linked. Own sentences about
Estonia, Latvia and Chile (h-offices45, forty-third pass)."""

from __future__ import annotations

import pytest
from test_person_title_posts import titled

CASES = [
    ("Андрус Ансип родился в Тарту. Пост эстонского премьера он занимал до 2014 года.", []),
    ("Андрус Ансип родился в Тарту. Пост премьер-министра Эстонии он занимал девять лет.", []),
    # must not: a post held now by the subject
    ("Кая Каллас прибыла в Ригу. Пост премьер-министра Эстонии она занимает с 2021 года.",
     [("премьер-министра Эстонии", "Кая Каллас")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_post_held_before_names_no_holder(extraction, text: str, expected) -> None:  # noqa: ANN001
    assert titled(extraction(text, "2024-05-02")) == expected
