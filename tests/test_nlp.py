"""The spaCy backbone: razdel tokens, natasha analyses on spaCy tokens, sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import DependencyMatcher, Matcher
from spacy.vocab import Vocab

from kg.doc_text import doc_text
from kg.nlp.segment import sentence_spans, token_spans
from kg.nlp.tokenizer import RazdelTokenizer


@pytest.fixture(scope="module")
def blank_vocab() -> Vocab:
    """A blank Russian vocabulary, made once: making one per example cost most of the test's
    time, and the tokenizer is stateless (the strings it adds change no split)."""
    import spacy

    return spacy.blank("ru").vocab


@given(st.text(alphabet='Ёёа-яА-Я .,!?:;—–-«»"\n\t\r 0123456789', max_size=200))
@settings(max_examples=200, deadline=None)
def test_tokenizer_reproduces_any_text_exactly(blank_vocab: Vocab, text: str) -> None:
    doc = RazdelTokenizer(blank_vocab)(text)
    assert doc.text == text == doc_text(doc)  # the text it keeps is the one its tokens join


def test_transcript_turns_and_lines_start_sentences() -> None:
    text = (
        "Начало встречи\n"
        "Ш.Мирзиёев: Уважаемый господин Президент! Рады вас видеть.\n"
        "Р.Т.Эрдоган: Спасибо. Мы готовы. К.-Ж.Токаев: Да."
    )
    starts = [text[s:e].split()[0] for s, e in sentence_spans(text)]
    assert starts == ["Начало", "Ш.Мирзиёев:", "Рады", "Р.Т.Эрдоган:", "Мы", "К.-Ж.Токаев:"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "ХАНОЙ, 12 марта 2025 года — Президент Вьетнама прибыл в Джакарту. Он доволен.",
            ["ХАНОЙ, 12 марта 2025 года —", "Президент Вьетнама прибыл в Джакарту.", "Он доволен."],
        ),
        (
            "ЛИМА, 3 июля — РИА Новости. Глава МИД Перу вылетел в Сантьяго.",
            ["ЛИМА, 3 июля —", "РИА Новости.", "Глава МИД Перу вылетел в Сантьяго."],
        ),
        (
            "ОСЛО, 8 мая 2024 года. /ТАСС/. Норвегия и Дания подписали меморандум.",
            ["ОСЛО, 8 мая 2024 года. /ТАСС/.", "Норвегия и Дания подписали меморандум."],
        ),
        ("Буэнос-Айрес, 5 мая", ["Буэнос-Айрес, 5 мая"]),  # a dateline line alone
        (
            "Найроби. 15 мая. INTERFAX.RU - Президент Кении провел переговоры.",
            ["Найроби. 15 мая. INTERFAX.RU -", "Президент Кении провел переговоры."],
        ),
        # not a dateline: no day and month after the comma
        ("Вена, столица Австрии, приняла саммит.", ["Вена, столица Австрии, приняла саммит."]),
    ],
)
def test_a_dateline_opening_a_line_is_a_sentence_of_its_own(
    text: str, sentences: list[str]
) -> None:
    # parsed with the sentence after it, the dateline's city took that sentence's subject
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a capital glued to a number is a code, no initial: its full stop ends the sentence
        ("Samsung и Viettel развивают технологии 5G. Сумма контракта составит 2 млрд долларов.",
         ["Samsung и Viettel развивают технологии 5G.",
          "Сумма контракта составит 2 млрд долларов."]),
        ("Индия и Япония построят сети на базе 4G. Работы начнутся в июне.",
         ["Индия и Япония построят сети на базе 4G.", "Работы начнутся в июне."]),
        ("Египет закупит у Индии танки Т-90С. Поставки начнутся в 2026 году.",
         ["Египет закупит у Индии танки Т-90С.", "Поставки начнутся в 2026 году."]),
        # must not: an abbreviation or initials, and a version razdel cuts already
        ("Стороны подписали меморандум, т. е. документ о намерениях.",
         ["Стороны подписали меморандум, т. е. документ о намерениях."]),
        ("Документ подписал А. Б. Иванов.", ["Документ подписал А. Б. Иванов."]),
        ("Франция поставит Египту программу версии 2.0. Документ рассчитан на пять лет.",
         ["Франция поставит Египту программу версии 2.0.", "Документ рассчитан на пять лет."]),
        ("Сети 5G в Индии строят Nokia и Ericsson.",
         ["Сети 5G в Индии строят Nokia и Ericsson."]),
    ],
)  # fmt: skip
def test_a_codes_full_stop_ends_a_sentence(text: str, sentences: list[str]) -> None:
    # razdel read "G." of "5G." as an initial and ran the next sentence on
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a year's or a century's full stop before a capitalised function word ends a sentence
        ("Чили и Перу сотрудничают с 2007 г. Кроме того, они создали совет.",
         ["Чили и Перу сотрудничают с 2007 г.", "Кроме того, они создали совет."]),
        ("Граница Эстонии и Латвии прошла здесь в 1920 г. Однако спор продолжился.",
         ["Граница Эстонии и Латвии прошла здесь в 1920 г.", "Однако спор продолжился."]),
        ("Египет и Турция спорили в 1990-х гг. Он вспоминает об этом.",
         ["Египет и Турция спорили в 1990-х гг.", "Он вспоминает об этом."]),
        ("Крепость построили в XIX в. В Мексике таких немного.",
         ["Крепость построили в XIX в.", "В Мексике таких немного."]),
        # must not: a name or noun may be the subject of the same sentence; a lower-case word
        ("В 1995 г. Фухимори посетил Чили.", ["В 1995 г. Фухимори посетил Чили."]),
        ("С 2010 г. Канада закупает мексиканские авто.",
         ["С 2010 г. Канада закупает мексиканские авто."]),
        ("Договор подписан в 1995 г. в Лиме.", ["Договор подписан в 1995 г. в Лиме."]),
    ],
)  # fmt: skip
def test_a_years_full_stop_before_a_function_word_ends_a_sentence(
    text: str, sentences: list[str]
) -> None:
    # razdel read "г." as an abbreviation and ran the next sentence on
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("сети 5G.", ["сети", "5G", "."]),
        ("формат 3D, а не 2D", ["формат", "3D", ",", "а", "не", "2D"]),
        # must not: a lower-case or Cyrillic unit, a word of letters, a spaced letter
        ("в 2020г", ["в", "2020", "г"]),
        ("5GB и 3 D", ["5", "GB", "и", "3", "D"]),
    ],
)
def test_a_capital_glued_to_a_number_is_one_token(text: str, tokens: list[str]) -> None:
    # "технологии 5" lost its letter from an agreement's title
    assert [text[a:b] for a, b in token_spans(text, 0, len(text))] == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("из 150, 60 против", ["из", "150", ",", "60", "против"]),
        ("в 2020, 2021 и 2022 годах", ["в", "2020", ",", "2021", "и", "2022", "годах"]),
        ("1,5, 2,5 и 3", ["1,5", ",", "2,5", "и", "3"]),
        # must not: a decimal comma stays in its number
        ("1,5 млн", ["1,5", "млн"]),
        ("150,60", ["150,60"]),
    ],
)
def test_a_comma_glued_to_a_number_is_its_own_token(text: str, tokens: list[str]) -> None:
    # razdel read "150, 60" as "150," and "60": the list's comma hid in its first number
    assert [text[a:b] for a, b in token_spans(text, 0, len(text))] == tokens


def test_dash_led_direct_speech_stays_one_sentence() -> None:
    text = "– Мы обсудили энергетику и транспорт, – заявил Нарендра Моди журналистам."
    assert [text[s:e] for s, e in sentence_spans(text)] == [text]


def test_natasha_analyses_are_on_spacy_tokens(nlp) -> None:  # noqa: ANN001
    doc = nlp("Президент Турции Реджеп Тайип Эрдоган посетил Ташкент в мае.")
    president = doc[0]
    assert (president.pos_, president.lemma_, president.morph.get("Case")) == (
        "NOUN", "президент", ["Nom"],
    ) or president.pos_ == "PROPN"  # fmt: skip
    assert doc[5].lemma_ == "посетить" and doc[5].dep_ == "ROOT"
    assert [e.label_ for e in doc.ents] == ["LOC", "PER", "LOC"]
    matcher = Matcher(nlp.vocab)
    matcher.add("VISIT", [[{"LEMMA": "посетить"}, {"ENT_TYPE": "LOC"}]])
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["посетил Ташкент"]
    dep = DependencyMatcher(nlp.vocab)
    dep.add("WHO", [[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "посетить"}},
                     {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s",
                      "RIGHT_ATTRS": {"DEP": "nsubj"}}]])  # fmt: skip
    (_, (verb, subject)), *_ = dep(doc)
    assert doc[subject].text == "Президент"


def test_every_sentence_is_a_tree(nlp) -> None:  # noqa: ANN001
    # natasha's parser can return a cycle without a root ("спектр" <-> "шире").
    doc = nlp("Но «спектр шире», отметил Токаев. А потом – ещё шире.")
    for sent in doc.sents:
        assert sum(t.head.i == t.i for t in sent) == 1
        assert sent.root is not None
    for ent in doc.ents:
        assert ent.root is not None


def test_state_spans_from_the_gazetteer(nlp) -> None:  # noqa: ANN001
    doc = nlp("Турецкая Республика и РФ. Того, что сказал Пекин, хватит. В Пекине тепло.")
    found = [(s.text, s.kb_id_, s.id_) for s in doc.spans["states"]]
    assert ("Турецкая Республика", "state/TUR", "name") in found
    assert ("РФ", "state/RUS", "abbreviation") in found
    assert ("Пекин", "state/CHN", "capital") in found
    assert all(s.text not in ("Того", "Пекине") for s in doc.spans["states"])


def test_generic_institution_is_not_one_states_organization(nlp) -> None:  # noqa: ANN001
    doc = nlp("Сенат США одобрил договор. Мажилис и «Известия» об этом писали, Госдума тоже.")
    orgs = {s.text: s.kb_id_ for s in doc.spans["orgs"]}
    assert "Сенат" not in orgs  # the gazetteer's "Сенат" is Kazakhstan's: not every senate
    assert orgs["Мажилис"] == "org/mazhilis" and orgs["Госдума"] == "org/state-duma"


def test_capitals_in_both_lemma_forms(nlp) -> None:  # noqa: ANN001
    # pymorphy3 reads "Богота" as "богота" here and "Боготу" as "богот" there.
    doc = nlp("Богота заявила протест. Москва и Вашингтон ответили.")
    assert {s.text: s.kb_id_ for s in doc.spans["states"]} == {
        "Богота": "state/COL", "Москва": "state/RUS", "Вашингтон": "state/USA",
    }  # fmt: skip


_CYRILLIC_TWINS = "аеорсхуАВЕКМНОРСТХ"
_LATIN_TWINS = "aeopcxyABEKMHOPCTX"


@given(
    st.lists(
        st.tuples(st.sampled_from(range(len(_CYRILLIC_TWINS))), st.booleans())
        | st.tuples(st.sampled_from("бвгдёжзийклмнптфцчшщъыьэюяБГДЖЗИЛПФЦШЭЮЯ"), st.just(False)),
        min_size=2,
        max_size=12,
    ).filter(lambda w: any(latin for _, latin in w) and any(not latin for _, latin in w))
)
@settings(max_examples=200, deadline=None)
def test_lookalike_letters_in_a_cyrillic_word_fold(word: list[tuple[int | str, bool]]) -> None:
    from kg.nlp.lookalikes import fold_lookalikes

    def letter(c: int | str, latin: bool) -> str:
        if isinstance(c, int):
            return (_LATIN_TWINS if latin else _CYRILLIC_TWINS)[c]
        return c

    mixed = "".join(letter(c, latin) for c, latin in word)
    pure = "".join(letter(c, False) for c, _ in word)
    text = f"Министр {mixed} прибыл в Лиму."
    folded = fold_lookalikes(text)
    assert len(folded) == len(text)
    assert folded == f"Министр {pure} прибыл в Лиму."


@pytest.mark.parametrize(
    "text",
    ["Продажи iPhone выросли в Перу.", "Магазин IKEA открылся в Лиме.", "XXI век", "Windowsе"],
)
def test_latin_words_stay_latin(text: str) -> None:
    from kg.nlp.lookalikes import fold_lookalikes

    assert fold_lookalikes(text) == text


def test_tokenizer_reads_a_mixed_word_whole(blank_vocab: Vocab) -> None:
    text = "Патриарх Бeшара Бутрос прибыл."
    doc = RazdelTokenizer(blank_vocab)(text)
    assert [t.text for t in doc][:3] == ["Патриарх", "Бешара", "Бутрос"]
    assert len(doc.text) == len(text)
