"""Check hand-written CoNLL-U files: tree shape, labels, text comments.

python scripts/syntax/validate_conllu.py assist/train/data/*.conllu
"""

from __future__ import annotations

import sys
from pathlib import Path

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"}
DEPRELS = {"acl", "acl:relcl", "advcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc", "ccomp",
           "compound:prt", "conj", "cop", "csubj", "det", "discourse", "expl", "expl:pv", "fixed", "flat", "iobj",
           "mark", "nmod", "nmod:poss", "nsubj", "nsubj:pass", "nummod", "obj", "obl", "obl:agent", "obl:arg",
           "orphan", "parataxis", "punct", "root", "vocative", "xcomp", "dep"}


def check(path: Path) -> list[str]:
    """Every problem found in one CoNLL-U file, as readable lines."""
    errors: list[str] = []
    blocks = [b for b in path.read_text(encoding="utf-8").strip().split("\n\n") if b.strip()]
    ids = set()
    for n, block in enumerate(blocks, 1):
        lines = block.splitlines()
        meta = {
            line.split(" = ", 1)[0][2:]: line.split(" = ", 1)[1]
            for line in lines
            if line.startswith("# ") and " = " in line
        }
        rows = [line.split("\t") for line in lines if not line.startswith("#")]
        where = f"{path.name} sentence {n} ({meta.get('sent_id', '?')})"
        if "sent_id" not in meta or "text" not in meta:
            errors.append(f"{where}: needs '# sent_id = ...' and '# text = ...'")
            continue
        if meta["sent_id"] in ids:
            errors.append(f"{where}: duplicate sent_id")
        ids.add(meta["sent_id"])
        if any(len(r) != 10 for r in rows):
            errors.append(f"{where}: every token line needs 10 tab-separated columns")
            continue
        if [r[0] for r in rows] != [str(i) for i in range(1, len(rows) + 1)]:
            errors.append(f"{where}: IDs must run 1..n")
            continue
        heads = [int(r[6]) for r in rows]
        if any(h < 0 or h > len(rows) for h in heads):
            errors.append(f"{where}: head out of range")
            continue
        roots = [i for i, r in enumerate(rows) if r[6] == "0"]
        if len(roots) != 1 or rows[roots[0]][7] != "root":
            errors.append(f"{where}: exactly one token must have head 0 and deprel root")
        if any(r[7] == "root" and r[6] != "0" for r in rows):
            errors.append(f"{where}: deprel root only for head 0")
        for i in range(len(rows)):  # no cycles: every token reaches the root
            seen, k = set(), i + 1
            while k != 0 and k not in seen:
                seen.add(k)
                k = heads[k - 1]
            if k != 0:
                errors.append(f"{where}: token {i + 1} is in a cycle")
                break
        for r in rows:
            if r[3] not in UPOS:
                errors.append(f"{where}: UPOS {r[3]!r} of {r[1]!r} is not a UD tag")
            if r[7] not in DEPRELS:
                errors.append(f"{where}: deprel {r[7]!r} of {r[1]!r} not allowed")
            if (r[3] == "PUNCT") != (r[7] == "punct"):
                errors.append(f"{where}: {r[1]!r}: PUNCT and punct go together")
            if not r[2] or (r[2] == "_" and r[1] != "_"):
                errors.append(f"{where}: {r[1]!r} needs a lemma")
        text = "".join(r[1] + ("" if "SpaceAfter=No" in r[9] else " ") for r in rows).rstrip()
        if text != meta["text"]:
            errors.append(f"{where}: tokens + SpaceAfter give {text!r}, not the # text {meta['text']!r}")
    return errors


if __name__ == "__main__":
    problems = [e for f in sys.argv[1:] for e in check(Path(f))]
    print("\n".join(problems) or "OK")
    sys.exit(1 if problems else 0)
