"""The winner of elections told in the next sentence of the paragraph ("Победу одержал X")
runs in them; not one of elections ahead, of another contest, or a party's leader. A party
that wins is not its leader either, in the same sentence ("партия X, победившая на выборах").
Sentences of our own about other states."""

from __future__ import annotations

import pytest

# text, the participants of its one election
WINNERS = [
    ("В воскресенье в Аргентине прошли президентские выборы. Победу одержал Хавьер Милей.",
     {"person/javier-milei", "state/ARG"}),
    ("Президентские выборы в Бразилии прошли 30 октября. Победу на них одержал Луис Инасиу "
     "Лула да Силва.", {"person/luiz-inacio-lula-da-silva", "state/BRA"}),
    ("В Турции 28 мая состоялся второй тур президентских выборов. Победу одержал Реджеп "
     "Тайип Эрдоган, набравший 52% голосов.", {"person/recep-tayyip-erdogan", "state/TUR"}),
    # must not: a party's win is not its leader's; another contest, or an opponent beaten;
    # elections ahead; another paragraph (a country they are held in is their state,
    # events118)
    ("Парламентские выборы в Нидерландах прошли в среду. Партия Герта Вилдерса одержала "
     "победу.", {"state/NLD"}),
    ("В Польше прошли парламентские выборы. В воскресенье футболист Роберт Левандовский "
     "победил в споре с Португалией.", {"state/POL"}),
    ("В Сербии прошли парламентские выборы. Вчера Новак Джокович победил Карлоса Алькараса.",
     {"state/SRB"}),
    ("В Аргентине прошли президентские выборы. Накануне Рафаэль Надаль победил Роджера "
     "Федерера.", {"state/ARG"}),
    ("Президентские выборы в Чили пройдут в ноябре. Победу одержит Габриэль Борич.",
     {"state/CHL"}),
    ("В Колумбии прошли президентские выборы.\n\nПобеду одержал Густаво Петро.", {"state/COL"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), WINNERS)
def test_the_winner_told_next_runs(events, text: str, who: set[str]) -> None:
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert set(election.participants) == who


# text, the persons among the participants of its one election
PARTIES = [
    ("Партия Виктора Орбана, одержавшая победу на парламентских выборах, получила "
     "большинство в парламенте Венгрии.", set()),
    ("Партия Роберта Фицо, победившая на парламентских выборах в Словакии, сформирует "
     "правительство.", set()),
    ("Движение Эммануэля Макрона победило на парламентских выборах во Франции в июне.",
     set()),
    # must stay: the person who won is the participle's head or the subject
    ("Хавьер Милей, победивший на президентских выборах, встретился с президентом Бразилии.",
     {"person/javier-milei"}),
    ("Бывший президент Бразилии Лула да Силва победил на президентских выборах.",
     {"person/luiz-inacio-lula-da-silva"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), PARTIES)
def test_a_winning_party_is_not_its_leader(events, text: str, who: set[str]) -> None:
    elections = [e for e in events(text, "2024-05-10") if e.kind == "Election"]
    persons = {k for e in elections for k in e.participants if k.startswith("person/")}
    assert elections and persons == who


# text, the participants and the date of its one election, in a document of 25 November 2024:
# elections to a union's parliament are the union's, as a state's are the state's; a past
# participle of winning them on no day told dates them to no dateline day and names no runner
UNIONS = [
    ("Выборы в Европарламент прошли 9 июня 2024 года.", {"org/eu"}, "2024-06-09"),
    ("На выборах в Европейский парламент победила Европейская народная партия.", {"org/eu"},
     ""),
    ("Выборы в Европейский парламент состоятся 6 июня 2029 года.", {"org/eu"}, "2029-06-06"),
    ("Лидер партии «Братья Италии» Джорджа Мелони, победившая на выборах, провела переговоры с "
     "премьер-министром Албании Эди Рамой.", set(), ""),
    # must not: a state's parliament; a party's own elections; a day the participle gives
    ("Выборы в парламент Хорватии прошли 17 апреля 2024 года.", {"state/HRV"}, "2024-04-17"),
    ("Выборы в руководство Европейской народной партии прошли 20 ноября 2024 года.", set(),
     "2024-11-20"),
    ("Партия Вилдерса, победившая на выборах в ноябре 2023 года, начала переговоры о "
     "коалиции.", set(), "2023-11"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who", "date"), UNIONS)
def test_a_unions_parliament_elections(events, text: str, who: set[str], date: str) -> None:
    (election,) = [e for e in events(text, "2024-11-25") if e.kind == "Election"]
    assert (set(election.participants), election.date) == (who, date)
