"""kg.ask: questions parsed, names resolved, answers with dates, readouts and evidence.

The seed questions of the issue are checked on ``seeds/``; every question form
is checked on the dev corpus (``../shared/corpus/dev``, skipped when absent)
with facts that do not hang on the extractor's finer choices.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import run_cli as run

from kg.analysis import LABELS_QUERY_HEAD, POSITIONS_QUERY, project, row
from kg.ask import (
    Answer,
    answer,
    answer_question,
    parse_period,
    parse_question,
    resolve_person,
    resolve_state,
    resolve_topics,
)
from kg.errors import EXIT_ERROR, EXIT_OK, QueryError
from kg.store import Store


def ask(store: Path, question: str) -> Answer:
    with Store.open(store, read_only=True) as s:
        return answer_question(s, question)


def facts(a: Answer) -> set[tuple[str, str, str, str]]:
    """(holder, stance, topic, date) of every position behind an answer."""
    return {(r.holder_label, r.stance, r.topic_label, r.date) for r in a.rows}


def headings(a: Answer) -> list[str]:
    return [g.heading for g in a.groups]


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who supports one-China", {"kind": "who", "stance": "support", "addressee": None}),
        ("Who backs China on Xinjiang?", {"kind": "who", "stance": "support", "addressee": "CHN"}),
        ("which countries support the one-China policy", {"kind": "who", "stance": "support"}),
        ("WHO OPPOSES interference in China's internal affairs!!", {"kind": "who", "stance": "oppose", "owner": "CHN"}),
        ("who commits to strategic communication", {"kind": "who", "stance": "commit"}),
        ("who appreciates strategic partnership", {"kind": "who", "stance": "appreciate"}),
        ("who offers vaccines", {"kind": "who", "stance": "offer"}),
        ("who requests humanitarian assistance", {"kind": "who", "stance": "request"}),
        ("what did China offer", {"kind": "what", "stance": "offer", "holder": "CHN"}),
        ("what does the U.S. oppose", {"kind": "what", "stance": "oppose", "holder": "USA"}),
        ("what did Kyrgyzstan ask for from China", {"kind": "what", "stance": "request", "holder": "KGZ", "addressee": "CHN"}),
        ("what did Wang Yi offer", {"kind": "what", "holder": "CHN", "person": "wang-yi"}),
        ("what did the Chinese offer", {"kind": "what", "holder": "CHN", "person": None}),
        ("when did Kyrgyzstan support China on Xinjiang", {"kind": "when", "holder": "KGZ", "addressee": "CHN", "which": None}),
        ("when did Kyrgyzstan first support the one-China policy", {"kind": "when", "which": "first"}),
        ("when did the US last support strategic communication", {"kind": "when", "which": "last", "holder": "USA"}),
        ("which positions did Kyrgyzstan reaffirm", {"kind": "reaffirm", "holder": "KGZ"}),
        ("what positions did Kyrgyzstan affirm?", {"kind": "affirm", "holder": "KGZ"}),
        ("what changed in Kyrgyzstan's positions", {"kind": "changes", "holder": "KGZ"}),
        ("how have the United States' positions changed", {"kind": "changes", "holder": "USA"}),
        ("who is aligned with China", {"kind": "aligned", "holder": "CHN"}),
        ("which states are most closely aligned with India", {"kind": "aligned", "holder": "IND"}),
        ("does Kyrgyzstan back China's core interests and China back Kyrgyzstan's", {"kind": "reciprocity", "holder": "KGZ", "addressee": "CHN"}),
        ("do China and Russia back each other", {"kind": "reciprocity", "holder": "CHN", "addressee": "RUS", "topics": None}),
        ("what did China say about Hong Kong", {"kind": "say", "holder": "CHN", "addressee": None}),
        ("what did Wang Yi say to Kyrgyzstan", {"kind": "say", "person": "wang-yi", "addressee": "KGZ"}),
        ("what did Biden tell Xi", {"kind": "say", "person": "joseph-r-biden-jr", "addressee": "CHN"}),
        ("who spoke for Kyrgyzstan", {"kind": "spoke", "holder": "KGZ"}),
        ("timeline of Kyrgyzstan", {"kind": "timeline", "holder": "KGZ"}),
        ("timeline of topic Taiwan", {"kind": "timeline", "holder": None}),
        ("Xinjiang timeline", {"kind": "timeline", "holder": None}),
        ("what did Xi Jinping say", {"kind": "timeline", "person": "xi-jinping"}),
        ("which countries have expressed support for the one-China policy", {"kind": "who", "stance": "support"}),
        ("who has voiced opposition to foreign interference", {"kind": "who", "stance": "oppose"}),
        ("when did China offer vaccines to Kyrgyzstan", {"kind": "when", "holder": "CHN", "addressee": "KGZ"}),
        ("who did China offer vaccines to", {"kind": "whom", "stance": "offer", "holder": "CHN"}),
        ("whom did Kyrgyzstan thank", {"kind": "whom", "stance": "appreciate", "topics": None}),
        ("did Kyrgyzstan support the one-China policy?", {"kind": "did", "holder": "KGZ"}),
        ("has the US ever backed China on Taiwan", {"kind": "did", "holder": "USA", "addressee": "CHN"}),
        ("what is Kyrgyzstan's position on Taiwan", {"kind": "say", "holder": "KGZ", "addressee": None}),
        ("list Russia's positions", {"kind": "timeline", "holder": "RUS"}),
    ],
)  # fmt: skip
def test_forms(text: str, expected: dict[str, object]) -> None:
    q = parse_question(text)
    for key, value in expected.items():
        assert getattr(q, key) == value, (key, q)


def test_topics_in_questions_resolve_with_narrower_ones() -> None:
    q = parse_question("who backs China on Xinjiang")
    assert q.topics is not None and "xinjiang" in q.topics and "etim" in q.topics
    q = parse_question("who supports China's core interests")
    assert q.owner == "CHN"
    assert {"core-interests", "taiwan", "xinjiang", "tibet", "hong-kong"} <= q.topics
    q = parse_question("who opposes interference in internal affairs")
    assert q.topics is not None and "non-interference" in q.topics and q.owner is None


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("what did China offer in 2020", "2020-01-01", "2020-12-31"),
        ("what did China offer in May 2020", "2020-05-01", "2020-05-31"),
        ("what did China offer on 26 May 2020", "2020-05-26", "2020-05-26"),
        ("what did China offer since 2020-06", "2020-06-01", None),
        ("what did China offer after 2020", "2021-01-01", None),
        ("what did China offer before 2021-02", None, "2021-01-31"),
        ("what did China offer until November 16, 2020", None, "2020-11-16"),
        ("what did China offer between 2020 and 2022-03", "2020-01-01", "2022-03-31"),
        ("what did China offer from May 2020 to Nov 2020", "2020-05-01", "2020-11-30"),
    ],
)
def test_date_clauses(text: str, since: str | None, until: str | None) -> None:
    q = parse_question(text)
    assert (q.kind, q.stance, q.holder) == ("what", "offer", "CHN")
    assert (q.since.isoformat() if q.since else None) == since
    assert (q.until.isoformat() if q.until else None) == until


def test_between_gives_two_periods() -> None:
    q = parse_question("what changed in China's positions between 2020 and May 2022")
    assert q.before == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert q.after == (dt.date(2022, 5, 1), dt.date(2022, 5, 31))


def test_periods() -> None:
    assert parse_period("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert parse_period("Dec 2020") == (dt.date(2020, 12, 1), dt.date(2020, 12, 31))
    with pytest.raises(QueryError, match="not a date"):
        parse_period("2020-02-30")
    with pytest.raises(QueryError, match="cannot read the date"):
        parse_period("yesterday")
    with pytest.raises(QueryError, match="ends before it starts"):
        parse_question("what did China offer between 2022 and 2020")


# ---------------------------------------------------------------- names


def test_names_resolve() -> None:
    assert (
        resolve_state("Kyrgyz") == resolve_state("Bishkek") == resolve_state("KYRGYZSTAN") == "KGZ"
    )
    assert resolve_state("the United States") == resolve_state("American") == "USA"
    assert resolve_state("Lavrov") == "RUS"  # an official names his state
    assert resolve_state("Kyrgystan") == "KGZ"  # a close misspelling
    assert resolve_state("Atlantis") is None
    assert resolve_person("Wang Yi") == resolve_person("Wang") == "wang-yi"
    assert resolve_person("Li") is None  # two premiers: never a guess
    assert resolve_person("China") is None
    assert resolve_topics("one-China") == resolve_topics("One China Principle")
    assert "one-china-policy" in resolve_topics("the one-China policy")
    assert resolve_topics("one-chnia") == resolve_topics("one-China")  # misspelt
    assert resolve_topics("vaccine") == resolve_topics("vaccines") == frozenset({"vaccines"})
    assert resolve_topics("no such topic at all") is None
    minted = {"mongolia china green lanes": "x-mongolia-china-green-lanes"}
    assert resolve_topics("Mongolia-China green lanes", extra=minted) == frozenset(
        {"x-mongolia-china-green-lanes"}
    )


def test_ambiguous_word_is_not_guessed() -> None:
    with pytest.raises(QueryError, match="'security' is ambiguous: .*energy security"):
        parse_question("who supports security")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("how tall is the embassy", "I cannot parse 'how tall is the embassy'. Questions I understand: who supports"),
        ("", "empty question"),
        ("who supports", "I cannot parse"),
        ("who supports atlantis", "unknown topic or state 'atlantis'"),
        ("who supports one-Chinese polcy", "nearest topics I know: one-China policy"),
        ("what did Atlantis offer", "unknown state or official 'atlantis'"),
        ("what did Wang Xiaoming offer", "nearest names I know: Wang Yi"),
        ("what did Kyrgyzstanistan offer", "nearest names I know: Kyrgyzstan"),
        ("does China back Russia's sovereignty and India back Spain's", "the two halves of the question name different states"),
        ("what did China offer in 2020-13", "not a date"),
    ],
)  # fmt: skip
def test_unanswerable_questions_say_what_to_do(text: str, message: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_question(text)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_parse_error_lists_every_form() -> None:
    with pytest.raises(QueryError) as err:
        parse_question("tell me a joke")
    for form in ("who supports", "what did", "when did", "reaffirm", "what changed", "aligned with",
                 "back Y's T", "say about", "who spoke for", "timeline of"):  # fmt: skip
        assert form in str(err.value)


# ---------------------------------------------------------------- safety


class RecordingSource:
    """A stand-in store that records the queries it is asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    def select(self, query: str, bindings=None) -> list:  # noqa: ANN001
        self.calls.append((query, dict(bindings or {})))
        return []


@pytest.mark.parametrize(
    "question",
    [
        "what did Kyrgyzstan offer zxqv",
        'who supports "zxqv" } ; DROP ALL ; { ?s ?p ?o',
        "who supports one-China",
        "when did Kyrgyzstan support China on Xinjiang",
    ],
)
def test_user_text_never_becomes_query_text(question: str) -> None:
    source = RecordingSource()
    with contextlib.suppress(QueryError):  # unknown names are refused; the store was read first
        answer_question(source, question)
    assert source.calls, "the store was never asked"
    for query, bindings in source.calls:
        # the fixed positions query, or the labels of minted topics and people by IRIs
        # that came from the store's own answers
        assert query == POSITIONS_QUERY or query.startswith(LABELS_QUERY_HEAD)
        assert "zxqv" not in query
        assert "zxqv" not in " ".join(str(v) for v in bindings.values())


# ---------------------------------------------------------------- answers on hand-made positions


def test_who_when_what_on_a_small_graph() -> None:
    g = project(
        [
            row("KGZ", "support", "taiwan", "2020-05-26", addressee="CHN"),
            row("KGZ", "support", "taiwan", "2020-11-16", addressee="CHN"),
            row("KGZ", "support", "xinjiang", "2020-11-16", addressee="CHN"),
            row("USA", "oppose", "xinjiang", "2021-02-10", addressee="CHN"),
            row("CHN", "offer", "vaccines", "2020-11-16", addressee="KGZ", person="wang-yi"),
            row("CHN", "offer", "medical-supplies", "2020-05-26", addressee="KGZ"),
        ]
    )
    a = answer(g, parse_question("who supports China's core interests"))
    assert a.summary == "Kyrgyzstan" and len(a.rows) == 3
    a = answer(g, parse_question("who opposes Xinjiang"))
    assert a.summary == "United States"
    a = answer(g, parse_question("when did Kyrgyzstan first support China on Taiwan"))
    assert a.summary == "2020-05-26"
    a = answer(g, parse_question("when did Kyrgyzstan last support China on Taiwan"))
    assert a.summary == "2020-11-16"
    a = answer(g, parse_question("what did China offer"))
    assert a.summary == "medical supplies (2020-05-26); vaccines (2020-11-16)"
    a = answer(g, parse_question("what did Wang Yi offer"))
    assert a.summary == "vaccines (2020-11-16)"  # only what Wang Yi voiced
    a = answer(g, parse_question("what did China offer in 2021"))
    assert a.summary.startswith("No stored position answers that.")
    assert "holder China" in a.summary and "stance offer" in a.summary
    a = answer(
        g, parse_question("does Kyrgyzstan back China's core interests and China back Kyrgyzstan's")
    )
    assert a.summary.startswith("One way only: Kyrgyzstan backs China's core interests")
    assert "no stored position has China backing Kyrgyzstan's core interests" in a.summary


def test_opposing_a_non_topic_reads_right() -> None:
    g = project([row("KGZ", "oppose", "non-interference", "2020-11-16", addressee="CHN")])
    a = answer(g, parse_question("what did Kyrgyzstan oppose"))
    assert a.summary == "interference in internal affairs (2020-11-16)"


# ---------------------------------------------------------------- the seeds (the issue's own questions)


def test_seed_who_supports_one_china(seed_store: Path, seeds_dir: Path) -> None:
    a = ask(seed_store, "who supports one-China")
    assert a.summary == "Kyrgyzstan"
    assert facts(a) == {("Kyrgyzstan", "support", "one-China policy", "2020-05-26")}
    (r,) = a.rows
    assert "uphold the one-China policy" in r.evidence
    assert r.evidence in (seeds_dir / "000_da30aceaa011c281.txt").read_text(encoding="utf-8")
    assert r.readout_name.startswith("State Councilor and Foreign Minister Wang Yi Speaks")


def test_seed_what_did_china_offer(seed_store: Path) -> None:
    a = ask(seed_store, "what did China offer")
    got = {(r.topic_label, r.date) for r in a.rows}
    assert {
        ("vaccines", "2020-11-16"),
        ("medical supplies", "2020-05-26"),
        ("experience in containment and treatment", "2020-05-26"),
    } <= got
    assert all(r.holder == "CHN" and r.stance == "offer" for r in a.rows)
    vaccines = next(r for r in a.rows if r.topic_label == "vaccines")
    assert "providing vaccines" in vaccines.evidence


def test_seed_when_did_kyrgyzstan_support_china_on_xinjiang(seed_store: Path) -> None:
    a = ask(seed_store, "when did Kyrgyzstan support China on Xinjiang")
    assert a.summary == "2020-11-16"
    assert ("Kyrgyzstan", "support", "Xinjiang", "2020-11-16") in facts(a)
    assert all("Xinjiang" in r.evidence for r in a.rows)


def test_seed_reaffirmations(seed_store: Path) -> None:
    a = ask(seed_store, "which positions did Kyrgyzstan reaffirm")
    assert "supports Taiwan (2020-05-26, 2020-11-16)" in headings(a)
    assert "supports Hong Kong (2020-05-26, 2020-11-16)" in headings(a)
    assert {r.date for r in a.rows} == {"2020-05-26", "2020-11-16"}
    assert all(r.holder == "KGZ" for r in a.rows)


def test_seed_who_opposes_interference(seed_store: Path) -> None:
    a = ask(seed_store, "who opposes interference in China's internal affairs")
    assert a.summary == "China, Kyrgyzstan"
    assert ("China", "oppose", "non-interference in internal affairs", "2020-05-26") in facts(a)
    assert ("Kyrgyzstan", "oppose", "non-interference in internal affairs", "2020-11-16") in facts(
        a
    )
    # China's 2020-11-16 sentence is about Kyrgyzstan's internal affairs, not China's
    assert ("China", "oppose", "non-interference in internal affairs", "2020-11-16") not in facts(a)
    assert all("China's internal affairs" in r.evidence for r in a.rows)


def test_seed_yes_no_and_addressees(seed_store: Path) -> None:
    a = ask(seed_store, "did Kyrgyzstan support the one-China policy?")
    assert a.summary == "Yes: 2020-05-26"
    assert ("Kyrgyzstan", "support", "one-China policy", "2020-05-26") in facts(a)
    a = ask(seed_store, "has China ever supported the one-China policy")
    assert a.summary.startswith("No: no stored position says so.") and a.rows == ()
    a = ask(seed_store, "who did China offer vaccines to")
    assert a.summary == "Kyrgyzstan (2020-11-16)"
    a = ask(seed_store, "what is Kyrgyzstan's position on Taiwan")
    assert {("Kyrgyzstan", "support", "Taiwan", "2020-05-26"),
            ("Kyrgyzstan", "support", "Taiwan", "2020-11-16")} <= facts(a)  # fmt: skip
    assert all(r.holder == "KGZ" for r in a.rows)


def test_seed_other_forms(seed_store: Path) -> None:
    a = ask(seed_store, "who backs China on Xinjiang?")
    assert a.summary == "Kyrgyzstan"
    a = ask(seed_store, "who spoke for Kyrgyzstan")
    assert a.summary == "Chingiz Aidarbekov (2020-05-26), Ruslan Kazakbaev (2020-11-16)"
    a = ask(seed_store, "what changed in Kyrgyzstan's positions")
    assert a.summary.startswith("Kyrgyzstan, 2020-05-26 \u2192 2020-11-16:")
    assert "new: supports Xinjiang" in headings(a)
    assert "dropped: supports one-China policy" in headings(a)
    a = ask(seed_store, "timeline of topic core interests")
    assert {r.date for r in a.rows} == {"2020-05-26", "2020-11-16"}
    assert {"Taiwan", "Xinjiang", "Tibet", "Hong Kong"} <= {r.topic_label for r in a.rows}


# ---------------------------------------------------------------- the dev corpus: every form


@pytest.fixture(scope="session")
def dev_store(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the dev corpus ingested (skipped without ../shared)."""
    from kg.ingest import ingest

    corpus = shared_dir / "corpus" / "dev"
    if not sorted(corpus.glob("*.txt")):
        pytest.skip(f"no dev corpus in {corpus}")
    location = tmp_path_factory.mktemp("dev-store") / "store"
    with Store.open(location, create=True) as store:
        report = ingest(store, [str(corpus)])
    assert report.readouts >= 19, report
    return location


def test_dev_who(dev_store: Path) -> None:
    a = ask(dev_store, "who supports territorial integrity")
    holders = {(r.holder_label, r.date) for r in a.rows}
    assert {("India", "2021-02-08"), ("Kazakhstan", "2023-01-23")} <= holders
    assert all("territorial integrity" in r.evidence for r in a.rows)
    a = ask(dev_store, "which countries back China on Xinjiang")
    assert ("Kyrgyzstan", "support", "Xinjiang", "2020-11-16") in facts(a)


def test_dev_what(dev_store: Path) -> None:
    a = ask(dev_store, "what did China offer Tajikistan")
    assert ("China", "offer", "medical supplies", "2020-05-05") in facts(a)
    assert all(r.addressee == "TJK" for r in a.rows)
    a = ask(dev_store, "What did Russia commit to in 2020?")
    assert ("Russia", "commit", "COVID-19", "2020-07-17") in facts(a)
    assert all(r.date.startswith("2020") for r in a.rows)


def test_dev_when(dev_store: Path) -> None:
    a = ask(dev_store, "when did the United States support territorial integrity")
    assert {"2021-02-08", "2023-01-23"} <= set(a.summary.split(", "))
    assert (
        ask(dev_store, "when did the US first support territorial integrity").summary
        == "2021-02-08"
    )
    assert (
        ask(dev_store, "when did the US last support territorial integrity").summary == "2023-01-23"
    )


def test_dev_reaffirm(dev_store: Path) -> None:
    a = ask(dev_store, "which positions did the United States reaffirm")
    assert "supports territorial integrity (2021-02-08, 2023-01-23)" in headings(a)
    a = ask(dev_store, "what positions did Kazakhstan affirm")
    # "the sovereignty and territorial integrity of all states" is one topic, territorial integrity
    assert any(h.startswith("supports territorial integrity") for h in headings(a))


def test_dev_changes(dev_store: Path) -> None:
    a = ask(dev_store, "what changed in the United States' positions between 2021 and 2023")
    assert "\u2192" in a.summary
    assert "new: supports UN Charter" in headings(a)
    assert "dropped: supports Quad" in headings(a)
    assert all(r.holder == "USA" for r in a.rows)


def test_dev_aligned(dev_store: Path) -> None:
    a = ask(dev_store, "who is aligned with India")
    us = next(g for g in a.groups if g.heading.startswith("United States"))
    assert "supports Quad" in us.heading and "supports territorial integrity" in us.heading
    assert {r.holder for r in us.rows} == {"IND", "USA"}


def test_dev_reciprocity(dev_store: Path) -> None:
    a = ask(dev_store, "does the US back Kazakhstan's sovereignty and Kazakhstan back the US's")
    assert a.summary.startswith("Yes, both ways: United States backs Kazakhstan's sovereignty")
    assert {(r.holder, r.date) for r in a.rows} >= {("USA", "2023-01-23"), ("KAZ", "2023-01-23")}


def test_dev_say_and_spoke(dev_store: Path) -> None:
    a = ask(dev_store, "what did Biden say about Ukraine")
    assert ("United States", "support", "Ukraine", "2021-01-26") in facts(a)
    assert all(r.person_label and "Biden" in r.person_label for r in a.rows)
    a = ask(dev_store, "what did Wang Yi say to Spain")
    assert a.rows and all(r.addressee == "ESP" and r.date == "2022-03-14" for r in a.rows)
    a = ask(dev_store, "who spoke for Russia")
    assert "Sergey Lavrov (2020-07-17)" in a.summary and "Vladimir Putin (2021-01-26)" in a.summary


def test_dev_timelines(dev_store: Path) -> None:
    a = ask(dev_store, "timeline of Kazakhstan")
    assert {"2022-06-07", "2023-01-23"} <= {r.date for r in a.rows}
    dates = [r.date for r in a.rows]
    assert dates == sorted(dates)
    a = ask(dev_store, "timeline of topic Ukraine")
    assert ("United States", "support", "Ukraine", "2021-01-26") in facts(a)
    assert a.summary.startswith("Ukraine: ")


# ---------------------------------------------------------------- kg ask


def test_cli_ask_text(seed_store: Path) -> None:
    code, out, err = run("--store", str(seed_store), "ask", "what did China offer")
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert "vaccines (2020-11-16)" in lines[0]
    assert "  2020-11-16  China offers vaccines (to Kyrgyzstan)  [Wang Yi]" in lines
    assert any(
        line.startswith("    \u201cWang also said that China will firmly support") for line in lines
    )


def test_cli_ask_json(seed_store: Path) -> None:
    code, out, _ = run(
        "--store",
        str(seed_store),
        "ask",
        "which positions did Kyrgyzstan reaffirm",
        "--format",
        "json",
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["form"] == "reaffirm"
    taiwan = next(g for g in data["groups"] if g["heading"].startswith("supports Taiwan"))
    assert [a["date"] for a in taiwan["answers"]] == ["2020-05-26", "2020-11-16"]
    assert all(a["evidence"] and a["readout"] for a in data["answers"])


def test_cli_ask_errors_are_one_line(seed_store: Path) -> None:
    code, out, err = run("--store", str(seed_store), "ask", "who supports atlantis")
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("kg: error: unknown topic or state 'atlantis'")
    assert err.count("\n") == 1 and "Traceback" not in err
