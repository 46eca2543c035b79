"""Who takes part and where, where the parse hides it: a guest the parser hung on the place
of a meeting, a pronoun the host receives, the visitor of a framing visit, "в столице X" and
a dateline's city. Sentences of our own, about pairs of our own choice; must-nots beside."""

from __future__ import annotations

import pytest

# a guest hung on the place ("принял в своей резиденции премьер-министра X") names no place;
# a place's own possessor does ("в резиденции президента Португалии")
GUESTS_ON_A_PLACE = [
    ("Король Иордании Абдалла II принял в своей резиденции премьер-министра Ирака Мухаммеда "
     "Шиа ас-Судани.", ""),
    ("Президент Португалии принял в президентском дворце премьер-министра Испании Педро "
     "Санчеса.", ""),
    ("Президент Кипра Никос Христодулидис встретился в президентском дворце с премьер-министром "
     "Мальты Робертом Абелой.", ""),
    ("Президент Кипра встретился в резиденции с семьей премьер-министра Мальты.", ""),
    # must not: a place a name of its own or its possessor's names
    ("Президент Кипра встретился с премьер-министром Мальты в резиденции президента Кипра.",
     "резиденция президента Кипра"),
    ("Президент Кипра принял в Елисейском дворце премьер-министра Мальты Роберта Абелу.",
     "Елисейский дворец"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), GUESTS_ON_A_PLACE)
def test_a_guest_hung_on_the_place_names_no_place(events, text: str, place: str) -> None:
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert meeting.location == place


# a place's possessor a title names is no guest where no one is received: the talks are held
# in that person's residence ("пройдут в резиденции японского премьера"), not in a bare
# "резиденция"; one received there still names no place
POSSESSORS = [
    ("Премьер-министр Индии прибыл в Токио. Переговоры двух лидеров пройдут во вторник в "
     "резиденции японского премьера.", "резиденция японского премьера"),
    ("Президент Франции прибыл в Нью-Дели. Переговоры двух лидеров пройдут в резиденции "
     "индийского премьера.", "резиденция индийского премьера"),
    ("Президент Турции провёл переговоры с президентом Египта в загородной резиденции "
     "президента.", "загородная резиденция президента"),
    # must not: a guest the parser hung on the place of a reception
    ("Президент Египта принял в резиденции премьер-министра Греции Кириакоса Мицотакиса. "
     "Переговоры прошли в узком составе.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), POSSESSORS)
def test_a_possessor_of_the_place_is_no_guest(events, text: str, place: str) -> None:
    (event,) = [e for e in events(text, "2025-02-10") if e.kind in {"Talks", "Meeting"}]
    assert event.location == place


def test_one_met_at_a_place_takes_part(events) -> None:
    text = (
        "Президент Кипра Никос Христодулидис встретился в президентском дворце с "
        "премьер-министром Мальты Робертом Абелой."
    )
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert "state/MLT" in meeting.participants


# "в столице X" is X's capital, not X; a bare "в столице" is none
CAPITALS = [
    ("Премьер-министры Чехии и Словакии провели переговоры в столице Словакии.", "Talks",
     "Братислава"),
    ("В столице Словакии прошел саммит Вишеградской группы.", "Summit", "Братислава"),
    ("Министры Чехии и Словакии провели переговоры в столице Словакии Братиславе.", "Talks",
     "Братислава"),
    # must not: a capital no state names
    ("Министры Чехии и Словакии провели переговоры в столице.", "Talks", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), CAPITALS)
def test_the_capital_of_a_state_is_its_city(events, text: str, kind: str, place: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.location == place


# a dateline writes its city in capitals: a spelling of the nominative, not the name itself
DATELINES = [
    ("КАДУНА, 3 марта 2025 — РИА Новости. Министры Нигерии и Ганы провели переговоры в Кадуне.",
     "Кадуна"),
    ("МОМБАСА, 3 марта 2025 — РИА Новости. Министры Кении и Танзании провели переговоры в "
     "Момбасе.", "Момбаса"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), DATELINES)
def test_a_datelines_city_is_written_as_a_name(events, text: str, place: str) -> None:
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert talks.location == place


# a framing visit with no traveller of its own ("в рамках визита в X министр Y встретился")
# is the visit of the clause's subject, a person, else a state; not where the visit names
# its own traveller
FRAMING_VISITS = [
    ("В рамках визита в Португалию премьер-министр Испании Педро Санчес встретился с "
     "президентом Португалии.", "person/pedro-sanches"),
    ("Во время визита в Перу министр иностранных дел Чили встретился с президентом Перу.",
     "state/CHL"),
    # must not: the visit's own traveller
    ("Во время визита президента Аргентины в Перу министр иностранных дел Чили встретился с "
     "президентом Перу.", "state/ARG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitor"), FRAMING_VISITS)
def test_a_framing_visit_is_the_subjects(events, text: str, visitor: str) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.visitor == visitor


# "Его принял X": the host receives the one the pronoun stands for; no one named, no meeting
RECEIVED = [
    ("Президент Уругвая Яманду Орси прибыл в столицу Эфиопии. Его принял премьер-министр "
     "Эфиопии Абий Ахмед.", True),
    # must not: a pronoun that stands for no person
    ("Лидеры обсудили торговлю. Его принял премьер-министр Эфиопии Абий Ахмед.", False),
    ("Президент Уругвая Яманду Орси прибыл в Аддис-Абебу. Закон принял парламент Эфиопии.",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "met"), RECEIVED)
def test_the_one_a_pronoun_stands_for_is_received(events, text: str, met: bool) -> None:
    meetings = [e for e in events(text) if e.kind == "Meeting"]
    assert bool(meetings) == met
    assert all("person/yamandu-orsi" in e.participants for e in meetings)


# "был принят X-ом": the passive's subject is the guest, its agent the host
RECEIVED_PASSIVE = [
    ("Министр иностранных дел Турции Хакан Фидан был принят в Каире президентом Египта "
     "Абдель Фаттахом ас-Сиси.", {"person/hakan-fidan", "person/abdel-fattah-el-sisi"}),
    ("На следующий день министр иностранных дел Бразилии Мауро Виейра был принят президентом "
     "Аргентины Хавьером Милеем.", {"person/mauro-vieira", "person/javier-milei"}),
    # must not: a law passed is no one received, nor one received by no one named
    ("Закон о ратификации соглашения с Египтом был принят парламентом Турции.", None),
    ("Министр иностранных дел Бразилии Мауро Виейра был принят в Буэнос-Айресе.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "met"), RECEIVED_PASSIVE)
def test_one_received_in_the_passive_meets_the_agent(
    events, text: str, met: set[str] | None
) -> None:
    meetings = [e for e in events(text) if e.kind == "Meeting"]
    persons = [{p for p in e.participants if p.startswith("person/")} for e in meetings]
    assert persons == ([met] if met else [])


# talks that are the purpose of one side's trip: the state it goes to, or its capital, is the
# other side; a city that seats international bodies is only where they are held
TALKS_WHERE_GOING = [
    ("Малайзийская делегация прибыла в Джакарту для переговоров.", {"state/IDN", "state/MYS"}),
    ("Министр иностранных дел Перу находится в Чили для переговоров.",
     {"state/CHL", "state/PER"}),
    ("Министр обороны Литвы прибыл в Польшу на переговоры.", {"state/LTU", "state/POL"}),
    ("Министр обороны Литвы прибыл в Варшаву на переговоры.", {"state/LTU", "state/POL"}),
    ("Президент Чили прибыл в Лиму для переговоров.", {"state/CHL", "state/PER"}),
    ("Премьер-министр Венгрии прибыл в Белград для переговоров о поставках газа.",
     {"state/HUN", "state/SRB"}),
    ("Делегация Судана прибыла в Каир для переговоров.", {"state/EGY", "state/SDN"}),
    ("Делегация Ирана прибыла в Вену для переговоров с министром иностранных дел Австрии.",
     {"state/AUT", "state/IRN"}),
    # must not: a capital that seats international bodies is no side where no partner is named
    ("Делегация Ирана прибыла в Вену для переговоров.", {"state/IRN"}),
    ("Министр иностранных дел Армении прибыл в Брюссель для переговоров.", {"state/ARM"}),
    # talks with a side named have both sides: the host is only where they are held
    ("Министр иностранных дел Перу прибыл в Париж для переговоров с министром иностранных дел "
     "Чили.", {"state/CHL", "state/PER"}),
    ("Министр обороны Литвы прибыл в Берлин для переговоров с министром обороны Польши.",
     {"state/LTU", "state/POL"}),
    ("Президент Армении отправился в Брюссель на переговоры с президентом Азербайджана.",
     {"state/ARM", "state/AZE"}),
    # must not: a trip at home, or of no state's side
    ("Министр Перу прибыл в Лиму для переговоров с профсоюзами.", {"state/PER"}),
    ("Эксперты прибыли в Джакарту для переговоров.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), TALKS_WHERE_GOING)
def test_talks_one_travels_for_are_with_the_state_gone_to(events, text: str, states) -> None:
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert {p for p in talks.participants if p.startswith("state/")} == states


# the noun of visiting takes the place visited in the genitive, as its verb takes an object
# ("при посещении Белграда"); a person's genitive is the visitor, no place (events91)
VISITED_GENITIVE = [
    ("При посещении Белграда президент Венгрии встретился с президентом Сербии.", "Белград"),
    ("Посещение Китая президентом Вьетнама прошло успешно.", "Китай"),
    ("Президент Египта отменил посещение Иордании.", "Иордания"),
    # must not: the visitor's genitive
    ("Посещение президента Египта было отменено.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), VISITED_GENITIVE)
def test_the_genitive_of_a_visit_noun_is_the_place_visited(events, text: str, place: str) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.location == place


# a visit noun told as the time of another verb's event gives no place of someone else's
# visit ("после посещения Каира министром …"), nor one beside the verb's own city (fix37e)
def test_a_visit_before_the_event_keeps_its_place_apart(events) -> None:
    text = (
        "Премьер Израиля провел переговоры с президентом Египта после посещения Каира "
        "министром иностранных дел Иордании."
    )
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert talks.location == ""
    text = "После посещения Пекина президент Вьетнама встретился в Шанхае с премьером Китая."
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.location == "Шанхай"


def test_a_where_clause_parsed_as_a_conjunct_takes_the_place_before_it(events) -> None:
    def place(text: str) -> str:
        (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
        return meeting.location

    assert place("Министр Кении прибыл в Берген, где премьер Норвегии Иван Петров провёл "
                 "совещание.") == "Берген"  # fmt: skip
    # must not: the clause's own place stays its own
    assert place("Министр Кении прибыл в Берген, где премьер Норвегии Иван Петров провёл "
                 "совещание в Осло.") == "Осло"  # fmt: skip
