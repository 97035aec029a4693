"""Language identification on English (GoEmotions dev) and Dutch (our sentences) texts.

    python benchmarks/langid.py [--data ../shared/data/goemotions]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from _markup import load

from assist.errors import LanguageError
from assist.text.langid import detect_language


def main() -> None:
    parser = argparse.ArgumentParser()
    here = Path(__file__).resolve().parent
    parser.add_argument("--data", type=Path, default=here.parent.parent / "shared" / "data" / "goemotions")
    args = parser.parse_args()
    with (args.data / "dev.tsv").open(encoding="utf-8", newline="") as f:
        english = [row[0] for row in csv.reader(f, delimiter="\t")]
    dutch = [text for split in ("dev", "test") for text, _ in load("nl", split)]
    english_ours = [text for split in ("dev", "test") for text, _ in load("en", split)]
    print("| set | true | texts | correct | undetermined (error or fallback) | wrong language |")
    print("|---|---|---|---|---|---|")
    for name, truth, texts in [
        ("GoEmotions dev (Reddit, short)", "en", english),
        ("our English sentences", "en", english_ours),
        ("our Dutch sentences", "nl", dutch),
    ]:
        tally: Counter[str] = Counter()
        for text in texts:
            try:
                tally["correct" if detect_language(text) == truth else "wrong"] += 1
            except LanguageError as exc:
                tally["undetermined" if "could not tell" in str(exc) else "wrong"] += 1
        n = len(texts)
        print(
            f"| {name} | {truth} | {n} | {tally['correct'] / n:.3f} | {tally['undetermined'] / n:.3f} "
            f"| {tally['wrong'] / n:.3f} |"
        )


if __name__ == "__main__":
    main()
