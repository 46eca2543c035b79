"""The third layer of the attributor: the regions of speech a document's sentences make.

Transcript turns ("В.Путин: …"), a sentence whose verb of saying has a person subject, a
colon's quotation or paragraph, speech a tail closes ("«…», — сказал X"), speech resumed
after its attribution, and what a narrator reports in the first person.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Token

from kg.doc_text import span_text
from kg.extract.common.attribution_grammar import joins_word, noun_after
from kg.extract.common.attribution_layout import (
    _lines,
    answers_questions,
    line_end,
    matching_close,
    matching_open,
    opening_after,
    stray_close,
    trim,
    unclosed_open,
)
from kg.extract.common.attribution_speakers import Speakers
from kg.extract.common.attribution_words import (
    ANSWERING,
    AUTHOR,
    AUTHORED,
    DASHES,
    DIRECT,
    EMPHASIS,
    IMPERSONAL,
    PER,
    PERSONAL,
    QUOTE_REACH,
    QUOTING,
    RECEIVING,
    REPORTING,
    SENTENCE,
    TURN,
    WORD,
    Region,
    _finite,
    _introduces,
    _says,
    authors_thing,
    colon_is_its,
    first_person_clause,
    is_tail,
    manner_start,
    of_a_feeling,
    per_word,
    pointing_lemmas,
    points_back,
    reports_past,
    says_here,
    speech_lemmas,
    summed_up,
)
from kg.extract.offices.extract import titled
from kg.formats.textmeta import DATELINE
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, has_subject, is_predicate, negated
from kg.nlp.morph import case_of, is_animate, is_infinitive, is_plural
from kg.nlp.quote_marks import CLOSING, OPENING, PAIRS

ADDRESS_WORDS = Path(__file__).with_name("address_words.txt")


# Two blank lines after a colon: a quoted block (a tweet, an embedded post) the text lost.
_BLOCK_LOST = re.compile(r"\n[ \t\u00a0]*\n[ \t\u00a0]*\n")


_ASKING = {"спросить", "спрашивать"}  # "спросили её мнение «…?»": the asker's question


# a heading with no verb, "Ответ официального представителя X на вопрос СМИ": the
# answers after it are X's ("в ответ на …" in a sentence with a verb names no author)
_ANSWER_HEADING = "ответ"


_AUTHORING = {"написать", "писать", "опубликовать", "публиковать", "дать", "давать"}


# verbs that address someone in words: "поздравил его учитель X:\n<the greeting>"
_GREETING = {"поздравить", "поздравлять", "поблагодарить", "благодарить", "приветствовать",
             "поприветствовать"}  # fmt: skip


_LINKING_TAIL = re.compile(r"(?:[\s\-–—](?:и|а|также|еще|ещё))+\s*$", re.I)


# a transcript line labelled by one to three words and a colon ("Вопрос:", "Из зала:")
_LABEL = re.compile(r"[ \t]*[А-ЯЁA-Z][\w.\-]*(?:[ \t]+[\w.\-]+){0,2}[ \t]*:[ \t]")


_ATTRIBUTION_REACH = 200  # characters an attribution inside a quotation may run to


_TURN_COLON = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]")  # "(как переведено):"


class Speech(Speakers):
    """Regions of speech: transcript turns, sentences of saying, colons, quotations, tails."""

    # --- regions ---------------------------------------------------------------------

    def _add(
        self,
        start: int,
        end: int,
        speaker: str,
        rank: int,
        gap: tuple[int, int] | None = None,
        at: int = -1,
    ) -> None:
        start, end = trim(self.text, start, end)
        if speaker and end > start:
            self.out.append(Region(start, end, speaker, rank, gap, at))

    def _turns(self) -> None:
        """Transcript turns: a line that opens with a person's name and a colon, perhaps
        after an interpreter's note ("Л.Лула да Силва (как переведено): …")."""
        turns: list[tuple[int, int, str]] = []  # (line start, name start, speaker)
        lines = _lines(self.text)
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
                        or self._narration(s, e)
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
        if self._first_person(start, end) or any(self._first_person(s, e) for s, e in after):
            return False
        roots = [t for t in span if t.dep_ == "ROOT"]
        return bool(roots) and all(reports_past(t) for t in roots)

    def _narration(self, start: int, end: int) -> bool:
        """A paragraph no turn says: a dateline, or a report of someone's words in the third
        person ("Как подчеркнул X, «…»", "По словам X, …"); "Как сказал Президент Путин, мы
        согласны" is a turn's, in its speaker's first person."""
        if DATELINE.match(self.text, start):
            return True
        if self._first_person(start, end):
            return False
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        per = (t for t in span or [] if t.lemma_ in PER and t.i and t.nbor(-1).lower_ == "по")
        return self._narrated(start, end) or any(self._per_speaker(t) for t in per)

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
            _finite(t) and t.i != verb.i or t.text in (":", *DASHES) for t in between
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
            if close == opening or quoted is None or not _says(quoted):
                continue
            verbs = [t for t in sent[: colon.i - sent.start] if _finite(t)]
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
        if not _finite(verb) or verb.lemma_ in RECEIVING:
            return
        if self.text[colon.idx + 1 : self._line_of(colon.idx)[1]].strip():
            return
        lines = [(s, e) for s, e in _lines(self.text) if s > colon.idx]
        if not lines or _BLOCK_LOST.search(self.text, colon.idx, lines[0][0]):
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
        names no one)."""
        return self._speaker(verb, dropped=verb.dep_ == "conj")

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

    def _next_opening(self, start: int, end: int) -> int | None:
        found = [i for i in (self.text.find(m, start, end) for m in OPENING) if i >= 0]
        return min(found) if found else None

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

    def _sentence_end(self, verb: Token, sent) -> int:
        """Where a verb of saying's sentence ends, a quotation it opens included: "X сказал,
        что «A. B. C»" runs over three sentences."""
        opening = unclosed_open(self.text[verb.idx : sent.end_char])
        close = matching_close(self.text, verb.idx + opening) if opening is not None else None
        return max(sent.end_char, close + 1) if close is not None else sent.end_char

    def _colon_speech(self, verb: Token, colon: int, key: str, sent) -> None:
        """Speech after a verb's colon: a quotation or the rest of the sentence where the verb
        leads straight into it; paragraphs after a colon that closes a paragraph where the
        verb leads into them or they speak in the first person ("признал, что письмо
        настоящее:\nНет, я его не посылал."), one region per paragraph, while the next ones
        go on in the first person and the narrator reports no speech in them; none after
        two blank lines, where a quoted block the text lost stood. The rest of the sentence
        that reports someone's speech in the third person is the narrator's."""
        introduces = _introduces(verb, colon) or self._quoted_at(colon)
        if self.text[colon : self._line_of(colon)[1]].strip() or self._quoted_at(colon):
            start, end = self._quote_or_rest(colon, sent)
            # "выступил с заявлением: он сообщил, что …": the narrator reports the words
            reported = not self._quoted_at(colon) and self._narrated(start, end)
            if introduces and (not reported or self._first_person(start, end)):
                self._add(start, end, key, DIRECT, at=verb.idx)
            return
        lines = [(s, e) for s, e in _lines(self.text) if s >= colon]
        if lines and _BLOCK_LOST.search(self.text, colon, lines[0][0]):
            return  # "он написал:\n\n\nЭрдоган (род. …) — деятель": the quoted block is gone
        for k, (start, end) in enumerate(lines):
            if self._quoted_at(start):
                # "заявил:\n«…»": a paragraph that is one quotation is the words it leads to
                whole = self._whole_quotation(start, end, marked=True)
                if whole is not None and k == 0 and introduces:
                    self._add(whole[0], whole[1] + 1, key, DIRECT, at=verb.idx)
                return
            first, narrated = self._first_person(start, end), self._narrated(start, end)
            # "Она заявила:\nО планах Юлия сообщила тренеру … Мы благодарны …": a speaker
            # who says "мы" may report others' words
            lead = k == 0 and introduces and (first or not narrated)
            # "сообщил, что Сурков ушёл сам:\nПрезидент удовлетворил просьбу Суркова.": the
            # words the "что"-clause summed up, where they state something and no one (a
            # person or a paper: "Как сообщает «МК», …") is reported saying anything in them
            summed = k == 0 and summed_up(verb) and self._states_unreported(start, end)
            if not (lead or summed) and not (first and not narrated):
                return
            self._add(start, end, key, DIRECT, at=verb.idx)

    def _whole_quotation(self, start: int, end: int, *, marked: bool) -> tuple[int, int] | None:
        """(opening, closing mark) of the quotation a paragraph is, with nothing after it
        but a full stop; else None. `marked`: the mark may stand inside wiki italics or after
        a doubled straight mark (`opening_after`), as a block a colon leads to is quoted;
        a paragraph that goes on with the one before must open with the mark itself."""
        if marked:
            opening = opening_after(self.text, start)
        else:
            lead = len(self.text[start:end]) - len(self.text[start:end].lstrip())
            opening = start + lead if self.text[start + lead] in OPENING else None
        close = matching_close(self.text, opening) if opening is not None else None
        if opening is None or close is None or self.text[close + 1 : end].strip(" .!?…\u00a0\t"):
            return None
        return opening, close

    def _states_unreported(self, start: int, end: int) -> bool:
        """Whether a paragraph states something (`_says`: not a list of names) and reports
        no one's speech (a verb of saying with a subject of any kind outside quotation marks;
        a negated one reports none: "Наука не признаёт границ")."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _says(span):
            return False
        return not any(
            has_subject(t) and not negated(t) and unclosed_open(self.text[start : t.idx]) is None
            for t in self._speech_verbs(start, end)
        )

    def _first_person(self, start: int, end: int) -> bool:
        """Whether a stretch speaks in the first person outside quotation marks ("мы дадим",
        "я уверен"): the speaker's own words, not the narrator's ("Отметим, что …", a plural
        verb with no "мы", is the narrator's)."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        return any(
            (t.lemma_ in ("я", "мы") and t.pos_ == "PRON")
            or (_finite(t) and t.morph.get("Person") == ["1"] and t.morph.get("Number") == ["Sing"])
            for t in span or []
            if unclosed_open(self.text[start : t.idx]) is None
        )

    def _body_speech(self, verb: Token, sent) -> None:
        """ "в пресс-службе Х сообщили: «…»": a verb of saying in the plural with no subject
        (a body's words) makes the speech after its colon no one's, whoever else the
        sentence names as saying something ("выразил соболезнования X, в пресс-службе
        которого сообщили: …")."""
        if verb.dep_ == "conj" or "Plur" not in verb.morph.get("Number") or is_tail(verb):
            return
        if has_subject(verb):
            return
        colon = self._colon_after(verb, sent)
        if colon is not None and (_introduces(verb, colon) or self._quoted_at(colon)):
            start, end = trim(self.text, *self._quote_or_rest(colon, sent))
            self.out.append(Region(start, end, "", DIRECT, at=verb.idx))

    def _line_of(self, char: int) -> tuple[int, int]:
        return self.text.rfind("\n", 0, char) + 1, line_end(self.text, char)

    def _tail_speech(self, verb: Token) -> tuple[int, int]:
        """The speech an attribution tail closes: from its opening quote mark, or from
        the start of the paragraph for dash-led and unmarked speech."""
        ls, _ = self._line_of(verb.idx)
        end = verb.doc[manner_start(verb)].idx  # "— твёрдо заявил X": before the adverb
        linking = _LINKING_TAIL.search(self.text[ls:end])
        if linking:
            end = ls + linking.start() + 1  # "«…», — и добавил": the quote ends before "и"
        # "''«…»'', — сказал X": wiki italics outside the marks leave the quotation closed
        while end > ls and (self.text[end - 1] in DASHES + EMPHASIS + ",!?…. \t\u00a0"):
            end -= 1
        if end > ls and self.text[end - 1] in CLOSING:
            opening = matching_open(self.text, ls, end - 1)
            if opening == ls:
                return self._reopened(opening), end
            if opening is not None:
                return opening, end
            if self.text[end - 1] == "»":  # a quotation opened paragraphs before: «A.\nB», —
                opening = matching_open(self.text, max(0, ls - QUOTE_REACH), end - 1)
                if opening is not None and self._line_of(opening)[0] == opening:
                    return opening, end
        opening = unclosed_open(self.text[ls:end])  # «A, — сказал он, — B»: A from «
        return (ls + opening if opening is not None else ls), end

    def _reopened(self, opening: int) -> int:
        """Where a quotation that opens its paragraph began: a quotation over paragraphs
        reopens each with « and closes only in the last ("«A.\n«B», — заявил X" is one
        quote from A), so the paragraphs before that open with « and leave it open go with
        it; one whose quotation closes ("«A», — сказал X.\n«B», — добавил он") does not."""
        while opening > 0:
            before = self.text[:opening].rstrip()
            ls = before.rfind("\n") + 1
            line = before[ls:]
            body = line.lstrip()
            if not body.startswith("«") or line.count("«") <= line.count("»"):
                return opening
            opening = ls + len(line) - len(body)
        return opening

    def _resumed(self, verb: Token) -> tuple[int, int] | None:
        """Speech resumed after a tail in the same paragraph, as (start, end): "«…, —
        сказал он. — …»", "- пишет он. - «…»"; a dash after the tail's full stop (not an
        initial's: "сказал В. Путин. —") carries the quote on."""
        ls, le = self._line_of(verb.idx)
        # commas may part the attribution's own words while the quotation is still open
        # ("«A, — сказала она, выступая с лекцией в 2005 году. — B»")
        open_ = unclosed_open(self.text[ls : verb.idx]) is not None or (
            self.text[ls : ls + 1] in DASHES
        )
        for stop in re.finditer(r"(?<!\s[А-ЯЁA-Z])[.!?…,]", self.text[verb.idx : le]):
            rest = verb.idx + stop.end()
            m = re.match(
                rf"\s*[{DASHES}]\s*{EMPHASIS}*(?=[{''.join(PAIRS)}\w])", self.text[rest:le]
            )
            if m:
                return rest + m.end(), le
            if stop.group() != "," or not open_ or rest - verb.idx > _ATTRIBUTION_REACH:
                return None
        return None

    def _colon_after(self, verb: Token, sent) -> int | None:
        """Char after a colon closing the clause of a verb of saying ("подчеркнул: …")."""
        for t in sent[verb.i - sent.start + 1 :]:
            if t.text == ":" and not joins_word(self.text, t.idx):
                return t.idx + 1
            if t.text in (".", "!", "?", ";") or t.lemma_ in speech_lemmas():
                return None
        return None

    def _quoted_at(self, colon: int) -> bool:
        """Whether a quotation mark opens the text after a colon: "заявил: «…»", also inside
        wiki italics ("заявил: ''«…»''")."""
        return opening_after(self.text, colon) is not None

    def _narrated(self, start: int, end: int) -> bool:
        """Whether a paragraph after "X заявил:" is the narrator's report of speech, not the
        words: a verb of saying with a named or "он" subject outside quotation marks ("Он
        добавил, что …", "Лула также сказал …"); "я сказал" is inside the speech, and so is
        a clause of a sentence in the first person ("если я вёл себя так, как он описывает,
        то я приношу извинения"); an infinitive reports no speech ("X обучил сеть писать
        музыку")."""
        return any(
            self._speaker(t, dropped=False) and unclosed_open(self.text[start : t.idx]) is None
            for t in self._speech_verbs(start, end)
            if not authors_thing(t)
            and not first_person_clause(t)
            and not is_infinitive(t)
            and not self._told_me(t, start)
        )

    def _told_me(self, verb: Token, start: int) -> bool:
        """Whether a verb of saying's sentence speaks of "я" outside quotation marks ("мой
        кузен сказал мне, что …", "Он сказал, что она должна мне понравиться"): the speaker
        tells what he was told; a news narrator says no "я" ("нашему корреспонденту" is the
        outlet's)."""
        return any(
            t.lemma_ in ("я", "мой") and unclosed_open(self.text[start : t.idx]) is None
            for t in verb.sent
            if t.idx >= start
        )

    def _speech_verbs(self, start: int, end: int) -> list[Token]:
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        lemmas = speech_lemmas()
        return [t for t in span or [] if t.lemma_ in lemmas and is_predicate(t)]

    def _quote_or_rest(self, colon: int, sent) -> tuple[int, int]:
        """Speech after a colon: a quotation to its closing mark, else the rest of the
        sentence, else (colon at a paragraph's end) the next paragraph."""
        s = colon
        while s < len(self.text) and self.text[s].isspace():
            s += 1
        opening = opening_after(self.text, colon)
        if opening is not None and (close := matching_close(self.text, opening)) is not None:
            return opening, close + 1
        if s >= sent.end_char:
            return s, self._line_of(s)[1]
        return s, sent.end_char

    def _quote_around(self, start: int, end: int) -> tuple[int, int]:
        """The whole quotation a sentence opens (it may run over several sentences)."""
        close = matching_close(self.text, start)
        return (start, close + 1) if close is not None else (start, end)
