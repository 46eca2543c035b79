"""The second layer of the attributor: which person a word stands for, its key.

A person mention, "он"/"она", a title or description (through the layer below,
attribution_mentions.py), an apposed, closing or comma name and whom it agrees with, a
delegate's patrons, and the owner of words ("слова президента X"); the layers above
(attribution_speakers.py, attribution_spans.py, attribution_speech.py, attribution.py) ask
this of any word.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import itertools
from pathlib import Path

from spacy.tokens import Token

from kg.extract.common.attribution_grammar import (
    case_words,
    cases_disagree,
    nominative_name,
    nominative_or_caseless,
    one_of_apposed,
    relative_antecedent,
    same_case,
    womans_oblique,
)
from kg.extract.common.attribution_mentions import DEMONSTRATIVE_GENDER, PersonMentions
from kg.extract.common.attribution_words import DELEGATES, PRONOUNS, says_here
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, after_place, name_words
from kg.nlp.morph import cases_of, is_animate, morph, shown_gender
from kg.resolve.gender import dictionary_gender, names_other_gender
from kg.resolve.name_splits import oblique_end_of
from kg.resolve.womens_names import her_foreign_e_name
from kg.sentences import sentence_bounds

BODY_NOUNS = Path(__file__).with_name("body_nouns.txt")


_PRONOUN_GENDER = {"он": "masc", "его": "masc", "она": "femn", "ее": "femn", "её": "femn"}


# titles of one who acts for a patron the genitive names: "адвокат футболиста X Y"
_ACTING_FOR = DELEGATES | {"адвокат", "агент"}


class PersonKeys(PersonMentions):
    """The attributor's state, and which person a mention, pronoun, title or description is."""

    def _person_key(self, token: Token) -> str:
        """The person a subject token names: a mention, or a resolved pronoun; a name in
        apposition wins over the title it follows ("председатель партии Соботка" is
        Соботка, whoever a bare "председатель" elsewhere stands for)."""
        m = self._person_at(token)
        if m is not None and m.via != "title":
            return m.entity
        if m is not None and self._contradicts(token, m.entity):
            m = None  # "— заявила президент" is no man the resolver gave the title to
        if m is None and token.lemma_ in load_list(BODY_NOUNS):
            return ""  # "Пресс-служба президента X заявила": a body's words, not X's
        if token.lower_ in PRONOUNS and token.pos_ in ("PRON", "DET"):
            key = self._antecedent(token.idx, speaking=says_here(token.head))
            # "Она ответила:" after "заявил прокурор X" is not X: the pronoun's gender must
            # not contradict the one kg knows of the person
            gender = _PRONOUN_GENDER[token.lower_]
            told = self._gender(key) if key else ""
            if told and told != gender:
                return self._named_before(token, gender)
            return "" if key and self._shared(key, token.idx, gender) else key
        if token.lower_ in DEMONSTRATIVE_GENDER and token.dep_ in SUBJECTS:
            return self._other_than_subject(token)
        if token.lemma_ == "который" and token.dep_ in SUBJECTS:
            noun = relative_antecedent(token)
            return self._person_key(noun) if noun is not None else ""
        if (named := self._apposed_name(token)) is not None:  # "представитель МИД Мао Нин"
            return "" if self._patrons(token, named) else named.entity
        if m is None and (named := self._closing_name(token) or self._comma_name(token)):
            return "" if self._patrons(token, named) else named.entity
        if m is None:
            return (
                self._colleague(token)
                or self._title_holder(token)
                or self._described(token)
                or self._retitled(token)
            )
        return m.entity

    def _apposed_name(self, token: Token, depth: int = 2) -> Mention | None:
        """The person named in apposition to a token, or to a title in apposition to it:
        "по словам одного из участников, министра Перу Хавьера Гонсалеса" is Гонсалес. Of
        two names hung on a delegate's title with a patron, the last: the first is the
        patron's ("Советник премьера Дании Метте Фредериксен Мартин Расмуссен")."""
        children = [c for c in token.children if c.dep_ == "appos"] or one_of_apposed(token)
        if self._has_patron(token):
            children.reverse()
        for child in children:
            named = self._named_in(child)
            if named is None and depth > 1:
                named = self._apposed_name(child, depth - 1)
            if named is not None and (self._agrees(named, token) or self._her_name(token, named)):
                return named
        return None

    def _agrees(self, named: Mention, title: Token) -> bool:
        """Whether some word of a name may agree in case with the title it is in apposition
        to; a genitive the parse hangs on a nominative does not ("С юбилеем министра X
        поздравил президент Y": X is no president), and a word that never declines ("Моники
        Беллуччи": "Беллуччи" in every case) says no case while another of the name does."""
        span = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None:
            return True
        if title.dep_ in SUBJECTS and womans_oblique(span):
            return False  # "Менеджер Мии X сказал": whatever gender the verb told of her
        if her_foreign_e_name(list(span), title):
            return True  # "— сказал министр … Норвегии Марианне Сивертсен Нэсс": her "-е"
        gender = self._gender(named.entity)
        if any(names_other_gender(t.text, gender) for t in span):
            # "заявила министр Чехии Ивана Шмидова": the tagger read a man's genitive and
            # copied it onto the surname; the other words' own readings tell the case
            rest = [t for t in span if not names_other_gender(t.text, gender)]
            return not rest or any(cases_of(t) & cases_of(title) for t in rest)
        words = case_words(span)
        if not words:  # right after a place phrase, no word tells a case
            return True
        # the tagger's cases of the name's words disagree ("Ван" genitive, "И" instrumental,
        # though "И" tells no case of its own; after a place phrase only the words that
        # tell one): the name's case is one their readings share
        if cases_disagree(words if after_place(span) else list(span)):
            shared = frozenset.intersection(*(cases_of(t) for t in words))
            return not shared or bool(shared & cases_of(title))
        return any(same_case(t, title) for t in words)

    def _named_in(self, name: Token) -> Mention | None:
        """The person mention a name in apposition holds, on any word of it ("Кари Юсеф
        Ахмади" where the resolver names "Юсеф Ахмади"), the capitalised words right after it
        too, however the parser hangs them ("директор Нейл Патрик Харрис": "Патрик" read as
        another apposition)."""
        next_words = name.doc[name.i + 1 : name.i + 4]
        after = itertools.takewhile(lambda t: t.text[:1].isupper(), next_words)
        words = [*name_words(name), *after]
        return next((m for t in words if (m := self._person_at(t)) is not None), None)

    def _closing_name(self, token: Token) -> Mention | None:
        """A name in the nominative that closes a title's phrase, however the parser hangs it
        on ("кандидат на премьерский пост Мирослава Немцова", "комедиантка и телеведущая
        Эллен Дедженерес")."""
        words = [t for t in token.subtree if not t.is_punct and not t.is_space]
        if len(words) < 2 or words[-1].i <= token.i or token.pos_ != "NOUN":
            return None
        named = self._person_at(words[-1])
        if named is None or named.via == "title" or named.start <= token.idx:
            return None
        span = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        nominative = span is not None and nominative_name(span)
        return named if nominative or self._her_name(token, named) else None

    def _her_name(self, title: Token, named: Mention) -> bool:
        """Whether a woman's name the tagger read as a man's genitive ("Ярослава Ковачева":
        Ярослав Ковачев's) is hers in the nominative: the title is the
        subject of a verb in the feminine ("— заявила кандидат на пост …"), kg knows the
        person as a woman, and every word of the name reads so, in the singular ("Агнешки"
        reads so only as a plural: "подруга супруги Марека Агнешки Новак" is the wife's
        name), or as no name at all, a surname no dictionary knows ("Антония Уррехола":
        `Morph.unread_name`)."""
        if title.dep_ not in SUBJECTS or shown_gender(title.head) != "femn":
            return False
        name = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        return self._gender(named.entity) == "femn" and all(
            morph().can_be_all(t.lower_, ("nomn", "femn", "sing")) or morph().unread_name(t.lower_)
            for t in name or ()
            if t.is_alpha
        )

    def _comma_name(self, token: Token) -> Mention | None:
        """A name in the nominative after a comma that closes a title's phrase and ends the
        sentence, however the parser hangs it ("— сказал директор музея и археолог из Лимы,
        Хорхе Кастро."); not a name that goes on into a clause of its own ("— сказал
        министр, Хорхе Кастро промолчал")."""
        if token.pos_ != "NOUN":
            return None
        doc, end = token.doc, sentence_bounds(token)[1]
        comma = next((t for t in doc[token.i + 1 : end] if t.is_punct), None)
        if comma is None or comma.text != "," or comma.i + 1 >= end:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in doc[token.i : comma.i]):
            return None  # the title's phrase ends at the comma
        named = self._person_at(doc[comma.i + 1])
        if named is None or named.via == "title" or named.start != doc[comma.i + 1].idx:
            return None
        span = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None or not nominative_name(span):
            return None
        rest = doc[span.end : end]
        return named if all(t.is_punct or t.is_space for t in rest) else None

    def _has_patron(self, token: Token) -> bool:
        """Whether a title is a delegate's with a patron in the genitive, a being's noun, no
        state or organization ("советник премьера", "адвокат футболиста"; not "представитель
        МИД"): a name hung on it may be the patron's."""
        return token.lemma_ in _ACTING_FOR and any(
            c.dep_ == "nmod" and c.pos_ == "NOUN" and is_animate(c) and not self._is_other_entity(c)
            for c in token.children
        )

    def _patrons(self, token: Token, named: Mention) -> bool:
        """Whether the one name hung on a title is the patron's, not the title holder's: one
        `_speaks_for`, or after a delegate's title with a patron a name written in an oblique
        case ("Представитель президента Египта Абдель Фаттаха ас-Сиси заявил") or of a
        gender the verb does not show ("Советник премьера Дании Метте Фредериксен заявил"):
        the delegate is unnamed, and an unnamed speaker's words are no one's."""
        if self._speaks_for(token, named.entity):
            return True
        if not self._has_patron(token):
            return False
        entity = self.ctx.entity(named.entity)
        name = tuple(entity.name.split()) if entity is not None else ()
        if not name:
            return False
        declined = nominative_or_caseless(token) and oblique_end_of(named.text.split(), name)
        # the dictionary's gender of the first name, not the one the verb gave the person
        told = dictionary_gender(name[0])
        shown = shown_gender(token.head) if token.dep_ in SUBJECTS else ""
        return declined or bool(told and shown and told != shown)

    def _speaks_for(self, token: Token, person: str) -> bool:
        """Whether `token` is one who speaks for the named person, not that person:
        "представителя генсека ООН Антониу Гутерриша" (his office is another), unlike
        "пресс-секретарь президента Дмитрий Песков" (his office is the delegate's)."""
        entity = self.ctx.entity(person)
        office = entity.office.replace("ё", "е") if entity is not None else ""
        return (
            token.lemma_ in DELEGATES
            and bool(office)
            and token.lemma_ not in office
            and any(
                c.dep_ == "nmod" and c.pos_ == "NOUN" and not self._is_other_entity(c)
                for c in token.children
            )  # fmt: skip
        )

    def _owner(self, noun: Token) -> str:
        """The person whose words or text a noun is: "его слова", "в заявлении Токаева"; a
        name in the genitive right after the noun or its title phrase (`_genitive_slots`),
        wherever the parser hung it ("приводит слова Мудавади агентство": the name read as
        the agency's modifier), and a possessive
        pronoun right before it ("приводит его слова газета The Star": the pronoun read as the
        outlet's)."""
        for child in noun.children:
            if child.dep_ in ("nmod", "det") and (key := self._person_key(child)):
                return key
        before = noun.nbor(-1) if noun.i > 0 else None
        if before is not None and before.lower_ in PRONOUNS and before.pos_ in ("DET", "PRON"):
            return self._person_key(before)
        for after in self._genitive_slots(noun):
            if "Gen" in after.morph.get("Case"):
                m = self._person_at(after)
                if m is not None and m.via != "title" and m.start == after.idx:
                    return m.entity
        return ""

    def _genitive_slots(self, noun: Token) -> list[Token]:
        """Where the owner's name of words may start: right after the noun ("слова
        Мудавади"), or right after the owner's title phrase that follows it, the parser
        having hung the name on a later noun ("Слова президента Эквадора Гильермо Лассо
        приводит газета": "Гильермо Лассо" read as the newspaper's); not after a delegate's
        title, whose genitive name may be the patron's ("слова пресс-секретаря президента")."""
        doc = noun.doc
        slots = [doc[noun.i + 1]] if noun.i + 1 < len(doc) else []
        title = slots[0] if slots else None
        if title is None or title.dep_ != "nmod" or title.head.i != noun.i:
            return slots
        if title.pos_ != "NOUN" or title.lemma_ in _ACTING_FOR:
            return slots
        # the name the parse hangs on the title's body ("слова главы Еврокомиссии Урсулы фон
        # дер Ляйен": "Урсулы" on "Еврокомиссии"); not on an animate one, the patron's
        bodies = [c for c in title.children if c.dep_ == "nmod" and c.i > title.i
                  and not is_animate(c)]  # fmt: skip
        slots += [a for b in bodies for a in b.children if a.dep_ == "appos" and a.i > b.i]
        end = max(t.i for t in title.subtree) + 1
        return slots + [doc[end]] if end < len(doc) else slots
