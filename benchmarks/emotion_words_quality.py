"""Word-level quality of the emotion-word finder on our own annotated sets (EN and NL).

    python benchmarks/emotion_words_quality.py [--split dev|test|all] [--errors]

A predicted mention counts as found when it overlaps a gold mention (one-to-one, greedy by
overlap); `exact` requires the same span. Negation and label accuracy are over found pairs.
The `naive` row ablates the context rules (`LexiconEmotionWords(context=False)`): every
lexicon hit counts; no exception phrases, `pred` rule, negation or intensity modifiers.
The peer row is a plain NRC EmoLex lookup (`pip install nrclex`; English only): every token
whose form or lemma has one of NRC's eight emotions counts, nothing is negated. Its labels are
not GoEmotions names, so label columns are left empty for it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from _markup import Gold, load

from assist import Assistant
from assist.emotions.labels import GROUP_OF
from assist.emotions.lexicon import LexiconEmotionWords
from assist.emotions.result import EmotionMention
from assist.text.tokens import sentences

_NRC_EMOTIONS = {"anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust"}


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    found: int = 0
    exact: int = 0
    neg_ok: int = 0
    neg_gold: int = 0
    neg_found: int = 0
    label_ok: int = 0
    group_ok: int = 0
    trap_lines: int = 0
    trap_fp: int = 0
    errors: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        p = self.found / self.pred if self.pred else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        neg = self.neg_ok / self.found if self.found else 0.0
        neg_r = self.neg_found / self.neg_gold if self.neg_gold else 0.0
        lab = self.label_ok / self.found if self.found else 0.0
        grp = self.group_ok / self.found if self.found else 0.0
        ex = self.exact / self.gold if self.gold else 0.0
        return (
            f"| {name} | {self.gold} | {p:.3f} | {r:.3f} | {f:.3f} | {ex:.3f} | {neg:.3f} | {neg_r:.3f} "
            f"| {lab:.3f} | {grp:.3f} | {self.trap_fp}/{self.trap_lines} |"
        )


def _overlap(a: Gold, start: int, end: int) -> int:
    return max(0, min(a.end, end) - max(a.start, start))


class _NrcLookup:
    """The peer: NRC EmoLex (via the nrclex package) looked up per token, no context."""

    def __init__(self) -> None:
        import json
        from importlib.resources import files

        self.lexicon = json.loads((files("nrclex") / "data" / "nrc_en.json").read_text(encoding="utf-8"))

    def emotions_many(self, texts: list[str], lang: str) -> list[SimpleResult]:
        parser = Assistant()._parser
        out = []
        for parsed in parser.parse_many(texts, lang=lang):
            mentions = []
            for seg in parsed.segments:
                for sent in sentences(seg.doc, lang):
                    for i, keys in enumerate(sent.keys):
                        labels = next((self.lexicon[k] for k in keys[:2] if k in self.lexicon), [])
                        if _NRC_EMOTIONS & set(labels):
                            start, end = parsed.span(seg.start + sent.starts[i], seg.start + sent.ends[i])
                            mentions.append(
                                EmotionMention(start=start, end=end, text=parsed.text[start:end], emotion="")
                            )
            out.append(SimpleResult(tuple(mentions)))
        return out


@dataclass(frozen=True)
class SimpleResult:
    mentions: tuple[EmotionMention, ...]


def score(assistant: Assistant | _NrcLookup, lang: str, split: str) -> Tally:
    t = Tally()
    splits = ["dev", "test"] if split == "all" else [split]
    items = [item for s in splits for item in load(lang, s)]
    results = assistant.emotions_many([text for text, _ in items], lang=lang)
    for (text, gold), result in zip(items, results, strict=True):
        preds = list(result.mentions)
        t.gold += len(gold)
        t.pred += len(preds)
        if not gold:
            t.trap_lines += 1
            t.trap_fp += bool(preds)
        used: set[int] = set()
        for g in gold:
            t.neg_gold += g.negated
            best = max(
                (i for i in range(len(preds)) if i not in used and _overlap(g, preds[i].start, preds[i].end)),
                key=lambda i: _overlap(g, preds[i].start, preds[i].end),
                default=None,
            )
            if best is None:
                t.errors.append(f"MISS  {g.text!r} ({g.emotion}{',neg' if g.negated else ''}) in: {text}")
                continue
            used.add(best)
            p = preds[best]
            t.found += 1
            t.exact += (p.start, p.end) == (g.start, g.end)
            neg = p.negated
            t.neg_ok += neg == g.negated
            t.neg_found += g.negated and neg
            if neg != g.negated:
                t.errors.append(f"NEG   {p.text!r} pred={neg} gold={g.negated} in: {text}")
            t.label_ok += p.emotion == g.emotion
            t.group_ok += GROUP_OF.get(p.emotion) == GROUP_OF[g.emotion]
        for i, p in enumerate(preds):
            if i not in used:
                t.errors.append(f"FALSE {p.text!r} ({p.emotion}) in: {text}")
    return t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", choices=["dev", "test", "dev2", "dev3", "all"])
    parser.add_argument("--errors", action="store_true", help="print every miss, false hit and negation error")
    parser.add_argument("--lang", choices=["en", "nl"], action="append")
    args = parser.parse_args()
    full = Assistant()
    naive = Assistant()
    naive._emotion_words = LexiconEmotionWords(context=False)
    print(f"split: {args.split}\n")
    print("| lang / system | gold | precision | recall | F1 | exact-span recall | negation acc | "
          "negation recall | label acc | Ekman acc | trap lines hit |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for lang in args.lang or ["en", "nl"]:
        t = score(full, lang, args.split)
        print(t.row(f"{lang} assist lexicon"))
        print(score(naive, lang, args.split).row(f"{lang} naive lookup (ablation)"))
        if lang == "en":
            try:
                print(score(_NrcLookup(), lang, args.split).row("en NRC EmoLex lookup (peer)"))
            except ModuleNotFoundError:
                print("| en NRC EmoLex lookup (peer) | not installed: pip install nrclex |")
        if args.errors:
            print("\n".join(t.errors), file=sys.stderr)


if __name__ == "__main__":
    main()
