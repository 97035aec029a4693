from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from assist.train.syntax import TREEBANKS, train_syntax

# A tiny made-up Dutch treebank: enough for the training loop, not for accuracy.
_SENTENCES = [
    [("Ik", "ik", "PRON", 2, "nsubj"), ("slaap", "slapen", "VERB", 0, "root"), ("slecht", "slecht", "ADJ", 2, "advmod"),
     (".", ".", "PUNCT", 2, "punct")],
    [("Mijn", "mijn", "PRON", 2, "nmod:poss"), ("baas", "baas", "NOUN", 3, "nsubj"),
     ("belt", "bellen", "VERB", 0, "root"), ("weer", "weer", "ADV", 3, "advmod"), (".", ".", "PUNCT", 3, "punct")],
    [("Het", "het", "DET", 2, "det"), ("gesprek", "gesprek", "NOUN", 4, "nsubj:pass"),
     ("werd", "worden", "AUX", 4, "aux:pass"), ("afgezegd", "afzeggen", "VERB", 0, "root"),
     (".", ".", "PUNCT", 4, "punct")],
]


def _conllu(n: int) -> str:
    blocks = []
    for k in range(n):
        rows = _SENTENCES[k % len(_SENTENCES)]
        text = " ".join(r[0] for r in rows[:-1]) + "."
        lines = [f"# sent_id = s{k}", f"# text = {text}"]
        for i, (form, lemma, pos, head, dep) in enumerate(rows, 1):
            space = "SpaceAfter=No" if i + 1 == len(rows) else "_"
            lines.append(f"{i}\t{form}\t{lemma}\t{pos}\t_\t_\t{head}\t{dep}\t_\t{space}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n\n"


@pytest.mark.slow
def test_train_syntax_writes_a_loadable_scored_pipeline(tmp_path: Path) -> None:
    banks = TREEBANKS["nl"]
    for rel in (*banks.train, *banks.test):
        path = tmp_path / "data" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_conllu(40), encoding="utf-8")
    domain = tmp_path / "domain"
    domain.mkdir()
    (domain / "nl-letters-x.conllu").write_text(_conllu(40), encoding="utf-8")
    runs = []
    for run in ("a", "b"):
        out = train_syntax(
            "nl",
            data=tmp_path / "data",
            out=tmp_path / run / "model",
            work=tmp_path / run / "work",
            max_steps=4,
            domain=domain,
        )
        report = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
        assert 40 <= report["domain_test"]["words"] <= 50  # one held-out doc of 10 sentences (4-5 words each)
        runs.append({k: v for k, v in report["test"].items() if k != "words_per_second"})
        nlp = spacy.load(out)
        assert nlp.pipe_names == ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer"]
        assert nlp.meta["license"] == "CC BY-SA 4.0"
        assert nlp("Ik slaap slecht.")[0].pos_ != ""
    assert runs[0] == runs[1]  # seeded: the same data gives the same model
