"""A profession the text names a titled person by again (offices25): on our own news
paragraphs about actors, singers and footballers of other states (France, Argentina,
Serbia, Uzbekistan, Portugal, Brazil, Egypt, India), a bare noun of the field of one
person's title ("тело актёра" after "народный артист Франции X", "по словам футболиста"
after "нападающий сборной Аргентины X") gives that person the profession, of no state
(`kg/extract/offices/trade_nouns.py`, `trade_fields.tsv`). Not where two persons hold a
title of the field, or a title of it stands before a name kg did not read; not a plural, a
predicate of another subject ("его брат стал футболистом"), another field, or the other
gender."""

from __future__ import annotations

import pytest
from kg_runs import build_here, query_json
from test_office_holders import holdings_of

from kg.cli import run as run_kg

# (text, surname, profession, whether the text's holdings of the person hold it, stateless)
NAMED_AGAIN = [
    ("Народный артист Франции Жан Дюваль скончался в Париже на 85-м году жизни. Тело актёра "
     "обнаружили соседи.", "Дюваль", "актер", True),
    ("Нападающий сборной Аргентины Лионель Месси прилетел в Мадрид. По словам футболиста, он "
     "готов к матчу с Испанией.", "Месси", "футболист", True),
    ("Солистка группы «Тату» Юлия Волкова выступила в Белграде. Певица исполнила пять песен.",
     "Волкова", "певица", True),
    ("Лидер рок-группы «Кино» Виктор Цой дал концерт в Ташкенте. Музыкант посвятил песню "
     "своим поклонникам.", "Цой", "музыкант", True),
    ("Полузащитник сборной Бразилии Каземиру прилетел в Буэнос-Айрес. Футболисту предстоит "
     "матч со сборной Аргентины.", "Каземиру", "футболист", True),
    # a sentence's first noun the tagger reads as a name
    ("Лидер рок-группы «Кино» Виктор Цой прилетел в Ташкент. Рокера встретили поклонники.",
     "Цой", "рокер", True),
    # must not: a second title of the field before a name kg did not read
    ("Нападающий «Бенфики» Жоау Мариу и полузащитник «Порту» Отавиу прилетели в Лиссабон. "
     "Футболист заявил, что готов играть за сборную Португалии.", "Мариу", "футболист", False),
    # must not: a predicate of another subject, a plural, another field, the other gender
    ("Нападающий «Реала» Винисиус Жуниор прилетел в Рио-де-Жанейро. Его брат тоже стал "
     "футболистом.", "Жуниор", "футболист", False),
    ("Нападающий «Бенфики» Жоау Мариу прилетел в Лиссабон. Футболисты сборной Португалии "
     "начнут сборы в понедельник.", "Мариу", "футболист", False),
    ("Актриса Изабель Юппер посетила Дели. Её отец был футболистом.", "Юппер", "футболист",
     False),
    ("Музыкант Андреа Бочелли выступил в Каире. Певица из Египта исполнила с ним дуэт.",
     "Бочелли", "певица", False),
    # must not: another place of the field than the title's own (review31)
    ("Нападающий «Бенфики» Жоау Силва забил гол в ворота сборной Египта в Каире. Вратарь не "
     "смог отразить удар.", "Силва", "вратарь", False),
    ("Солист группы «Бумбокс» Андрей Хлывнюк дал концерт в Варшаве. Гитарист рассказал "
     "журналистам о новом альбоме.", "Хлывнюк", "гитарист", False),
    # must not: another person named between the title and the noun (review31); the holder
    # named again after him, the noun is his
    ("Народный артист Франции Пьер Леруа встретился в Дели с режиссером Раджешем Кумаром. "
     "Актер рассказал о съемках фильма в Индии.", "Леруа", "актер", False),
    ("Полузащитник «Ювентуса» Марко Росси прибыл в Белград. Защитник сербов Никола Милошевич "
     "пообещал остановить его. После тренировки футболист сказал, что рассчитывает на "
     "победу.", "Росси", "футболист", False),
    # must not: a noun told by a noun of its own, a title of someone unnamed (review31)
    ("Нападающий «Бенфики» Жоау Силва прилетел в Каир. По словам футболиста сборной Египта, "
     "португальцы сильнее в атаке.", "Силва", "футболист", False),
    ("Солистка группы «Тату» Юлия Волкова выступила в Белграде. Певица хора Сербии "
     "исполнила гимн.", "Волкова", "певица", False),
    # ... but a person of the other gender between leaves the noun the holder's, and a
    # state's genitive is the honour's, not another body's
    ("Лидер рок-группы «Кино» Виктор Цой попал в больницу в Ташкенте. Директор группы "
     "Наталья Разлогова отказалась назвать клинику. По сведениям СМИ, музыкант находится в "
     "реанимации.", "Цой", "музыкант", True),
    ("Актер театра и кино Жан Дюваль прилетел в Дели. В 1990 году Дюваль получил звание "
     "народного артиста Франции.", "Дюваль", "артист", True),
    ("Народный артист Франции Пьер Леруа встретился в Дели с режиссером Раджешем Кумаром. "
     "Затем Леруа прилетел в Мумбаи, где актера встретили поклонники.", "Леруа", "актер",
     True),
]  # fmt: skip


@pytest.mark.parametrize("text,surname,office,held", NAMED_AGAIN)
def test_a_profession_named_again_is_the_titled_persons(
    extraction, text: str, surname: str, office: str, held: bool
) -> None:  # noqa: ANN001
    holdings = holdings_of(extraction(text, "2024-06-01"), surname)
    assert ((office, "", False) in holdings) == held, holdings


# Two persons titled in the field: the noun after names neither with a new profession.
AMBIGUOUS = [
    ("Нападающий «Пахтакора» Игорь Сергеев и полузащитник «Насафа» Одил Ахмедов прилетели в "
     "Белград. Футболист заявил, что готов играть.", ("Сергеев", "Ахмедов")),
    ("Музыкант Горан Брегович и певец Желько Йоксимович выступили в Белграде. Певец исполнил "
     "три песни.", ("Брегович",)),
    ("Нападающий «Зенита» Андрей Иванов и вратарь «Спартака» Сергей Петров вышли на поле в "
     "Минске. После матча футболист пожаловался на травму.", ("Иванов", "Петров")),
]  # fmt: skip


@pytest.mark.parametrize("text,surnames", AMBIGUOUS)
def test_a_profession_two_titled_persons_may_hold_names_neither(
    extraction, text: str, surnames: tuple[str, ...]
) -> None:  # noqa: ANN001
    ex = extraction(text, "2024-06-01")
    for surname in surnames:
        assert not {o for o, _, _ in holdings_of(ex, surname)} & {"футболист", "певец"}, surname


def test_a_profession_named_again_ranks_below_the_title(tmp_path, capsys) -> None:  # noqa: ANN001
    """`persons` shows the title a profession told again repeats, not the profession
    (review31: "футболист" sorts after "нападающий" and had won the row); `offices` lists
    both, and the store stays valid."""
    text = tmp_path / "a.txt"
    text.write_text(
        "Футбол\n2024-06-01\nНападающий «Бенфики» Жоау Силва прилетел в Каир. По "
        "словам футболиста, он готов к матчу со сборной Египта.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    build_here(store, [text], capsys)
    offices = {(r["name"], r["office"]) for r in query_json(store, "offices", capsys)[1]}
    assert {("Жоау Силва", "нападающий"), ("Жоау Силва", "футболист")} <= offices
    persons = {r["name"]: r.get("office", "") for r in query_json(store, "persons", capsys)[1]}
    assert persons["Жоау Силва"] == "нападающий"
    assert run_kg(["--store", str(store), "validate"]) == 0
