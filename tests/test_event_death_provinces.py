"""A death told with a pronoun in a province or region whose name holds or resembles a
state's ("в провинции Восточный Азербайджан" in Iran, "в штате Джорджия", "в провинции
Люксембург" in Belgium) is the named person's alone: no state from the place's name.
Sentences of our own (events99); these held on main already and are kept as a guard."""

from __future__ import annotations

import pytest

# (text, the person who died)
DEATHS = [
    ("Бывший министр обороны Ирана Ахмад Вахиди был госпитализирован. Он скончался в "
     "провинции Восточный Азербайджан.", "person/akhmad-vakhidi"),
    ("Бывший министр Ирана Ахмад Вахиди долго болел. Он скончался в Восточном Азербайджане.",
     "person/akhmad-vakhidi"),
    ("Бывший посол Канады Джон Смит был госпитализирован в Атланте. Он скончался в штате "
     "Джорджия.", "person/dzhon-smit"),
    ("Бывший министр Бельгии Ян Пеетерс долго болел. Он скончался в провинции Люксембург.",
     "person/yan-peeters"),
    ("Бывший министр Греции Никос Пападопулос долго болел. Он скончался в регионе Центральная "
     "Македония.", "person/nikos-papadopulos"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), DEATHS)
def test_a_province_gives_a_death_no_state(events, text: str, person: str) -> None:
    (death,) = [e for e in events(text, "2024-05-10") if e.kind == "Death"]
    assert death.participants == [person]
