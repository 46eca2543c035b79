"""Events the text tells only in passing: a noun it counts time from ("после ареста X",
"с момента его ареста"), a possessive pronoun for the one it befell ("Его отставка",
"после её избрания"), a participle on a name in another's genitive ("у дома Марии Лопес,
умершей …"), a passive with no subject for the one the text goes on about ("X возглавлял
МИД. В 2008 году освобождён от должности"), a title opening the sentence ("Министром
финансов стала X"). Sentences of our own about other pairs of states, with cases that must
fire and must not."""

from __future__ import annotations

import pytest

# text, kind, participants the event must have, ones it must not have, date
FIRES = [
    # a noun the text counts from is told as done, and befell the named subject
    (
        "После задержания Хуан Перес заявил, что невиновен.",
        "Arrest",
        {"person/khuan-peres"},
        set(),
        "",
    ),
    (
        "Хуан Перес провёл в тюрьме Лимы два года с момента его ареста.",
        "Arrest",
        {"person/khuan-peres"},
        set(),
        "",
    ),
    # a possessive pronoun with no one before it is the subject of the sentence before
    (
        "Луис Гомес десять лет руководил армией Чили. Его отставка была принята в пятницу.",
        "Resignation",
        {"person/luis-gomes"},
        set(),
        "2024-05-10",
    ),
    (
        "Мария Лопес возглавляет партию Перу. После её избрания в 2016 году отношения Перу и "
        "Чили ухудшились.",
        "Election",
        {"person/mariya-lopes"},
        set(),
        "2016",
    ),
    # a passive with no subject in its clause tells of the last sentence's subject
    (
        "Хуан Перес возглавлял МИД Перу. В 2008 году освобождён от должности и назначен "
        "послом в Чили.",
        "Appointment",
        {"person/khuan-peres"},
        set(),
        "2008",
    ),
    (
        "Хуан Перес возглавлял МИД Перу. В 2008 году освобождён от должности и назначен "
        "послом в Чили.",
        "Resignation",
        {"person/khuan-peres"},
        set(),
        "2008",
    ),
    (
        "Мария Лопес родилась в Лиме. В 1996 году была избрана депутатом парламента Перу.",
        "Election",
        {"person/mariya-lopes"},
        set(),
        "1996",
    ),
    # a participle on a name that owns a thing: the name died, not as the thing's owner
    (
        "Книга вышла после похорон Марии Лопес, погибшей в Перу в 2019 году.",
        "Death",
        {"person/mariya-lopes"},
        set(),
        "2019",
    ),
    (
        "Памятник стоит у дома Марии Лопес, умершей в Лиме в 2019 году.",
        "Death",
        {"person/mariya-lopes"},
        set(),
        "2019",
    ),
]

# text, kind that must not be read (with these participants; empty: at all)
MUST_NOT = [
    # "до" counts down to what has not happened; fear is no arrest
    ("До освобождения Хуану Пересу осталось два года.", "Release", set()),
    ("Адвокаты опасаются ареста Хуана Переса.", "Arrest", set()),
    # the names are the verb's subject the parser hung on "сына": not who was arrested
    (
        "После ареста сына Мария Лопес и Луис Гомес уехали в Чили.",
        "Arrest",
        {"person/mariya-lopes"},
    ),
    ("После ареста сына Мария Лопес и Луис Гомес уехали в Чили.", "Arrest", {"person/luis-gomes"}),
    # "её" is no man named before
    (
        "Луис Гомес встретился с Марией Лопес. После её избрания отношения Перу и Чили ухудшились.",
        "Election",
        {"person/luis-gomes"},
    ),
    # a passive whose gender is not the last subject's, or that has a subject of its own
    ("Мария Лопес возглавляла МИД Перу. В 2008 году назначен послом в Чили.", "Appointment", set()),
    (
        "Хуан Перес возглавлял МИД Перу. В 2008 году назначен новый посол в Чили.",
        "Appointment",
        {"person/khuan-peres"},
    ),
    ("Министром финансов Перу Мария Лопес гордится.", "Appointment", set()),
    # a bare title opening the sentence names no state's office
    (
        "Президентом компании, по всей вероятности, станет сын основателя Хуан Перес.",
        "Appointment",
        {"state/PER"},
    ),
    (
        "Президентом, по всей вероятности, станет сын основателя компании Хуан Перес.",
        "Appointment",
        set(),
    ),
    # the police who say something after an arrest did not tell it
    ("После ареста полиция Перу заявила, что расследование продолжается.", "Arrest", set()),
    ("Фильм рассказывает о солдатах, погибших в Перу.", "Death", set()),
]


@pytest.mark.parametrize(("text", "kind", "has", "lacks", "date"), FIRES)
def test_told_in_passing(events, text, kind, has, lacks, date):
    found = [e for e in events(text, "2024-05-10") if e.kind == kind]
    assert len(found) == 1, found
    assert has <= set(found[0].participants), found[0]
    assert not lacks & set(found[0].participants), found[0]
    assert found[0].date == date
    assert found[0].status == "occurred"


@pytest.mark.parametrize(("text", "kind", "who"), MUST_NOT)
def test_not_told(events, text, kind, who):
    found = [e for e in events(text, "2024-05-10") if e.kind == kind]
    if who:
        found = [e for e in found if who & set(e.participants)]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Министром финансов Перу станет Хуан Перес.", "planned"),
        ("Министром финансов Чили стал Хуан Перес.", "occurred"),
    ],
)
def test_title_opening_the_sentence(events, text, status):
    """ "Министром финансов станет X": the tagger takes the capital for a name's."""
    (found,) = [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]
    assert "person/khuan-peres" in found.participants
    assert found.status == status
