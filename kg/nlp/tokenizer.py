"""A spaCy tokenizer over razdel, so natasha's models see the tokens they were trained on.

The Doc reproduces the input exactly (`doc.text == text`): whitespace other
than one space after a token becomes a whitespace token of its own, as in
spaCy's own tokenizer. Sentence starts come from `segment.sentence_spans`. The one change
it makes: a Latin look-alike letter inside a Cyrillic word ("Бeшара") is written in Cyrillic
before the text is cut (`lookalikes.fold_lookalikes`, one character for one, so the offsets
are the input's; the Doc's text is the folded one).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from kg.doc_text import keep_text
from kg.nlp.lookalikes import fold_lookalikes
from kg.nlp.segment import sentence_spans, token_spans

# A "sentence" longer than this (a text without punctuation) is cut: the syntax model's time
# grows with the square of a sentence's length (4,000 tokens: 3 s; 20,000: 55 s), and news
# sentences stay far below it.
MAX_SENTENCE_TOKENS = 250


class RazdelTokenizer(DummyTokenizer):
    """Stateless: spaCy's DummyTokenizer gives it the (empty) serialization methods."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        text = fold_lookalikes(text)
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool | int | None] = []  # as Doc() types it
        cursor = 0

        def gap(upto: int) -> None:
            # Whitespace between tokens: one space rides on the previous token.
            nonlocal cursor
            if upto <= cursor:
                return
            chunk = text[cursor:upto]
            if words and not spaces[-1] and chunk[0] == " ":
                spaces[-1] = True
                chunk = chunk[1:]
            if chunk:
                words.append(chunk)
                spaces.append(False)
                starts.append(False)
            cursor = upto

        for sent_start, sent_end in sentence_spans(text):
            for n, (tok_start, tok_end) in enumerate(token_spans(text, sent_start, sent_end)):
                gap(tok_start)
                words.append(text[tok_start:tok_end])
                spaces.append(False)
                starts.append(n % MAX_SENTENCE_TOKENS == 0)
                cursor = tok_end
        gap(len(text))
        if starts:
            starts[0] = True
        return keep_text(Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts), text)


TOKENIZER = "kg.RazdelTokenizer.v1"


@registry.tokenizers(TOKENIZER)
def create_razdel_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    def make(nlp: Language) -> RazdelTokenizer:
        return RazdelTokenizer(nlp.vocab)

    return make
