"""A one-word name in brackets right after a person named by one name only (a rank and a
surname, "принцессы Ямада (Кико)"; a first name, "Акиэ (Абэ)") is that person's other name:
the mention is a person of both names, not the namesake the text named before under the
same surname ("Принцесса Мако Ямада … дочь … принцессы Ямада (Кико)" is her mother). A
state, an organization's abbreviation, a city or dates in brackets are no name (forty-seventh
pass, h-names90; own sentences about Japan–Korea and Spain–Portugal)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def _linked(ex: Extraction) -> list[tuple[str, str]]:
    """Each person mention's text and its person's name, in text order."""
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return [(m.text, names[m.entity]) for m in ex.mentions if m.entity in names]


@pytest.mark.parametrize(
    ("text", "mention", "other"),
    [
        (
            "Принцесса Мако Ямада, внучка императора Японии, посетила Сеул. Принцесса — "
            "старшая дочь принца Ямада и принцессы Ямада (Кико). Её встретила супруга "
            "президента Кореи.",
            "Ямада",
            "Мако Ямада",
        ),
        (
            "Инфанта Кристина Бурбон, дочь короля Испании, посетила Лиссабон. Она — младшая "
            "дочь короля Бурбона и королевы Бурбон (София). Её встретил президент Португалии.",
            "Бурбон",
            "Кристина Бурбон",
        ),
    ],
)
def test_bracketed_first_name_is_no_namesake(
    run: Callable[[str], Extraction], text: str, mention: str, other: str
) -> None:
    last = [name for said, name in _linked(run(text)) if said == mention][-1]
    assert last != other
    assert last.split()[-1] == other.split()[-1]  # "Кико Ямада": the surname last


def test_bracketed_surname_completes_a_first_name(run: Callable[[str], Extraction]) -> None:
    text = (
        "Премьер-министр Японии Синдзо Абэ прибыл в Сеул. Президент Кореи встретил его "
        "супругу, Акиэ (Абэ)."
    )
    linked = dict(_linked(run(text)))
    assert linked["Акиэ"] == "Акиэ Абэ"
    # with no one of the surname named before
    assert (
        dict(_linked(run("Король Испании встретил Марию (Гонсалес) в Лиссабоне.")))["Марию"]
        == "Мария Гонсалес"
    )


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # must not: a state, an abbreviation, a city, dates in brackets
        ("В переговорах Испании и Португалии участвовал Перес (Чили).", "Перес", "Перес"),
        (
            "Хуан Перес выступил в Мадриде. Перес (Чили) поддержал Португалию.",
            "Перес",
            "Хуан Перес",
        ),
        ("Депутат Смирнов (ЛДПР) выступил против договора Японии и Кореи.", "Смирнов", "Смирнов"),
        ("Посол Японии встретился со Смирновым (Москва) в Сеуле.", "Смирновым", "Смирнов"),
        (
            "Писатель Сарамаго (1922–2010) жил в Испании и Португалии.",
            "Сарамаго",
            "Сарамаго",
        ),
    ],
)
def test_no_name_in_brackets(
    run: Callable[[str], Extraction], text: str, mention: str, name: str
) -> None:
    linked = _linked(run(text))
    assert [n for said, n in linked if said == mention][-1] == name
