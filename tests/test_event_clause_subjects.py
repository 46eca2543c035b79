"""Who acts in a clause the parser cut loose: a time clause ("после того, как его отец, X,
умер") has its own subject, not the main clause's; a title joined by "и" in another case
("итоги встречи X и министра Y, … глава Z покинет пост") belongs to another phrase than the
subject's. Sentences of our own about other states (events93)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text, who died: the one named in the time clause, not the main clause's subject
CLAUSED_DEATHS = [
    ("Король Иордании Абдалла II вступил на престол в 1999 году после того, как его отец, "
     "Хусейн, умер от рака.", "person/khuseyn-in-t"),
    ("Премьер-министр Чили Луис Гомес вернулся в Сантьяго после того, как его брат, "
     "Хорхе Гомес, умер в Лиме.", "person/khorkhe-gomes"),
    ("Министр Перу Хуан Перес ушёл в отставку после того, как его сын, Луис Перес, погиб в "
     "аварии.", "person/luis-peres"),
    # the parser hangs the main clause's subject on the clause's verb
    ("Король Иордании Абдалла II, возглавляющий старейшую династию арабского мира, вступил на "
     "престол в 1999 году после того, как его отец, Хусейн, умер от рака.",
     "person/khuseyn-in-t"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), CLAUSED_DEATHS)
def test_the_time_clause_names_who_died(events, text, person) -> None:
    (death,) = of_kind(events(text), "Death")
    assert death.participants == [person]


def test_a_time_clause_without_its_own_subject_shares_the_main_one(events) -> None:
    """No one named in the clause: who returned is who visited."""
    text = "Президент Перу Хуан Перес вернулся в Лиму после того, как посетил Чили."
    (visit,) = [e for e in events(text, "2024-05-02") if e.kind in {"Visit", "StateVisit"}]
    assert visit.visitor == "person/khuan-peres"


def test_the_main_clause_subject_does_not_die(events) -> None:
    """The clause names no one: no one's death, least of all the main clause's subject's."""
    text = "Министр Перу Хуан Перес ушёл в отставку после того, как его отец умер."
    assert not of_kind(events(text), "Death")


# text, whose leaving: the head of the bank, not the other one met
MET_AND_LEAVING = [
    ("Пресс-секретарь, сославшись на итоги встречи Х.Переса и президента Перу Л.Гомеса, "
     "сообщил, что глава Центробанка Х.Перес покинет свой пост 1 мая.", "person/peres"),
    ("Представитель правительства Чили, сославшись на итоги встречи Х.Переса и министра "
     "финансов Чили Л.Гомеса, сообщил, что глава Центробанка Х.Перес покинет свой пост "
     "30 апреля.", "person/peres"),
    ("Представитель правительства Франции, сославшись на итоги встречи П.Дюбуа и "
     "премьер-министра Франции Ж.Мартена, сообщил, что глава Банка Франции П.Дюбуа уйдёт в "
     "отставку 30 апреля.", "person/dyubua"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), MET_AND_LEAVING)
def test_one_met_is_not_the_one_leaving(events, text, person) -> None:
    leaving = of_kind(events(text, "2024-05-02"), "Resignation")
    assert {k for e in leaving for k in e.participants if k.startswith("person/")} == {person}


def test_titles_joined_in_one_case_both_leave(events) -> None:
    """Two titles in one case joined by "и": both subjects, both leave."""
    text = "Министр финансов Перу Хуан Перес и министр обороны Перу Луис Гомес ушли в отставку."
    leaving = of_kind(events(text, "2024-05-02"), "Resignation")
    persons = {k for e in leaving for k in e.participants if k.startswith("person/")}
    assert persons == {"person/khuan-peres", "person/luis-gomes"}
