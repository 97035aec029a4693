"""Validate and count emotion-word markup: [surface]{emotion} / [surface]{emotion,neg}.

Usage: python markup_stats.py FILE [FILE ...]
Exits non-zero on any validation error.
"""
from __future__ import annotations

import collections
import re
import sys

LABELS = set("""admiration amusement anger annoyance approval caring confusion curiosity
desire disappointment disapproval disgust embarrassment excitement fear gratitude grief
joy love nervousness optimism pride realization relief remorse sadness surprise""".split())
SPAN = re.compile(r"\[([^\[\]{}]+)\]\{([a-z]+)(,neg)?\}")


def check(path):
    errors, stats = [], collections.Counter()
    per_emotion = collections.Counter()
    per_emotion_neg = collections.Counter()
    seen = {}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for no, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"{path}:{no}: empty line")
            continue
        if line != line.strip():
            errors.append(f"{path}:{no}: leading/trailing whitespace")
        if line in seen:
            errors.append(f"{path}:{no}: duplicate of line {seen[line]}")
        seen[line] = no
        n_neg = n_pos = 0
        for m in SPAN.finditer(line):
            surface, label, neg = m.groups()
            if label not in LABELS:
                errors.append(f"{path}:{no}: bad label {label!r}")
            if surface != surface.strip():
                errors.append(f"{path}:{no}: span has outer whitespace {surface!r}")
            per_emotion[label] += 1
            if neg:
                per_emotion_neg[label] += 1
                n_neg += 1
            else:
                n_pos += 1
        rest = SPAN.sub("", line)
        if any(c in rest for c in "[]{}"):
            errors.append(f"{path}:{no}: stray bracket/brace or malformed span: {line}")
        stats["lines"] += 1
        stats["mentions"] += n_pos + n_neg
        stats["negated mentions"] += n_neg
        if n_neg:
            stats["lines with a negated mention"] += 1
        elif n_pos:
            stats["lines with only non-negated mentions"] += 1
        else:
            stats["lines without any mention (traps)"] += 1
    return errors, stats, per_emotion, per_emotion_neg


def main(paths):
    all_errors = []
    total, tot_em, tot_neg = collections.Counter(), collections.Counter(), collections.Counter()
    for p in paths:
        errors, stats, em, neg = check(p)
        all_errors += errors
        total.update(stats)
        tot_em.update(em)
        tot_neg.update(neg)
        print(f"## {p}")
        for k, v in stats.items():
            print(f"  {k}: {v}")
    print("## per emotion (all files): mentions (of which negated)")
    for lab in sorted(LABELS):
        print(f"  {lab}: {tot_em[lab]} ({tot_neg[lab]})")
    print("## totals:", dict(total))
    for e in all_errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
