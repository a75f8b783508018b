"""The sentence splitter: abbreviations, quotes, paragraphs and offsets."""

from __future__ import annotations

import pytest

from kg.text import Sentence, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def check_offsets(text: str, sentences: list[Sentence]) -> None:
    previous_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end, "sentences overlap or are out of order"
        assert text[previous_end : s.start].strip() == "" or previous_end == 0
        previous_end = s.end
    assert text[previous_end:].strip() == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister called Joseph R. Biden, Jr. on Tuesday. The call was cordial.",
            ["The minister called Joseph R. Biden, Jr. on Tuesday.", "The call was cordial."],
            id="initial-and-jr",
        ),
        pytest.param(
            "Joseph R. Biden Jr. spoke with the premier. Both sides were frank.",
            ["Joseph R. Biden Jr. spoke with the premier.", "Both sides were frank."],
            id="jr-before-verb",
        ),
        pytest.param(
            "The U.S. side set out its view. The Chinese side disagreed.",
            ["The U.S. side set out its view.", "The Chinese side disagreed."],
            id="u.s.",
        ),
        pytest.param(
            "The U.N. Security Council and the E.U. met. They issued a statement.",
            ["The U.N. Security Council and the E.U. met.", "They issued a statement."],
            id="dotted-acronyms",
        ),
        pytest.param(
            "On Nov. 16 the ministers spoke. On Sept. 3 they met again.",
            ["On Nov. 16 the ministers spoke.", "On Sept. 3 they met again."],
            id="month-abbreviations",
        ),
        pytest.param(
            "Mr. Aydarov met Dr. Kemal and Amb. Sato in St. Gallen. They talked for hours.",
            ["Mr. Aydarov met Dr. Kemal and Amb. Sato in St. Gallen.", "They talked for hours."],
            id="titles",
        ),
        pytest.param(
            "Premier Vladimir V. Ostrov and J. K. Lindqvist signed. The deal stands.",
            ["Premier Vladimir V. Ostrov and J. K. Lindqvist signed.", "The deal stands."],
            id="initials",
        ),
        pytest.param(
            "Growth reached 3.5 percent in 2020. It then slowed.",
            ["Growth reached 3.5 percent in 2020.", "It then slowed."],
            id="decimal-number",
        ),
        pytest.param(
            "Was the call useful? Yes! Both said so.",
            ["Was the call useful?", "Yes!", "Both said so."],
            id="question-exclamation",
        ),
        pytest.param(
            "They backed the Japan-U.S. Alliance. Both agreed.",
            ["They backed the Japan-U.S. Alliance.", "Both agreed."],
            id="abbreviation-ending-a-compound",
        ),
        pytest.param(
            "The statement ended there",
            ["The statement ended there"],
            id="no-final-stop",
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    check_offsets(text, sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The envoy said: "We support dialogue." The host nodded.',
            ['The envoy said: "We support dialogue."', "The host nodded."],
            id="straight-double",
        ),
        pytest.param(
            "The envoy said \u201cWe support dialogue.\u201d The host nodded.",
            ["The envoy said \u201cWe support dialogue.\u201d", "The host nodded."],
            id="curly-double",
        ),
        pytest.param(
            "He called it \u2018a good start.\u2019 Talks resume next week.",
            ["He called it \u2018a good start.\u2019", "Talks resume next week."],
            id="curly-single",
        ),
        pytest.param(
            "\u201cWe support dialogue,\u201d the envoy said. \u201cWe oppose war.\u201d "
            "The host agreed.",
            [
                "\u201cWe support dialogue,\u201d the envoy said.",
                "\u201cWe oppose war.\u201d",
                "The host agreed.",
            ],
            id="sentence-starts-with-quote",
        ),
        pytest.param(
            "Both sides met (in the capital.) Talks went on.",
            ["Both sides met (in the capital.)", "Talks went on."],
            id="closing-bracket",
        ),
    ],
)
def test_quotes_close_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    check_offsets(text, sentences)


def test_paragraphs_end_sentences_and_are_numbered() -> None:
    text = (
        "A headline without a stop\n\n"
        "The first paragraph has three sentences. This one is wrapped\n"
        "across two lines.\n"
        "A single line break keeps the paragraph going.\n"
        "  \n"
        "\n"
        "The last paragraph follows blank lines"
    )
    sentences = split_sentences(text)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("A headline without a stop", 0),
        ("The first paragraph has three sentences.", 1),
        ("This one is wrapped\nacross two lines.", 1),
        ("A single line break keeps the paragraph going.", 1),
        ("The last paragraph follows blank lines", 2),
    ]
    check_offsets(text, sentences)


def test_lowercase_after_period_does_not_split() -> None:
    assert texts("The talks ended at 5 p.m. on Friday. The next began.") == [
        "The talks ended at 5 p.m. on Friday.",
        "The next began.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t \n \n "])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_offsets_hold_on_a_messy_readout() -> None:
    text = (
        "  \ufeffBEIJING, Nov. 16 (Wire) -- Foreign Minister L. Aydarov held talks with "
        "the U.S. envoy on Monday.   The two   sides spoke \u201cfrankly.\u201d\n\n\n"
        "\tAydarov said his country supports dialogue! \u201cWe will act,\u201d he said.  "
        "Is that enough?\r\n\r\nNo.  "
    )
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1, 1, 2]
    assert sentences[0].text.endswith("on Monday.")
    assert sentences[1].text == "The two   sides spoke \u201cfrankly.\u201d"
    assert sentences[-1].text == "No."


def test_sentence_is_frozen() -> None:
    s = split_sentences("One sentence here.")[0]
    assert (s.start, s.end, s.paragraph) == (0, 18, 0)
    with pytest.raises(AttributeError):
        s.start = 3  # type: ignore[misc]


@pytest.mark.parametrize(("text", "expected"), [
    ("PM call with the President of Ghana: 3 May 2023\nThe Prime Minister spoke to the President.",
     ["PM call with the President of Ghana: 3 May 2023", "The Prime Minister spoke to the President."]),
    ("A Foreign Office spokesperson said:\nThe two ministers agreed to meet again.",
     ["A Foreign Office spokesperson said:", "The two ministers agreed to meet again."]),
    ("The minister met with\nPresident Ruto in Nairobi and the two leaders\nagreed to meet again.",
     ["The minister met with\nPresident Ruto in Nairobi and the two leaders\nagreed to meet again."]),
    ("They spoke about trade,\nInvestment and energy.", ["They spoke about trade,\nInvestment and energy."]),
], ids=["title-line", "said-colon-line", "wrapped-lines", "wrapped-after-comma"])  # fmt: skip
def test_a_line_break_ends_a_sentence_unless_text_was_wrapped(text, expected) -> None:
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    assert [s.text for s in sentences] == expected


def test_sentences_glued_without_a_space_are_split() -> None:
    text = "the statement reads.According to the press service, he spoke. It is U.S.-China trade."
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    assert [s.text for s in sentences] == [
        "the statement reads.",
        "According to the press service, he spoke.",
        "It is U.S.-China trade.",
    ]


def test_a_list_items_number_does_not_end_a_sentence() -> None:
    # "1. Jointly uphold ..." is one item; "in 2019. The" still ends a sentence
    text = "They agreed:\n1. Jointly uphold peace.\n2. Expand trade in 2019. The talks ended."
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    assert [s.text for s in sentences] == [
        "They agreed:",
        "1. Jointly uphold peace.",
        "2. Expand trade in 2019.",
        "The talks ended.",
    ]
