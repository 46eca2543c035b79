"""A verb that closes a quotation only after its dash (tail_verbs.txt) still closes it with a
manner adverb or phrase between ("«…», — с улыбкой заключил X", "— уверенно продолжил
он"), and the quote ends before those words (quotes32)."""

from __future__ import annotations

import pytest

RUTO = "Президент Египта Абдель Фаттах ас-Сиси принял в Каире президента Кении Уильяма Руто.\n\n"
READY = "Мы готовы к диалогу со всеми соседями"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUTO + f"«{READY}», — с улыбкой заключил Руто.", [("Уильям Руто", READY)]),
        (RUTO + f"«{READY}», — уверенно продолжил Руто.", [("Уильям Руто", READY)]),
        (RUTO + f"«{READY}», — неожиданно предложил кенийский президент.",
         [("Уильям Руто", READY)]),
        (RUTO + f"«{READY}», — твердо заявил Руто.", [("Уильям Руто", READY)]),
        # must-not: the verbs close no quotation
        (RUTO + f"Гости посмотрели фильм «{READY}». Руто неожиданно продолжил переговоры "
         "о Ниле.", []),
        (RUTO + "Руто с улыбкой заключил соглашение о поставках чая «Кенийское утро».", []),
    ],
)  # fmt: skip
def test_manner_words_before_a_tail_verb(said, text, expected):
    assert said(text) == expected
