"""The parse on numpy's BLAS gives the tokens of the parse on the model's own ops, and leaves
the shared model and the BLAS's threads as it found them."""

from __future__ import annotations

from typing import Any

import pytest

from parley.types import Sentence

#: Sentences of our own, of the kinds the coder reads (meetings, refusals, channels, dates).
SENTENCES = [
    "The defence ministers of China and the United States met in Singapore on Friday.",
    "Beijing declined a request from Washington for a call between the two commanders.",
    "North Korea has not answered the liaison hotline since April, Seoul's unification "
    "ministry said.",
    "HANOI — Vietnam and the Philippines agreed to set up a naval hotline and to hold "
    "maritime talks twice a year.",
    "Tokyo protested after a Chinese frigate locked its fire-control radar on a Japanese "
    "destroyer, the ministry said on Tuesday.",
    "The talks, suspended in 2022, are expected to resume next month unless new sanctions "
    "are imposed.",
]


def _parsed(texts: list[str]) -> list[Sentence]:
    from parley.nlp.parse import SentenceParser

    return SentenceParser().parse([Sentence(text=t, start=0, end=len(t)) for t in texts])


def _own_ops(nlp: Any) -> list[Any]:
    from parley.nlp.matrix_products import NUMPY_BLAS_COMPONENTS

    return [node.ops for name in NUMPY_BLAS_COMPONENTS if name in nlp.pipe_names
            for node in nlp.get_pipe(name).model.walk()]


def test_numpy_blas_parses_as_the_models_own_ops() -> None:
    from parley.nlp import matrix_products
    from parley.nlp.model import load_model

    nlp = load_model("auto")
    own = _own_ops(nlp)
    with_numpy = _parsed(SENTENCES)
    assert _own_ops(nlp) == own  # the shared model got its own ops back
    # the same parse with the swap disabled: the model's own (BLIS) products
    original = matrix_products.NUMPY_BLAS_COMPONENTS
    try:
        matrix_products.NUMPY_BLAS_COMPONENTS = ()
        with_own = _parsed(SENTENCES)
    finally:
        matrix_products.NUMPY_BLAS_COMPONENTS = original
    assert with_numpy == with_own
    assert all(s.tokens for s in with_numpy)


def test_nested_parses_share_one_swap_and_restore_the_ops_and_threads() -> None:
    from thinc.api import NumpyOps
    from threadpoolctl import ThreadpoolController

    from parley.nlp.matrix_products import numpy_blas
    from parley.nlp.model import load_model

    nlp = load_model("auto")
    own = _own_ops(nlp)
    controller = ThreadpoolController()
    threads = [lib["num_threads"] for lib in controller.info() if lib["user_api"] == "blas"]
    if not threads:
        pytest.skip("numpy has no BLAS threadpoolctl can see")
    with numpy_blas(nlp):
        inner = _own_ops(nlp)
        assert all(isinstance(o, NumpyOps) and not o.use_blis for o in inner)
        assert {lib["num_threads"] for lib in ThreadpoolController().info()
                if lib["user_api"] == "blas"} == {1}
        with numpy_blas(nlp):
            assert _own_ops(nlp) == inner
        assert _own_ops(nlp) == inner  # the outer parse still runs on numpy's BLAS
    assert _own_ops(nlp) == own
    assert [lib["num_threads"] for lib in ThreadpoolController().info()
            if lib["user_api"] == "blas"] == threads
