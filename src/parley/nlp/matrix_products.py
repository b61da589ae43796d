"""The parse's matrix products on numpy's BLAS, held to one thread: the same parses for less CPU.

More than half of a sentence's parse is the matrix products of the token-to-vector layers and
the parser's input layer, which thinc's CPU ops (`NumpyOps`) hand to BLIS. On this project's
machines numpy's own BLAS (OpenBLAS) does the same products in about half the CPU time, and
thinc has the switch for it: `NumpyOps(use_blis=False)`. For the span of a parse the models of
the components Parley parses with get those ops, and their own back after it: the loaded model
is shared (`load_model` caches it), so raw spaCy on it, `SentenceParser.parse_texts` and the
entity recogniser keep BLIS. Numpy's BLAS would use every core for one product; it is held to
one thread while Parley parses, so a parse costs one core as before (two workers on two cores,
the web app beside an ingest) and CPU figures stay comparable with BLIS's.

The products round alike but not in the same order: the tags, lemmas and parses of every
sentence of the bundled corpus, the dev articles, the general-news stream and eval's unseen
folders are the same as with BLIS (`tests/nlp/test_nlp_matrix_products.py` checks a table of
our own sentences). An empty `NUMPY_BLAS_COMPONENTS` leaves every product to BLIS.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The components whose models' products run on numpy's BLAS: those Parley parses with (the
#: tagger and the parser read the shared token-to-vector layer).
NUMPY_BLAS_COMPONENTS: tuple[str, ...] = ("tok2vec", "tagger", "parser")

_lock = threading.Lock()
_swapped: dict[int, int] = {}  # id(nlp) -> how many parses of it are inside `numpy_blas` now
_saved: dict[int, list[tuple[Any, Any]]] = {}  # id(nlp) -> (model node, its own ops)
_limited: list[Any] = []  # the one thread limit while any parse is inside `numpy_blas`
_blas: Any = None  # the process's BLAS libraries, found once (threadpoolctl)


@contextmanager
def numpy_blas(nlp: Any) -> Iterator[None]:
    """Within the block, `nlp`'s parsing components multiply on numpy's BLAS, one thread.

    Nested or concurrent parses share one swap of a model's ops and one thread limit: the
    model's own ops come back when the last parse of it ends, the BLAS's threads when the
    last parse of any model ends.
    """
    key = id(nlp)
    with _lock:
        if not _limited:
            _limited.append(_one_thread())
        _limited.append(None)
        if not _swapped.get(key):
            _saved[key] = _swap_in(nlp)
        _swapped[key] = _swapped.get(key, 0) + 1
    try:
        yield
    finally:
        with _lock:
            _swapped[key] -= 1
            if not _swapped[key]:
                del _swapped[key]
                # last swapped first: a node reached twice gets its own ops back last
                for node, own in reversed(_saved.pop(key)):
                    node.ops = own
            _limited.pop()
            if len(_limited) == 1:
                _limited.pop().restore_original_limits()


def _one_thread() -> Any:
    """Numpy's BLAS held to one thread; the limit, to restore its own count after."""
    global _blas
    if _blas is None:
        from threadpoolctl import ThreadpoolController

        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


def _swap_in(nlp: Any) -> list[tuple[Any, Any]]:
    """Numpy's BLAS ops on the parsing components' model nodes; each node's own ops."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    saved: list[tuple[Any, Any]] = []
    for name in NUMPY_BLAS_COMPONENTS:
        if name in nlp.pipe_names:
            for node in nlp.get_pipe(name).model.walk():
                saved.append((node, node.ops))
                node.ops = ops
    return saved
