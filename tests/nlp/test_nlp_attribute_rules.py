"""The attribute ruler's patterns applied on token rows give the tokens spaCy's own ruler gives."""

from __future__ import annotations

import pytest


def test_attribute_rules_on_token_rows_give_the_tokens_of_the_ruled_doc() -> None:
    from parley.nlp.attribute_rules import attribute_rules
    from parley.nlp.model import load_model
    from parley.nlp.parse import SentenceParser
    from parley.nlp.token_rows import doc_tokens

    nlp = load_model("auto")
    rules = attribute_rules(nlp)
    if rules is None or rules.patches is None:
        pytest.skip("the model's attribute ruler is run by spaCy")
    texts = ["There were no talks in 2023, and there is still no hotline.",
             "Let's go, y'all: he ain't gonna call, they're gotta meet.",
             "Beijing's defence minister, Gen. Li, met Lloyd Austin in Singapore."]
    lemmatizer = nlp.get_pipe("lemmatizer")
    statistical = ["ner", "attribute_ruler", "lemmatizer"]
    ruled = [rules(doc) for doc in nlp.pipe(texts, disable=statistical)]
    plain_memo = SentenceParser()._word_memo(nlp)
    expected = [doc_tokens(doc, plain_memo.lemmas_of(lemmatizer), plain_memo.strings)
                for doc in ruled]
    memo = SentenceParser()._word_memo(nlp)
    got = [doc_tokens(doc, memo.lemmas_of(lemmatizer), memo.strings, (rules, memo.starts))
           for doc in nlp.pipe(texts, disable=statistical)]
    assert got == expected
    assert [[t.lemma for t in ts] for ts in got] == [[t.lemma for t in ts] for ts in expected]
