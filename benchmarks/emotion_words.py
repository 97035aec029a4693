"""Speed of the emotion-word finder next to spaCy tokenisation alone, in one run.

    python benchmarks/emotion_words.py [--data ../shared/data/goemotions] [--repeat 3]

English: the GoEmotions dev texts (5,426 Reddit comments). Dutch: our own Dutch evaluation
sentences, repeated to a similar count. One process, one core; best of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from _markup import load

from assist import Assistant


def _goemotions(path: Path) -> list[str]:
    with (path / "dev.tsv").open(encoding="utf-8", newline="") as f:
        return [row[0] for row in csv.reader(f, delimiter="\t")]


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    here = Path(__file__).resolve().parent
    parser.add_argument("--data", type=Path, default=here.parent.parent / "shared" / "data" / "goemotions")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    corpora = {"en": _goemotions(args.data)}
    nl = [text for split in ("dev", "test") for text, _ in load("nl", split)]
    corpora["nl"] = (nl * (len(corpora["en"]) // len(nl) + 1))[: len(corpora["en"])]
    assistant = Assistant()
    print("| lang | texts | words | spaCy tokenizer msg/s | assist (lang given) msg/s | assist (detect) msg/s "
          "| cost vs tokenizer (lang given) | cost vs tokenizer (detect) |")
    print("|---|---|---|---|---|---|---|---|")
    for lang, texts in corpora.items():
        blank = spacy.blank(lang)
        assistant.emotions_many(texts[:200], lang=lang)  # warm caches and pipelines
        words = sum(len(d) for d in blank.tokenizer.pipe(texts))
        t_tok = _best(lambda: list(blank.tokenizer.pipe(texts)), args.repeat)  # noqa: B023
        t_lang = _best(lambda: assistant.emotions_many(texts, lang=lang), args.repeat)  # noqa: B023
        auto = Assistant(fallback_lang=lang)  # detect per text; fall back where it cannot tell
        t_auto = _best(lambda: auto.emotions_many(texts), args.repeat)  # noqa: B023
        n = len(texts)
        print(
            f"| {lang} | {n} | {words} | {n / t_tok:,.0f} | {n / t_lang:,.0f} | {n / t_auto:,.0f} "
            f"| {t_lang / t_tok:.1f}x | {t_auto / t_tok:.1f}x |"
        )


if __name__ == "__main__":
    main()
