"""A bombing told by its casualties ("В результате взрыва в среду, 25 октября 2017 года, в
Анкаре погиб полицейский") is an Attack, dated and placed, where its paragraph has a word of
terror or attack ("Власти квалифицировали инцидент как теракт") or the blast is of a device
("взрыв бомбы"); "Взрыв произошел вечером в среду у входа" is the same attack, not another. A
blast on a mine or of gas, with no such word, is no attack. Sentences of our own
(forty-seventh pass, h-events124)."""

from __future__ import annotations

import pytest

ANKARA = (
    "В результате взрыва в среду, 25 октября 2017 года, в Анкаре погиб полицейский и ранены "
    "четыре человека, включая депутата Великого национального собрания Турции Мехмета Йылмаза, "
    "сообщило МВД Турции. Власти квалифицировали инцидент как теракт. Взрыв произошел вечером "
    "в среду у входа в здание телеканала."
)


def _attacks(events, text: str) -> list:
    return [e for e in events(text, "2017-10-26") if e.kind == "Attack"]


def test_bombing_told_by_casualties_is_one_attack(events) -> None:
    (attack,) = _attacks(events, ANKARA)
    assert (attack.date, attack.location, attack.status) == ("2017-10-25", "Анкара", "occurred")


def test_bombing_told_in_paragraphs_of_one_sentence(events) -> None:
    """News that sets each sentence apart: the terror word a paragraph after the blast's."""
    (attack,) = _attacks(events, ANKARA.replace(". ", ".\n\n"))
    assert (attack.date, attack.location) == ("2017-10-25", "Анкара")


def test_blast_of_a_device_is_an_attack(events) -> None:
    (attack,) = _attacks(events, "В результате взрыва бомбы в Анкаре в среду погиб полицейский.")
    assert attack.location == "Анкара"


@pytest.mark.parametrize(
    "text",
    [
        # no word of terror or attack: as far as the text says, an accident
        "В результате взрыва в среду, 25 октября 2017 года, в Анкаре погиб полицейский и "
        "ранены четыре человека, сообщило МВД Турции.",
        "В результате взрыва на шахте в среду, 25 октября 2017 года, в провинции Зонгулдак "
        "погибли трое горняков. Взрыв произошел вечером.",
        # a blast of gas, whatever the paragraph says besides
        "В среду в Каире произошел взрыв газа в жилом доме, погибли два человека. Полиция "
        "ищет террористов в другом районе.",
    ],
)
def test_blast_with_no_terror_is_no_attack(events, text) -> None:
    assert not _attacks(events, text)
