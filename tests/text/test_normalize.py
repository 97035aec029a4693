from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assist.text.normalize import normalize_for_analysis


@given(st.text())
def test_normalize_maps_every_character_back(text: str) -> None:
    norm = normalize_for_analysis(text)
    if norm.starts is None:
        assert len(norm.text) == len(text)
    else:
        for i in range(len(norm.text)):
            start, end = norm.span(i, i + 1)
            assert 0 <= start < end <= len(text)


def test_normalize_blanks_html_and_controls() -> None:
    text = "<p>I feel\u00a0sad\u2019s</p>\x07"
    out = normalize_for_analysis(text)
    assert out.text == "   I feel sad's    " + " "
    assert out.starts is None
    assert out.text.index("sad") == text.index("sad")


def test_normalize_decodes_entities_with_an_index() -> None:
    text = "I can&#39;t&nbsp;cope &amp; I&rsquo;m sad"
    out = normalize_for_analysis(text)
    assert out.text == "I can't cope & I'm sad"
    start = out.text.index("sad")
    assert out.span(start, start + 3) == (text.index("sad"), len(text))
    amp = out.text.index("&")
    assert text[slice(*out.span(amp, amp + 1))] == "&amp;"


def test_normalize_keeps_unknown_entities() -> None:
    assert normalize_for_analysis("a &bogus; b").text == "a &bogus; b"


def test_normalize_replaces_lone_surrogates() -> None:
    assert normalize_for_analysis("sad \ud800 day").text == "sad \ufffd day"
