"""A wiki link's markup ("[http://… опубликован]") after the event's noun is no part of its
label (`kg.extract.events.labels.phrase_in` ends the phrase at "[" as at "("); the phrase
with no markup keeps its words. Sentences of our own about other states."""

from __future__ import annotations

import pytest

DAY = "2019-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Президент Чили Себастьян Пиньера подписал указ о мерах кибербезопасности. "
        "Соответствующий указ [http://www.gob.cl/documentos/2019-0301 опубликован] на сайте "
        "правительства Чили.",
        "Президент Эстонии Керсти Кальюлайд подписала указ о мерах кибербезопасности. "
        "Соответствующий указ [https://www.president.ee/et/ametlikult/2019 опубликован] на "
        "сайте президента Эстонии.",
    ],
)
def test_no_link_markup_in_a_label(events, text):
    labels = [e.label for e in events(text, DAY)]
    assert labels and all("[" not in x and "http" not in x for x in labels)
