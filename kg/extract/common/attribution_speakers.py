"""The third layer of the attributor: the speaker of a verb of saying.

Its subject, a person a report cites ("приводит его слова «Интерфакс»", "говорится в
заявлении X"), the sender of a message, the author of quoted words, a subject the clause
drops and a surname the parser misread; never an organization or an unresolved noun.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.common.attribution_grammar import (
    animate_nominative,
    disagrees,
    italic_subject,
    nominative_name,
    nominative_or_caseless,
    oblique_title,
    own_preposition,
    reference_after,
    relative_place_word,
)
from kg.extract.common.attribution_layout import unclosed_open
from kg.extract.common.attribution_persons import PersonKeys
from kg.extract.common.attribution_words import (
    AUTHORED,
    IMPERSONAL,
    MARKS,
    QUOTE_REACH,
    QUOTING,
    RECEIVING,
    REFERENCE,
    REPORTING,
    TEXTS,
    WORDS_OF,
    finite_predicate,
    is_tail,
    points_at_said,
    says_here,
)
from kg.nlp.deps import SUBJECTS, has_subject, marked_own, preposition
from kg.nlp.morph import caseless, cases_of, features, is_animate, is_gerund, shown_gender
from kg.nlp.quote_marks import OPENING
from kg.resolve.name_forms import fold

_SUBJECT_REACH = 12  # words after a verb of saying its subject may come ("сказал в … X")


# those who only pass words on: "со ссылкой на своего корреспондента Y" names no speaker
_REPORTERS = frozenset({"журналист", "журналистка", "корреспондент", "корреспондентка",
                        "репортер", "репортёр", "обозреватель", "обозревательница"})  # fmt: skip


# a text of several authors ("в совместном заявлении"): the words of no one person
_JOINT = {"совместный", "общий", "коллективный"}


# a text the verb that sends it names: "X поздравил Y. В поздравлении говорится: «…»"
_SENT_BY = {"поздравление": {"поздравить", "поздравлять"}, "обращение": {"обратиться"}}


# what a message carries: "направил соболезнования Y. «…», — говорится в телеграмме"
_CARRIED = {"соболезнование", "поздравление", "приветствие"}


_MESSAGES = {"телеграмма", "послание", "письмо"}


class Speakers(PersonKeys):
    """The speaker of a verb of saying: its subject, a source, a sender or a dropped subject."""

    def _quoted_words(self, verb: Token) -> list[Token]:
        """The words a verb of quoting or reporting reports: its object ("приводит его
        слова"), or words a demonstrative points back at the quotation with before it in
        its sentence, however the parser hangs them ("— эти слова министра X, сказанные им
        накануне, цитирует агентство")."""
        objects = [c for c in verb.children if c.dep_ == "obj" and c.lemma_ in WORDS_OF]
        pointed = [
            t for t in verb.sent if t.i < verb.i and t.lemma_ in WORDS_OF and points_at_said(t)
        ]
        return objects + pointed

    def _reported(self, verb: Token) -> str:
        """Speaker of a report of someone's words: "приводит его слова «Интерфакс»",
        "говорится в заявлении Токаева", "как передаёт X со ссылкой на Y" (`_referred`: only
        where the words have no owner, "приводит слова X со ссылкой на Y" being X's); else "",
        also for a joint text's words."""
        if verb.lemma_ in REPORTING:
            words = self._quoted_words(verb)
        elif verb.lemma_ in IMPERSONAL:
            words = [c for c in verb.children
                     if c.dep_ == "obl" and c.lemma_ in AUTHORED | TEXTS]  # fmt: skip
        else:
            return ""
        for w in words:
            if any(c.dep_ == "amod" and c.lemma_ in _JOINT for c in w.children):
                continue  # "— говорится в совместном заявлении": the sides', no one's
            if key := self._owner(w) or self._sender(w):
                return key
        return self._referred(verb) if verb.lemma_ in REPORTING else ""

    def _sender(self, text: Token) -> str:
        """Who sent or wrote a text a report names with no owner ("— говорится в телеграмме")
        : the subject of the last verb before it whose object is a text of the same word
        ("Мирзиёев направил поздравительную телеграмму Токаеву"), or what a message carries
        ("выразил соболезнования", "направил поздравления"); "" where the text has an
        owner of its own ("в заявлении МИД") or none was sent before."""
        if any(c.dep_ in ("nmod", "det") and c.pos_ != "ADJ" for c in text.children):
            return ""
        floor = max(0, text.idx - QUOTE_REACH)
        for t in reversed(text.doc[: text.sent.start]):
            if t.idx < floor:
                return ""
            sends = t.lemma_ == text.lemma_ or (t.lemma_ in _CARRIED and text.lemma_ in _MESSAGES)
            if sends and t.dep_ == "obj":
                if t.head.lemma_ in RECEIVING:  # "получил телеграмму от …"
                    return ""
                # one who hands over another's message is no sender ("передал послание
                # президента X": X's)
                return self._owner(t) or self._speaker(t.head, dropped=False)
            if t.pos_ == "VERB" and t.lemma_ in _SENT_BY.get(text.lemma_, ()):
                return self._speaker(t, dropped=False)
        return ""

    def _speaker(self, verb: Token, dropped: bool = True) -> str:
        """Who a verb of saying says spoke: its subject (the object for "цитирует X"); with
        `dropped`, the subject Russian leaves out too."""
        key = self._argument_speaker(verb)
        if key is not None:
            return key
        # Parser missed the subject: a person named after the verb in its clause ("подчеркнул
        # в беседе с журналистами Токаев"), or shortly before it with no punctuation between
        # ("Токаев также с удовлетворением отметил"). Only a name in the nominative: "ответил
        # Суркову" names whom he answered. Quotation marks around a name are the clause's
        # ("отметил в беседе с корреспондентом газеты «Y» президент X").
        sent = verb.sent
        for t in verb.doc[verb.i + 1 : min(sent.end, verb.i + _SUBJECT_REACH)]:
            if t.is_punct and t.text not in MARKS:
                break
            if key := self._nominative_person(t):
                return key
            if self._misread_surname(t, verb):  # "— ответил ему Науседа"
                return self._person_key(t)
        for t in reversed(verb.doc[max(sent.start, verb.i - 6) : verb.i]):
            if t.is_punct:
                break
            if key := self._nominative_person(t):
                return key
        if is_tail(verb) and italic_subject(verb):
            return ""  # "«…», — сообщает ''Kathimerini''": the outlet's words
        return self._dropped_subject(verb) if dropped else ""

    def _argument_speaker(self, verb: Token) -> str | None:
        """The speaker a verb's own subject (or quoted object) names; "" where it names no
        one person, None where the parse gives it none."""
        if key := self._referred(verb):
            return key
        if verb.lemma_ in QUOTING:  # "— цитирует его слова агентство": the words' owner
            for words in self._quoted_words(verb):
                if key := self._owner(words):
                    return key
            if key := self._cited(verb):
                return key
            if any(c.dep_ == "obj" and not self._person_key(c) and not marked_own(c)
                   for c in verb.children):  # fmt: skip
                return ""  # "X процитировал указ: «…»": a text's words, not the citer's
        deps = ("obj", "iobj", *SUBJECTS) if verb.lemma_ in QUOTING else SUBJECTS
        # those before it nearest first: a parse may hang the subjects of coordinated clauses
        # on the last verb ("X пообещал …, а депутат Y назвал его «…», заявив": Y's); those
        # after it last ("подчеркнул: Китай и Y будут …" may give it the words' subject)
        children = sorted(verb.children, key=lambda c: (c.i > verb.i, abs(c.i - verb.i)))
        for dep in deps:
            found = False
            for child in children:
                if child.dep_ == dep == "nsubj:pass":
                    found = True  # "В докладе упомянут министр X": what was said, no speaker
                    continue
                if child.dep_ == dep and not disagrees(child, verb):
                    key = self._person_key(child)
                    if any(c.dep_ == "conj" and self._person_key(c) not in ("", key)
                           for c in child.children):  # fmt: skip
                        return ""  # "Токаев и Путин заявили": no single speaker
                    if key or self._is_other_entity(child):
                        return key
                    found = True  # a parse may give two subjects: "поддерживающий Чавеса
                    # законодатель Хосе Авила", "Спикер …, объявившая …, Сергей Нарышкин"
            if found and dep in SUBJECTS:
                return ""
        return None

    def _referred(self, verb: Token) -> str:
        """The person an outlet's report refers to ("— пишет The Hindu со ссылкой на
        министра", the phrase on the verb, on the outlet, or after the verb wherever the parse
        hangs it: `reference_after`): the words are that person's, the outlet only passes
        them on; "" for a source that is no person named. A phrase inside words quoted after
        the verb is theirs."""
        outlets = [c for c in verb.children if c.dep_ in SUBJECTS]
        refs = [*verb.children, *(g for c in outlets for g in c.children), *reference_after(verb)]
        for ref in refs:
            if ref.lemma_ != REFERENCE or preposition(ref) not in ("с", "со"):
                continue
            if ref.i > verb.i and unclosed_open(self.text[verb.idx : ref.idx]) is not None:
                continue  # "заявил: «Газета пишет со ссылкой на Y …»": the quoted words' own
            for source in ref.children:
                if source.dep_ == "nmod" and preposition(source) == "на":
                    return self._source_person(source)
        return ""

    def _source_person(self, source: Token) -> str:
        """The person a "со ссылкой на" source names itself: a name, a being's title ("на
        министра X"), or a person's statement ("на заявление министра X"); "" for a body or
        sources near a person ("на пресс-службу президента X", "на источник в окружении X"),
        whose genitive names no speaker, and for a reporter ("на своего корреспондента Y"),
        who only passes the words on."""
        if source.lemma_ in WORDS_OF | TEXTS:
            return self._owner(source)
        m = self._person_at(source)
        if m is not None and m.via != "title":
            return m.entity
        if not is_animate(source) or source.lemma_ in _REPORTERS:
            return ""
        return self._person_key(source)

    def _cited(self, verb: Token) -> str:
        """The person a verb of citing names after it in a case other than the nominative,
        wherever the parse hangs the name: on the outlet's ("— цитирует агентство Танюг
        президента Сербии X"), or on a verb of the quotation ("— цитирует газета «Кларин»
        президента X"); the outlet, the citer, stands in the nominative. A title alone names
        the one the resolver gave it where no word of it may be nominative ("— цитирует
        агентство Йонхап южнокорейского лидера"), and a name the parse makes the verb's
        subject is the citer where a being is cited after it ("— цитирует Антара индонезийского
        министра", "… эксперта"): both only where no other name is cited."""
        titled = citer = ""
        being = False  # a being's noun outside the nominative: whom the verb cites
        for t in verb.doc[verb.i + 1 : verb.sent.end]:
            if t.is_punct and t.text not in MARKS:
                break
            m = self._person_at(t)
            if m is None or m.via == "title":
                if t.pos_ == "NOUN" and is_animate(t) and "Nom" not in cases_of(t):
                    titled, being = titled or self._person_key(t), True
                continue
            name = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if name is None:
                continue
            if not nominative_name(name) or oblique_title(verb, name):
                if t.dep_ not in SUBJECTS or t.head.i != verb.i:
                    return m.entity
                citer = citer or m.entity
        return titled or ("" if being else citer)

    def _dropped_subject(self, verb: Token) -> str:
        """The speaker of a verb whose subject Russian leaves out because it continues the
        last one: "Песков улыбнулся и сказал" (the subject of the verb it is coordinated
        with, or that a gerund qualifies: "отозвался о статье, сказав:"), "«…», — и добавил,
        что «…»" (a singular finite verb with no subject at all: the last person who was a
        subject). Plural verbs ("сообщили", "… направлялся, и объясняют") are a body's words,
        whatever clause they are coordinated with."""
        if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children):
            return ""
        if features(verb, "Number") == ("Plur",):
            return ""
        head = verb.head
        if is_gerund(verb) and verb.dep_ == "advcl" and finite_predicate(head):
            # "X отозвался о статье, сказав журналистам:", "X прибыл в Y, сообщив, что «…»":
            # a gerund's subject is its verb's
            return self._speaker(head)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and has_subject(head):
            return self._speaker(head)
        if (noun := _qualified(verb)) is not None:
            # "депутат X, назвавший закон «…»": an active participle's subject is the noun it
            # qualifies, as "который" stands for it ("депутат X, который назвал …")
            return self._person_key(noun)
        if features(verb, "VerbForm") != ("Fin",) or features(verb, "Number") != ("Sing",):
            return ""
        if features(verb, "Person") not in ((), ("3",)) or features(verb, "Voice") == ("Mid",):
            return ""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "acl:relcl" and any(relative_place_word(c) for c in clause.children):
            # "прибыл в Осло, где заявил:", "опубликовал статью, в которой призвал к «…»":
            # the subject is the one of the verb whose place or text the clause qualifies,
            # unless that text is another's ("прочитал письмо X, в котором призвал")
            governor = clause.head.head
            if not finite_predicate(governor) or self._owner(clause.head):
                return ""
            return self._speaker(governor, dropped=False)
        if clause.dep_ not in ("ROOT", "parataxis"):
            return ""  # a relative or adverbial clause has its subject outside it
        line = self.text.rfind("\n", 0, verb.idx) + 1
        for t in verb.sent[: verb.i - verb.sent.start]:
            subject = animate_nominative(t) or self._misread_surname(t, verb)
            if subject and unclosed_open(self.text[line : t.idx]) is None:
                # the parse hung the subject elsewhere: "чемпион Гарри Каспаров, который …,
                # отказался назвать …, но сказал", "визави подтвердил согласие"
                return self._person_key(t)
        key = self._antecedent(verb.idx, speaking=says_here(verb))
        if any(self._person_key(c) == key for c in verb.children):
            return ""  # "ответил Моди:" names the one answered, not the speaker
        return key

    def _misread_surname(self, token: Token, verb: Token) -> bool:
        """A person's surname as the name's nominative writes it, with no preposition, that
        the tagger read as a common word ("Милей" as "миля" in the instrumental: "Милей, в
        свою очередь, отметил:") or, a surname that declines, in an oblique case where the
        verb's gender is the person's, or, where kg knows none, another dative is the one
        addressed ("— ответил ему Науседа", "Науседа" read as a dative): a subject of the
        verb the parse missed, also where the parse hangs on it the preposition of a phrase before
        it ("— обратился к военным Науседа"). A surname that never declines ("ответил Моди:")
        tells nothing."""
        m = self._person_at(token)
        if m is None or m.via == "title" or own_preposition(token):
            return False
        entity = self.ctx.entity(m.entity)
        if entity is None or fold(token.text) != fold(entity.name.split()[-1]):
            return False
        if (m.start, m.end) != (token.idx, token.idx + len(token)):
            return False
        if token.pos_ not in ("PROPN", "ADP"):
            return True
        shown, gender = shown_gender(verb), self._gender(m.entity)
        if caseless(token.text) or not shown or gender not in ("", shown):
            return False
        # a gender kg does not know: the one addressed is another dative ("ответил ему")
        return gender == shown or any(
            c.i != token.i and "Dat" in features(c, "Case") for c in verb.children
        )

    def _nominative_person(self, token: Token) -> str:
        """The person a token names when some word of the name is in the nominative."""
        key = self._person_key(token)
        m = self._person_at(token)
        if not key or m is None:  # a pronoun or title: "его гибель" names no speaker
            return key if key and "Nom" in token.morph.get("Case") else ""
        span = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        return key if span is not None and any(nominative_or_caseless(t) for t in span) else ""


def _qualified(verb: Token) -> Token | None:
    """The noun an active participle after it qualifies ("депутат, назвавший", "с
    сенатором X, назвавшим"), in the participle's case: the parse's head, else the word
    before the comma that opens the participle's phrase (a parse may hang "назвавшим" on
    the sentence's subject). None for a passive one ("слова, сказанные им": what was said,
    not who said it)."""
    if verb.dep_ != "acl" or features(verb, "VerbForm") != ("Part",):
        return None
    case = features(verb, "Case")
    if features(verb, "Voice") == ("Pass",) or not case or not _quotes_on(verb):
        return None
    nouns = [verb.head]
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.is_punct:
            nouns.append(verb.doc[t.i - 1] if t.text == "," and t.i > verb.sent.start else t)
            break
    return next(
        (n for n in nouns
         if n.pos_ in ("NOUN", "PROPN") and n.i < verb.i and features(n, "Case") == case),
        None,
    )  # fmt: skip


_THAT = re.compile(r"^[ \t\u00a0]*,[ \t\u00a0]*что[ \t\u00a0]")


def _quotes_on(verb: Token) -> bool:
    """Whether quoted words follow a participle in its own phrase ("назвавший договор «…»",
    "заявивший, что «…»"): only then does it report speech ("говорящий на пяти языках, …"
    says no words, and gives no speaker to the figures of its sentence)."""
    text = verb.doc.text
    start = verb.idx + len(verb.text)
    opening = next((i for i in range(start, verb.sent.end_char) if text[i] in OPENING), None)
    return opening is not None and "," not in _THAT.sub(" ", text[start:opening])
