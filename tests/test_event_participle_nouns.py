"""A participle's person and an attack's sides from the words that bear them (events119).

"содержались бывший министр X, а также журналист Y, разоблачивший … и скончавшийся в тюрьме"
is Y's death: a participle set off after the second of two coordinated persons describes that
one, however the parser hangs it. "обстрел перуанских позиций чилийским броненосцем" is
Chile's attack on Peru: the genitive of a noun of shelling is what is shelled, the
instrumental (or "со стороны X") who shells. Sentences of our own (Chile–Peru,
Estonia–Latvia, Egypt–Turkey)."""

from __future__ import annotations

import pytest

# (text, the one who died, the one who did not)
DEATHS = [
    ("В тюрьме Лимы некогда содержались бывший министр Чили Хуан Перес, а также журналист "
     "Карлос Ортега, разоблачивший коррупционную схему и скончавшийся в тюрьме в 2009 году.",
     "person/karlos-ortega", "person/khuan-peres"),
    ("В тюрьме Таллина содержались бывший министр Латвии Андрис Берзиньш, а также журналист "
     "Янис Озолс, разоблачивший коррупционную схему и скончавшийся в тюрьме в 2011 году.",
     "person/yanis-ozols", "person/andris-berzinsh"),
    ("В тюрьме Каира содержались бывший министр Египта Ахмед Салех, а также журналист "
     "Мехмет Йылмаз, разоблачивший коррупционную схему и скончавшийся в тюрьме в 2015 году.",
     "person/mekhmet-yylmaz", "person/akhmed-salekh"),
    # must keep: the participle right after the first of the two is that one's
    ("В тюрьме Каира содержались бывший министр Египта Ахмед Салех, скончавшийся в тюрьме "
     "в 2015 году, а также журналист Мехмет Йылмаз.",
     "person/akhmed-salekh", "person/mekhmet-yylmaz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dead", "alive"), DEATHS)
def test_a_participle_after_the_second_person_is_that_ones_death(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    dead: str,
    alive: str,
) -> None:
    (death,) = [e for e in events(text, "2024-05-10") if e.kind == "Death"]
    assert dead in death.participants
    assert alive not in death.participants


def test_an_unnamed_person_described_dies_not_the_one_named_before(events) -> None:  # noqa: ANN001
    text = (
        "В тюрьме Лимы содержались бывший министр Перу Хуан Перес и журналист, скончавшийся "
        "в тюрьме в 2009 году."
    )
    deaths = [e for e in events(text, "2024-05-10") if e.kind == "Death"]
    assert not any("person/khuan-peres" in e.participants for e in deaths)


# (text, the attacker's state, the attacked state)
SHELLINGS = [
    ("На фотографиях отражены обстрел перуанских позиций чилийским броненосцем «Кокрейн» в "
     "январе 1880 года и улицы освобождённого города.", "state/CHL", "state/PER"),
    ("Обстрел латвийского пограничного поста эстонскими военными произошёл в среду.",
     "state/EST", "state/LVA"),
    ("Обстрел египетских позиций со стороны турецкой армии начался в пятницу.",
     "state/TUR", "state/EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attacker", "attacked"), SHELLINGS)
def test_the_instrumental_of_a_shelling_shells_its_genitive(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    attacker: str,
    attacked: str,
) -> None:
    (attack,) = [e for e in events(text, "2024-05-10") if e.kind == "Attack"]
    assert attacker in attack.participants and attacked in attack.participants
    assert attack.label.startswith("Нападение " + {"state/CHL": "Чили", "state/EST": "Эстонии",
                                                   "state/TUR": "Турции"}[attacker])  # fmt: skip


# must keep: the genitive of "нападение", "атака" is who attacks
AGENTS = [
    ("Нападение Чили на Перу произошло в 1879 году.", "Нападение Чили на Перу"),
    ("Атака Турции на египетский пост произошла в среду.", "Нападение Турции на Египет"),
]


@pytest.mark.parametrize(("text", "label"), AGENTS)
def test_the_genitive_of_an_attack_attacks(events, text: str, label: str) -> None:  # noqa: ANN001
    (attack,) = [e for e in events(text, "2024-05-10") if e.kind == "Attack"]
    assert attack.label == label


def test_a_shelling_without_agent_names_only_its_target(events) -> None:  # noqa: ANN001
    text = "Обстрел чилийских позиций продолжался всю ночь."
    (attack,) = [e for e in events(text, "2024-05-10") if e.kind == "Attack"]
    assert "state/CHL" in attack.participants
    assert not attack.label.startswith("Нападение Чили")
