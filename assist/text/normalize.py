"""Normalisation for analysis that never shifts the offsets the caller sees.

Most replacements map one code point to one code point, so a token's offset in the
normalised copy is its offset in the original. HTML entities ("&nbsp;", "&#39;") are decoded,
which shortens the text; then an index maps every normalised character back to its span in
the original. Unicode composition (NFC) is applied per word at lookup, never to the text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_CHAR_MAP: dict[int, str] = {
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x00B4: "'", 0x0060: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x00AB: '"', 0x00BB: '"',
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2212: "-",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x200B: " ", 0x200C: " ", 0x200D: " ",
    0x2060: " ", 0xFEFF: " ", 0x2028: "\n", 0x2029: "\n", 0x0085: "\n",
}
# Control characters (but tab/newline/carriage return), bidi marks and overrides become spaces.
for _cp in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]:
    _CHAR_MAP[_cp] = " "
for _cp in [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
    _CHAR_MAP[_cp] = " "

_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>|<!--.{0,2000}?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The text to analyse and, when its length differs, where each character came from."""

    text: str
    starts: tuple[int, ...] | None = None  # original start of normalised character i
    ends: tuple[int, ...] | None = None  # original end of normalised character i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text onto the original."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _decode_entities(text: str) -> Normalized:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _ENTITY.finditer(text):
        decoded = html.unescape(match.group())
        if decoded == match.group():
            continue  # unknown entity: leave it as written
        for i in range(pos, match.start()):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        for char in decoded:
            out.append(char)
            starts.append(match.start())
            ends.append(match.end())
        pos = match.end()
    if pos == 0:
        return Normalized(text)
    for i in range(pos, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return Normalized("".join(out), tuple(starts), tuple(ends))


def normalize_for_analysis(text: str) -> Normalized:
    """Return the text to analyse, with a way back to the caller's offsets.

    HTML entities are decoded; curly quotes and dashes become ASCII; control and invisible
    characters become spaces; lone surrogates become U+FFFD; HTML tags and comments are
    blanked out, so that "<p>sad</p>" is read as "sad".
    """
    norm = _decode_entities(text) if "&" in text and ";" in text else Normalized(text)
    out = norm.text.translate(_CHAR_MAP)
    if "<" in out:
        out = _HTML_TAG.sub(lambda m: " " * len(m.group()), out)
    if _SURROGATE.search(out):
        out = _SURROGATE.sub("\ufffd", out)
    return Normalized(out, norm.starts, norm.ends)
