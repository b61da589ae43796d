"""Write `eval/dev-split.json`: the one seeded split of `../shared/dev` into tuning and checking.

Run once (it was, on 2026-12-02); the JSON is committed and never regenerated, so that what
was tuned on and what is only scored stay apart. The four articles the coder was tuned on
before the split (`09-*`, `13-*`, `15-*`, `seed`) go to the tuning half; the others are
shuffled with a fixed seed and cut in two, the checking half taking the odd one.

    python eval/split_dev.py ../shared/dev
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261202
ALREADY_TUNED = ("09-", "13-", "15-", "seed")


def split(ids: list[str]) -> dict[str, list[str]]:
    """The tuning and checking halves of `ids` (article ids, the gold files' stems)."""
    tuned = sorted(i for i in ids if i.startswith(ALREADY_TUNED))
    fresh = sorted(i for i in ids if not i.startswith(ALREADY_TUNED))
    random.Random(SEED).shuffle(fresh)
    cut = len(fresh) // 2
    return {"tuning": sorted(tuned + fresh[:cut]), "checking": sorted(fresh[cut:])}


def main(directory: str) -> None:
    ids = [p.stem for p in Path(directory).glob("*.json")]
    halves = split(ids)
    record = {"seed": SEED, "made": "2026-12-02", "source": "../shared/dev",
              "note": "Tune on `tuning`; of `checking`, read only the scores (parley eval "
                      "--split eval/dev-split.json --half checking), never the misses.",
              **halves}
    out = Path(__file__).with_name("dev-split.json")
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/dev")
