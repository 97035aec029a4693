"""Train the small syntax pipelines (morphologizer, parser, lemmatizer) on UD treebanks.

Dutch: only the dev splits of UD Dutch Alpino and LassySmall are here, so the model trains on
90 % of them, picks its best checkpoint on the other 10 % and is scored on the test splits.
English: UD English EWT train / dev / test as released. Runs are seeded and single-threaded.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example, converters

from assist.models import shipped_model_path

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DOMAIN_DATA = Path(__file__).with_name("data")
_CONFIG = Path(__file__).with_name("syntax.cfg")
_HELD_OUT = 0.1
_DOMAIN_TEST = 0.25


@dataclass(frozen=True)
class Treebanks:
    """Where a language's CoNLL-U files are, relative to the data folder."""

    train: tuple[str, ...]
    dev: tuple[str, ...]  # empty: hold out part of train
    test: tuple[str, ...]
    overrides: dict[str, Any]
    # Our own hand-annotated sentences (assist/train/data/<glob>): part trains, part is a domain test.
    domain: str | None = None


TREEBANKS: dict[str, Treebanks] = {
    "nl": Treebanks(
        train=(
            "ud-dutch/UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
            "ud-dutch/UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
        ),
        dev=(),
        test=(
            "ud-dutch/UD_Dutch-Alpino/nl_alpino-ud-test.conllu",
            "ud-dutch/UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu",
        ),
        # Small data: keep rarer dependency labels, regularise more, stop earlier.
        overrides={
            "components.parser.min_action_freq": 5,
            "components.trainable_lemmatizer.min_tree_freq": 2,
            "training.dropout": 0.2,
            "training.max_steps": 5000,
            "training.patience": 1600,
        },
        domain="nl-letters-*.conllu",
    ),
    "en": Treebanks(
        train=("ud-english/UD_English-EWT/en_ewt-ud-train.conllu",),
        dev=("ud-english/UD_English-EWT/en_ewt-ud-dev.conllu",),
        test=("ud-english/UD_English-EWT/en_ewt-ud-test.conllu",),
        overrides={"training.max_steps": 6000, "training.patience": 2000},
    ),
}


def read_conllu(path: Path) -> list[Doc]:
    """CoNLL-U → spaCy docs of 10 sentences each (so the parser also learns sentence breaks)."""
    text = path.read_text(encoding="utf-8")
    return list(cast(Any, converters).conllu_to_docs(text, n_sents=10, no_print=True))


def _save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)


def domain_split(lang: str, seed: int = 0, folder: Path = DOMAIN_DATA) -> tuple[list[Doc], list[Doc]]:
    """Our hand-annotated domain sentences as (train, test) docs; a fixed, seeded quarter is test."""
    pattern = TREEBANKS[lang].domain
    if pattern is None:
        return [], []
    docs = [d for f in sorted(folder.glob(pattern)) for d in read_conllu(f)]
    random.Random(seed).shuffle(docs)
    cut = round(len(docs) * _DOMAIN_TEST)
    return docs[cut:], docs[:cut]


def prepare_corpora(lang: str, data: Path, work: Path, seed: int, domain: Path = DOMAIN_DATA) -> dict[str, Path]:
    """Convert the treebanks to .spacy files under `work`; returns train/dev/test/domain_test paths."""
    banks = TREEBANKS[lang]
    domain_train, domain_test = domain_split(lang, seed, domain)
    train = [d for f in banks.train for d in read_conllu(data / f)] + domain_train
    if banks.dev:
        dev = [d for f in banks.dev for d in read_conllu(data / f)]
    else:
        random.Random(seed).shuffle(train)
        cut = max(1, int(len(train) * _HELD_OUT))
        dev, train = train[:cut], train[cut:]
    test = [d for f in banks.test for d in read_conllu(data / f)]
    paths = {name: work / lang / f"{name}.spacy" for name in ("train", "dev", "test", "domain_test")}
    for name, docs in (("train", train), ("dev", dev), ("test", test), ("domain_test", domain_test)):
        _save(docs, paths[name])
    return paths


def evaluate(nlp: Language, docs: list[Doc]) -> dict[str, float]:
    """Accuracy on gold docs, run from raw text (so tokenisation errors count), plus words/s."""
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    start = time.perf_counter()
    for example, predicted in zip(examples, nlp.pipe([e.predicted for e in examples]), strict=True):
        example.predicted = predicted
    seconds = time.perf_counter() - start
    scores = Scorer(nlp).score(examples)
    keys = ("token_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    result = {k: round(float(scores[k]), 4) for k in keys if scores.get(k) is not None}
    result["words"] = sum(len(d) for d in docs)
    result["words_per_second"] = round(result["words"] / seconds)
    return result


def _package(
    nlp: Language, lang: str, out: Path, scores: dict[str, dict[str, float]], seconds: float, config: dict[str, Any]
) -> None:
    nlp.meta.update(
        {
            "name": "syntax",
            "version": "1.0.0",
            "license": "CC BY-SA 4.0",
            "description": f"assist's small {lang} syntax pipeline trained on Universal Dependencies",
            "sources": [{"name": f, "url": "https://universaldependencies.org"} for f in TREEBANKS[lang].train],
            "author": "The assist developers",
        }
    )
    nlp.to_disk(out)
    banks = TREEBANKS[lang]
    report = {
        **scores,
        "train_seconds": round(seconds),
        "treebanks": banks.train,
        "domain": banks.domain,
        "config": config,
    }
    (out / "evaluation.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def train_syntax(
    lang: str,
    *,
    data: Path = DEFAULT_DATA,
    out: Path | None = None,
    work: Path = Path("build/train"),
    seed: int = 0,
    max_steps: int | None = None,
    overrides: dict[str, Any] | None = None,
    domain: Path = DOMAIN_DATA,
) -> Path:
    """Train, score on the test split (and our domain test) and write the packaged pipeline; returns its folder."""
    from spacy.cli.train import train as spacy_train
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    paths = prepare_corpora(lang, data, work, seed, domain)
    config: dict[str, Any] = {
        "nlp.lang": lang,
        "paths.train": str(paths["train"]),
        "paths.dev": str(paths["dev"]),
        "system.seed": seed,
        **TREEBANKS[lang].overrides,
    }
    if max_steps is not None:
        config["training.max_steps"] = max_steps
    config.update(overrides or {})
    run_dir = work / lang / "run"
    start = time.perf_counter()
    spacy_train(_CONFIG, run_dir, use_gpu=-1, overrides=config)
    seconds = time.perf_counter() - start
    nlp = spacy.load(run_dir / "model-best")
    from assist.text.pipeline import adapt_tokenizer

    adapt_tokenizer(nlp)
    scores = {"test": evaluate(nlp, list(DocBin().from_disk(paths["test"]).get_docs(nlp.vocab)))}
    domain_test = list(DocBin().from_disk(paths["domain_test"]).get_docs(nlp.vocab))
    if domain_test:
        scores["domain_test"] = evaluate(nlp, domain_test)
    target = out or shipped_model_path(f"syntax-{lang}")
    _package(nlp, lang, target, scores, seconds, config)
    return target
