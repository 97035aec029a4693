from __future__ import annotations

import pytest

from assist.text.keys import is_elongated, word_keys


@pytest.mark.parametrize(
    ("form", "lemma", "lang", "key"),
    [
        ("bange", "bange", "nl", "bang"),
        ("boze", "boze", "nl", "boos"),
        ("eenzame", "eenzaam", "nl", "eenzaam"),
        ("blijer", "blijer", "nl", "blij"),
        ("lieve", "lieve", "nl", "lief"),
        ("opgelucht", "op_luchten", "nl", "opluchten"),
        ("geïrriteerd", "geïrriteerd", "nl", "geirriteerd"),
        ("sooo", "sooo", "en", "so"),
        ("saaad", "saaad", "en", "sad"),
        ("worried", "worry", "en", "worry"),
    ],
)
def test_word_keys_include_base_forms(form: str, lemma: str, lang: str, key: str) -> None:
    keys = word_keys(form, lemma, lang)
    assert keys[0] == form
    assert key in keys


def test_word_keys_do_not_deinflect_english() -> None:
    assert "bang" not in word_keys("bange", "bange", "en")


def test_is_elongated() -> None:
    assert is_elongated("happyyy") and not is_elongated("happy")
