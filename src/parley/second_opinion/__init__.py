"""The learned second opinion on rule events (issue 10 item 7): an optional extra.

Sentence embeddings (all-MiniLM-L6-v2, `minilm.py`) and a small classifier committed as
numbers (`data/second_opinion.json`, made by `eval/train_second_opinion.py`) look again at
the sentence each rule event cites and veto it when the sentence looks like no event at all
(`review.py`). The rule path is complete without it: the setting `second_opinion` is `off`
by default, `auto` uses it when the `embeddings` extra and the model package are installed,
`on` requires them. Nothing is downloaded at run time.
"""

from parley.second_opinion.review import SecondOpinion, second_opinion_for

__all__ = ["SecondOpinion", "second_opinion_for"]
