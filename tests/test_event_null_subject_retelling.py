"""A second, dated telling with no subject ("X ушел в отставку немногим более года назад. …
X трижды избирался в парламент. В ноябре 2011 г., потеряв большинство, добровольно ушел в
отставку.") is the sentence before's subject's, joins the first telling and dates it
(events118, review49 3d); a verb whose gender the subject before does not fit stays
nobody's. Sentences of our own (Chile, Estonia–Latvia)."""

from __future__ import annotations

TWICE = (
    "Бывший президент Чили Рикардо Лагос ушел в отставку немногим более года назад. "
    "Лагос трижды избирался в парламент. В ноябре 2011 г., потеряв большинство в парламенте "
    "страны, добровольно ушел в отставку."
)


def test_a_subjectless_retelling_joins_and_dates(events) -> None:  # noqa: ANN001
    (quit_,) = [e for e in events(TWICE, "2012-12-10") if e.kind == "Resignation"]
    assert "person/rikardo-lagos" in quit_.participants
    assert quit_.date == "2011-11"


def test_a_subjectless_act_is_the_subject_befores(events) -> None:  # noqa: ANN001
    text = "Премьер Эстонии Кая Каллас прибыла в Ригу. В ноябре ушла в отставку."
    (quit_,) = [e for e in events(text, "2012-12-10") if e.kind == "Resignation"]
    assert "person/kaja-kallas" in quit_.participants


# must keep: the verb's gender the subject before does not fit: nobody's
def test_another_gender_is_nobodys(events) -> None:  # noqa: ANN001
    text = "Президент Латвии Эгилс Левитс посетил Таллин. В ноябре 2011 года ушла в отставку."
    found = [e for e in events(text, "2012-12-10") if e.kind == "Resignation"]
    assert not [e for e in found if "person/egils-levits" in e.participants]
