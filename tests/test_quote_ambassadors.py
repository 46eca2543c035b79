"""An ambassador named again by the office and an adjective of the state he represents ("—
сказал китайский посол" after "с послом Китая в Исламабаде …") is the one ambassador of that
state named before (epithets.tsv "посол"); no one where the adjective is the host's, or two
ambassadors hold the office (quotes31)."""

from __future__ import annotations

import pytest

CYPRUS = (
    "Министр иностранных дел Греции Йоргос Герапетритис принял посла Кипра в Афинах Костаса "
    "Элиадиса. "
)
EGYPT = "Министр иностранных дел Турции Хакан Фидан принял посла Египта в Анкаре Амра аль-Хамами. "
BANGLA = (
    "Министр иностранных дел Индии Субраманьям Джайшанкар встретился с послом Бангладеш в "
    "Нью-Дели Мустафизуром Рахманом. "
)
TWO = "Посол Японии во Вьетнаме Ито Наоки встретился с послом Франции во Вьетнаме Оливье Брошне. "
HOSTED = "Посол Египта в Турции Амр аль-Хамами посетил Стамбул. "
SAY = "Отношения между нашими странами переживают подъём"


@pytest.mark.parametrize(
    ("named", "epithet", "speaker"),
    [
        (CYPRUS, "кипрский посол", "Костас Элиадис"),
        (EGYPT, "египетский посол", "Амр аль-Хамами"),
        (BANGLA, "бангладешский посол", "Мустафизур Рахман"),
        # must-not: the host state's adjective, no ambassador of that state, two ambassadors
        (BANGLA, "индийский посол", None),
        (EGYPT, "турецкий посол", None),
        (CYPRUS, "греческий посол", None),
        (TWO, "посол", None),
        (HOSTED, "посол Турции в Египте", None),
        (TWO, "китайский посол", None),
    ],
)
def test_an_ambassador_named_again_by_the_state(said, named, epithet, speaker):
    expected = [(speaker, SAY)] if speaker else []
    assert said(f"{named}«{SAY}», — сказал {epithet}.") == expected
