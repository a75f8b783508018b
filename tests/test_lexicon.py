"""LabelMatcher: word-by-word label look-up (kg/lexicon.py)."""

from __future__ import annotations

import pytest

from kg.lexicon import LabelMatcher

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
