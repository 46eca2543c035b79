"""Events a sentence speaks of rather than tells: elections someone comments on (who speaks
is no candidate), events wished or shunned (no event), an event that is the occasion of
another act (not dated by it), a birth year beside a name (no event's date), and who an
infinitive's event belongs to ("убедил X посетить"). Sentences of our own about other
pairs, with cases that must and must not fire."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text → the participants of its one election: where someone speaks of elections, the
# state they are held in (the phrase's own, else the speaker's), not the speaker
SPOKEN_OF = [
    (
        "Премьер-министр Норвегии Йонас Гар Стёре огласил результаты парламентских выборов.",
        {"state/NOR"},
    ),
    (
        "Лидер оппозиции Бразилии Жаир Болсонару прокомментировал итоги выборов в Аргентине.",
        {"state/ARG"},
    ),
    ("Президент Вьетнама То Лам назвал выборы честными.", {"state/VNM"}),
    # whom the speaker persuades controls the infinitive, not the speaker
    (
        "Министр иностранных дел Бразилии убедил президента Аргентины Хавьера Милея согласиться "
        "на второй тур выборов.",
        {"state/ARG"},
    ),
    ("Досрочные выборы в Дании состоятся 1 ноября.", {"state/DNK"}),
    # one who casts a vote or is hurt does not run
    ("На выборах в Перу президент Чили Габриэль Борич отдал свой голос за мир.", {"state/PER"}),
    ("На выборах в Перу министр Чили Хуан Перес получил травму.", {"state/PER"}),
]

# text → the person who runs: the subject of a verb of contesting elections
CONTESTED = [
    ("Лидер оппозиции Кении Райла Одинга победил на выборах.", "person/rayla-odinga"),
    ("Кандидат Хавьер Милей выиграл президентские выборы в Аргентине.", "person/javier-milei"),
    ("Нарендра Моди баллотировался на выборах в Индии в 2024 году.", "person/narendra-modi"),
    # whom one congratulates on the victory won, not who congratulates
    (
        "Президент Египта Абдель Фаттах ас-Сиси поздравил Уильяма Руто с победой на выборах.",
        "person/uilyam-ruto",
    ),
    # a victory or a count of votes as the verb's object, the elections hung on another word
    ("Во втором туре президентских выборов в Перу победу одержала Дина Болуарте.",
     "person/dina-boluarte"),
    ("На выборах 2021 года президент Перу Педро Кастильо получил 50 процентов голосов.",
     "person/pedro-kastilo"),
]  # fmt: skip

# text → who runs and the state the elections are held in: the one their phrase names,
# else the runner's own, also where the text names them as a former holder
RUN_IN = [
    ("Во втором туре президентских выборов в Перу победу одержала Дина Болуарте.",
     {"person/dina-boluarte", "state/PER"}),
    ("В случае победы Дины Болуарте на выборах в Перу песо обесценится.",
     {"person/dina-boluarte", "state/PER"}),
    ("Бывший президент Перу Алан Гарсия прибыл в Чили. Бывший член партии АПРА, Гарсия получил "
     "52 процента голосов на выборах 2006 года.", {"person/alan-garsiya", "state/PER"}),
    ("Бывший президент Кении Ухуру Кениата прибыл в Эфиопию. На выборах 2013 года Кениата "
     "победил Райлу Одингу.", {"person/ukhuru-keniata", "state/KEN"}),
]  # fmt: skip

# an event noun someone wants, demands or shuns is no event
WISHED = [
    "Президент Кении Уильям Руто не хочет досрочных выборов.",
    "Коммунисты Чехии настаивают на проведении досрочных выборов.",
    "Оппозиция Вьетнама требует проведения досрочных выборов.",
    "Премьер-министр Дании Метте Фредериксен хочет избежать выборов.",
    "Норвегия добивается встречи премьер-министров Норвегии и Дании.",
    "Правительство Эфиопии желает проведения переговоров с Кенией.",
    # a way of choosing brought in, not an election held
    "Эксперты предсказывали, что до введения прямых выборов губернаторы Чили будут переназначены.",
    "Парламент Перу одобрил введение прямых выборов мэров.",
]


@pytest.mark.parametrize(("text", "participants"), SPOKEN_OF)
def test_who_speaks_of_elections_does_not_run(events, text: str, participants: set) -> None:
    (election,) = of_kind(events(text), "Election")
    assert set(election.participants) == participants


@pytest.mark.parametrize(("text", "candidate"), CONTESTED)
def test_who_contests_elections_runs(events, text: str, candidate: str) -> None:
    (election,) = of_kind(events(text), "Election")
    assert candidate in election.participants


@pytest.mark.parametrize(("text", "participants"), RUN_IN)
def test_who_runs_brings_the_state_of_the_elections(events, text: str, participants: set) -> None:
    (election,) = of_kind(events(text), "Election")
    assert set(election.participants) == participants


def test_who_congratulates_on_a_victory_does_not_run(events) -> None:
    text = "Президент Египта Абдель Фаттах ас-Сиси поздравил Уильяма Руто с победой на выборах."
    (election,) = of_kind(events(text), "Election")
    assert not {"person/abdel-fattah-el-sisi", "state/EGY"} & set(election.participants)


@pytest.mark.parametrize("text", WISHED)
def test_a_wished_event_is_none(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind in {"Election", "Meeting", "Talks"}]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Индонезии хочет встретиться с президентом Вьетнама.",
        # readiness lies ahead too, also with the words that report it
        "Президент Бразилии Лула да Силва готов лично встретиться с президентом Венесуэлы.",
        "По словам советника, президент Бразилии готов встретиться с президентом Венесуэлы.",
    ],
)
def test_a_wish_to_meet_is_still_a_planned_meeting(events, text: str) -> None:
    (meeting,) = of_kind(events(text), "Meeting")
    assert meeting.status == "planned"


def test_what_someone_was_ready_for_is_not_ahead(events) -> None:
    text = "Президенты Кении и Эфиопии провели переговоры, к которым стороны были готовы."
    (talks,) = of_kind(events(text), "Talks")
    assert talks.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Пакистана заявил, что Дели готов к переговорам с Исламабадом.",
        "Премьер-министр Индии выступает за переговоры с Пакистаном.",
        "Премьер Японии заявил о готовности к переговорам с Китаем.",
        "Президент Франции призвал Сербию и Хорватию сесть за стол переговоров.",
        "Президент Аргентины заявил о готовности Буэнос-Айреса сесть за стол переговоров с "
        "Лондоном.",
        "Президент Египта призвал Эфиопию к переговорам по плотине.",
    ],
)
def test_readiness_or_a_call_for_talks_is_no_talks(events, text: str) -> None:
    assert not of_kind(events(text), "Talks")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Переговоры Индии и Пакистана, к которым был готов Дели, прошли в среду.", "occurred"),
        ("Дели готов к переговорам с Исламабадом, которые пройдут в среду.", "planned"),
        ("Министр Египта выступил на переговорах с Эфиопией.", "occurred"),
        ("Делегации Сербии и Хорватии сели за стол переговоров в Брюсселе.", "occurred"),
    ],
)
def test_talks_told_beside_readiness_keep_their_status(events, text: str, status: str) -> None:
    (talks,) = of_kind(events(text), "Talks")
    assert talks.status == status


def test_who_is_persuaded_to_visit_is_the_visitor(events) -> None:
    text = "Премьер-министр Индии Нарендра Моди убедил президента Японии посетить Дели."
    (visit,) = [e for e in events(text) if "Visit" in e.kind]
    assert (visit.visitor, visit.status) == ("state/JPN", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "Бывший президент Кении Мваи Кибаки скончался. Президент Танзании 23 апреля 2022 года "
        "выразил соболезнования в связи с кончиной Мваи Кибаки.",
        "Соболезнования в связи со смертью президента Кении Мваи Кибаки выразил 23 апреля "
        "2022 года президент Танзании.",
    ],
)
def test_the_occasion_of_an_act_is_not_dated_by_it(events, text: str) -> None:
    (death,) = of_kind(events(text), "Death")
    assert death.date == ""


def test_an_act_keeps_its_own_date(events) -> None:
    text = "Президент Кении Мваи Кибаки скончался 22 апреля 2022 года."
    (death,) = of_kind(events(text), "Death")
    assert death.date == "2022-04-22"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # must not: the date of an act a signing is the reason of
        ("В 2019 году премьер-министр Эфиопии получил Нобелевскую премию за подписание "
         "мирного соглашения с Эритреей.", ""),
        ("Президента Кении в 2021 году наградили благодаря подписанию торгового соглашения "
         "с Танзанией.", ""),
        # the signing's own date, or that of the act it is
        ("Орден он получил за подписание в 2018 году мирного соглашения между Эфиопией и "
         "Эритреей.", "2018"),
        ("В 2018 году в Джидде состоялось подписание мирного соглашения между Эфиопией и "
         "Эритреей.", "2018"),
    ],
)  # fmt: skip
def test_what_an_act_is_done_for_is_not_dated_by_it(events, text: str, date: str) -> None:
    (signing,) = of_kind(events(text), "Signing")
    assert signing.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Заседание парламента Кении открыл старейший (1944 года рождения) депутат Джон Мбади.",
        "Пленарное заседание открыл депутат Ян Новак 1950 года рождения.",
    ],
)
def test_a_birth_year_is_no_event_date(events, text: str) -> None:
    (meeting,) = of_kind(events(text), "Meeting")
    assert meeting.date == ""


# an event in a condition, or in what follows from one, of a plan denied, or an act denied,
# is not told as a fact
NOT_TOLD = [
    "Если в отведённые сроки правительство сформировать не удастся, состоятся досрочные "
    "выборы в Дании.",
    "Если стороны договорятся, президент Кении посетит Эфиопию в мае.",
    "Президент Японии посетит Индию, если переговоры пройдут успешно.",
    # a plan denied: nothing lies ahead
    "Визит президента Аргентины в Великобританию пока не планируется.",
    "Президент Чили не планирует посещать Перу в этом году.",
    "Переговоры министров иностранных дел Индии и Китая не запланированы.",
    # an act the text denies was done
    "Президент Чили Габриэль Борич и президент Перу Дина Болуарте так и не подписали "
    "соглашение о границе.",
    "Президент Кении Уильям Руто не посетил Эфиопию в прошлом году.",
    "Президент Кении Уильям Руто не стал встречаться с премьер-министром Эфиопии.",
    "Мирный договор между Японией и Китаем так и не был подписан.",
]


@pytest.mark.parametrize("text", NOT_TOLD)
def test_an_event_not_told_as_fact_is_none(events, text: str) -> None:
    told = {"Election", "Visit", "Talks", "Meeting", "Signing"}
    assert not [e for e in events(text) if e.kind in told]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # "в любом случае" is no condition; an event named inside a condition's clause is
        ("Выборы генерального секретаря организации пройдут в любом случае, заявил "
         "представитель Кении.", "Election", "planned"),
        ("Президент Кении посетил Эфиопию в мае.", "Visit", "occurred"),
        ("Стороны договорились, что президент Бразилии посетит Аргентину в мае.", "Visit",
         "planned"),
        ("Визит президента Кении в Эфиопию планируется на май.", "Visit", "planned"),
        ("Президент Чили планирует посетить Перу в мае.", "Visit", "planned"),
        # "не только … но и" denies nothing; a noun's event that did not happen is cancelled
        ("Президент Кении Уильям Руто не только посетил Эфиопию, но и выступил в "
         "парламенте.", "Visit", "occurred"),
        ("Визит президента Кении в Эфиопию не состоялся.", "Visit", "cancelled"),
    ],
)  # fmt: skip
def test_no_condition_no_loss(events, text: str, kind: str, status: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.status == status


@pytest.mark.parametrize(
    ("text", "kind", "place", "status"),
    [
        # a modal's infinitive: not yet, and the place may hang on the modal
        ("В Кении 9 августа должны пройти парламентские выборы.", "Election", "Кения",
         "planned"),
        ("В Бразилии в ноябре может состояться саммит БРИКС.", "Summit", "Бразилия",
         "planned"),
        ("Саммит БРИКС прошёл в Бразилии.", "Summit", "Бразилия", "occurred"),
    ],
)  # fmt: skip
def test_a_modal_event_lies_ahead_where_it_is_held(events, text, kind, place, status) -> None:
    (event,) = of_kind(events(text), kind)
    assert (event.location, event.status) == (place, status)


@pytest.mark.parametrize(
    ("text", "visit_kind", "location", "talks_or_part"),
    [
        # a frame ("в ходе визита") told with an act ahead is the visit told before, not a
        # planned visit; the act ahead is planned and the visitor takes part in it
        ("Президент Вьетнама Во Ван Тхыонг прибыл в Джакарту с государственным визитом. В ходе "
         "визита президент Вьетнама проведёт переговоры с президентом Индонезии Джоко Видодо.",
         "StateVisit", "Джакарта", "Talks"),
        ("Премьер-министр Норвегии Йонас Гар Стёре прибыл в Копенгаген. Во время визита он "
         "встретится с премьер-министром Дании Метте Фредериксен.", "Visit", "Копенгаген",
         "Meeting"),
        # the frame does not take the place of the part it frames
        ("Президент Кении Уильям Руто прибыл в Эфиопию. В рамках визита он посетит Лалибелу.",
         "Visit", "Эфиопия", "Visit"),
    ],
)  # fmt: skip
def test_a_frame_takes_no_tense_or_place_of_what_it_frames(
    events, text: str, visit_kind: str, location: str, talks_or_part: str
) -> None:
    found = events(text)
    (visit,) = [e for e in found if e.kind == visit_kind and e.status == "occurred"]
    assert visit.location == location
    ahead = [e for e in found if e.kind == talks_or_part and e.status == "planned"]
    assert len(ahead) == 1 and visit.visitor in ahead[0].participants
    visits_ahead = [e for e in found if "Visit" in e.kind and e.status == "planned"]
    assert len(visits_ahead) == (talks_or_part == "Visit")


@pytest.mark.parametrize(
    ("text", "kind", "persons"),
    [
        # the clause of "где" on a place tells its own event with its own persons
        ("Министр иностранных дел Дании Ларс Лёкке Расмуссен на следующей неделе посетит Осло, "
         "где встретится с премьер-министром Норвегии Йонасом Гаром Стёре.", "Meeting",
         {"person/lars-lekke-rasmussen", "person/yonas-gar-stere"}),
        ("Президент Кении Уильям Руто прибыл в Аддис-Абебу, где провёл переговоры с "
         "премьер-министром Эфиопии Абием Ахмедом.", "Talks",
         {"person/uilyam-ruto", "person/abiy-akhmed"}),
    ],
)  # fmt: skip
def test_who_meets_in_a_clause_of_where(events, text: str, kind: str, persons: set) -> None:
    (event,) = of_kind(events(text), kind)
    assert persons <= set(event.participants)


def test_what_was_done_does_not_join_what_lies_ahead(events) -> None:
    text = (
        "Переговоры по соглашению шли более десяти лет. Министр иностранных дел Дании Ларс "
        "Лёкке Расмуссен на следующей неделе посетит Осло, где встретится с премьер-министром "
        "Норвегии Йонасом Гаром Стёре."
    )
    (meeting,) = of_kind(events(text), "Meeting")
    assert meeting.status == "planned"


def test_a_discussion_after_a_short_aside_is_the_call_before(events) -> None:
    text = (
        "Президент Бразилии Луис Инасиу Лула да Силва провёл в понедельник телефонный разговор "
        "с президентом Аргентины Хавьером Милеем. Об этом сообщила пресс-служба. Стороны "
        "обсудили ситуацию в МЕРКОСУР."
    )
    found = events(text)
    (call,) = [e for e in found if e.kind in {"PhoneCall", "Talks"}]
    assert call.kind == "PhoneCall" and "обсудили" in " ".join(s.text for s in call.evidence)
    # an event told between them keeps the discussion apart from the call
    apart = text.replace("Об этом сообщила пресс-служба.", "Затем Лула посетил Чили.")
    (call,) = of_kind(events(apart), "PhoneCall")
    assert "обсудили" not in " ".join(s.text for s in call.evidence)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Президент Аргентины Хавьер Милей отказался от поездки на саммит МЕРКОСУР в "
         "Асунсьоне.", "state/PRY"),
        ("Президент Кении Уильям Руто во время поездки на саммит в Аддис-Абебе встретился с "
         "премьер-министром Эфиопии.", "state/ETH"),
        # a trip to one's own capital has no host abroad
        ("Президент Аргентины Хавьер Милей отказался от поездки на саммит в Буэнос-Айресе.", ""),
    ],
)  # fmt: skip
def test_a_trip_to_an_event_in_a_capital_visits_its_state(events, text: str, host: str) -> None:
    visits = [e for e in events(text) if "Visit" in e.kind]
    assert [v.host for v in visits] == [host]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # how one takes part is not the event's name, wherever the parse hangs it
        ("Египет примет участие в саммите Организации тюркских государств в качестве "
         "наблюдателя.", "Саммит Организации тюркских государств"),
        ("Норвегия выступит на саммите НАТО в роли посредника.", "Саммит НАТО"),
        ("Индия примет участие в форуме АСЕАН в качестве партнёра по диалогу.", "Форум АСЕАН"),
        # a name with no role in it keeps all its words
        ("Кения примет участие в саммите Африканского союза по вопросам безопасности.",
         "Саммит Африканского союза по вопросам безопасности"),
    ],
)  # fmt: skip
def test_a_role_in_an_event_is_not_its_name(events, text: str, name: str) -> None:
    assert [e.label for e in events(text) if e.kind in {"Summit", "Forum"}] == [name]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a compound whose first part says how or among whom: the event word's kind
        ("Президент Бразилии примет участие в бизнес-форуме в Шанхае 16 апреля.", "Forum"),
        ("Лидеры стран АСЕАН провели онлайн-саммит.", "Summit"),
        ("Президент Кении Уильям Руто провёл онлайн-встречу с премьер-министром Эфиопии "
         "Абием Ахмедом.", "Meeting"),
        # must not: other compounds are other things
        ("Министр провёл пресс-конференцию в Найроби.", None),
        ("Обсуждение продолжилось на интернет-форуме.", None),
    ],
)  # fmt: skip
def test_a_compound_event_word_is_its_event(events, text: str, kind: str | None) -> None:
    kinds = [e.kind for e in events(text, "2026-04-14")]
    assert kinds == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the name says who takes part, before or after the event word: no sides appended
        ("Президент Кении примет участие в кенийско-эфиопском бизнес-форуме в Найроби.",
         "Кенийско-эфиопский бизнес-форум"),
        ("Президент Кении примет участие в форуме регионов Кении и Эфиопии в Найроби.",
         "Форум регионов Кении и Эфиопии"),
    ],
)  # fmt: skip
def test_a_forum_named_by_its_sides_is_not_named_twice(events, text: str, label: str) -> None:
    assert [e.label for e in events(text, "2026-04-14") if e.kind == "Forum"] == [label]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # "двух стран" in a summit's name is the document's two
        ("Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии. Кения и "
         "Эфиопия договорились. Следующий саммит двух стран пройдёт в Найроби.",
         ["state/ETH", "state/KEN"]),
        # must not: a union's summit is not the pair's
        ("Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии. Кения и "
         "Эфиопия договорились. Следующий саммит Африканского союза пройдёт в Найроби.", []),
    ],
)  # fmt: skip
def test_a_summit_of_both_states_is_the_documents_pair(events, text: str, states: list) -> None:
    (summit,) = [e for e in events(text, "2026-04-14") if e.kind == "Summit"]
    assert [p for p in summit.participants if p.startswith("state/")] == states


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an event a work or show is devoted to or about is its topic, no event told
        ("В Маниле открылась выставка, посвящённая саммиту АСЕАН.", []),
        ("В Ханое вышла книга о переговорах президентов Вьетнама и Лаоса.", []),
        ("В Сеуле показали фильм о визите президента Франции в Южную Корею.", []),
        # must not change: a meeting devoted to a topic, talks told
        ("Президенты Вьетнама и Лаоса посвятили встречу вопросам торговли.", ["Meeting"]),
        ("Президенты Вьетнама и Лаоса провели переговоры в Ханое.", ["Talks"]),
        ("Выставка в Маниле посвящена саммиту АСЕАН.", []),
        # must not: an event a meeting is devoted to is told
        ("Министр провёл совещание, посвящённое визиту президента Вьетнама в Лаос.", ["Visit"]),
        ("Премьер Камбоджи провёл заседание, посвящённое визиту короля Таиланда в Пномпень.",
         ["Meeting", "Visit"]),
    ],
)  # fmt: skip
def test_a_works_topic_is_no_event(events, text: str, kinds: list[str]) -> None:
    found = [e.kind for e in events(text) if e.kind not in {"Publication", "Statement"}]
    assert found == kinds
