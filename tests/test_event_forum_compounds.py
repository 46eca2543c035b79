"""A forum told by a hyphenated compound ("бизнес-форум", "инвест-форум") is a forum whatever
the parser hangs it as (`mend_compound_nouns`, `compound_head`); the place on the noun of
opening or closing it is its place; a state's post holder "вместе с" whom the subject takes
part in it takes part too (h-events166). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

CHL_ARG = (
    "Президент Аргентины Хавьер Милей, находящийся в Чили с рабочим визитом, принял участие "
    "во вторник вместе с {} в открытии бизнес-форума двух стран."
)


def _forums(read: list[Event]) -> list[tuple[str, str, list[str]]]:
    return [(e.label, e.location, sorted(e.participants)) for e in read if e.kind == "Forum"]


# (text, the forums read: label, place, participants)
FORUMS = [
    # the parser makes the compound a modifier of the first state
    ("В Лиме прошёл бизнес-форум Перу и Эквадора.",
     [("Бизнес-форум Перу и Эквадора", "Лима", ["state/ECU", "state/PER"])]),
    ("В Ханое прошёл инвест-форум Вьетнама и Лаоса.",
     [("Инвест-форум Вьетнама и Лаоса", "Ханой", ["state/LAO", "state/VNM"])]),
    # or a parataxis of the verb
    ("В Кигали прошёл бизнес-форум Руанды и Танзании.",
     [("Бизнес-форум Руанды и Танзании", "Кигали", ["state/RWA", "state/TZA"])]),
    ("В Аккре состоялся бизнес-форум Ганы и Нигерии.",
     [("Бизнес-форум Ганы и Нигерии", "Аккра", ["state/GHA", "state/NGA"])]),
    # the place on the noun of opening it
    ("Король Иордании Абдалла II принял участие в открытии в Акабе бизнес-форума Египта и "
     "Иордании.",
     [("Бизнес-форум Египта и Иордании", "Акаба", ["state/EGY", "state/JOR"])]),
    ("Президент Египта принял участие в открытии бизнес-форума Египта и Иордании в Акабе.",
     [("Бизнес-форум Египта и Иордании", "Акаба", ["state/EGY", "state/JOR"])]),
    # who takes part "вместе с" the subject
    (CHL_ARG.format("президентом Чили Габриэлем Боричем"),
     [("Бизнес-форум Аргентины и Чили", "Чили",
       ["person/gabriel-borich", "person/javier-milei", "state/ARG", "state/CHL"])]),
    ("Президент Египта Абдель Фаттах ас-Сиси вместе с королём Иордании Абдаллой II открыл в "
     "Аммане бизнес-форум двух стран.",
     [("Бизнес-форум Египта и Иордании", "Амман",
       ["person/abdalla-ii", "person/abdel-fattah-el-sisi", "state/EGY", "state/JOR"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "forums"), FORUMS)
def test_a_compound_forum(events, text: str, forums: list) -> None:
    """The forum, its place and who takes part."""
    assert _forums(events(text, "2026-10-14")) == forums


# must-nots: a forum a modifier of no noun reads as before; one "вместе с" the subject by no
# office, or on another verb, takes no part (the forum within the visit is the visitor's and
# the host's, at the visit's place: h-events170); an adjective's compound and a press conference
# are no compound forum
UNCHANGED = [
    ("Участники бизнес-форума Перу и Эквадора обсудили торговлю.",
     [("Бизнес-форум Перу и Эквадора", "", ["state/ECU", "state/PER"])]),
    (CHL_ARG.format("женой"),
     [("Бизнес-форум Аргентины и Чили", "Чили",
       ["person/javier-milei", "state/ARG", "state/CHL"])]),
    ("Президент Египта Абдель Фаттах ас-Сиси, прибывший в Амман вместе с премьер-министром "
     "Египта Мустафой Мадбули, принял участие в открытии бизнес-форума двух стран.",
     [("Бизнес-форум Египта и Иордании", "Амман",
       ["person/abdel-fattah-el-sisi", "state/EGY", "state/JOR"])]),
    ("В Лиме прошёл перуанско-эквадорский форум.",
     [("Перуанско-эквадорский форум", "Лима", ["state/ECU", "state/PER"])]),
    ("Президенты Перу и Эквадора провели в Лиме совместную пресс-конференцию.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "forums"), UNCHANGED)
def test_no_compound_forum_read_anew(events, text: str, forums: list) -> None:
    """What no rule of compounds reaches reads as before."""
    assert _forums(events(text, "2026-10-14")) == forums
