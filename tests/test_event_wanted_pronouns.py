""" "Его" after a sentence whose plural verb has no subject ("X объявили в розыск. Его
поимка …") is X's: the verb tells what unnamed people did, so the one person it names is no
subject; and "он" after "Его поимка …" stands for whom that possessive does, so "власти
арестовали его" at the end of the chain arrests X. Sentences of our own (forty-fifth pass,
h-events116)."""

from __future__ import annotations

import pytest

# (text, who is arrested, who is not)
CASES = [
    ("Генерал Хорхе Варгас был обвинён трибуналом в геноциде. Варгаса объявили в международный "
     "розыск. Его поимка и выдача трибуналу являлись одним из условий вступления Перу в "
     "Тихоокеанский альянс. С тех пор он скрывался, став самым разыскиваемым преступником на "
     "территории Перу. В 2011 году перуанские власти арестовали его и доставили в Гаагу.",
     "person/khorkhe-vargas", ""),
    ("Бывшего мэра Педро Гомеса объявили в розыск. Его поимка стала главной задачей "
     "полиции Мексики. С тех пор он скрывался. В 2019 году канадские власти арестовали его.",
     "person/pedro-gomes", ""),
    # must keep: a man the sentence before names as its subject
    ("Министра Анну Тамм объявили в розыск. Её брат Ян Тамм уехал в Ригу. С тех пор он "
     "скрывался. В 2015 году латвийские власти арестовали его.", "person/yan-tamm",
     "person/anna-tamm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "held", "other"), CASES)
def test_he_wanted_is_the_one_named_before(events, text, held, other) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert held in arrest.participants
    assert other not in arrest.participants
