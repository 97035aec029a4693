from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assist.text.normalize import normalize_for_analysis


@given(st.text())
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize_for_analysis(text)) == len(text)


def test_normalize_blanks_html_and_controls() -> None:
    text = "<p>I feel\u00a0sad\u2019s</p>\x07"
    out = normalize_for_analysis(text)
    assert out == "   I feel sad's    " + " "
    assert out.index("sad") == text.index("sad")


def test_normalize_replaces_lone_surrogates() -> None:
    assert normalize_for_analysis("sad \ud800 day") == "sad \ufffd day"
