"""Syntax pipelines: accuracy on the UD test splits, what the consumers get, and speed, in one run.

    cd benchmarks && python syntax.py [--repeat 3]

Tables:
1. UD test accuracy of each shipped pipeline (raw text in, so tokenisation errors count), next
   to the published figures of spaCy's `nl_core_news_sm` / `en_core_web_sm` (trained on far
   more data; en_core_web_sm is scored on OntoNotes, not UD, so it is a loose anchor).
2. Lemmas on the UD test words: the trained edit-tree lemmatizer against the lookup lemmas of
   the default pipeline (simplemma for Dutch, spaCy's lookup table for English), and both
   combined (the lookup where it knows the word); the shipped Dutch pipeline combines them.
3. Consumers against the UD test trees (gold tokens): passives (aux:pass) and clause counts,
   from the parse and from tags alone.
4. Consumers against our hand-labelled sets (benchmarks/data/syntax): passives, noun phrases,
   question forms.
5. Negation scope of emotion words: the window rule against the parse, on our emotion sets.
6. Words per second on one core: blank tokens pipeline, tags only, full parse (and
   en_core_web_sm when installed), on the UD test texts.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import csv
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import spacy
from _markup import load as load_emotion_set
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from assist import Assistant
from assist.emotions.resources import emotion_resources
from assist.models import shipped_model_path
from assist.syntax.negation import parse_negated
from assist.syntax.parse import ParseSyntax, clause_count, max_dependency_length, passives, ud_noun_chunks
from assist.syntax.questions import question_form
from assist.syntax.tags import TagSyntax, tag_noun_chunks
from assist.text.pipeline import get_pipeline, lemma_of
from assist.train.syntax import DEFAULT_DATA, TREEBANKS, domain_split, evaluate, read_conllu

HAND = Path(__file__).parent / "data" / "syntax"
# Published figures (model cards; see docs/benchmarks.md for the sources).
# nl: explosion/spacy-models meta/nl_core_news_sm-3.8.0.json; en: meta/en_core_web_sm-3.8.0.json
# (en_core_web_sm publishes no UPOS, morph or lemma accuracy: it has an XPOS tagger, 97.3 %).
PUBLISHED = {
    "nl": (
        "nl_core_news_sm 3.8.0 (published; full UD train sets)",
        {"pos_acc": 0.9578, "morph_acc": 0.9507, "lemma_acc": 0.9498, "dep_uas": 0.8566, "dep_las": 0.8045,
         "sents_f": 0.8646},
    ),
    "en": (
        "en_core_web_sm 3.8.0 (published; OntoNotes, not UD)",
        {"dep_uas": 0.9177, "dep_las": 0.8992, "sents_f": 0.9068},
    ),
}
_TAGS = TagSyntax()
_PARSE = ParseSyntax()


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@cache
def _test_docs(lang: str) -> list[Doc]:
    """The gold test docs, on the shipped pipeline's vocab (so the scorer finds every string)."""
    docs = [d for f in TREEBANKS[lang].test for d in read_conllu(DEFAULT_DATA / f)]
    vocab = get_pipeline(lang, str(_model_path(lang))).vocab
    return list(DocBin(docs=docs, store_user_data=False).get_docs(vocab))


def _domain_test_docs(lang: str) -> list[Doc]:
    _, test = domain_split(lang)
    if not test:
        return []
    vocab = get_pipeline(lang, str(_model_path(lang))).vocab
    return list(DocBin(docs=test, store_user_data=False).get_docs(vocab))


_MODELS: dict[str, Path] = {}


def _model_path(lang: str) -> Path:
    return _MODELS.get(lang) or shipped_model_path(f"syntax-{lang}")


def _on_gold_tokens(nlp: Language, gold: Doc, skip: tuple[str, ...] = ()) -> Doc:
    doc = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
    for name, proc in nlp.pipeline:
        if name not in skip:
            doc = proc(doc)
    return doc


_ACC_KEYS = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")


def _acc_row(label: str, words: str, scores: dict[str, float]) -> str:
    return f"| {label} | {words} | " + " | ".join(_pct(scores.get(k)) for k in _ACC_KEYS) + " |"


def accuracy_table(langs: list[str], nlps: dict[str, Language]) -> None:
    print("\n## 1. UD test accuracy (%; raw text in)\n")
    print("| pipeline | test words | UPOS | morph | lemma | UAS | LAS | sentence F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for lang in langs:
        s = evaluate(nlps[lang], _test_docs(lang))
        print(_acc_row(f"assist syntax-{lang}", f"{s['words']:,}", s))
        name, pub = PUBLISHED[lang]
        print(_acc_row(name, "–", pub))
        domain = _domain_test_docs(lang)
        if domain:
            d = evaluate(nlps[lang], domain)
            print(_acc_row(f"assist syntax-{lang}, our held-out letter sentences (not UD)", f"{d['words']:,}", d))


def lemma_table(langs: list[str], nlps: dict[str, Language]) -> None:
    print("\n## 2. Lemma accuracy on the UD test words (%; gold tokens, punctuation left out, case counts)\n")
    print("| language | words | trained edit tree | lookup (default pipeline) | lookup where known, else tree |")
    print("|---|---|---|---|---|")
    from assist.text.pipeline import is_known_word

    for lang in langs:
        n = tree = look = hybrid = 0
        for gold in _test_docs(lang):
            doc = _on_gold_tokens(nlps[lang], gold, skip=("assist_lookup_lemmas",))
            for g, p in zip(gold, doc, strict=True):
                if g.is_punct or not g.text.strip():
                    continue
                want = g.lemma_
                n += 1
                lookup = lemma_of(g.lower_, lang)
                tree += p.lemma_ == want
                look += lookup == want
                known = p.pos_ != "PROPN" and g.is_alpha and is_known_word(g.lower_, lang)
                hybrid += (lookup if known else p.lemma_) == want
        print(f"| {lang} | {n:,} | {_pct(tree / n)} | {_pct(look / n)} | {_pct(hybrid / n)} |")


def consumer_ud_table(langs: list[str], nlps: dict[str, Language]) -> None:
    print("\n## 3. Consumers against the UD test trees (gold tokens)\n")
    print("| language | passives P / R / F1: parse | passives P / R / F1: tags | clause count exact: parse | "
          "clause count exact: tags | max dependency length exact / within 1: parse |")
    print("|---|---|---|---|---|---|")
    for lang in langs:
        tally = {"gold": 0, "parse_pred": 0, "parse_tp": 0, "tags_pred": 0, "tags_tp": 0}
        sents = clause_parse = clause_tags = dep_exact = dep_near = 0
        for gold in _test_docs(lang):
            doc = _on_gold_tokens(nlps[lang], gold)
            for gs in gold.sents:
                ps = doc[gs.start : gs.end]
                g = set(passives(gs))
                pp = {x for x in _PARSE.sentence(ps, lang).passives if gs.start <= x[1] < gs.end}
                tp = set(_TAGS.sentence(ps, lang).passives)
                tally["gold"] += len(g)
                tally["parse_pred"] += len(pp)
                tally["parse_tp"] += len(g & pp)
                tally["tags_pred"] += len(tp)
                tally["tags_tp"] += len(g & tp)
                sents += 1
                want = clause_count(gs)
                clause_parse += _clauses_in(ps) == want
                clause_tags += _TAGS.sentence(ps, lang).clauses == want
                gd, pd = max_dependency_length(gs), _dep_len_in(ps)
                dep_exact += gd == pd
                dep_near += abs(gd - pd) <= 1
        pp_ = _f1(tally["parse_tp"], tally["parse_pred"], tally["gold"])
        tp_ = _f1(tally["tags_tp"], tally["tags_pred"], tally["gold"])
        print(
            f"| {lang} ({tally['gold']} passives, {sents:,} sentences) | "
            + " / ".join(_pct(x) for x in pp_) + " | " + " / ".join(_pct(x) for x in tp_)
            + f" | {_pct(clause_parse / sents)} | {_pct(clause_tags / sents)} | "
            f"{_pct(dep_exact / sents)} / {_pct(dep_near / sents)} |"
        )


def _clauses_in(span: Span) -> int:
    from assist.syntax.parse import is_clause_head

    return max(1, sum(is_clause_head(t) or not (span.start <= t.head.i < span.end) for t in span if not t.is_punct))


def _dep_len_in(span: Span) -> int:
    pos = {t.i: k for k, t in enumerate(t for t in span if not t.is_punct)}
    return max((abs(pos[t.i] - pos[t.head.i]) for t in span if t.i in pos and t.head.i in pos), default=0)


def _rows(name: str) -> list[dict[str, str]]:
    with (HAND / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def hand_table(langs: list[str], nlps: dict[str, Language], tag_nlps: dict[str, Language]) -> None:
    print("\n## 4. Consumers against our hand-labelled sentences (benchmarks/data/syntax)\n")
    print("| language / reader | passives P / R / F1 | noun phrases P / R / F1 | question form accuracy |")
    print("|---|---|---|---|")
    for lang in langs:
        blank = get_pipeline(lang)
        readers: list[tuple[str, Language, Callable[[Doc], list[tuple[int, int]]], str]] = [
            ("parse", nlps[lang], ud_noun_chunks, "parse"),
            ("tags only", tag_nlps[lang], tag_noun_chunks, "tags"),
        ]
        for label, nlp, chunker, mode in readers:
            gold_p = pred_p = tp_p = 0
            for row in _rows(f"{lang}.passives.tsv"):
                doc = nlp(row["text"])
                found = (_PARSE if mode == "parse" else _TAGS).sentence(doc[:], lang).passives
                pairs = {(doc[a].text, doc[b].text) for a, b in found}
                pred_p += len(pairs)
                if row["passive"] == "yes":
                    gold_p += 1
                    tp_p += (row["auxiliary"], row["participle"]) in pairs
            gold_c = pred_c = tp_c = 0
            for row in _rows(f"{lang}.noun_chunks.tsv"):
                doc = nlp(row["text"])
                want = [c.strip() for c in row["chunks"].split("|") if c.strip()]
                got = [doc[s:e].text for s, e in chunker(doc)]
                gold_c += len(want)
                pred_c += len(got)
                tp_c += len(set(want) & set(got))
            ok = total = 0
            for row in _rows(f"{lang}.questions.tsv"):
                q = question_form(nlp(row["text"])[:], lang)
                ok += (q.kind if q else "none") == row["kind"]
                total += 1
            print(
                f"| {lang} {label} | " + " / ".join(_pct(x) for x in _f1(tp_p, pred_p, gold_p)) + " | "
                + " / ".join(_pct(x) for x in _f1(tp_c, pred_c, gold_c)) + f" | {_pct(ok / total)} |"
            )
        if lang == "nl":
            from spacy.lang.nl.syntax_iterators import noun_chunks as spacy_nl_chunks

            gold_c = pred_c = tp_c = 0
            for row in _rows("nl.noun_chunks.tsv"):
                doc = nlps[lang](row["text"])
                want = [c.strip() for c in row["chunks"].split("|") if c.strip()]
                got = [doc[s:e].text for s, e, _ in spacy_nl_chunks(doc)]
                gold_c += len(want)
                pred_c += len(got)
                tp_c += len(set(want) & set(got))
            print("| nl spaCy's own Dutch noun-chunk iterator, same parse | – | "
                  + " / ".join(_pct(x) for x in _f1(tp_c, pred_c, gold_c)) + " | – |")
        ok = 0
        rows = _rows(f"{lang}.questions.tsv")
        for row in rows:
            q = question_form(blank(row["text"])[:], lang)
            ok += (q.kind if q else "none") == row["kind"]
        print(f"| {lang} no tagger (word lists only) | – | – | {_pct(ok / len(rows))} |")


def negation_table(langs: list[str], nlps: dict[str, Language]) -> None:
    print("\n## 5. Negation of emotion words: window rule against the parse (all our emotion sets)\n")
    print("| language | mentions found | negated (gold) | accuracy: window | accuracy: parse | "
          "negated P / R: window | negated P / R: parse |")
    print("|---|---|---|---|---|---|---|")
    for lang in langs:
        negators = frozenset(w for w in emotion_resources(lang).negators if " " not in w)
        assistant = Assistant(lang=lang)
        n = gold_neg = ok_w = ok_p = 0
        counts = {"w_pred": 0, "w_tp": 0, "p_pred": 0, "p_tp": 0}
        for split in ("dev", "test", "dev2", "dev3"):
            for text, gold in load_emotion_set(lang, split):
                mentions = assistant.emotions(text).mentions
                doc = nlps[lang](text)
                for g in gold:
                    m = next((m for m in mentions if m.start < g.end and g.start < m.end), None)
                    if m is None:
                        continue
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is None:
                        continue
                    by_parse = parse_negated(span, negators)
                    n += 1
                    gold_neg += g.negated
                    ok_w += m.negated == g.negated
                    ok_p += by_parse == g.negated
                    counts["w_pred"] += m.negated
                    counts["w_tp"] += m.negated and g.negated
                    counts["p_pred"] += by_parse
                    counts["p_tp"] += by_parse and g.negated
        wp, wr, _ = _f1(counts["w_tp"], counts["w_pred"], gold_neg)
        pp, pr, _ = _f1(counts["p_tp"], counts["p_pred"], gold_neg)
        print(f"| {lang} | {n} | {gold_neg} | {_pct(ok_w / n)} | {_pct(ok_p / n)} | {_pct(wp)} / {_pct(wr)} | "
              f"{_pct(pp)} / {_pct(pr)} |")


def speed_table(langs: list[str], nlps: dict[str, Language], tag_nlps: dict[str, Language], repeat: int) -> None:
    print("\n## 6. Words per second, one core (UD test texts; best of", repeat, "runs)\n")
    print("| language | pipeline | words/s | × full parse |")
    print("|---|---|---|---|")
    for lang in langs:
        texts = [d.text for d in _test_docs(lang)]
        runs: list[tuple[str, Language]] = [
            (f"syntax-{lang} full (as `syntax='parse'` runs it)", nlps[lang]),
            (f"syntax-{lang} tags only (parser excluded, `syntax='tags'`)", tag_nlps[lang]),
            ("blank + assist_tokens (emotion words, themes)", get_pipeline(lang)),
        ]
        if lang == "en" and spacy.util.is_package("en_core_web_sm"):
            runs.append(("en_core_web_sm (all components)", spacy.load("en_core_web_sm")))
        base = None
        for name, nlp in runs:
            words = 0
            best = float("inf")
            for _ in range(repeat):
                start = time.perf_counter()
                words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
                best = min(best, time.perf_counter() - start)
            wps = words / best
            base = base or wps
            print(f"| {lang} | {name} | {wps:,.0f} | {wps / base:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=["en", "nl"], action="append")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", type=Path, default=None, help="folder holding syntax-<lang> (default: shipped)")
    parser.add_argument("--only", choices=["accuracy", "lemmas", "ud", "hand", "negation", "speed"], action="append")
    args = parser.parse_args()
    langs = args.lang or ["nl", "en"]
    if args.models:
        _MODELS.update({lang: args.models / f"syntax-{lang}" for lang in langs})
    paths = {lang: str(_model_path(lang)) for lang in langs}
    nlps = {lang: get_pipeline(lang, paths[lang]) for lang in langs}
    tag_nlps = {lang: get_pipeline(lang, paths[lang], ("parser",)) for lang in langs}
    only = set(args.only or ["accuracy", "lemmas", "ud", "hand", "negation", "speed"])
    if "accuracy" in only:
        accuracy_table(langs, nlps)
    if "lemmas" in only:
        lemma_table(langs, nlps)
    if "ud" in only:
        consumer_ud_table(langs, nlps)
    if "hand" in only:
        hand_table(langs, nlps, tag_nlps)
    if "negation" in only:
        negation_table(langs, nlps)
    if "speed" in only:
        speed_table(langs, nlps, tag_nlps, args.repeat)


if __name__ == "__main__":
    main()
