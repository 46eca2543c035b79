"""A spaCy component that finds states and known organizations by the gazetteer.

Names match on lemmas ("Республики Казахстан", "Российскую Федерацию"), short
upper-case aliases on the exact form ("РФ", "США", "КНР"). A state adjective
counts as a mention of the state when it modifies a noun that stands for the
state ("российская сторона", "казахстанская делегация") or forms a compound
("российско-казахстанские"). A capital counts when it stands for the
government ("Москва заявила", "между Москвой и Вашингтоном"), not when it is
a place ("в Москве", a dateline "Москва, Кремль").

Results go to `doc.spans["states"]` and `doc.spans["orgs"]`, each span with
`label_` ("State" / "Organization"), `kb_id_` (entity key) and `id_` (how it
named the entity: name, abbreviation, adjective, capital).

Since the forty-sixth pass (h-split51) this module keeps the component (`GazetteerMatcher`,
its registration and the reading of one document); the names it looks for and the tables of
states' names are in gazetteer_patterns.py, whether a capital stands for its government in
gazetteer_capitals.py, whether a state's adjective stands for its state in
gazetteer_adjectives.py, and which matched names are no mention in gazetteer_filters.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer, capitals, normalize, seats
from kg.nlp.gazetteer_adjectives import (
    counts_of_states,
    mistagged_before,
    name_after_its_noun,
    of_a_people,
    part_state,
    stands_for_state,
)
from kg.nlp.gazetteer_capitals import (
    after_place_preposition,
    capital_with_country,
    governing_capital,
    hosting_capital,
    in_a_name,
    listed_place,
    quoted_name,
    seat_acting,
    town_acting,
)
from kg.nlp.gazetteer_filters import (
    common_phrase,
    confirmed,
    first_name,
    opens_longer_name,
    place_of_a_kind,
    quoted_pair,
    region_name,
    short_named,
    singular_of_plural_name,
    word_of_a_body_name,
    word_of_a_name,
    word_of_a_quoted_name,
)
from kg.nlp.gazetteer_patterns import (
    STATE_KINDS,
    case_forms,
    name_patterns,
    plural_forms,
    state_in_name,
    word_named,
)
from kg.nlp.morph import case_of, dictionary_word, morph
from kg.nlp.phrases import PhraseTrie
from kg.nlp.seats import seat_as_place
from kg.resolve.body_states import another_kind, other_purpose, state_adjectives
from kg.resolve.names import spelt_as_name
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.org_quotes import in_quoted_name
from kg.resolve.title_lexicon import titled_person

T = TypeVar("T")

# What a one-word name must be tagged as in context ("X" for foreign words).
_NAME_POS = frozenset({"PROPN", "NOUN", "X"})


def _name_word(t: Token) -> bool:
    """A word that may be a name: a noun, or an adjective the NER tags a place, as the
    morph tagger reads a headline's "Вьетнам и Индонезия" (an adjective of "Вьетнам")."""
    return t.pos_ in _NAME_POS or (t.pos_ == "ADJ" and t.ent_type_ == "LOC")


def _capitalised_as_name(t: Token) -> bool:
    """A capital inside a sentence, after a word or a comma, or one opening it before "и"
    and a place: a name there, whatever the tagger reads ("Кроме того, Того получит
    кредит", "выделит Того кредит", "Того и Бенин подписали"); a pronoun is capitalised only
    where a sentence or a quote opens ("Того, что…", «Того …», "Того и гляди")."""
    if not t.text[:1].isupper():
        return False
    if t.is_sent_start:
        return _before_a_place(t)
    before = t.doc[t.i - 1]
    return before.is_alpha or before.text == ","


def _before_a_place(t: Token) -> bool:
    """ "X и Бенин": the word after "и" a place the NER tags."""
    after = t.doc[t.i + 1 : t.i + 3]
    return len(after) == 2 and after[0].lower_ == "и" and after[1].ent_type_ == "LOC"


# (start_char, end_char, state key) of the states inside one word ("российско-казахстанские").
if not Doc.has_extension("state_parts"):
    Doc.set_extension("state_parts", default=())


def _headline_word(doc: Doc, start: int, end: int) -> bool:
    """A dictionary word written in capitals beside another such word: a headline in
    capitals ("РОССИЯ НАНЕСЛА УДАР ПО КИЕВУ") writes the word "удар", not the abbreviation
    a gazetteer row shares with it ("партия УДАР"). A capital letter alone is no such word
    ("В ФИФА заявили"). Asked only for a row named by such a word (`word_named`)."""

    def capitals(i: int) -> bool:
        if not 0 <= i < len(doc):
            return False
        text = doc[i].text
        return len(text) > 1 and text.isalpha() and text.isupper() and dictionary_word(text)

    return end - start == 1 and capitals(start) and (capitals(start - 1) or capitals(end))


def _first_name_of(doc: Doc, start: int, end: int, names: Sequence[str]) -> bool:
    """A one-word name news writes in lower case ("тори", "единороссы") written capitalised
    where the tagger reads it as the first word of a person's name that runs on ("Певица
    Тори Эймос"): that person's first name, no organization (fifty-second pass, h-orgs62).
    Not one declined from the row's `names` ("спикером Стортинга Масудом Гарахани"): a first
    name would not take the body's case (fifty-ninth pass, h-names125)."""
    first = doc[start]
    return (
        end - start == 1
        and normalize(first.text) in {normalize(n) for n in names}
        and first.text[:1].isupper()
        and first.ent_iob_ == "B"
        and first.ent_type_ == "PER"
        and end < len(doc)
        and doc[end].ent_iob_ == "I"
    )


class GazetteerMatcher:
    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lemmas = PhraseTrie()  # names, by their tokens' lemmas
        self.forms = PhraseTrie()  # abbreviations, as written (and in case forms: "МВФа")
        self.plurals = PhraseTrie()  # plural-only state names, lower-cased, in every case
        # case forms of names the dictionary reads as undeclined ("тонги"), lower-cased
        self.declined = PhraseTrie()
        for state in gazetteer.states:
            for form in state.forms:
                self.declined.add(f"State|{state.key}", [form.lower()])
        self.lowered = PhraseTrie()  # names also matched opening lower case (`_written_lower`)
        for label, forms in plural_forms(gazetteer):
            for form in forms:
                self.plurals.add(label, [form])
        self.adjectives = state_adjectives(gazetteer)
        self.capitals = capitals(gazetteer)
        self.word_named = word_named(gazetteer)
        # other seats of government news names states by ("Гаага заявила"): only acting
        self.seats = seats(gazetteer)
        # one-word state names as written, lower-cased: read as names where capitalised so
        self.one_word = frozenset(s.name.lower() for s in gazetteer.states if s.name.isalpha())
        # one-word state names whose own written form is a lemma of their pattern ("перу")
        self.as_written: set[str] = set()
        for label, (words, variants), lowered in name_patterns(nlp, gazetteer):
            own = [words[0].lower().replace("ё", "е")] if len(words) == 1 else None
            if label.startswith("State|") and own is not None and own in variants:
                self.as_written.add(own[0])
            for variant in variants:
                self.lemmas.add(label, variant)
                if lowered:
                    self.lowered.add(label, variant)
            if not variants:
                for written in (words, *case_forms(words)):
                    self.forms.add(label, written)

    def _as_names(self, doc: Doc, lemmas: list[str], lowered: list[str]) -> list[str]:
        """The lemmas with a one-word state name capitalised as a name
        (`_capitalised_as_name`) read as the name, whatever the tagger reads: "Того" there is
        the state, not the pronoun "тот". So is an undeclined name the tagger reads as another
        noun's case ("выделила Перу кредит": "перо"), as written. A `Token` is made only for
        such a name's word."""
        out = list(lemmas)
        for i, low in enumerate(lowered):
            if low not in self.one_word or lemmas[i] == low:
                continue
            if not _name_word(doc[i]) and _capitalised_as_name(doc[i]):
                out[i] = morph().lemma(doc[i].text, "NOUN", "").replace("ё", "е")
            elif low in self.as_written and _name_word(doc[i]) and _capitalised_as_name(doc[i]):
                out[i] = low
        return out

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        # Each token's strings from the Doc's arrays: a `Token` per token per pass cost more.
        strings = doc.vocab.strings
        lemmas, forms, lowered = (
            [strings[key] for key in column]
            for column in (doc.to_array([LEMMA, ORTH, LOWER]).T.tolist() if len(doc) else [[]] * 3)
        )
        matches = (
            (self.lemmas(self._as_names(doc, lemmas, lowered)), "name"),
            (self.plurals(lowered), "name"),
            (self.forms(forms), "abbreviation"),
            (self.declined(lowered), "declined"),
        )
        written_lower = set(self.lowered(lemmas))
        for found_here, via in matches:
            for labelled, start, end in found_here:
                label, key = labelled.split("|", 1)
                if (
                    not doc[start].text[:1].isupper()
                    and not (
                        label == "Organization"
                        and any(t.text[:1].isupper() for t in doc[start:end])
                    )
                    and (labelled, start, end) not in written_lower
                ):
                    # "того" is a pronoun, "Того" may be the state; an organization's
                    # body may open lower case before its state ("правительства России"), and
                    # a name the gazetteer writes lower case matches so.
                    continue
                if (
                    end - start == 1
                    and not _name_word(doc[start])
                    and not (label == "State" and _capitalised_as_name(doc[start]))
                ):
                    continue  # "Того, что…" at a sentence start is still a pronoun
                if labelled in self.word_named and _headline_word(doc, start, end):
                    continue
                if (labelled, start, end) in written_lower and _first_name_of(
                    doc, start, end, self._written_names(key)
                ):
                    continue  # "Певица Тори Эймос" is no Tory
                if (
                    via == "declined"
                    and doc[start].is_sent_start
                    and not _before_a_place(doc[start])
                ):
                    continue  # "Тонги" opening a sentence may be the dictionary's "тонги"
                # "МИДе РФ", matched by its lemmas, is still an abbreviation.
                caps = all(t.text[:2].isupper() for t in doc[start:end])
                how = "abbreviation" if caps else via.replace("declined", "name")
                found.append(Span(doc, start, end, label=label, kb_id=key, span_id=how))
        found.extend(self._adjectives(doc, forms, lemmas))
        found.extend(self._capitals(doc, lemmas, found))
        # A state named inside an organization's name ("МИД России") is a mention of it too,
        # unless it is a word of the name ("Единая Россия").
        names = [s for s in found if s.label_ == "Organization"]
        named_states = {i for s in found if s.label_ == "State" for i in range(s.start, s.end)}
        states = filter_spans(
            s
            for s in found
            if s.label_ == "State"
            and not (in_quoted_name(s) and not quoted_pair(s, named_states))
            and not word_of_a_quoted_name(s, named_states)
            and not word_of_a_body_name(s, names)
            and not self._adjective_of_a_name(s, names)
            and not region_name(s)
            and not first_name(s)
            and not word_of_a_name(s)
            and not place_of_a_kind(s)
        )
        places = {
            i: capital
            for i, lemma in enumerate(lemmas)
            if (capital := self.capitals.get(lemma)) and doc[i].text[:1].isupper()
        }
        # known bodies whose rows give their state ("Трудовая партия Кореи": the North's)
        own = [s for s in names if (org := self.gazetteer.org(s.kb_id_)) and org.state]
        doc.spans["states"] = short_named(doc, confirmed(states), places, forms, lemmas, own)
        named = {s.start: s.kb_id_ for s in doc.spans["states"] if s.id_ != "adjective"}
        by_capital = {s.start for s in doc.spans["states"] if s.id_ == "capital"}
        state_tokens = {i for s in found if s.label_ == "State" for i in range(s.start, s.end)}
        ner_orgs = [e for e in doc.ents if e.label_ == "ORG"]  # `doc.ents` makes its Spans anew
        doc.spans["orgs"] = filter_spans(
            s
            for s in found
            if s.label_ == "Organization"
            and not self._of_another_state(s, named.get(s.end), s.end in by_capital)
            and not opens_longer_name(s, state_tokens, ner_orgs)
            and not seat_as_place(s)
            and not self._person_recased(s)
            and not word_of_a_name(s)
            and not other_purpose(s, self.gazetteer.org(s.kb_id_))
            and not another_kind(s, self.gazetteer.org(s.kb_id_))
            and not common_phrase(s, lemmas, forms)
            and not singular_of_plural_name(s, self.gazetteer.org(s.kb_id_))
        )
        doc._.state_parts = [
            part
            for i, text in enumerate(forms)
            if text[:1].isalpha() and "-" in text and text.count("-") < 4
            for part in self._compound(doc[i])
        ]
        return doc

    def _written_names(self, key: str) -> tuple[str, ...]:
        """The names a gazetteer row writes an organization by, as they stand in its row."""
        org = self.gazetteer.org(key)
        return (org.name, *org.abbreviations) if org is not None else ()

    def _adjective_of_a_name(self, span: Span, orgs: list[Span]) -> bool:
        """A state's adjective that is a word of a known body's name which is no body of a
        state ("в Колумбийском университете", "Американского физического общества",
        "«Советский спорт»"): the name's word, not a mention of the state (Columbia
        University is no Colombia's). Not one of a state's own body, by its kind or its noun
        ("Советская армия", a central bank)."""
        if span.id_ != "adjective":
            return False
        for o in orgs:
            if not (o.start <= span.start and span.end <= o.end and len(o) > len(span)):
                continue
            entry = self.gazetteer.org(o.kb_id_)
            if entry is not None and entry.kind in STATE_KINDS:
                return False
            nouns = [t for t in o if t.pos_ in ("NOUN", "PROPN") and t.i >= span.end]
            return not (nouns and nouns[0].lemma_ in STATE_BODIES - {"партия"})
        return False

    def _person_recased(self, span: Span) -> bool:
        """Whether a body's name with a person's name in it ("Московский театр Олега
        Табакова"), matched by lemmas, stands in the text with the person's name in another
        case: "руководитель Московского театра Олег Табаков" names the theatre and then him,
        for the person's name keeps its genitive however the body's name declines. Not a name
        all of whose words the tagger took into a person's ("спикером [Стортинга Масудом
        Гарахани]"): no person's name is in it, it stands before one (fifty-ninth pass,
        h-names125)."""
        org = self.gazetteer.org(span.kb_id_)
        words = normalize(org.name).split() if org is not None else []
        if len(words) != len(span) or all(t.ent_type_ == "PER" for t in span):
            return False
        return any(
            normalize(t.text) != words[t.i - span.start] for t in span if t.ent_type_ == "PER"
        )

    def _of_another_state(self, span: Span, state: str | None, capital: bool = False) -> bool:
        """A known state body named without its state ("Федеральная налоговая служба", which
        the gazetteer knows as Russia's) and followed by another state's name ("… США") is
        that state's body, not the known one; so is a body whose full name gives its state
        named by a short name every state's body has ("ВМС Аргентины" is not "Военно-морские
        силы США"); and so is any item the gazetteer places in a state, followed by another
        state's name in the genitive that hangs on it ("Госдумы Эстонии", "Национальный
        театр Перу" of Chile's theatre): a namesake; as is an item the sources place in no
        state, so followed ("Большой театр Перу": no source gives the Bolshoi's country, and
        the name matched inside it is Peru's theatre's), but not by its capital ("ГУВД
        Москвы": where the item is). Not a state in another case ("Газпром поставил Украине
        газ"), nor the item's own state ("Банк России")."""
        org = self.gazetteer.org(span.kb_id_)
        if state is None or org is None or f"state/{org.state}" == state:
            return False
        own = state_in_name(self.gazetteer, org.name)
        if own:
            return own != state
        after = span.doc[span.end] if span.end < len(span.doc) else span.doc[-1]
        hangs = case_of(after) == "Gen" and span.start <= after.head.i < span.end
        # a city after an item of no state says where it is ("ГУВД Москвы"), no namesake
        by_name = bool(org.state) or not capital
        return hangs and by_name or any(t.lemma_ in STATE_BODIES for t in span)

    def _adjectives(self, doc: Doc, forms: list[str], lemmas: list[str]) -> Iterable[Span]:
        for i, (text, lemma) in enumerate(zip(forms, lemmas, strict=True)):
            key = self.adjectives.get(lemma)
            if not key and "-" in text and text[:1].isalpha():
                # the tagger's verb of a rare hyphenated one ("гвинейско-бисауской") has no
                # adjective's lemma (h-offices62)
                key = self.adjectives.get(normalize(morph().lemma(text.lower(), "ADJ", "")))
            # a compound of states' parts ("российско-казахстанские") is `_compound`'s; a
            # state's own hyphenated adjective ("шри-ланкийского") is the adjective
            if not text[:1].isalpha() or "-" in text and text.count("-") < 3 and not key:
                continue
            if not key:
                continue
            t = doc[i]
            # The tagger calls a rare one a noun ("с угандийским[NOUN] коллегой"), the parse
            # still hangs it as a modifier; or the dictionary has it agree with the noun after
            # it ("о мальдивских[NOUN] военных": `mistagged_before`).
            modifies = t.pos_ in ("ADJ", "DET") or t.dep_ == "amod" or bool(mistagged_before(t))
            stands = stands_for_state(t) or counts_of_states(t, self.adjectives)
            if modifies and stands and not name_after_its_noun(t):
                if self._republic_of_its_own(t, key):
                    continue
                yield Span(doc, t.i, t.i + 1, label="State", kb_id=key, span_id="adjective")

    def _republic_of_its_own(self, t: Token, key: str) -> bool:
        """A state's adjective on a singular "республика" the state is not itself called
        ("создать отдельную сербскую республику": Serbia is "Республика Сербия"): a republic
        of its own, no mention of the state; "в чешскую республику", "аргентинская
        республика" are the states so called ("Чешская Республика")."""
        noun = t.head
        if noun.lemma_ != "республика" or "Plur" in noun.morph.get("Number"):
            return False
        state = self.gazetteer.state(key.removeprefix("state/"))
        if state is None:
            return False
        for name in (state.name, state.full_name, *state.aliases):
            words = normalize(name).split()
            adjective = normalize(morph().lemma(words[0], "ADJ", ""))
            if words[1:] == ["республика"] and adjective == normalize(t.lemma_):
                return False
        return True

    def _compound(self, t: Token) -> list[tuple[int, int, str]]:
        """ "российско-казахстанские": one mention per state, on its part of the word; a part
        may be a state's own hyphenated adjective ("либерийско-сьерра-леонские",
        "шри-ланкийско-индийские": the parts split where each names a state, forty-ninth pass,
        h-offices62).

        Parts of a token cannot be spaCy spans; they go to `doc._.state_parts` as
        (start_char, end_char, key).
        """
        if of_a_people(t):
            return []
        parts = self._states_parts(t.text.split("-"))
        if len(parts) < 2:
            return []
        out, offset = [], t.idx
        for part, key in parts:
            out.append((offset, offset + len(part), key))
            offset += len(part) + 1
        return out

    def _states_parts(self, parts: list[str]) -> list[tuple[str, str]]:
        """The hyphen's parts grouped so that each group names a state, the first ones by
        their linking forms, the last as an adjective (`_part_state`), each group with its
        state; the grouping of the fewest groups, two at least; [] where none fits."""
        ways: list[list[tuple[str, str]]] = []

        def split(rest: list[str], done: list[tuple[str, str]]) -> None:
            for n in range(1, len(rest) + 1):
                part = "-".join(rest[:n])
                key = self._part_state(part, last=n == len(rest))
                if key is None:
                    continue
                if n == len(rest):
                    ways.append([*done, (part, key)])
                else:
                    split(rest[n:], [*done, (part, key)])

        split(parts, [])
        return min((w for w in ways if len(w) > 1), key=len, default=[])

    def _part_state(self, part: str, last: bool) -> str | None:
        """The state a compound's part names (`part_state`)."""
        return part_state(part, last, self.adjectives)

    def _capitals(self, doc: Doc, lemmas: list[str], found: list[Span]) -> Iterable[Span]:
        """Capitals standing for their governments; `found`: the names matched so far."""
        named = {s.start: s.kb_id_ for s in found if s.label_ == "State" and s.id_ != "adjective"}
        for i, lemma in enumerate(lemmas):
            key = self.capitals.get(lemma)
            if not key and (seat := self.seats.get(lemma)) and seat_acting(doc[i]):
                key = seat  # "Гаага выслала посла"; "Гаага — третий город страны" is a place
            if not key:
                continue  # no `Token` made for the other words
            t = doc[i]
            if not t.text[:1].isupper():
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            if after_place_preposition(t) or listed_place(t) or capital_with_country(t, key, named):
                continue
            if not town_acting(t):
                continue  # "в г. Минске": the town
            governing = governing_capital(t, named, self.capitals)
            if in_a_name(t, self._place_called_person(t), governing):
                continue
            if hosting_capital(t) or quoted_name(t):
                continue
            if titled_person(t):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            at_line_start = prev is None or prev.is_space or prev.is_sent_start and prev.is_punct
            if at_line_start and nxt is not None and nxt.text == ",":
                continue  # a dateline: "Москва, Кремль" / "АСТАНА, 12 июня"
            yield Span(doc, t.i, t.i + 1, label="State", kb_id=key, span_id="capital")

    def _place_called_person(self, t: Token) -> bool:
        """A capital natasha tags a person by its word alone ("Тирана заявила", "требования
        Аккры", "ноту Амману") that the dictionary knows as a place and no person's name
        spells: the place. A surname of natasha's list ("Тренер похвалил Берна"), a first name
        ("Виктория заявила") and a longer name ("Мартин Лондон") stay persons. A seat of
        government the dictionary only guesses as a place ("Путраджая выразила протест") is
        one too: the states table names it a seat."""
        doc = t.doc
        if t.ent_type_ != "PER" or t.ent_iob_ != "B":
            return False
        if t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I":
            return False
        places = {
            p.normal_form
            for p in morph().parse(t.text)
            if "Geox" in p.tag and (p.is_known or normalize(p.normal_form) in self.seats)
        }
        return bool(places) and not any(spelt_as_name(w, self.gazetteer) for w in (*places, t.text))


@Language.factory(
    "gazetteer_matcher",
    assigns=["doc.spans", "doc._.state_parts"],
    requires=["token.lemma", "token.pos", "token.dep", "token.head"],
    default_config={"gazetteers": []},
)
def make_gazetteer_matcher(nlp: Language, name: str, gazetteers: Sequence[str]) -> GazetteerMatcher:
    """`gazetteers`: the user's files (`--gazetteer`), added to the packaged gazetteer."""
    return GazetteerMatcher(nlp, Gazetteer.load([Path(p) for p in gazetteers]))
