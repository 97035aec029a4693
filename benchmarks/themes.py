"""Quality and speed of recurring themes.

    python benchmarks/themes.py [--data ../shared/data] [--threads 40]

1. Category of single client questions: counsel-chat (DEV-ONLY, evaluation only) topics mapped
   to our taxonomy; the predicted category is that of the highest-scoring theme.
2. Synthetic threads: 3 questions of one topic interleaved with 5 of other topics (seeded);
   precision and recall of the messages our themes of that category land in.
3. Our own annotated threads (benchmarks/data/themes/{en,nl}_threads.jsonl): message-set
   precision/recall per annotated theme, and new/faded detection.
4. Speed: one thread of 50 messages of 300 words each, per language.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from assist import Assistant, ThemeReport

TOPIC_TO_CATEGORY = {
    "depression": "mood", "relationships": "partner", "intimacy": "partner", "anxiety": "anxiety",
    "family-conflict": "family", "parenting": "parenting", "self-esteem": "self_worth",
    "relationship-dissolution": "partner", "anger-management": "anger", "trauma": "trauma",
    "marriage": "partner", "lgbtq": "sexuality_identity", "domestic-violence": "violence_safety",
    "workplace-relationships": "work", "social-relationships": "friends_loneliness",
    "substance-abuse": "substance_use", "addiction": "substance_use", "spirituality": "meaning",
    "grief-and-loss": "loss_grief", "sleep-improvement": "sleep", "eating-disorders": "eating",
    "stress": "anxiety", "human-sexuality": "sexuality_identity", "children-adolescents": "parenting",
}  # not mapped: behavioral-change, counseling-fundamentals, legal-regulatory, diagnosis, ...
HERE = Path(__file__).resolve().parent


def _questions(data: Path) -> list[tuple[str, str]]:
    csv.field_size_limit(sys.maxsize)
    seen: dict[str, tuple[str, str]] = {}
    for name in ("train.csv", "val.csv"):
        with (data / "counsel-chat" / name).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                category = TOPIC_TO_CATEGORY.get(row["topic"])
                if category and row["questionID"] not in seen:
                    text = f"{row['questionTitle'].strip()}. {row['questionText'].strip()}"
                    seen[row["questionID"]] = (text, category)
    return [seen[k] for k in sorted(seen)]


def _by_category(report: ThemeReport) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for theme in report.themes:
        if theme.category:
            out[theme.category].update(theme.messages)
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def classification(assistant: Assistant, questions: list[tuple[str, str]]) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    correct = 0
    for text, gold in questions:
        report = assistant.themes([text], lang="en")
        scored = [t for t in report.themes if t.category]
        pred = max(scored, key=lambda t: (t.score, t.label)).category if scored else None
        correct += pred == gold
        if pred == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
    cats = sorted(set(tp) | set(fn))
    macro = sum(_f1(tp[c], fp[c], fn[c]) for c in cats) / len(cats)
    print(f"| counsel-chat questions (en) | {len(questions)} | accuracy {correct / len(questions):.3f} "
          f"| macro-F1 {macro:.3f} over {len(cats)} categories |")


def synthetic_threads(assistant: Assistant, questions: list[tuple[str, str]], n: int) -> None:
    rng = random.Random(13)
    by_cat: dict[str, list[str]] = defaultdict(list)
    for text, cat in questions:
        by_cat[cat].append(text)
    targets = sorted(c for c, qs in by_cat.items() if len(qs) >= 4)
    tp = fp = fn = 0
    for _ in range(n):
        target = rng.choice(targets)
        chosen = [(q, True) for q in rng.sample(by_cat[target], 3)]
        others = [c for c in targets if c != target]
        chosen += [(rng.choice(by_cat[c]), False) for c in rng.sample(others, 5)]
        rng.shuffle(chosen)
        report = assistant.themes([q for q, _ in chosen], lang="en")
        pred = _by_category(report).get(target, set())
        gold = {i for i, (_, is_target) in enumerate(chosen) if is_target}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    print(f"| synthetic counsel-chat threads (en) | {n} threads × 8 messages | message precision "
          f"{tp / max(tp + fp, 1):.3f} | message recall {tp / max(tp + fn, 1):.3f} |")


def own_threads(assistant: Assistant, lang: str) -> None:
    path = HERE / "data" / "themes" / f"{lang}_threads.jsonl"
    if not path.exists():
        print(f"| our {lang} threads | missing {path.name} |")
        return
    threads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = 0
    new_ok = new_n = faded_ok = faded_n = 0
    for thread in threads:
        report = assistant.themes(thread["messages"])
        pred = _by_category(report)
        last = len(thread["messages"]) - 1
        recent = set(range(len(thread["messages"])))
        recent = set(sorted(recent)[-max(1, min(3, len(recent) // 3)) :])
        new_pred = {t.category for t in report.themes if t.label in report.new}
        faded_pred = {t.category for t in report.themes if t.label in report.faded}
        for theme in thread["themes"]:
            gold = set(theme["messages"])
            got = pred.get(theme["category"], set())
            tp += len(got & gold)
            fp += len(got - gold)
            fn += len(gold - got)
            if min(gold) == last:
                new_n += 1
                new_ok += theme["category"] in new_pred
            if len(gold) >= 2 and not gold & recent:
                faded_n += 1
                faded_ok += theme["category"] in faded_pred
    print(
        f"| our {lang} threads | {len(threads)} threads | message precision {tp / max(tp + fp, 1):.3f} "
        f"| message recall {tp / max(tp + fn, 1):.3f} | new found {new_ok}/{new_n} "
        f"| faded found {faded_ok}/{faded_n} |"
    )


def speed(assistant: Assistant, data: Path) -> None:
    csv.field_size_limit(sys.maxsize)
    with (data / "counsel-chat" / "train.csv").open(encoding="utf-8", newline="") as f:
        answers = [" ".join(row["answerText"].split()[:300]) for row in csv.DictReader(f)]
    english = [a for a in answers if len(a.split()) >= 290][:50]
    nl_path = HERE / "data" / "themes" / "nl_threads.jsonl"
    dutch_words = " ".join(
        m for line in nl_path.read_text(encoding="utf-8").splitlines() if line.strip()
        for m in json.loads(line)["messages"]
    ).split() if nl_path.exists() else []
    dutch = [" ".join(dutch_words[(i * 300) % max(len(dutch_words) - 300, 1):][:300]) for i in range(50)]
    for lang, thread in (("en", english), ("nl", dutch)):
        if len(thread) < 50:
            continue
        assistant.themes(thread[:5], lang=lang)  # warm up
        best = min(_timed(lambda: assistant.themes(thread, lang=lang)) for _ in range(3))  # noqa: B023
        print(f"| speed ({lang}) | 50 messages × 300 words | {best:.2f} s per thread (best of 3) |")


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--threads", type=int, default=40)
    parser.add_argument("--phrases", action="store_true", help="Assistant(theme_phrases=True): noun phrases too")
    parser.add_argument("--spacy-pipelines", default=None, help='JSON, e.g. {"nl": "path"} (syntax pipelines)')
    args = parser.parse_args()
    pipelines = json.loads(args.spacy_pipelines) if args.spacy_pipelines else {}
    assistant = Assistant(theme_phrases=args.phrases, spacy_pipelines=pipelines) if args.phrases else Assistant()
    print(f"theme_phrases={args.phrases}")
    print("| benchmark | size | result | | | |")
    print("|---|---|---|---|---|---|")
    questions = _questions(args.data)
    classification(assistant, questions)
    synthetic_threads(assistant, questions, args.threads)
    own_threads(assistant, "en")
    own_threads(assistant, "nl")
    speed(assistant, args.data)


if __name__ == "__main__":
    main()
