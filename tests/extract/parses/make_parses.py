"""Write the stored parses the rule tests read (tests/extract/parses/stored.json).

Run once after changing the texts below or the spaCy model:

    .venv/bin/python tests/extract/parses/make_parses.py

Each text is ours (a paraphrase written for the tests, real public facts), never a real
article's. The parse is Parley's own (`SentenceParser`, the tokens the coder reads), stored as
token rows so that a rule test runs in milliseconds without spaCy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from parley.config import load_settings
from parley.nlp import SentenceParser, split_sentences

#: key -> (text, publication date): the sentences the rule tests read.
TEXTS: dict[str, tuple[str, str]] = {
    "declined-request": ("China declined a US request for a call between the defence "
                         "ministers.", "2023-06-26"),
    "declined-comment": ("China declined to comment on the report about the carrier.",
                         "2023-06-26"),
    "suspended-hotline": ("North Korea suspended the military hotline with South Korea in "
                          "June 2020.", "2020-07-01"),
    "suspended-drills": ("China suspended its drills near the island.", "2023-06-26"),
    "welcomed-guest": ("Putin welcomed Kim Jong-un to Moscow.", "2023-09-13"),
    "welcomed-statement": ("Russia welcomed the statement by North Korea.", "2023-09-13"),
    "called-counterpart": ("Austin called his Chinese counterpart Dong Jun.", "2024-04-17"),
    "called-unsafe": ("The Pentagon called the Chinese manoeuvre unsafe.", "2023-06-26"),
    "ended-silence": ("North Korea answered calls on the hotline, ending two months of "
                      "silence with South Korea.", "2021-10-05"),
    "remain-suspended": ("The maritime safety talks between China and the United States "
                         "remain suspended.", "2023-06-26"),
    "urged-state": ("South Korea urged North Korea to stop the missile launches.",
                    "2023-06-26"),
    "urged-citizens": ("Japan urged its citizens to avoid the border area with China.",
                       "2023-06-26"),
    "rail-link": ("China and Russia opened a new rail link between two border cities.",
                  "2023-06-26"),
    "air-sea-mechanism": ("Japan and China launched an air and sea communication mechanism.",
                          "2023-06-26"),
    "telephone-link": ("The two defence ministries set up a telephone link.", "2023-06-26"),
    "weeks-later": ("China called off a planned visit by Mattis on 30 September 2018. "
                    "Three weeks later Mattis met Wei Fenghe in Singapore.", "2018-12-01"),
}

OUT = Path(__file__).resolve().parent / "stored.json"


def main() -> None:
    parser = SentenceParser(load_settings(environ={}).spacy_model, 16)
    stored: dict[str, object] = {}
    for key, (text, published) in TEXTS.items():
        sentences = parser.parse(split_sentences(text))
        stored[key] = {
            "text": text, "published": published,
            "sentences": [{"text": s.text, "start": s.start, "end": s.end,
                           "tokens": [[t.i, t.text, t.lemma, t.pos, t.tag, t.dep, t.head, t.idx]
                                      for t in s.tokens]} for s in sentences],
        }
    text = json.dumps(stored, indent=1, ensure_ascii=False)
    # One line per token row: the rows stay readable and the file small.
    text = re.sub(r"\[\s+([^\[\]{}]*?)\s+\]",
                  lambda m: "[" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "]", text)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(stored)} parses to {OUT}")


if __name__ == "__main__":
    main()
