"""The state an author's words stand for: a head of state or government or a foreign
minister in office speaks for it, a spokesman of a state body too; another official, or one
the text names with an office they have left ("бывший президент"), speaks for no state.
Sentences of our own about other states."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Президент Кении Уильям Руто дал интервью газете Nation.",
         {"person/uilyam-ruto", "state/KEN", "org/nation"}),
        ("Министр иностранных дел Египта Самех Шукри дал интервью газете «Аль-Ахрам».",
         {"person/samekh-shukri", "state/EGY", "org/al-akhram"}),
        ("Пресс-секретарь Госдепартамента США Мэттью Миллер распространил заявление о "
         "ситуации в Мексике.", {"person/mettyu-miller", "state/USA"}),
        # must not: another official; a former holder
        ("Начальник генштаба армии Вьетнама Фан Ван Занг дал интервью газете Jakarta Post.",
         {"person/fan-van-zang", "org/jakarta-post"}),
        ("Бывший президент Кении Ухуру Кениата дал интервью газете Nation.",
         {"person/ukhuru-keniata", "org/nation"}),
        ("Экс-президент Бразилии Жаир Болсонару дал интервью газете Globo.",
         {"person/jair-bolsonaro", "org/globo"}),
        # the outlet is not the body in the title of the one who speaks
        ("Главный редактор перуанской газеты «Эль Комерсио» Хуан Перес дал интервью "
         "телеканалу «Евроньюс».", {"person/khuan-peres", "org/evronyus"}),
    ],
)  # fmt: skip
def test_whose_words_are_their_states(events, text: str, participants: set[str]) -> None:
    (publication,) = [e for e in events(text) if e.kind == "Publication"]
    assert set(publication.participants) == participants
