"""LabelMatcher (word-by-word label look-up) and the cue pattern builders (kg/lexicon.py)."""

from __future__ import annotations

import re

import pytest

from kg.lexicon import LabelMatcher, cue_guard, load_lexicon, longest_first, phrase_regex

LABELS = {
    "President": "title",
    "President Xi Jinping": "xi",
    "President Xi": "xi-short",
    "joint statement": "statement",
    "UN Security Council": "unsc",
    "WHO": "who",
    "security": "security",
}


@pytest.mark.parametrize(("text", "expected"), [
    ("President Xi Jinping spoke", [(0, 20, "xi")]),
    ("President Xi said", [(0, 12, "xi-short")]),
    ("the President said", [(4, 13, "title")]),
    ("two Joint Statements were signed", [(4, 20, "statement")]),
    ("the UN Security Council met", [(4, 23, "unsc")]),
    ("the UN security council met", [(4, 23, "unsc")]),
    ("who said WHO", [(9, 12, "who")]),
    ("president xi", []),
], ids=["longest-name", "shorter-name", "title-alone", "plural-second-word", "acronym-exact", "a-label-is-case-folded", "acronym-case", "names-are-not-case-folded"])  # fmt: skip
def test_label_matcher_finds_the_longest_label_at_each_word(text, expected):
    case = {k: v for k, v in LABELS.items() if k[0].isupper() and k != "UN Security Council"}
    matcher = (
        LabelMatcher(LABELS) if text != "president xi" else LabelMatcher(case, case_sensitive=True)
    )
    assert matcher.find(text) == expected


def test_label_matcher_gives_the_same_answer_twice():
    # the per-word and per-pair memos must not change a second look-up
    matcher = LabelMatcher(LABELS)
    text = "President Xi Jinping and President Xi met; the President left"
    assert matcher.find(text) == matcher.find(text)
    assert [v for _s, _e, v in matcher.find(text)] == ["xi", "xi-short", "title"]


def _plain_text(phrase: str, adverb: str = "") -> str:
    """A text a cue phrase matches: "the need* to" -> "the need to" (with ``adverb``
    after the first word: "the urgent need to")."""
    words = [w.rstrip("*") if w != "*" else "Kazakhstan" for w in phrase.split()]
    if adverb and len(words) > 1:
        words.insert(1, adverb)
    return " ".join(words)


@pytest.mark.parametrize("adverb", ["", "firmly", "paramount", "once again"])
def test_cue_guard_lets_every_cue_of_the_vocabulary_through(adverb):
    # the look-ahead may only turn away texts no cue of its word matches: every cue
    # phrase of ontology/cues.ttl, written out, passes its word group's guard
    lexicon = load_lexicon()
    groups: dict[str, list[str]] = {}
    for cue in lexicon.cues:
        groups.setdefault(cue.phrase.split()[0].rstrip("*").lower(), []).append(cue.phrase)
    checked = 0
    for phrases in groups.values():
        guard = cue_guard(phrases)
        if guard is None:
            continue
        pattern = re.compile(guard, re.I)
        for phrase in phrases:
            text = _plain_text(phrase, adverb)
            assert re.match(phrase_regex(phrase), text, re.I), text
            assert pattern.match(text), f"guard {guard!r} turns away {text!r}"
            checked += 1
    assert checked > 100


def test_cue_guard_turns_away_other_second_words():
    guard = re.compile(cue_guard(["the importance of", "the share* of", "the need* to"]), re.I)
    assert guard.match("the sharing of")
    assert guard.match("the utmost importance")
    assert not guard.match("the two sides")
    assert cue_guard(["support*", "support* for"]) is None  # a one-word cue: no guard


def test_longest_first_tries_the_longest_word_first():
    # a trie alternation must behave like a flat one sorted longest first
    words = {"agreed", "agreed that", "agreed to", "a", "ag"}
    pattern = re.compile(r"(?:" + longest_first(words) + r")\b")
    flat = re.compile(r"(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    for text in ("agreed that x", "agreed to", "agreed", "ag x", "a b", "agreedly"):
        got, want = pattern.match(text), flat.match(text)
        assert (got and got.group(0)) == (want and want.group(0)), text
