"""Names first met in an oblique case (sixty-third pass, h-names142), in sentences of our
own with must-nots beside the musts:

- a surname whose declined stem writes its fallen "е" as "ь" or "й" takes the known noun's
  nominative back ("с Андреем Стрельцом", "об Андрее Стрельце" → "Стрелец"; "Бойцом" →
  "Боец"; "Соловьём", "Соловья", "Соловье" → "Соловей", no "Соловьь"), while a stem the
  dictionary reads as a nominative, a surname of its own or a foreign one no noun matches
  keeps it ("Райтом", "Шульцем", "Кузнецом");
- a man's full name whose surname the reader kept as written in an oblique case ("о Викторе
  Понте", "поблагодарил Виктора Понту") takes the "-а" surname the text also gives alone in
  another oblique case ("встретился с Понтой"): one man, "Понта"; an Italian "Конте" the
  text writes so alone stays, and so does a name with no such mention;
- a woman's first name in an oblique case keeps what her other mention writes ("Ане" beside
  "Ана" → Ана) and the dictionary's name with none ("Ане" → Аня); "Анной" is Анна's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import assert_named_not, person_names

from kg.model import Extraction
from kg.resolve.surname_declension import declined_surname, locative_nominative

DATE = "2024-05-15"

# (text, a person kg must read, a name it must not)
PERSONS = [
    ("Глава МИД Чехии поговорил с Андреем Стрельцом в Праге.", "Андрей Стрелец",
     "Андрей Стрельц"),
    ("Глава МИД Чехии рассказал об Андрее Стрельце журналистам.", "Андрей Стрелец",
     "Андрей Стрельце"),
    ("Визит Андрея Стрельца в Словакию продлился два дня.", "Андрей Стрелец",
     "Андрей Стрельц"),
    ("Премьер-министр Словакии встретился с Павлом Бойцом.", "Павел Боец", "Павел Бойц"),
    ("Премьер-министр Словакии встретился с Иваном Соловьём.", "Иван Соловей",
     "Иван Соловьём"),
    ("Визит Ивана Соловья в Словакию продлился два дня.", "Иван Соловей", "Иван Соловьь"),
    ("Премьер-министр Словакии рассказал об Иване Соловье.", "Иван Соловей",
     "Иван Соловье"),
    ("Президент Польши рассказал о Викторе Понте, а затем встретился с Понтой в Варшаве.",
     "Виктор Понта", "Виктор Понте"),
    # must-nots: one man already; a surname read as written, a foreign one, one the noun
    # does not match
    ("Президент Польши поблагодарил Виктора Понту. Позднее с Понтой встретился премьер.",
     "Виктор Понта", "Виктор Понту"),
    ("Премьер-министр Словакии встретился с Павлом Райтом.", "Павел Райт", "Павел Раек"),
    ("Канцлер Австрии поговорил с Олафом Шульцем.", "Олаф Шульц", "Олаф Шулец"),
    ("Премьер-министр Словакии встретился с Павлом Кузнецом.", "Павел Кузнец",
     "Павел Кузнеец"),
    ("Президент Польши рассказал о Джузеппе Конте. Затем Конте выступил в Сейме.",
     "Джузеппе Конте", "Джузеппе Конта"),
    ("Премьер Хорватии говорил об Ане Брнабич. Позднее Ана Брнабич прибыла в Загреб.",
     "Ана Брнабич", "Аня Брнабич"),
    ("Премьер Хорватии позвонил Ане Брнабич.", "Аня Брнабич", "Ане Брнабич"),
    ("Премьер Хорватии встретился с Анной Брнабич.", "Анна Брнабич", "Анной Брнабич"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), PERSONS)
def test_oblique_names(
    extraction_of: Callable[..., Extraction], text: str, name: str, not_name: str
) -> None:
    assert_named_not(extraction_of(text, DATE, "offices"), name, not_name)


def test_surname_alone_joins_full_name(extraction_of: Callable[..., Extraction]) -> None:
    """The "-а" surname alone and the full name are one man, named in full."""
    text = "Президент Польши рассказал о Викторе Понте, а затем встретился с Понтой в Варшаве."
    assert "Понта" not in person_names(extraction_of(text, DATE, "offices"))


@pytest.mark.parametrize(
    ("word", "case", "nominative"),
    [
        ("Стрельцом", "Ins", "Стрелец"),
        ("Стрельца", "Gen", "Стрелец"),
        ("Бойцом", "Ins", "Боец"),
        ("Соловьем", "Ins", "Соловей"),
        ("Воробью", "Dat", "Воробей"),
        # must-nots: the existing fleeting vowel, a stem no noun matches, a nominative read
        ("Козлом", "Ins", "Козел"),
        ("Шульцем", "Ins", "Шульц"),
        ("Райтом", "Ins", "Райт"),
        ("Кузнецом", "Ins", "Кузнец"),
        ("Хайнцем", "Ins", "Хайнц"),
        ("Абием", "Ins", "Абий"),
        ("Цзюнем", "Ins", "Цзюнь"),
        ("Бильем", "Ins", "Биль"),
    ],
)
def test_soft_fleeting_vowel(word: str, case: str, nominative: str) -> None:
    assert declined_surname(word, case, feminine=False) == nominative


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Стрельце", "Стрелец"),
        ("Козле", "Козел"),
        ("Соловье", "Соловей"),
        # must-nots: a noun in "-а", a French "-е", a consonant stem
        ("Дуде", "Дуда"),
        ("Конте", None),
        ("Мэттисе", None),
    ],
)
def test_locative_fallen_vowel(word: str, nominative: str | None) -> None:
    assert locative_nominative(word) == nominative
