#!/usr/bin/env python3
"""Build assist/lang/en/emotion_lexicon.tsv from SHIP-OK sources plus hand curation.

Run from the repository root (``/work/main``) with the shared data folder at
``../shared/data`` (override with ``--data``)::

    python scripts/lexicon/build_en.py              # (re)write the shipped TSV
    python scripts/lexicon/build_en.py --candidates # print the raw candidate list for review
    python scripts/lexicon/build_en.py --check      # exit 1 if the shipped TSV is out of date

Pipeline
--------
1. Gather single-word candidates with evidence from
   * VADER (MIT): alphabetic tokens with |mean valence| >= 1.5;
   * Empath (MIT): every term of the emotion categories listed in ``EMPATH_MAP``;
   * Pattern en-sentiment.xml (BSD-3/PDDL): adjectives whose WordNet gloss names a feeling;
   * GoEmotions train.tsv (Apache-2.0): words (>= 20 comments) whose PMI with one emotion
     label is >= 1.5 (only the word statistics are used; no corpus text is shipped).
   The raw candidates are a reading list for hand curation (``--candidates``).
2'. Morphological expansion: every single word in ``en_curated.tsv`` is a base; source
   candidates and word forms attested in GoEmotions (>= 3 times) or Pattern en-frequency
   that are the base plus a suffix (-s, -ed, -ing, -ly, -ness, -ful, ...) inherit its label.
2. Drop every expansion listed in ``en_exclude.txt`` (reviewed by hand: not an emotion word,
   too ambiguous, other sense, behaviour rather than feeling, ...).
3. (``--candidates`` only) raw candidates are shown with an automatic label suggestion:
   GoEmotions PMI arg-max, else the mapped Empath category, else valence sign.
4. ``en_curated.tsv`` (hand-written rows, same 5 columns as the lexicon) overrides every
   automatic row for the same phrase and adds derivations and multi-word expressions.
5. Validate and write the TSV sorted by emotion, then phrase.

Only the Python standard library is used.
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "assist" / "lang" / "en" / "emotion_lexicon.tsv"
CURATED = HERE / "en_curated.tsv"
EXCLUDE = HERE / "en_exclude.txt"

EMOTIONS = (
    "admiration amusement anger annoyance approval caring confusion curiosity desire "
    "disappointment disapproval disgust embarrassment excitement fear gratitude grief joy love "
    "nervousness optimism pride realization relief remorse sadness surprise"
).split()
TERMS = set(
    "shame guilt loneliness hopelessness worthlessness helplessness emptiness anxiety worry "
    "panic stress overwhelm exhaustion frustration hurt jealousy envy regret despair numbness "
    "insecurity rejection betrayal bitterness contentment hope calm trust longing missing "
    "homesickness pride self-hatred hatred irritation rage boredom restlessness confusion "
    "disgust".split()
)
FLAGS = {"pred", "free"}

# Empath category -> (GoEmotions emotion, counselling term)
EMPATH_MAP = {
    "sadness": ("sadness", ""),
    "suffering": ("sadness", ""),
    "torment": ("sadness", ""),
    "fear": ("fear", ""),
    "nervousness": ("nervousness", "anxiety"),
    "anger": ("anger", ""),
    "rage": ("anger", "rage"),
    "hate": ("anger", "hatred"),
    "joy": ("joy", ""),
    "cheerfulness": ("joy", ""),
    "contentment": ("joy", "contentment"),
    "love": ("love", ""),
    "affection": ("love", ""),
    "shame": ("embarrassment", "shame"),
    "disappointment": ("disappointment", ""),
    "envy": ("anger", "envy"),
    "optimism": ("optimism", "hope"),
    "sympathy": ("caring", ""),
    "emotional": ("sadness", ""),
    "negative_emotion": ("sadness", ""),
    "positive_emotion": ("joy", ""),
}
FEELING_GLOSS = re.compile(
    r"\b(feel|feeling|emotion|afraid|fear|anger|angry|happ|sad|sorrow|anxi|worr|joy|pleas|"
    r"shame|guilt|disgust|lonel|grief|distress|hate|hatred|envy|jealous|disappoint|surpris|"
    r"nervous|upset|annoy|irritat|embarrass|proud|grateful|despair|hope|dread|resent|misery|"
    r"miserable|delight|depress|gloom|cheer|contempt|frustrat|panic|terror|scared|calm)",
    re.I,
)
WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def load_vader(data: Path) -> dict[str, float]:
    out = {}
    with open(data / "vader" / "vader_lexicon.txt", encoding="utf-8") as f:
        for line in f:
            tok, val = line.split("\t")[:2]
            out.setdefault(tok, float(val))
    return out


def load_empath(data: Path) -> dict[str, list[str]]:
    with open(data / "empath" / "categories.tsv", encoding="utf-8") as f:
        return {p[0]: p[1:] for p in (l.rstrip("\n").split("\t") for l in f)}


def load_pattern(data: Path) -> dict[str, tuple[float, float]]:
    """Adjectives whose gloss names a feeling: form -> (mean polarity, mean subjectivity)."""
    acc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    root = ET.parse(data / "pattern-lexicons" / "en-sentiment.xml").getroot()
    for w in root.iter("word"):
        form = (w.get("form") or "").lower()
        if " " in form or not form.isalpha():
            continue
        if FEELING_GLOSS.search(w.get("sense") or ""):
            acc[form].append((float(w.get("polarity")), float(w.get("subjectivity"))))
    return {k: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v)) for k, v in acc.items()}


def goemotions_vocab(data: Path, min_count: int = 3) -> set[str]:
    """Word forms attested >= min_count times in GoEmotions train (used only to license
    morphological variants of curated words)."""
    wc: Counter = Counter()
    with open(data / "goemotions" / "train.tsv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            wc.update(WORD_RE.findall(row[0].lower()))
    freq = set()
    with open(data / "pattern-lexicons" / "en-frequency.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts:
                freq.add(parts[0].lower())
    return {w for w, c in wc.items() if c >= min_count} | freq


def goemotions_pmi(data: Path, min_count: int = 20):
    """word -> (best emotion, pmi, word count) from train.tsv (document-level co-occurrence)."""
    labels = (data / "goemotions" / "emotions.txt").read_text(encoding="utf-8").split("\n")
    wc: Counter = Counter()
    wl: dict[str, Counter] = defaultdict(Counter)
    lc: Counter = Counter()
    n = 0
    with open(data / "goemotions" / "train.tsv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            text, lab = row[0], row[1]
            names = [labels[int(i)] for i in lab.split(",")]
            n += 1
            for name in names:
                lc[name] += 1
            for w in set(WORD_RE.findall(text.lower())):
                wc[w] += 1
                for name in names:
                    wl[w][name] += 1
    out = {}
    for w, c in wc.items():
        if c < min_count:
            continue
        best = None
        for name, k in wl[w].items():
            if name not in EMOTIONS or k < 5:
                continue
            pmi = math.log((k / c) / (lc[name] / n), 2)
            if best is None or pmi > best[1]:
                best = (name, pmi, c)
        if best:
            out[w] = best
    return out


def intensity_from_vader(v: float | None) -> float:
    if v is None:
        return 0.5
    return round(min(0.95, max(0.25, abs(v) / 3.3)), 2)


def gather(data: Path):
    vader = load_vader(data)
    empath = load_empath(data)
    pattern = load_pattern(data)
    pmi = goemotions_pmi(data)
    cands: dict[str, dict] = {}

    def add(word: str, src: str):
        word = word.strip().lower()
        if not word:
            return None
        return cands.setdefault(word, {"src": set(), "empath": []})

    for w, v in vader.items():
        if abs(v) >= 1.5 and re.fullmatch(r"[a-z]+(?:[-'][a-z]+)*", w):
            add(w, "vader")["src"].add("vader")
    for cat in EMPATH_MAP:
        for w in empath.get(cat, []):
            c = add(w, "empath")
            c["src"].add("empath")
            c["empath"].append(cat)
    for w, (pol, subj) in pattern.items():
        if subj >= 0.4:
            add(w, "pattern")["src"].add("pattern")
    for w, (emo, p, cnt) in pmi.items():
        if p >= 1.5 and cnt >= 20:
            add(w, "goemotions")["src"].add("goemotions")

    for w, c in cands.items():
        v = vader.get(w)
        c["vader"] = v
        c["pmi"] = pmi.get(w)
        emo, term = None, ""
        if c["pmi"] and c["pmi"][1] >= 1.0 and c["pmi"][2] >= 20:
            emo = c["pmi"][0]
        for cat in c["empath"]:
            e2, t2 = EMPATH_MAP[cat]
            if emo is None:
                emo, term = e2, t2
            elif e2 == emo and not term:
                term = t2
            if emo:
                break
        if emo is None:
            pol = v if v is not None else pattern.get(w, (0.0, 0.0))[0]
            emo = "joy" if pol > 0 else "sadness"
        c["emotion"], c["term"] = emo, term
        c["intensity"] = intensity_from_vader(v)
    return cands


def read_list(path: Path) -> set[str]:
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.add(line)
    return out


def read_curated(path: Path) -> list[tuple[str, str, str, str, str]]:
    rows = []
    if not path.exists():
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if parts[0] == "phrase":
                continue
            parts += [""] * (5 - len(parts))
            if len(parts) != 5:
                raise SystemExit(f"{path}:{n}: expected 5 fields, got {len(parts)}: {line!r}")
            phrase, emo, inten, term, flags = (p.strip() for p in parts)
            phrase = " ".join(phrase.lower().split())
            rows.append((phrase, emo, f"{float(inten):.2f}", term, flags))
    return rows


def validate(rows) -> list[str]:
    errs = []
    seen = set()
    for r in rows:
        phrase, emo, inten, term, flags = r
        if not phrase or phrase != phrase.lower() or "  " in phrase or "\t" in phrase:
            errs.append(f"bad phrase {phrase!r}")
        if phrase.startswith("... ") or phrase.endswith(" ...") or phrase == "...":
            errs.append(f"gap at edge {phrase!r}")
        if emo not in EMOTIONS:
            errs.append(f"bad emotion {r}")
        if not 0 < float(inten) <= 1:
            errs.append(f"bad intensity {r}")
        if term and term not in TERMS:
            errs.append(f"bad term {r}")
        if flags and not set(flags.split(",")) <= FLAGS:
            errs.append(f"bad flags {r}")
        if (phrase, emo) in seen:
            errs.append(f"duplicate {phrase!r} {emo}")
        seen.add((phrase, emo))
    return errs


HEADER = """\
# English emotion lexicon for assist (format: docs/lexicon-format.md).
# Generated by scripts/lexicon/build_en.py from VADER (MIT), Empath (MIT), GoEmotions
# word-label statistics (Apache-2.0) and Pattern en-sentiment (BSD-3/PDDL), plus hand
# curation in scripts/lexicon/en_curated.tsv and en_exclude.txt. See LEXICON_CARD.md.
# Do not edit by hand: edit the curation files and re-run the script.
phrase\temotion\tintensity\tterm\tflags
"""


SUFFIXES = ("s", "es", "d", "ed", "ing", "ly", "ily", "ness", "iness", "ment", "ments", "er",
            "est", "edly", "ingly", "ful", "fully", "fulness", "ish", "ingness", "edness")


def derived_forms(base: str) -> set:
    """base plus an inflectional/derivational suffix (spelling rules applied)."""
    if len(base) < 3:
        return set()
    stems = {base, base + base[-1]}
    if base.endswith("e"):
        stems.add(base[:-1])
    if base.endswith("y"):
        stems.add(base[:-1] + "i")
    if base.endswith("ed"):
        stems.add(base[:-1])
        stems.add(base[:-2])
    return {st + suf for st in stems for suf in SUFFIXES} - {base}


def expand(cands, curated: list, exclude: set) -> list:
    """Source candidates that are morphological variants of a curated single word.

    Each variant inherits the base's emotion, term and flags; its intensity is the base's.
    Candidates of several bases take the first base in curated order."""
    cur_phrases = {r[0] for r in curated}
    first_base = {}
    for row in curated:
        if " " not in row[0] and row[0].isalpha():
            for form in derived_forms(row[0]):
                first_base.setdefault(form, row)
    rows = []
    for w in sorted(set(cands)):
        if w in cur_phrases or w in exclude or not w.isalpha() or w not in first_base:
            continue
        phrase, emo, inten, term, flags = first_base[w]
        rows.append((w, emo, inten, term, flags))
    return rows


def build(data: Path) -> str:
    cands = gather(data)
    exclude = read_list(EXCLUDE)
    curated = [r for r in read_curated(CURATED) if r[0] not in exclude]
    pool = set(cands) | goemotions_vocab(data)
    rows = expand(pool, curated, exclude)
    seen = set()
    for r in curated:
        if (r[0], r[1]) in seen:
            continue
        seen.add((r[0], r[1]))
        rows.append(r)
    rows.sort(key=lambda r: (r[1], r[0]))
    errs = validate(rows)
    if errs:
        raise SystemExit("validation failed:\n" + "\n".join(errs[:50]))
    return HEADER + "".join("\t".join(r) + "\n" for r in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--candidates", action="store_true", help="print unreviewed candidates")
    ap.add_argument("--check", action="store_true", help="fail if the shipped TSV differs")
    ap.add_argument("--expansions", action="store_true", help="print morphological expansions")
    a = ap.parse_args(argv)
    if a.candidates:
        cands = gather(a.data)
        exclude = read_list(EXCLUDE)
        cur = {r[0] for r in read_curated(CURATED)}
        for w in sorted(cands):
            if w in exclude or w in cur:
                continue
            c = cands[w]
            pmi = c["pmi"]
            print("\t".join([
                w, c["emotion"], f"{c['intensity']:.2f}", c["term"],
                ",".join(sorted(c["src"])), ",".join(c["empath"]),
                "" if c["vader"] is None else str(c["vader"]),
                "" if not pmi else f"{pmi[0]}:{pmi[1]:.1f}:{pmi[2]}",
            ]))
        return 0
    if a.expansions:
        curated = read_curated(CURATED)
        pool = set(gather(a.data)) | goemotions_vocab(a.data)
        for r in expand(pool, curated, read_list(EXCLUDE)):
            print("\t".join(r))
        return 0
    text = build(a.data)
    if a.check:
        old = a.out.read_text(encoding="utf-8") if a.out.exists() else ""
        if old != text:
            print(f"{a.out} is out of date", file=sys.stderr)
            return 1
        return 0
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    n = text.count("\n") - HEADER.count("\n")
    print(f"wrote {a.out} ({n} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
