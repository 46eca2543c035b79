"""Three classes of the sixty-first pass (h-events205).

A verb trigger that is the infinitive of a denied verb of managing ("не смог посетить
Иорданию") is an event called off, as "не смогли провести переговоры" is (`status._failed`),
not an event the text denies. Must-nots: "смог посетить" stays held, "так и не посетил" and
"не стал посещать" still tell none.

The dative of an impersonal verb whose clausal subject is the event's infinitive
("Министрам обороны Чили и Перу не удалось встретиться") is who takes part in it.
Must-not: a meeting with no such dative keeps the sides it names itself. A name the parser
hung on that verb as its subject though the tagger reads it in the case of the name before
"и" ("Министрам обороны Бенина и Того") is that name's conjunct; a nominative one ("в Чили,
и Перу заявило") stays a subject.

A date hung on the verb that sets an event's time ("Новые сроки визита согласуют в мае")
is the setting's, not the event's: the visit put off stays undated. Must-nots: "Визит
состоится в мае" and "Новая дата визита — 5 июня" date it; a time set to a date ("Дату
визита назначили на 5 июня") is the visit's, and a time not set ("Дата саммита пока не
определена") leaves it called off. Sentences of our own about other pairs.
"""

from __future__ import annotations

import pytest

DAY = "2026-03-12"

EVENTS = [
    # a denied verb of managing over the event's verb: called off
    ("Премьер-министр Египта не смог посетить Иорданию из-за болезни.",
     "Visit", "cancelled", "", {"EGY", "JOR"}),
    ("Премьер-министр Египта не сможет посетить Иорданию из-за болезни.",
     "Visit", "cancelled", "", {"EGY", "JOR"}),
    ("Президент Кении не сумел посетить Уганду в марте.",
     "Visit", "cancelled", "2026-03", {"KEN", "UGA"}),
    ("Министр обороны Ганы не смог встретиться с коллегой из Нигерии.",
     "Meeting", "cancelled", "", {"GHA", "NGA"}),
    # must not: managed
    ("Премьер-министр Египта смог посетить Иорданию, несмотря на болезнь.",
     "Visit", "occurred", DAY, {"EGY", "JOR"}),
    # the dative of an impersonal verb over the infinitive takes part
    ("Министрам иностранных дел Ганы и Нигерии не удалось встретиться в Аккре.",
     "Meeting", "cancelled", "", {"GHA", "NGA"}),
    ("Министрам обороны Чили и Перу не удалось встретиться в Лиме.",
     "Meeting", "cancelled", "", {"CHL", "PER"}),
    ("Министрам иностранных дел Ганы и Нигерии удалось встретиться в Аккре.",
     "Meeting", "occurred", DAY, {"GHA", "NGA"}),
    ("Президенту Египта не удалось встретиться с королём Иордании.",
     "Meeting", "cancelled", "", {"EGY", "JOR"}),
    ("Президенту Кении предстоит посетить Уганду.", "Visit", "planned", "", {"KEN", "UGA"}),
    # "Того" the parser hung on the verb as its subject: "Бенина"'s conjunct
    ("Министрам обороны Бенина и Того не удалось встретиться в Котону.",
     "Meeting", "cancelled", "", {"BEN", "TGO"}),
    ("Министрам иностранных дел Ганы и Того удалось встретиться в Аккре.",
     "Meeting", "occurred", DAY, {"GHA", "TGO"}),
    # must not: sides named by the trigger's own words
    ("Переговоры министров обороны Чили и Перу не состоялись.",
     "Talks", "cancelled", "", {"CHL", "PER"}),
    # a date of setting an event's time is not the event's
    ("Визит президента Перу в Чили отложен. Новые сроки визита согласуют в мае.",
     "Visit", "planned", "", {"CHL", "PER"}),
    ("Саммит Аргентины и Уругвая отложен. Дата саммита будет определена в апреле.",
     "Summit", "planned", "", {"ARG", "URY"}),
    ("Новые сроки визита президента Перу в Чили согласуют в мае.",
     "Visit", "planned", "", {"CHL", "PER"}),
    ("Сроки визита президента Перу в Чили согласованы.",
     "Visit", "planned", "", {"CHL", "PER"}),
    # must not: the event's own time told or set
    ("Визит президента Перу в Чили отложен. Визит состоится в мае.",
     "Visit", "planned", "2026-05", {"CHL", "PER"}),
    ("Визит президента Перу в Чили отложен. Новая дата визита — 5 июня.",
     "Visit", "planned", "2026-06-05", {"CHL", "PER"}),
    ("Дату визита президента Перу в Чили назначили на 5 июня.",
     "Visit", "planned", "2026-06-05", {"CHL", "PER"}),
    # must not: a time not set tells nothing of the event
    ("Саммит Аргентины и Уругвая отложен. Дата саммита пока не определена.",
     "Summit", "cancelled", "", {"ARG", "URY"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "date", "states"), EVENTS)
def test_failed_events_their_sides_and_set_times(
    events, text: str, kind: str, status: str, date: str, states: set[str]
) -> None:
    (event,) = [e for e in events(text, DAY) if e.kind == kind]
    got = {p.removeprefix("state/") for p in event.participants if p.startswith("state/")}
    assert (event.status, event.date, got) == (status, date, states)


UNTOLD = [
    "Премьер-министр Египта так и не посетил Иорданию.",
    "Премьер-министр Египта не стал посещать Иорданию.",
    "Премьер-министр Египта не планирует посещать Иорданию.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_denied_visits_stay_untold(events, text: str) -> None:
    """Must-nots: a visit denied, by its own verb or one of setting about or planning it, is
    no event, unlike one not managed."""
    assert not [e for e in events(text, DAY) if e.kind == "Visit"]


def test_nominative_after_and_stays_a_subject(nlp) -> None:
    """Must-not: a name after "и" read nominative is the subject of its own clause."""
    doc = nlp("Переговоры прошли в Чили, и Перу заявило о поддержке соглашения.")
    peru = next(t for t in doc if t.text == "Перу")
    assert (peru.dep_, peru.head.text) == ("nsubj", "заявило")
