"""Read the emotion-word evaluation sets: `[surface]{emotion}` / `[surface]{emotion,neg}` markup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SPAN = re.compile(r"\[([^\[\]{}]+)\]\{([a-z]+)(,neg)?\}")
DATA = Path(__file__).parent / "data" / "emotion_words"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    emotion: str
    negated: bool


def parse_line(line: str) -> tuple[str, list[Gold]]:
    """Strip the markup; return the plain text and its gold mentions with offsets."""
    out: list[str] = []
    gold: list[Gold] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(line):
        before = line[pos : m.start()]
        out.append(before)
        length += len(before)
        surface, emotion, neg = m.groups()
        gold.append(Gold(length, length + len(surface), surface, emotion, bool(neg)))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), gold


def load(lang: str, split: str) -> list[tuple[str, list[Gold]]]:
    """All (text, gold mentions) of `<lang>.<split>.txt`."""
    lines = (DATA / f"{lang}.{split}.txt").read_text(encoding="utf-8").splitlines()
    return [parse_line(line) for line in lines if line.strip()]
