"""Length-preserving normalisation: analysis runs on a copy with the same offsets.

Every replacement maps one code point to one code point, so a token's offset in the
normalised copy is its offset in the caller's original string. Unicode composition (NFC) would
change lengths, so it is applied per token when words are looked up, never to the text.
"""

from __future__ import annotations

import re

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
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_for_analysis(text: str) -> str:
    """Return a copy of `text` of the same length, safe and regular for tokenising.

    Curly quotes and dashes become ASCII, control and invisible characters become spaces,
    lone surrogates become U+FFFD, and HTML tags and comments are blanked out so that
    "<p>sad</p>" is read as "sad".
    """
    out = text.translate(_CHAR_MAP)
    if "<" in out:
        out = _HTML_TAG.sub(lambda m: " " * len(m.group()), out)
    if _SURROGATE.search(out):
        out = _SURROGATE.sub("\ufffd", out)
    return out
