"""Behaviour of the lexicon backend in both languages: offsets, negation, traps, intensity."""

from __future__ import annotations

import pytest

from assist import Assistant, EmotionResult
from assist.emotions import EMOTIONS, GROUP_OF, LexiconEmotionWords


def _found(result: EmotionResult) -> list[tuple[str, bool]]:
    return [(m.text, m.negated) for m in result.mentions]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # plain words, inflections, lemmas
        ("I have been so lonely since the move.", "en", [("lonely", False)]),
        ("She was terrified and furious.", "en", [("terrified", False), ("furious", False)]),
        ("I worried all night.", "en", [("worried", False)]),
        ("Ik voel me zo eenzaam.", "nl", [("eenzaam", False)]),
        ("Die bange gedachten en boze buien.", "nl", [("bange", False), ("boze", False)]),
        ("Ik schaamde me kapot.", "nl", [("schaamde", False)]),
        # multi-word expressions
        ("Honestly I'm fed up with everyone.", "en", [("fed up", False)]),
        ("I am at the end of my rope.", "en", [("end of my rope", False)]),
        ("Ik zit echt in de put.", "nl", [("in de put", False)]),
        # negation before the word
        ("I'm not angry with her anymore.", "en", [("angry", True)]),
        ("I no longer dread going home.", "en", [("dread", True)]),
        ("I went in without fear.", "en", [("fear", True)]),
        ("I don't feel angry or even upset.", "en", [("angry", True), ("upset", True)]),
        ("Ik voel geen schaamte meer.", "nl", [("schaamte", True)]),
        ("Ik ben nooit meer bang.", "nl", [("bang", True)]),
        # Dutch: negation after the finite verb
        ("Ik schaam me niet.", "nl", [("schaam", True)]),
        ("Ik mis hem niet meer.", "nl", [("mis", True)]),
        # pseudo-negations do not negate
        ("I can't help feeling guilty.", "en", [("guilty", False)]),
        ("No wonder I'm anxious all the time.", "en", [("anxious", False)]),
        ("I'm not only sad but also angry.", "en", [("sad", False), ("angry", False)]),
        ("Ik ben niet alleen verdrietig maar ook woedend.", "nl", [("verdrietig", False), ("woedend", False)]),
        ("Geen wonder dat ik bang ben.", "nl", [("bang", False)]),
        # negation raising over a "that"-clause, and across "ever"/"been"
        ("Ik geloof niet dat ik ooit verliefd ben geweest.", "nl", [("verliefd", True)]),
        ("I do not think I have ever been truly happy here.", "en", [("happy", True)]),
        # misspellings of longer lexicon words, hyphenated spellings
        ("Been feeling really anxous and so embarassed.", "en", [("anxous", False), ("embarassed", False)]),
        ("Ik voel me zo verdrietug en gefustreerd.", "nl", [("verdrietug", False), ("gefustreerd", False)]),
        ("We were over-the-moon and heart-broken at once.", "en", [("over-the-moon", False), ("heart-broken", False)]),
        # negation stops at a clause boundary
        ("I'm not angry, just sad.", "en", [("angry", True), ("sad", False)]),
        ("Ik ben niet boos, wel verdrietig.", "nl", [("boos", True), ("verdrietig", False)]),
    ],
)
def test_mentions_and_negation(assistant: Assistant, text: str, lang: str, expected: list[tuple[str, bool]]) -> None:
    result = assistant.emotions(text, lang=lang)
    assert _found(result) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("That track has a sick beat.", "en"),
        ("We watched a film about a mad scientist.", "en"),
        ("Kill the process and restart the server.", "en"),
        ("Good grief, the queue at the post office.", "en"),
        ("Feel free to call me on Monday.", "en"),
        ("Mijn fiets is kapot en de trein had vertraging.", "nl"),
        ("Gek genoeg was het rustig in de stad.", "nl"),
        ("Ik zorg voor mijn moeder sinds haar val.", "nl"),
        ("Ik heb het verhaal van de grote boze wolf voorgelezen.", "nl"),
        ("Gelukkig was de trein op tijd.", "nl"),
    ],
)
def test_look_alikes_are_not_emotions(assistant: Assistant, text: str, lang: str) -> None:
    assert assistant.emotions(text, lang=lang).mentions == ()


def test_pred_word_kept_when_predicative(assistant: Assistant) -> None:
    assert [m.text for m in assistant.emotions("I'm so mad at him.", lang="en").mentions] == ["mad"]
    found = assistant.emotions("I can't help feeling guilty whenever I leave.", lang="en").mentions
    assert [m.text for m in found] == ["guilty"]


def test_typo_correction_needs_an_unknown_word_one_edit_from_one_entry() -> None:
    from assist.emotions.resources import correct_typo

    assert correct_typo("suprised", "en") in {"surprised", "surprise"}  # both surprise: either will do
    assert correct_typo("anxous", "en") == "anxious"
    assert correct_typo("ranger", "en") is None  # a real word
    assert correct_typo("xqzvbn", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Ik zie er enorm tegenop.", "nl", "zie er enorm tegenop"),
        ("Dat ik er zo tegenop zie, snapt niemand.", "nl", "er zo tegenop zie"),
        ("Ik zie het niet meer zitten.", "nl", "zie het niet meer zitten"),
        ("Ik kijk er echt naar uit.", "nl", "kijk er echt naar uit"),
    ],
)
def test_dutch_word_order_and_separable_verbs(assistant: Assistant, text: str, lang: str, span: str) -> None:
    mentions = assistant.emotions(text, lang=lang).mentions
    assert len(mentions) == 1
    assert mentions[0].text == span
    assert mentions[0].negated is False  # the "niet" of "het niet meer zien zitten" belongs to it


def test_intensifiers_and_downtoners_scale_intensity(assistant: Assistant) -> None:
    def intensity(text: str, lang: str) -> float:
        (mention,) = assistant.emotions(text, lang=lang).mentions
        return mention.intensity

    assert intensity("I am a bit sad.", "en") < intensity("I am sad.", "en") < intensity("I am very sad.", "en")
    assert intensity("Ik ben een beetje bang.", "nl") < intensity("Ik ben bang.", "nl") < intensity(
        "Ik ben ontzettend bang.", "nl"
    )
    assert intensity("I am SAD.", "en") > intensity("I am sad.", "en")
    assert intensity("I am saaad.", "en") > intensity("I am sad.", "en")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_mention_has_valid_labels_and_offsets(assistant: Assistant, lang: str) -> None:
    from tests.samples import EN_LETTER, NL_LETTER

    text = EN_LETTER if lang == "en" else NL_LETTER
    for m in assistant.emotions(text).mentions:
        assert m.emotion in EMOTIONS
        assert m.group == GROUP_OF[m.emotion]
        assert text[m.start : m.end] == m.text
        assert m.label == m.emotion and m.score == m.intensity


def test_html_and_curly_quotes_keep_offsets(assistant: Assistant) -> None:
    text = "<p>I’m <b>so</b> lonely&nbsp;today</p>"
    (m,) = assistant.emotions(text, lang="en").mentions
    assert text[m.start : m.end] == "lonely"


def test_capitalised_word_inside_a_sentence_is_a_name(assistant: Assistant) -> None:
    assert assistant.emotions("I met Joy at the station.", lang="en").mentions == ()
    assert [m.text for m in assistant.emotions("Joy is what I felt.", lang="en").mentions] == ["Joy"]


def test_context_free_baseline_ignores_negation_and_traps() -> None:
    plain = Assistant()
    plain._emotion_words = LexiconEmotionWords(context=False)
    found = plain.emotions("I'm not angry. That mad scientist.", lang="en").mentions
    assert [(m.text, m.negated) for m in found] == [("angry", False), ("mad", False)]


def test_html_entities_are_decoded_and_offsets_map_back(assistant: Assistant) -> None:
    text = "I&#39;m not angry&nbsp;anymore, just so&nbsp;lonely."
    found = assistant.emotions(text, lang="en").mentions
    assert [(m.text, m.negated) for m in found] == [("angry", True), ("lonely", False)]
    assert all(text[m.start : m.end] == m.text for m in found)
