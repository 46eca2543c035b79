"""An attack told by the harm its means did and the death that harm tells agree (forty-ninth
pass, h-events129): of one day and place, whichever word the parser hangs them on; on the
one harmed and the state they serve, never the state they lived in, came from or are a
citizen of. Must-nots: a clause on the one harmed ("живший в Турции"), "из Боливии",
"гражданин Боливии" name no state attacked; "посол Японии" does. Sentences of our own
about Turkey–Syria, Peru–Bolivia, Japan–Korea."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _told(read: list[Event]) -> dict[str, tuple[list[str], str, str]]:
    return {e.kind: (sorted(e.participants), e.date, e.location) for e in read}


AGREE = [
    # the day and the place hung on the clause on the one killed, past the verb: the
    # death's, and the attack's too (the place since h-events133)
    ("Бывший министр обороны Сирии Ахмад Халиль, живший в эмиграции в Турции, был убит "
     "выстрелом в Стамбуле 3 марта.",
     {"Attack": (["person/akhmad-khalil", "state/SYR"], "2025-03-03", "Стамбул"),
      "Death": (["person/akhmad-khalil"], "2025-03-03", "Стамбул")}),
    ("Оппозиционер из Боливии Хуан Мендоса, живший в Перу, был убит выстрелом в Лиме.",
     {"Attack": (["person/khuan-mendosa"], "2025-03-06", "Лима"),
      "Death": (["person/khuan-mendosa"], "2025-03-06", "Лима")}),
    ("Журналист Хуан Мендоса, который жил в Перу, погиб от взрыва бомбы в Ла-Пасе 2 марта.",
     {"Attack": (["person/khuan-mendosa"], "2025-03-02", "Ла-Пас"),
      "Death": (["person/khuan-mendosa"], "2025-03-02", "Ла-Пас")}),
    ("Гражданин Боливии Хуан Мендоса был ранен выстрелом в Лиме.",
     {"Attack": (["person/khuan-mendosa"], "2025-03-06", "Лима")}),
    ("Офицер армии Японии, служивший в Корее, был ранен выстрелом 4 марта в Пусане.",
     {"Attack": (["state/JPN"], "2025-03-04", "Пусан")}),
    # the state the one harmed serves is attacked in them
    ("Посол Японии был ранен выстрелом в Сеуле.",
     {"Attack": (["state/JPN"], "2025-03-06", "Сеул")}),
    ("Военный атташе Турции Мехмет Йылмаз, который жил в Дамаске, убит выстрелом в Алеппо "
     "1 марта.",
     {"Attack": (["person/mekhmet-yylmaz", "state/TUR"], "2025-03-01", "Алеппо"),
      "Death": (["person/mekhmet-yylmaz"], "2025-03-01", "Алеппо")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), AGREE)
def test_an_attack_and_the_death_it_caused_agree(events, text: str, told: dict) -> None:
    assert _told(events(text, "2025-03-06")) == told
