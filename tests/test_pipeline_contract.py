"""The pipeline keeps spaCy's component contract: declared attributes, config-borne paths,
registered extensions, and a fresh Language per build."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc
from spacy.util import DummyTokenizer

from kg.nlp.pipeline import build_pipeline


def test_components_declare_what_they_assign_and_the_order_satisfies_it() -> None:
    nlp = build_pipeline()
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values())
    for name in nlp.pipe_names:
        assert nlp.get_pipe_meta(name).assigns, name
    assert isinstance(nlp.tokenizer, DummyTokenizer)
    assert nlp.get_pipe_config("natasha_ner")["model"] == ""  # natasha's packaged model


def test_a_users_gazetteer_reaches_the_matcher_and_no_other_pipeline(tmp_path: Path) -> None:
    user = tmp_path / "user.json"
    org = {"key": "org/andean", "name": "Андское сообщество", "abbreviations": ["САН"]}
    user.write_text(json.dumps({"orgs": [org]}), encoding="utf-8")
    text = "Перу и Боливия обсудили работу САН в Лиме."
    plain = build_pipeline()
    mine = build_pipeline((str(user),))
    assert mine.get_pipe_config("gazetteer_matcher")["gazetteers"] == [str(user)]
    doc = mine(text)
    assert [s.kb_id_ for s in doc.spans["orgs"]] == ["org/andean"]
    # Built before it, the plain pipeline is not changed by the user's.
    doc = plain(text)
    assert [s.kb_id_ for s in doc.spans["orgs"]] == []
    assert plain is not build_pipeline()


def test_state_parts_of_one_word_are_a_registered_doc_extension() -> None:
    assert Doc.has_extension("state_parts")
    doc = build_pipeline()("Индийско-непальские консультации завершились в пятницу.")
    assert [(doc.text[s:e], key) for s, e, key in doc._.state_parts] == [
        ("Индийско", "state/IND"),
        ("непальские", "state/NPL"),
    ]
    assert build_pipeline()("Консультации завершились.")._.state_parts == []
