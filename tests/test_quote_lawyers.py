"""A lawyer's words (forty-first pass, h-links70; own sentences, a guard: it already
worked): "слова адвоката X", "заявил адвокат Y X", "по словам адвоката Y X" — the speaker is
the lawyer named after the title and the client's genitive name, never the client named
nearby; the client's name keeps the client's link, the lawyer's none of it."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

FUJIMORI = "Бывший президент Перу Альберто Фухимори задержан в Сантьяго. "
WORDS = "Мой подзащитный не виновен"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FUJIMORI + f"«{WORDS}», — заявил адвокат Фухимори Сесар Накасаки.",
         [("Сесар Накасаки", WORDS)]),
        (FUJIMORI + f"«{WORDS}», — приводит агентство слова адвоката Фухимори Сесара "
         "Накасаки.", [("Сесар Накасаки", WORDS)]),
        (FUJIMORI + f"«{WORDS}», — заявил его адвокат Сесар Накасаки.",
         [("Сесар Накасаки", WORDS)]),
        (f"«{WORDS}», — передает слова адвоката Хуана Переса агентство EFE.",
         [("Хуан Перес", WORDS)]),
        # must not: a lawyer the text does not name is not the client
        (FUJIMORI + f"«{WORDS}», — заявил адвокат Фухимори.", []),
        (FUJIMORI + f"«{WORDS}», — заявил его адвокат.", []),
    ],
)  # fmt: skip
def test_the_lawyer_speaks(said, text, expected) -> None:  # noqa: ANN001
    assert said(text) == expected


def test_the_client_keeps_his_link_the_lawyer_none() -> None:
    run = shipped_reader("2015-05-01")
    text = FUJIMORI + "По словам адвоката Фухимори Сесара Накасаки, суд нарушил права его клиента."
    links = {text[m.start : m.end]: m.entity for m in run(text) if m.type == "Person"}
    assert links["Фухимори"] == "person/Q133040"
    assert links["Сесара Накасаки"] not in ("person/Q133040", "person/Q235137")
