from __future__ import annotations

from assist.text.phrases import PhraseIndex, compile_phrase


def _keys(*words: str) -> list[tuple[str, ...]]:
    return [(w,) for w in words]


def test_contiguous_phrase_matches_only_in_order() -> None:
    index = PhraseIndex([compile_phrase("fed up", 0)])
    assert [m.positions for m in index.find(_keys("i", "am", "fed", "up"))] == [(2, 3)]
    assert index.find(_keys("up", "fed")) == []
    assert index.find(_keys("fed", "very", "up")) == []


def test_gap_phrase_allows_up_to_gap_tokens() -> None:
    index = PhraseIndex([compile_phrase("feel ... bad", 0)], gap=3)
    assert index.find(_keys("feel", "so", "very", "bad"))[0].positions == (0, 3)
    assert index.find(_keys("feel", "a", "b", "c", "d", "bad")) == []


def test_free_phrase_matches_any_order_within_window() -> None:
    index = PhraseIndex([compile_phrase("zien tegenop", 0, free=True)], free_window=6)
    assert index.find(_keys("ik", "zien", "er", "tegenop"))[0].positions == (1, 3)
    assert index.find(_keys("dat", "ik", "tegenop", "zien"))[0].positions == (2, 3)
    assert index.find(_keys("zien", "a", "b", "c", "d", "e", "f", "tegenop")) == []


def test_slot_matches_reflexive_pronouns() -> None:
    index = PhraseIndex([compile_phrase("voelen zich rot", 0, free=True)])
    assert index.find(_keys("ik", "voelen", "me", "rot"))
    assert index.find(_keys("ik", "voelen", "de", "rot")) == []


def test_lemma_match_is_not_exact() -> None:
    index = PhraseIndex([compile_phrase("worry", 0)])
    (match,) = index.find([("worried", "worry")])
    assert not match.exact


def test_free_phrase_does_not_cross_clause_punctuation() -> None:
    index = PhraseIndex([compile_phrase("voelen zich naar", 0, free=True)])
    assert index.find(_keys("ik", "voelen", "me", "naar")) != []
    assert index.find(_keys("naar", "me", "lachte", ",", "voelen", "ik")) == []


def test_hyphens_inside_a_phrase_are_dropped() -> None:
    assert compile_phrase("heart - broken", 0).tokens == ("heart", "broken")
