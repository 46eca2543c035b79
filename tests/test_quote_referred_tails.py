"""A tail's "со ссылкой на" that the parse hangs on the quoted words' verb, not on the verb
of saying ("«…», — сообщает ''La Nación'' со ссылкой на министра X": an outlet in wiki
italics the tagger reads as foreign words), still gives the words to the person referred
to; sources that name no person, and "со ссылкой" inside the quoted words, give none."""

from __future__ import annotations

import pytest

WORDS = "«Варшава не изменит своей позиции по Украине до конца года»"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"{WORDS}, — сообщает ''La Nación'' со ссылкой на министра иностранных дел "
            "Польши Радослава Сикорского.",
            "Сикорский",
        ),
        (
            "«Исламабад не изменит своей позиции по Кашмиру до конца года», — пишет ''The "
            "Dawn'' со ссылкой на министра иностранных дел Пакистана Исхака Дара.",
            "Дар",
        ),
        # a source that names no person
        (f"{WORDS}, — сообщает ''La Nación'' со ссылкой на источники в МИД Польши.", ""),
        (f"{WORDS}, — сообщает ''La Nación'' со ссылкой на заявление МИД Польши.", ""),
        # "со ссылкой" inside the quoted words is theirs
        (
            "Министр иностранных дел Украины Андрей Сибига заявил: «Газета пишет со ссылкой "
            "на посла Польши Петра Лукашевича, что Варшава не изменит своей позиции».",
            "Сибига",
        ),
    ],
)
def test_tail_reference(said, text: str, speaker: str) -> None:
    speakers = [who for who, words in said(text) if "позиции" in words]
    assert [speaker in who for who in speakers] == ([True] if speaker else []), speakers
