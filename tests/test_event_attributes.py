"""Attributes of events kg finds: the state of a post that is no state's, the person "его"
stands for, the state an arrest happens in, the date that opens a sentence. Sentences of our
own about other states, with cases that must not take the attribute."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _of(events: list[Event], kind: str) -> Event:
    (event,) = [e for e in events if e.kind == kind]
    return event


_KENYA = "Кения и Эфиопия обсудили торговлю. Власти Кении сообщили об этом. "

# text, kind, participants the event must have, ones it must not have
ROLES = [
    # a post of a team, a theatre, an international body or a party is no state's
    (_KENYA + "Главным тренером команды был назначен Джон Омондо.", "Appointment",
     {"person/dzhon-omondo"}, {"state/KEN"}),
    (_KENYA + "Художественным руководителем театра назначен Джон Омондо.", "Appointment",
     {"person/dzhon-omondo"}, {"state/KEN"}),
    (_KENYA + "Министр финансов Кении Джон Омондо был избран директором МВФ.", "Election",
     {"person/dzhon-omondo"}, {"state/KEN"}),
    (_KENYA + "16 августа пост главного тренера занял Питер Мванги.", "Appointment",
     {"person/piter-mvangi"}, {"state/KEN"}),
    # a state's post keeps its state
    (_KENYA + "Джон Омондо был назначен послом Кении в Эфиопии.", "Appointment",
     {"person/dzhon-omondo", "state/KEN"}, {"state/ETH"}),
    (_KENYA + "Президент Кении Уильям Руто назначил Джона Омондо главой МИД.", "Appointment",
     {"person/dzhon-omondo", "person/uilyam-ruto", "state/KEN"}, set()),
    # a name the parser hangs on the office title (or on the holder's own title after it)
    ("Парламент Кении избрал своим новым спикером Джона Омондо.", "Election",
     {"person/dzhon-omondo", "state/KEN"}, set()),
    ("Парламент Кении избрал своим новым спикером первого заместителя главы партии «Юбилей» "
     "Джона Омондо.", "Election", {"person/dzhon-omondo", "state/KEN"}, set()),
    # "его" is never the subject of its own verb
    ("Хуан Перес работал в МИД Аргентины, а в 2019 году президент Аргентины Маурисио Макри "
     "назначил его послом в Бразилии.", "Appointment",
     {"person/khuan-peres", "person/mauricio-macri", "state/ARG"}, set()),
    ("Власти Аргентины задержали Хуана Переса, после чего депортировали его в Чили.",
     "Expulsion", {"person/khuan-peres", "state/ARG", "state/CHL"}, set()),
    # an arrest the sentence places nowhere: the police of the state the text is about
    (_KENYA + "15-летний Джон Омондо был задержан 22 января.", "Arrest",
     {"person/dzhon-omondo", "state/KEN"}, set()),
    (_KENYA + "15-летний Джон Омондо был задержан в Гамбурге.", "Arrest",
     {"person/dzhon-omondo"}, {"state/KEN"}),
    (_KENYA + "Гражданин Кении Джон Омондо был задержан.", "Arrest",
     {"person/dzhon-omondo"}, set()),
    # an adjective of a capital tells the state an arrest happens in
    ("Гражданку Вьетнама Нгуен Тхи Лан задержали в минском аэропорту.", "Arrest",
     {"state/BLR"}, {"state/VNM"}),
    ("Гражданку Вьетнама Нгуен Тхи Лан задержали в лондонском аэропорту.", "Arrest",
     {"state/GBR"}, {"state/VNM"}),
    ("Гражданку Вьетнама Нгуен Тхи Лан задержали в одесском порту.", "Arrest",
     set(), {"state/VNM", "state/UKR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "must", "must_not"), ROLES)
def test_participants(events, text: str, kind: str, must: set[str], must_not: set[str]) -> None:
    participants = set(_of(events(text), kind).participants)
    assert must <= participants and not must_not & participants


DATES = [
    # a date opening the sentence, or its clause after a comma, is its verb's, even where the
    # parser hangs it on the verb of a quote after a colon
    ("Как сообщает агентство, 5 марта 2021 года полиция Кении арестовала гражданина Эфиопии "
     "при попытке пересечения границы: «Мы получили сведения о том, что Джон Омондо был "
     "схвачен на границе Эфиопии».", "Arrest", "2021-03-05"),
    ("5 марта 2021 года полиция Кении арестовала гражданина Эфиопии при попытке пересечения "
     "границы: «Мы получили сведения о том, что Джон Омондо был схвачен на границе Эфиопии».",
     "Arrest", "2021-03-05"),
    # not a date of another verb's clause
    ("Эфиопия выслала посла Кении, который 5 марта 2021 года закрыл посольство.", "Expulsion",
     ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), DATES)
def test_dates(events, text: str, kind: str, date: str) -> None:
    assert _of(events(text), kind).date == date


def test_a_lead_after_its_title_is_the_titles_event_with_its_date(events) -> None:
    """A date opening the lead's line dates it; "своим новым спикером" is the title's
    "спикером парламента Кении", so the two are one election."""
    text = (
        "Джон Омондо избран спикером парламента Кении\nДжон Омондо\n5 марта 2021 года "
        "парламент Кении избрал своим новым спикером первого заместителя главы партии «Юбилей» "
        "Джона Омондо."
    )
    (event,) = [e for e in events(text) if e.kind == "Election"]
    assert event.date == "2021-03-05" and "person/dzhon-omondo" in event.participants


@pytest.mark.parametrize(
    "text",
    [
        # a subject the parser hung elsewhere: the one person named in the nominative
        "В 2016 году Союзом художников Кении Джон Омондо был делегирован в командировку. В том "
        "же году он был выбран для встречи с президентом Эфиопии Абием Ахмедом.",
    ],
)
def test_he_is_the_subject_before(events, text: str) -> None:
    meetings = [e for e in events(text) if e.kind == "Meeting"]
    assert meetings and all("person/dzhon-omondo" in e.participants for e in meetings)
