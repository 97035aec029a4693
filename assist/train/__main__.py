"""Command line for training: `python -m assist.train syntax --lang nl|en [--data DIR] [--out DIR]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assist.train.syntax import DEFAULT_DATA, train_syntax


def _override(item: str) -> tuple[str, Any]:
    key, sep, value = item.partition("=")
    if not sep or not key:
        raise SystemExit(f"--set {item!r}: expected KEY=VALUE, e.g. training.dropout=0.3")
    try:
        return key, json.loads(value)
    except ValueError:
        return key, value


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and train; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m assist.train", description=__doc__)
    tasks = parser.add_subparsers(dest="task", required=True)
    syntax = tasks.add_parser("syntax", help="train a spaCy pipeline (tagger, lemmatizer, parser) on UD treebanks")
    syntax.add_argument("--lang", choices=["en", "nl"], required=True)
    syntax.add_argument("--data", type=Path, default=None, help="folder holding ud-dutch/ and ud-english/")
    syntax.add_argument("--out", type=Path, default=None, help="where the packaged model goes (default: shipped)")
    syntax.add_argument("--work", type=Path, default=Path("build/train"), help="scratch folder for corpora and runs")
    syntax.add_argument("--seed", type=int, default=0)
    syntax.add_argument("--max-steps", type=int, default=None, help="override the training length (for smoke runs)")
    syntax.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="override a training config value, e.g. training.dropout=0.3 (VALUE read as JSON when it parses)",
    )
    args = parser.parse_args(argv)
    out = train_syntax(
        args.lang,
        data=args.data or DEFAULT_DATA,
        out=args.out,
        work=args.work,
        seed=args.seed,
        max_steps=args.max_steps,
        overrides=dict(_override(item) for item in args.set),
    )
    print(f"model written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
