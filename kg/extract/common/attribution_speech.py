"""The fifth layer of the attributor: the regions of speech a document's sentences make.

Transcript turns ("В.Путин: …"), a sentence whose verb of saying has a person subject, a
colon's quotation or paragraph, speech a tail closes ("«…», — сказал X"), speech resumed
after its attribution, and what a narrator reports in the first person.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Token

from kg.doc_text import span_text
from kg.extract.common.attribution_grammar import noun_after, relative_place_word
from kg.extract.common.attribution_layout import (
    answers_questions,
    matching_close,
    opening_after,
    paragraph_lines,
    stray_close,
    trim,
    unclosed_open,
)
from kg.extract.common.attribution_spans import BLOCK_LOST, SpeechSpans
from kg.extract.common.attribution_words import (
    ANSWERING,
    AUTHOR,
    AUTHORED,
    DIRECT,
    IMPERSONAL,
    PER,
    PERSONAL,
    QUOTING,
    RECEIVING,
    REPORTING,
    SENTENCE,
    TURN,
    WORD,
    Region,
    colon_is_its,
    finite_predicate,
    is_statement,
    is_tail,
    of_a_feeling,
    per_word,
    pointing_lemmas,
    points_back,
    reports_past,
    says_here,
    speech_lemmas,
)
from kg.extract.offices.extract import titled
from kg.formats.textmeta import DATELINE
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, is_predicate
from kg.nlp.marks import DASH_CHARS
from kg.nlp.morph import case_of, is_animate, is_plural
from kg.nlp.quote_marks import OPENING

ADDRESS_WORDS = Path(__file__).with_name("address_words.txt")


_ASKING = {"спросить", "спрашивать"}  # "спросили её мнение «…?»": the asker's question


# a heading with no verb, "Ответ официального представителя X на вопрос СМИ": the
# answers after it are X's ("в ответ на …" in a sentence with a verb names no author)
_ANSWER_HEADING = "ответ"


_AUTHORING = {"написать", "писать", "опубликовать", "публиковать", "дать", "давать"}


# verbs that address someone in words: "поздравил его учитель X:\n<the greeting>"
_GREETING = {"поздравить", "поздравлять", "поблагодарить", "благодарить", "приветствовать",
             "поприветствовать"}  # fmt: skip


# a transcript line labelled by one to three words and a colon ("Вопрос:", "Из зала:")
_LABEL = re.compile(r"[ \t]*[А-ЯЁA-Z][\w.\-]*(?:[ \t]+[\w.\-]+){0,2}[ \t]*:[ \t]")


_TURN_COLON = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]")  # "(как переведено):"


class Speech(SpeechSpans):
    """Regions of speech: transcript turns, sentences of saying, colons, quotations, tails."""

    def _turns(self) -> None:
        """Transcript turns: a line that opens with a person's name and a colon, perhaps
        after an interpreter's note ("Л.Лула да Силва (как переведено): …")."""
        turns: list[tuple[int, int, str]] = []  # (line start, name start, speaker)
        lines = paragraph_lines(self.text)
        for ls, le in lines:
            for m in self.persons:
                if m.start < ls or m.start >= le:
                    continue
                if not self._opens_line(ls, m):
                    break
                colon = _TURN_COLON.match(self.text, m.end, le + 1)
                if colon and not self._title_line(colon.end(), le):
                    turns.append((ls, m.start, m.entity))
                break
        transcript = len({speaker for _, _, speaker in turns}) >= 2
        for i, (ls, name, speaker) in enumerate(turns):
            end = next(le for s, le in lines if s == ls)
            if transcript:
                stop = turns[i + 1][0] if i + 1 < len(turns) else len(self.text)
                rest = [(s, e) for s, e in lines if ls < s < stop]
                for k, (s, e) in enumerate(rest):
                    if (
                        not WORD.search(self.text[s:e])
                        or _LABEL.match(self.text, s)
                        or self._narration(s, e, rest[k + 1 :])
                        or self._meeting_report(s, e, rest[k + 1 :])
                    ):
                        break  # "<…>", a URL, a separator, "Вопрос: …": the turn is over
                    if ls <= s < stop:
                        end = e
            self._add(name, end, speaker, TURN)
            self.subjects.append((ls, speaker))
        self.subjects.sort()

    def _title_line(self, start: int, end: int) -> bool:
        """A list line's apposition after a name and its colon, no speech ("Ли Мин: глава
        делегации Китая."): one being's noun in the nominative with a genitive after it, no
        verb, no second sentence, no "!" or "?" (a greeting "Добрый день, коллеги!" is
        said), no address: a word of address_words.txt ("Уважаемый министр …", "Господин
        президент …") or, after a comma, a second address to many ("…, дорогие коллеги")."""
        said = self.text[start:end].strip().removesuffix(".")
        if not said or any(c in said for c in ".!?…"):
            return False
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span or [] if not t.is_punct]
        if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        if any(t.lemma_.replace("ё", "е") in load_list(ADDRESS_WORDS) for t in words):
            return False
        commas = [t.i for t in span or [] if t.text == ","]
        if commas and any(
            t.i > commas[0]
            and t.pos_ == "NOUN"
            and is_animate(t)
            and is_plural(t)
            and case_of(t) == "Nom"
            for t in words
        ):
            return False  # "…, коллеги": one addressed, then others
        head = next((k for k, t in enumerate(words) if t.pos_ != "ADJ"), 0)
        first = words[head]
        return (
            first.pos_ == "NOUN"
            and case_of(first) == "Nom"
            and is_animate(first)
            and any(case_of(t) == "Gen" for t in words[head + 1 :])
        )

    def _opens_line(self, line: int, m: Mention) -> bool:
        """Whether a person's name opens its line, alone or after the title the text gives
        that person there ("Президент Индонезии Прабово Субианто: …" of a transcript whose
        labels carry titles)."""
        if not self.text[line : m.start].strip():
            return True
        title = next((g.start_char for t, g in self.ctx.once(titled) if t.start == m.start), -1)
        return line <= title and not self.text[line:title].strip()

    def _meeting_report(self, start: int, end: int, after: list[tuple[int, int]]) -> bool:
        """A paragraph the narrator adds after the turns, reporting the meeting in the third
        person ("По итогам переговоров подписан меморандум …", "Затем президенты провели
        встречу …"): every sentence's predicate in the past, passive or with a plural noun
        subject (the sides, the leaders), no first person there ("наши страны") nor in the
        paragraphs left before the next turn (the speaker's "Подписан пакет документов. Мы
        …" goes on speaking)."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.lemma_ in PERSONAL for t in span):
            return False
        if self._first_person(start, end) or self._speaks_later(after):
            return False
        roots = [t for t in span if t.dep_ == "ROOT"]
        return bool(roots) and all(reports_past(t) for t in roots)

    def _narration(self, start: int, end: int, after: list[tuple[int, int]]) -> bool:
        """A paragraph no turn says: a dateline, or a report of someone's words in the third
        person ("Как подчеркнул X, «…»", "По словам X, …"); "Как сказал Президент Путин, мы
        согласны" is a turn's, in its speaker's first person, and so is a report the turn's
        speaker goes on from ("Как отметил министр X, …" and later "Я благодарю …")."""
        if DATELINE.match(self.text, start):
            return True
        if self._first_person(start, end) or self._speaks_later(after):
            return False
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        per = (t for t in span or [] if t.lemma_ in PER and t.i and t.nbor(-1).lower_ == "по")
        return self._narrated(start, end) or any(self._per_speaker(t) for t in per)

    def _speaks_later(self, after: list[tuple[int, int]]) -> bool:
        """Whether a paragraph left before the next turn speaks in the first person: no label
        came between, so the turn's speaker goes on and the paragraphs before it are his too."""
        return any(self._first_person(s, e) for s, e in after)

    def _authoring(self, sent) -> str:
        """The author when a sentence reports a person's article or interview ("ответил на
        вопросы телеканала" too)."""
        lemmas = self.lemmas[sent.start : sent.end]
        if AUTHORED.isdisjoint(lemmas):  # one set test
            answering = self._tokens(sent, self.lemmas, ANSWERING)  # a Token for these only
            key = next(
                (key for t in answering if answers_questions(t) and (key := self._speaker(t))), ""
            )
            if key or _ANSWER_HEADING not in lemmas:
                return key
        else:
            for t in self._tokens(sent, self.lemmas, _AUTHORING | speech_lemmas()):
                key = self._speaker(t)
                if key:
                    return key
            for t in sent:  # "в своей статье Токаев …"
                if t.dep_ in SUBJECTS:
                    key = self._person_key(t)
                    if key:
                        return key
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return ""
        # a heading with no verb: "Интервью министра X." is X's, "Ответ X на вопрос СМИ" too
        texts = (t for t in sent if t.lemma_ in AUTHORED or t.lemma_ == _ANSWER_HEADING)
        return next((key for t in texts if (key := self._owner(t))), "")

    def _sentence(self, sent, author: str) -> None:
        for t in self._tokens(sent, self.lemmas, _ASKING):
            self._question(t, sent)
        for t in self._attributing(sent):
            if says_here(t):
                key = self._speaker(t)  # "— цитирует его слова агентство": his, named before
                if not key and self._unnamed_subject(t):
                    # "…, — отметил один из экспертов": someone the text does not name, not
                    # the author of an article reported before; "он" after it is no one named
                    self.subjects.append((t.idx, ""))
                    self.subjects.sort()
                    author = ""
                key = key or (author if is_tail(t) else "")
                self._speech_of(t, key, sent)
            elif key := self._reported(t):
                self._speech_of(t, key, sent)
            elif per_word(t):
                key = self._per_speaker(t)
                if key:
                    self._spoke(t.idx, key)  # "По словам X, …. Он подчеркнул": X
                    self._per_colon(t, key, sent)
                    self._add(sent.start_char, sent.end_char, key, SENTENCE, at=t.idx)
        # a quotation its own sentence reports ("— говорится в заявлении МИД") is not the
        # author's of an article named before
        lemmas = self.lemmas[sent.start : sent.end]
        reported = not (REPORTING.isdisjoint(lemmas) and IMPERSONAL.isdisjoint(lemmas))
        if author and not reported and span_text(sent).lstrip()[:1] in OPENING:
            self._add(sent.start_char, sent.end_char, author, AUTHOR)
            self._add(*self._quote_around(sent.start_char, sent.end_char), author, AUTHOR)

    def _question(self, verb: Token, sent) -> None:
        """A quotation a verb of asking takes for its object ("Когда спросили её мнение «…?»,
        она ответила"; not after a colon or a dash: "спросил: «…»" is speech read elsewhere)
        is the asker's question, no one's where the asker is unnamed, never the answerer's."""
        opening = self._next_opening(verb.idx, sent.end_char)
        close = matching_close(self.text, opening) if opening is not None else None
        if opening is None or close is None or close > sent.end_char:
            return
        between = self.ctx.doc.char_span(verb.idx, opening, alignment_mode="contract")
        if between is None or any(
            finite_predicate(t) and t.i != verb.i or t.text in (":", *DASH_CHARS) for t in between
        ):
            return
        key = self._speaker(verb)
        self.out.append(Region(*trim(self.text, opening + 1, close), key, DIRECT, at=verb.idx))

    def _colon_quotation(self, sent) -> None:
        """ "Юханссон передумал, несмотря на возраст: «…»", "отшутился словами: «…»": a
        quotation that a colon opens after a clause with a person subject and no verb of
        saying is that person's, when the quoted words say something (a finite verb: not
        «О мерах …», the title of a decree) and the verb receives no one else's words
        ("получил письмо: «…»")."""
        for colon in self._tokens(sent, self.ctx.words, {":"}):
            opening = opening_after(self.text, colon.idx + 1)
            if opening is None:
                self._colon_paragraph(colon)
                continue
            close = matching_close(self.text, opening) or opening
            quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
            if close == opening or quoted is None or not is_statement(quoted):
                continue
            verbs = [t for t in sent[: colon.i - sent.start] if finite_predicate(t)]
            if not verbs or verbs[-1].lemma_ in RECEIVING or self._passes_on(verbs[-1]):
                continue
            if key := self._clause_subject(verbs[-1]):
                self._add(opening + 1, close, key, SENTENCE, at=verbs[-1].idx)

    def _passes_on(self, verb: Token) -> bool:
        """Whether a verb reports another's words it takes for object ("Слова президента
        Колумбии приводит министр X: «…»"): they are the owner's (`_reported`), never the
        subject's who passes them on, even where the owner is unnamed; not words of a feeling
        ("передал слова поддержки народу Колумбии: «…»": his own)."""
        words = self._quoted_words(verb) if verb.lemma_ in REPORTING | QUOTING else []
        return any(not of_a_feeling(w) for w in words)

    def _colon_paragraph(self, colon: Token) -> None:
        """ "Он извинился, объяснив это усталостью:\nЯ в ужасе …", "оставил в микроблоге
        запись:\nЗвонил X. … я …": the paragraph after a colon that closes a paragraph
        whose main clause has a person subject and no verb of saying is that person's words where
        it speaks in the first person, or is the greeting a verb of greeting leads into, and
        the narrator reports no speech in it."""
        verb = colon.sent.root  # "оставил запись, которая разошлась по сети:": оставил
        if not finite_predicate(verb) or verb.lemma_ in RECEIVING:
            return
        if self.text[colon.idx + 1 : self._line_of(colon.idx)[1]].strip():
            return
        lines = [(s, e) for s, e in paragraph_lines(self.text) if s > colon.idx]
        if not lines or BLOCK_LOST.search(self.text, colon.idx, lines[0][0]):
            return
        start, end = lines[0]
        if self._quoted_at(start) or not (
            self._first_person(start, end) or self._greeting(verb, start, end)
        ):
            return
        if not self._narrated(start, end) and (key := self._clause_subject(verb)):
            self._add(start, end, key, DIRECT, at=verb.idx)

    def _greeting(self, verb: Token, start: int, end: int) -> bool:
        """Whether a paragraph after "поздравил его учитель X:" is the greeting's words in
        any person ("Он безусловный талант …"): it states something, reports no speech and
        names none of the persons its verb's clause names (the narrator's "X выразил …")."""
        if verb.lemma_ not in _GREETING or not self._states_unreported(start, end):
            return False
        clause = verb.sent
        named = {m.entity for m in self.persons if clause.start_char <= m.start < clause.end_char}
        return not any(m.entity in named for m in self.persons if start <= m.start < end)

    def _clause_subject(self, verb: Token) -> str:
        """The person a clause's verb has for subject; "который" stands for the noun its
        clause qualifies ("Бекенбауэр, который отшучивается …"); a subject left out only
        where the verb is coordinated with one that has it ("В машине была записка: «…»"
        names no one); one left out in a clause that qualifies a text or place by "в
        котором", "где" ("направил письмо, в котором возмутился словами политика: «…»") is
        the subject of the verb that text is the object of, unless the text is another's
        ("прочитал письмо X, в котором …"), and only a subject that names its person ("он
        направил в адрес премьер-министра письмо, в котором …": "он" may be taken for the
        minister, the person named last)."""
        key = self._speaker(verb, dropped=verb.dep_ == "conj")
        if (
            key
            or verb.dep_ != "acl:relcl"
            or not any(relative_place_word(c) for c in verb.children)
        ):
            return key
        if any(c.dep_ in SUBJECTS for c in verb.children) or is_plural(verb):
            return ""
        governor = verb.head.head  # "письмо, в котором": the verb whose object it is
        if governor.i == verb.head.i or not finite_predicate(governor) or self._owner(verb.head):
            return ""  # "прочитал письмо X, в котором …": another's text
        if any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in governor.children):
            return ""  # "он направил в адрес премьер-министра письмо": "он" may be anyone
        return self._speaker(governor, dropped=False)

    def _anaphoric(self, sent, previous) -> None:
        """ "«…». Об этом заявил X", "Такое заявление сделал X": a sentence whose verb of
        saying points back at what was said gives X the quotations of the sentence before
        it that no one else is said to have said."""
        pointing = self._tokens(sent, self.lemmas, pointing_lemmas())
        verb = next((t for t in pointing if points_back(t) and is_predicate(t)), None)
        if verb is None:
            return
        key = self._reported(verb) or self._speaker(verb)  # "Эти слова X приводит агентство"
        if not key or self._says_itself(previous, key):
            return
        attributed = [r for r in self.out if r.speaker and r.rank <= SENTENCE]
        pos = previous.start_char
        while (opening := self._next_opening(pos, previous.end_char)) is not None:
            close = matching_close(self.text, opening)
            if close is None or close > previous.end_char:
                return
            pos = close + 1
            if not any(r.start <= opening + 1 and close <= r.end for r in attributed):
                self._add(opening + 1, close, key, SENTENCE, at=verb.idx)

    def _says_itself(self, sent, key: str) -> bool:
        """Whether a sentence tells who says its words by a verb of saying or "по словам" of
        its own, outside quotation marks, whoever that is (a name, a pronoun, an unnamed
        spokesman, a body): "Представитель МИД сделал следующее заявление: «…». Такое
        заявление сделал X" gives X nothing; "Переговоры названы «…». Об этом заявил X" (a
        participle, no verb of saying) is X's, and so are a body's words X may speak for
        (`_voiced_by`), but not a text's ("«…», — говорится в заявлении МИД. X подтвердил
        эту позицию": the statement's words, not X's)."""
        line = self.text.rfind("\n", 0, sent.start_char) + 1
        return any(
            unclosed_open(self.text[line : t.idx]) is None
            and (
                per_word(t)
                or (t.lemma_ in IMPERSONAL and is_predicate(t))
                or (says_here(t) and not self._voiced_by(t, key))
            )
            for t in self._attributing(sent)
        )

    def _voiced_by(self, verb: Token, key: str) -> bool:
        """Whether a verb of saying has a body for subject (no being) that X (`key`) may
        speak for: no state it names is other than the one X serves ("движение «Талибан»
        называет …. Такое заявление сделал пресс-секретарь талибов X"; "МИД Польши заявил
        …. Об этом написал министр Чехии X" is not his)."""
        entity = self.ctx.entity(key)
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
            if is_animate(subject, pronoun=True):
                return False
            span = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
            named = [m for m in self.others if span[0] <= m.start < span[1]]
            states = {m.entity for m in named if m.type == "State"}
            bodies = (self.ctx.entity(m.entity) for m in named if m.type != "State")
            states |= {b.state for b in bodies if b is not None and b.state}
            serves = entity.state if entity is not None else ""
            return not (serves and states) or serves in states
        return False

    def _unnamed_subject(self, verb: Token) -> bool:
        """Whether the narrator's verb of saying has a subject that names no person nor
        state ("рассказал источник", "подтвердил один из участников", an organization: "Белый
        дом охарактеризовал … Он также назвал"): a later "сказал он" is that speaker, not the
        person last named."""
        line = self.text.rfind("\n", 0, verb.idx) + 1
        before = self.text[line : verb.idx]
        if not is_tail(verb) and unclosed_open(before) is not None:
            return False  # a verb inside a quotation: the quoted speaker's words
        return any(
            c.dep_ in SUBJECTS
            and c.pos_ in ("NOUN", "NUM")
            and not any(m.start <= c.idx < m.end and m.type == "State" for m in self.others)
            and not self._person_key(c)
            for c in verb.children
        )

    def _per_speaker(self, per: Token) -> str:
        """Speaker of "по словам X" / "по его словам"; X also where words come between
        ("по оценке иранского министра нефти X": the noun's genitive modifier), and in
        apposition to the owner after a comma ("по словам одного из гостей, епископа X")."""
        owners = [c for c in per.children if c.dep_ == "nmod"]
        for t in (per.nbor(-1) if per.i > 0 else None,
                  per.nbor(1) if per.i + 1 < len(per.doc) else None, *owners,
                  noun_after(per), *(noun_after(o.right_edge) for o in owners)):  # fmt: skip
            if t is not None and t.sent == per.sent:
                key = self._person_key(t)
                if key:
                    return key
        return ""

    def _per_colon(self, per: Token, key: str, sent) -> None:
        """ "По его словам, …: «…»" or a colon closing the paragraph: the words after it
        are the speaker's (a plain clause after the colon is the narrator's summary)."""
        colon = self._colon_after(per, sent)
        if colon is None:
            return
        start, end = self._quote_or_rest(colon, sent)
        # a paragraph in the speaker's first person is the words even where it reports others'
        # ("по её словам, …:\nБорис всё планировал. Он сообщил, что …, что мне придётся …")
        spoken = self._first_person(start, end) or not self._narrated(start, end)
        if self._quoted_at(colon) or (start >= sent.end_char and spoken):
            self._add(start, end, key, DIRECT, at=per.idx)

    def _spoke(self, char: int, key: str) -> None:
        """Record a speaker at `char`: "он" and a left-out subject of a later verb of saying
        go on for him."""
        self.subjects.append((char, key))
        self.subjects.sort()
        self.speakers.append((char, key))

    def _speech_of(self, verb: Token, key: str, sent) -> None:
        """Regions a verb of saying attributes: the quote before a tail, speech after a
        colon, and the sentence itself."""
        if not key:
            self._body_speech(verb, sent)
            return
        self._spoke(verb.idx, key)
        if is_tail(verb):
            s, e = self._tail_speech(verb)
            resumed = self._resumed(verb)
            if resumed is None or self.text[resumed[0]] in OPENING:
                self._add(s, e, key, DIRECT, at=verb.idx)  # "«…», - пишет он. - «…»": two
            if resumed is not None:
                rs, re_ = resumed
                if self.text[rs] in OPENING:  # "- пишет он. - «…»." ends at its mark
                    re_ = (matching_close(self.text, rs) or re_ - 1) + 1
                gap = None if self.text[rs] in OPENING else (e, rs)
                # "«A, — сказал он. — B»." ends at », and so does "«A», — сказал он. — B».",
                # the first part closed before the tail: the narrator goes on after it
                close = stray_close(self.text, rs, re_) if gap is not None else None
                if close is not None:
                    re_ = close
                self._add(s if gap else rs, re_, key, DIRECT, gap, verb.idx)
        colon = self._colon_after(verb, sent)
        if colon is not None and colon_is_its(verb):
            self._colon_speech(verb, colon, key, sent)
        self._add(sent.start_char, self._sentence_end(verb, sent), key, SENTENCE, at=verb.idx)
