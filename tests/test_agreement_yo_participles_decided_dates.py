"""Four classes of the sixtieth pass (h-agreements68).

A participle spelt with "ё" ("заключённое", "заключённый") was a word navec's vocabulary
lacks: the tagger and the parser read it as unknown, a passive participle as an active one
in another case, and its agent ("заключённое Чили и Аргентиной") was no party. Now a word
the vocabulary lacks is looked up spelt with "е" (`kg.nlp.models.WordIds`), so it reads as
"заключенное" does. Must-nots: the "е" spelling and a finite verb stay as they were.

A date on a verb of deciding or agreeing that the signing hangs below ("Подписать соглашение
было решено ещё в 2024 году") is the decision's, not the paper's. Must-nots: a date on the
signing itself, and one under a verb of planning ("планируют в мае подписать"), still date
it.

A paper to be signed with no agent ("соглашение …, которое будет подписано в мае", "…, а
меморандум о туризме будет подписан в сентябре") is the report's pair's, as an agentless
signing told done is. Must-nots: an agent names its sides, and with no pair named there
are none.

A "в"-place the parse hangs on a passive's instrumental agent ("подписан Египтом и
Иорданией в Каире": "в Каире" on "Египтом") is the signing's place. Must-not: one of a word
that is no agent ("партнёром Иордании в Аммане", "родившимся в Каире"). Sentences of our own
about other pairs."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows

from kg.extract.agreements import read_agreements
from kg.model import Document
from kg.nlp.models import WordIds, morph_tagger

CHL_ARG = ("state/ARG", "state/CHL")
KEN_UGA = ("state/KEN", "state/UGA")
EGY_JOR = ("state/EGY", "state/JOR")


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {(title, status, date, sorted parties)} of the papers kg reads in it."""
    return lambda text: {
        (t, s, d, tuple(sorted(p))) for t, s, d, p in dated_rows(analyse, text, "2026-03-12")
    }


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Действует соглашение о защите Огненной Земли, заключённое Чили и Аргентиной.",
         ("Соглашение о защите Огненной Земли", "signed", "", CHL_ARG)),
        ("Остаётся в силе договор о границе, заключённый Египтом и Иорданией.",
         ("Договор о границе", "signed", "", EGY_JOR)),
        # must not: the "е" spelling reads as before
        ("Действует соглашение о защите Огненной Земли, заключенное Чили и Аргентиной.",
         ("Соглашение о защите Огненной Земли", "signed", "", CHL_ARG)),
    ],
)  # fmt: skip
def test_a_participle_spelt_with_yo_has_its_agents_as_parties(read, text, paper):
    assert paper in read(text)


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Подписать соглашение о туризме между Египтом и Иорданией было решено ещё в 2024 году.",
         ("Соглашение о туризме между Египтом и Иорданией", "planned", "", EGY_JOR)),
        # must not: a date on the signing, or on a verb of planning, dates the paper
        ("Египет и Иордания в 2024 году подписали соглашение о туризме.",
         ("Соглашение о туризме", "signed", "2024", EGY_JOR)),
        ("Египет и Иордания планируют в мае подписать соглашение о туризме.",
         ("Соглашение о туризме", "planned", "2026-05", EGY_JOR)),
    ],
)  # fmt: skip
def test_a_date_of_deciding_to_sign_is_not_the_papers(read, text, paper):
    assert paper in read(text)


def test_a_word_the_vocabulary_lacks_is_looked_up_without_yo():
    """Known spellings keep their own ids ("ещё" and "еще" are two words of the vocabulary);
    an unseen word with "ё" takes its "е" spelling's, an unseen word without stays unknown."""
    words = morph_tagger().infer.encoder.words_vocab
    assert isinstance(words, WordIds)
    assert words.encode("заключённое") == words.encode("заключенное") != words.unk_id
    assert words.encode("ещё") != words.encode("еще")
    assert words.encode("щёкотуныч") == words.unk_id


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Кения и Уганда готовят соглашение о торговле, которое будет подписано в мае.",
         ("Соглашение о торговле", "planned", "2026-05", KEN_UGA)),
        ("Президенты Кении и Уганды подписали соглашение о торговле, а меморандум о туризме "
         "будет подписан в сентябре.",
         ("Меморандум о туризме", "planned", "2026-09", KEN_UGA)),
        ("Президент Кении посетил Уганду. Соглашение о торговле будет подписано в мае.",
         ("Соглашение о торговле", "planned", "2026-05", KEN_UGA)),
        # must not: with no pair named there are no sides; an agent is the side told
        ("Соглашение о торговле будет подписано в мае.",
         ("Соглашение о торговле", "planned", "2026-05", ())),
        ("Кения и Уганда обсудили торговлю. Соглашение о туризме будет подписано Кенией и "
         "Египтом в мае.",
         ("Соглашение о туризме", "planned", "2026-05", ("state/EGY", "state/KEN"))),
    ],
)  # fmt: skip
def test_a_paper_to_be_signed_by_nobody_named_is_the_pairs(read, text, paper):
    assert paper in read(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Меморандум о туризме подписан Египтом и Иорданией в Каире.", "Каир"),
        ("Соглашение о транзите подписано Египтом и Иорданией в Аммане.", "Амман"),
        # must not: a place of a word that is no agent of the signing
        ("Соглашение о транзите подписано Египтом, партнёром Иордании в Аммане.", ""),
        ("Соглашение о туризме подписано министром Египта, родившимся в Каире.", ""),
    ],
)  # fmt: skip
def test_a_place_the_parse_hangs_on_the_agent_is_the_signings(analyse, text, place):
    """ "в Каире" hung on the agent "Египтом" (nmod) is where the paper was signed."""
    reading = read_agreements(analyse(Document(id="t", text=text, date="2026-03-12")))
    assert [a.place for a in reading.facts] == [place]
