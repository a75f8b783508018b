"""kg.analysis: positions from the store or an endpoint, the projection, and the analyses."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import networkx as nx
import pytest
from conftest import run_cli as run

from kg import analysis as an
from kg.analysis import fetch_positions, project, row
from kg.ask import answer_question
from kg.errors import EXIT_ERROR, EXIT_OK, KGError, QueryError
from kg.export import project_positions
from kg.namespaces import state_iri, topic_iri
from kg.store import Store


@pytest.fixture(scope="module")
def seed_rows(seed_store: Path) -> list[an.PositionRow]:
    with Store.open(seed_store, read_only=True) as store:
        return fetch_positions(store)


# ---------------------------------------------------------------- fetching


def test_fetch_finds_kyrgyzstan_one_china(seed_rows, seeds_dir: Path) -> None:
    hits = [r for r in seed_rows if r.topic == "one-china-policy" and r.stance == "support"]
    assert [(r.holder, r.holder_label, r.date) for r in hits] == [
        ("KGZ", "Kyrgyzstan", "2020-05-26")
    ]
    (hit,) = hits
    assert hit.addressee == "CHN" and hit.addressee_label == "China"
    assert hit.person_label == "Chingiz Aidarbekov"
    assert "one-China policy" in hit.evidence
    assert hit.evidence in (seeds_dir / "000_da30aceaa011c281.txt").read_text(encoding="utf-8")
    assert hit.title and hit.title.startswith("State Councilor and Foreign Minister Wang Yi")
    assert hit.broader == ("core-interests", "taiwan")


def test_fetch_has_no_duplicates_and_is_sorted(seed_rows) -> None:
    keys = [(r.iri, r.topic) for r in seed_rows]
    assert len(keys) == len(set(keys)) > 20
    dates = [r.date for r in seed_rows]
    assert dates == sorted(dates)


def test_topic_minted_by_two_readouts_gives_one_row_per_position(tmp_path: Path) -> None:
    """A topic minted in two readouts has its label (and kg:curated) in both graphs, so
    the union repeats every solution on it: still one row per position and topic."""
    from kg.ingest import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day, name in (("2021-03-04", "a"), ("2021-05-06", "b")):
        (corpus / f"{name}.txt").write_text(
            f"---\ndate: {day}\n---\nWang Yi met with Kazakh Foreign Minister Murat Nurtleu. "
            f"Nurtleu said Kazakhstan supports the quiet corridor scheme. The talks ran long ({name}).\n",
            encoding="utf-8",
        )
    with Store.open(tmp_path / "store", create=True) as store:
        assert ingest(store, [str(corpus)]).ok
        rows = fetch_positions(store)
    minted = {}
    for r in rows:
        if not r.curated:
            minted.setdefault(r.topic, set()).add(r.readout)
    assert any(len(readouts) == 2 for readouts in minted.values()), minted
    keys = [(r.iri, r.topic) for r in rows]
    assert len(keys) == len(set(keys))


def test_fetch_filters_are_subsets(seed_store: Path, seed_rows) -> None:
    import datetime as dt

    with Store.open(seed_store, read_only=True) as store:
        kgz = fetch_positions(store, holder="KGZ")
        offers = fetch_positions(store, holder="CHN", stance="offer")
        late = fetch_positions(store, since=dt.date(2020, 6, 1))
        early = fetch_positions(store, until=dt.date(2020, 6, 1))
        to_kgz = fetch_positions(store, addressee="KGZ")
        wang = fetch_positions(store, person="wang-yi")
        taiwan = fetch_positions(store, topics={"taiwan"})
    assert kgz == [r for r in seed_rows if r.holder == "KGZ"] != []
    assert offers == [r for r in seed_rows if r.holder == "CHN" and r.stance == "offer"] != []
    assert {r.topic for r in offers} >= {"vaccines", "medical-supplies"}
    assert late == [r for r in seed_rows if r.date >= "2020-06-01"] != []
    assert early + late == seed_rows
    assert to_kgz == [r for r in seed_rows if r.addressee == "KGZ"] != []
    assert wang == [r for r in seed_rows if r.person == "wang-yi"] != []
    assert {(r.holder, r.date) for r in taiwan} == {("KGZ", "2020-05-26"), ("KGZ", "2020-11-16")}


def test_fetch_refuses_bad_values(seed_store: Path) -> None:
    with Store.open(seed_store, read_only=True) as store:
        with pytest.raises(QueryError, match="unknown stance 'love'"):
            fetch_positions(store, stance="love")
        with pytest.raises(QueryError, match="not a state code"):
            fetch_positions(store, holder="CHN> } ; DROP ALL ; {")


# ---------------------------------------------------------------- the projection


def test_projection_shape(seed_rows) -> None:
    g = project(seed_rows)
    assert isinstance(g, nx.MultiDiGraph)
    kinds = Counter(d["kind"] for _, _, d in g.edges(data=True))
    assert kinds["position"] == len(seed_rows)
    assert kinds["addressed"] == len({r.iri for r in seed_rows if r.addressee})
    assert kinds["reports"] == 4  # two readouts, two holders each
    assert kinds["broader"] >= 1  # e.g. one-China policy -> Taiwan, both in the graph
    china = g.nodes[str(state_iri("CHN"))]
    assert china == {"kind": "state", "label": "China", "iri": str(state_iri("CHN"))}
    assert g.nodes[str(topic_iri("vaccines"))]["kind"] == "topic"
    assert g.has_edge(str(topic_iri("one-china-policy")), str(topic_iri("taiwan")), "broader")
    edge = next(
        d
        for u, v, d in g.edges(data=True)
        if d["kind"] == "position" and v == str(topic_iri("one-china-policy"))
    )
    assert edge["stance"] == "support" and edge["date"] == "2020-05-26"
    assert edge["addressee"] == str(state_iri("CHN"))
    assert g.nodes[edge["voiced_by"]]["label"] == "Chingiz Aidarbekov"
    assert g.nodes[edge["readout"]]["kind"] == "readout"


def test_projection_round_trips(seed_rows) -> None:
    assert an.positions_in(project(seed_rows)) == seed_rows


def test_graphml_export_uses_the_same_projection(seed_store: Path, seed_rows) -> None:
    with Store.open(seed_store, read_only=True) as store:
        exported = project_positions(store)
    ours = project(seed_rows)
    assert sorted(exported.nodes(data=True), key=lambda n: n[0]) == sorted(
        ours.nodes(data=True), key=lambda n: n[0]
    )
    assert sorted(exported.edges(keys=True)) == sorted(ours.edges(keys=True))


# ---------------------------------------------------------------- reaffirmations


def test_reaffirmations_on_seeds(seed_rows) -> None:
    found = {(x.stance, x.topic): x.dates for x in an.reaffirmations(project(seed_rows), "KGZ")}
    assert found[("support", "taiwan")] == ("2020-05-26", "2020-11-16")
    assert found[("support", "hong-kong")] == ("2020-05-26", "2020-11-16")
    assert ("support", "one-china-policy") not in found  # stated once


def test_reaffirmations_need_two_dates() -> None:
    g = project(
        [
            row("KGZ", "support", "taiwan", "2020-05-26"),
            row("KGZ", "support", "taiwan", "2020-11-16"),
            row("KGZ", "support", "taiwan", "2020-11-16", readout="other"),  # same day again
            row("KGZ", "oppose", "taiwan", "2021-01-01"),  # another stance: not the same
            row("KGZ", "support", "tibet", "2020-11-16"),
            row("KGZ", "support", "tibet", "2020-11-16", readout="other"),
            row("CHN", "support", "taiwan", "2020-01-01"),
        ]
    )
    (only,) = an.reaffirmations(g)
    assert (only.holder, only.stance, only.topic) == ("KGZ", "support", "taiwan")
    assert only.dates == ("2020-05-26", "2020-11-16") and len(only.rows) == 3
    stated = an.stated_positions(g, "KGZ")
    assert [(s.stance, s.topic, len(s.dates)) for s in stated] == [
        ("support", "taiwan", 2),
        ("support", "tibet", 1),
        ("oppose", "taiwan", 1),
    ]


# ---------------------------------------------------------------- alignment


def test_alignment_ranks_by_jaccard() -> None:
    g = project(
        [
            row("CHN", "support", "multilateralism", "2020-01-01"),
            row("CHN", "support", "un-charter", "2020-01-01"),
            row("CHN", "oppose", "hegemonism", "2020-01-01"),
            row("RUS", "support", "multilateralism", "2020-02-01"),
            row("RUS", "support", "un-charter", "2020-02-01"),
            row("RUS", "oppose", "hegemonism", "2020-02-01"),
            row("RUS", "support", "sco", "2020-02-01"),
            row("USA", "support", "multilateralism", "2020-03-01"),
            row("USA", "support", "hegemonism", "2020-03-01"),  # another stance: not shared
            row("IND", "support", "quad", "2020-03-01"),  # nothing shared
        ]
    )
    ranked = an.alignment(g, "CHN")
    assert [(a.other, a.score) for a in ranked] == [("RUS", 0.75), ("USA", 0.25)]
    assert [t for _, t, _ in ranked[0].shared] == ["hegemonism", "multilateralism", "un-charter"]
    assert {r.holder for r in ranked[0].evidence} == {"CHN", "RUS"}
    assert len(ranked[0].evidence) == 6
    assert an.alignment(g, "CHN", limit=1) == ranked[:1]
    every = an.alignment(g)
    assert {(a.state, a.other) for a in every} == {("CHN", "RUS"), ("CHN", "USA"), ("RUS", "USA")}
    assert an.alignment(g, "ATA") == []


# ---------------------------------------------------------------- changes


def test_changes_new_dropped_reversed() -> None:
    g = project(
        [
            row("USA", "support", "taiwan", "2021-02-10"),
            row("USA", "support", "quad", "2021-02-10"),
            row("USA", "commit", "climate-change", "2021-02-10"),
            row("USA", "oppose", "taiwan", "2022-03-18"),
            row("USA", "support", "ukraine", "2022-03-18"),
            row("USA", "commit", "climate-change", "2022-03-18"),
            row("USA", "request", "quad", "2022-03-18"),
        ]
    )
    ch = an.changes(g, "USA")
    assert (ch.before_dates, ch.after_dates) == (("2021-02-10",), ("2022-03-18",))
    got = [(c.kind, c.topic, c.before, c.after) for c in ch.changes]
    assert got == [
        ("new", "quad", None, "request"),
        ("new", "ukraine", None, "support"),
        ("dropped", "quad", "support", None),
        ("reversed", "taiwan", "support", "oppose"),
    ]
    (rev,) = ch.of("reversed")
    assert [r.date for r in rev.rows] == ["2021-02-10", "2022-03-18"]


def test_changes_periods_and_windows() -> None:
    import datetime as dt

    g = project(
        [
            row("CHN", "support", "multilateralism", "2020-05-05"),
            row("CHN", "offer", "vaccines", "2020-11-16"),
            row("CHN", "support", "multilateralism", "2022-03-14"),
            row("CHN", "support", "strategic-communication", "2023-05-11"),
        ]
    )
    year = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    later = (dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    ch = an.changes(g, "CHN", before=year, after=later)
    assert ch.before_dates == ("2020-05-05", "2020-11-16")
    assert ch.after_dates == ("2022-03-14", "2023-05-11")
    assert [(c.kind, c.topic) for c in ch.changes] == [
        ("new", "strategic-communication"),
        ("dropped", "vaccines"),
    ]
    window = an.changes(g, "CHN", since=dt.date(2020, 6, 1), until=dt.date(2022, 12, 31))
    assert (window.before_dates, window.after_dates) == (("2020-11-16",), ("2022-03-14",))
    one = an.changes(g, "CHN", since=dt.date(2023, 1, 1))
    assert one.before_dates == one.after_dates == ("2023-05-11",) and one.changes == ()
    assert an.changes(g, "KGZ") == an.Changes("KGZ", "KGZ", (), ())


# ---------------------------------------------------------------- reciprocity


def test_reciprocity() -> None:
    g = project(
        [
            row("KGZ", "support", "taiwan", "2020-11-16", addressee="CHN"),
            row("KGZ", "support", "xinjiang", "2020-11-16", addressee="CHN"),
            row("CHN", "support", "independence", "2020-11-16", addressee="KGZ"),
            row("CHN", "offer", "vaccines", "2020-11-16", addressee="KGZ"),
            row("USA", "support", "quad", "2021-02-08", addressee="IND"),
            row("IND", "support", "quad", "2021-02-08", addressee="USA"),
            row("RUS", "support", "un-charter", "2020-07-17", addressee="CHN"),
        ]
    )
    (pair,) = an.reciprocity(g, "CHN", "KGZ")
    assert pair.reciprocal
    assert [r.topic for r in pair.forward] == ["independence"]  # offers do not count
    assert sorted(r.topic for r in pair.backward) == ["taiwan", "xinjiang"]
    core = an.reciprocity(g, "KGZ", "CHN", topics={"taiwan", "xinjiang", "core-interests"})[0]
    assert not core.reciprocal and len(core.forward) == 2 and core.backward == ()
    offers = an.reciprocity(g, "CHN", "KGZ", stance="offer")[0]
    assert [r.topic for r in offers.forward] == ["vaccines"] and not offers.reciprocal
    every = an.reciprocity(g)
    assert [(p.reciprocal, {p.state, p.other}) for p in every] == [
        (True, {"CHN", "KGZ"}),
        (True, {"USA", "IND"}),
        (False, {"CHN", "RUS"}),
    ]
    assert {p.other for p in an.reciprocity(g, "CHN")} == {"KGZ", "RUS"}


# ---------------------------------------------------------------- centrality


def test_centrality_finds_the_hub() -> None:
    g = project(
        [
            row("USA", "support", "quad", "2021-02-08"),
            row("USA", "support", "democracy", "2021-02-08"),
            row("USA", "oppose", "terrorism", "2021-02-08"),
            row("IND", "support", "quad", "2021-02-08"),
            row("JPN", "support", "quad", "2021-02-08"),
        ]
    )
    ranked = an.centrality(g)
    assert (ranked[0].label, ranked[0].kind) in {("United States", "state"), ("Quad", "topic")}
    by = {c.node: c for c in ranked}
    assert by["quad"].positions == 3 and by["USA"].positions == 3
    assert by["USA"].betweenness > by["IND"].betweenness == 0
    assert by["quad"].betweenness > 0
    assert {c.kind for c in an.centrality(g, kind="topic")} == {"topic"}
    assert an.centrality(project([])) == []


# ---------------------------------------------------------------- a remote endpoint


@pytest.fixture
def endpoint(seed_store: Path) -> Iterator[tuple[str, Store, list[str]]]:
    """A SPARQL endpoint on 127.0.0.1 over the seed store, recording the queries it gets."""
    pytest.importorskip("kg.remote")
    store = Store.open(seed_store, read_only=True)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers["Content-Length"])
            form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
            seen.append(form["query"][0])
            try:  # the store's default graph is the union, as with union-default-graph
                body = store.query_raw(form["query"][0], result_format="json")
                self.send_response(200)
            except KGError as err:
                body = str(err).encode()
                self.send_response(400)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", store, seen
    finally:
        server.shutdown()
        server.server_close()
        store.close()


def test_endpoint_gives_the_same_positions(endpoint) -> None:
    from kg.remote import RemoteStore

    url, store, seen = endpoint
    with RemoteStore.open(url, read_only=True) as remote:
        assert fetch_positions(remote) == fetch_positions(store)
        bound = fetch_positions(remote, holder="KGZ", stance="support")
    assert bound == fetch_positions(store, holder="KGZ", stance="support") != []
    # the holder is bound through a VALUES block (labels of minted topics follow)
    assert any("VALUES" in q and str(state_iri("KGZ")) in q for q in seen)


QUESTIONS = [
    "who supports one-China",
    "what did China offer",
    "when did Kyrgyzstan support China on Xinjiang",
    "which positions did Kyrgyzstan reaffirm",
    "what changed in Kyrgyzstan's positions",
    "who is aligned with China",
    "does Kyrgyzstan back China's core interests and China back Kyrgyzstan's",
    "what did Wang Yi say to Kyrgyzstan",
    "who spoke for Kyrgyzstan",
    "timeline of topic core interests",
]


def test_endpoint_gives_the_same_answers(endpoint) -> None:
    from kg.remote import RemoteStore

    url, store, _ = endpoint
    with RemoteStore.open(url, read_only=True) as remote:
        for question in QUESTIONS:
            theirs, ours = answer_question(remote, question), answer_question(store, question)
            assert theirs == ours, question
            assert ours.rows, question


def test_endpoint_cli_matches_the_store(endpoint, seed_store: Path) -> None:
    url, _, _ = endpoint
    for args in (
        ("ask", "what did China offer", "--format", "json"),
        ("analyze", "reaffirmations", "--format", "json"),
    ):
        local, remote = run("--store", str(seed_store), *args), run("--store", url, *args)
        assert local[0] == remote[0] == EXIT_OK, remote[2]
        assert json.loads(local[1]) == json.loads(remote[1]) != []


# ---------------------------------------------------------------- kg analyze


def test_analyze_reaffirmations_json(seed_store: Path) -> None:
    code, out, err = run(
        "--store",
        str(seed_store),
        "analyze",
        "reaffirmations",
        "--holder",
        "Kyrgyz",
        "--format",
        "json",
    )
    assert code == EXIT_OK, err
    data = json.loads(out)
    found = {(d["stance"], d["topic"]): d["dates"] for d in data}
    assert found[("support", "Taiwan")] == ["2020-05-26", "2020-11-16"]
    assert found[("support", "Hong Kong")] == ["2020-05-26", "2020-11-16"]
    assert all(d["holder"] == "Kyrgyzstan" and len(d["evidence"]) >= 2 for d in data)


def test_analyze_alignment_table_and_csv(seed_store: Path) -> None:
    code, out, _ = run("--store", str(seed_store), "analyze", "alignment")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0].split() == ["state", "other", "jaccard", "shared", "shared_positions"]
    assert "China" in lines[2] and "Kyrgyzstan" in lines[2]
    code, out, _ = run("--store", str(seed_store), "analyze", "alignment", "--format", "csv")
    assert out.splitlines()[0] == "state,other,jaccard,shared,shared_positions"
    assert "oppose non-interference in internal affairs" in out


def test_analyze_changes(seed_store: Path) -> None:
    code, out, err = run(
        "--store",
        str(seed_store),
        "analyze",
        "changes",
        "--holder",
        "Kyrgyzstan",
        "--format",
        "json",
    )
    assert code == EXIT_OK
    assert "2020-05-26 -> 2020-11-16" in err
    changes = {(c["change"], c["topic"]) for c in json.loads(out)}
    assert ("new", "Xinjiang") in changes and ("dropped", "one-China policy") in changes
    code, out, err = run("--store", str(seed_store), "analyze", "changes")
    assert code == EXIT_ERROR and "changes needs --holder" in err


def test_analyze_reciprocity_and_centrality(seed_store: Path) -> None:
    code, out, _ = run(
        "--store", str(seed_store), "analyze", "reciprocity", "--holder", "China", "--other", "Kyrgyzstan",
        "--topic", "core interests", "--format", "json",
    )  # fmt: skip
    assert code == EXIT_OK
    (pair,) = json.loads(out)
    assert pair["state"] == "China" and pair["other"] == "Kyrgyzstan"
    assert pair["reciprocal"] is False and pair["state_to_other"] == []
    assert {a["topic"] for a in pair["other_to_state"]} >= {"Taiwan", "Xinjiang", "Tibet"}
    code, out, _ = run("--store", str(seed_store), "analyze", "centrality", "--limit", "3")
    assert code == EXIT_OK
    assert len(out.splitlines()) == 2 + 3
    assert {"China", "Kyrgyzstan"} <= set(out.split())


def test_analyze_unknown_state(seed_store: Path) -> None:
    code, out, err = run("--store", str(seed_store), "analyze", "alignment", "--holder", "Atlantis")
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("kg: error: unknown state 'Atlantis'") and err.count("\n") == 1
