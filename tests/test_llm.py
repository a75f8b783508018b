"""The language-model extractor (kg/llm.py) against a fake OpenAI-compatible server.

No test needs a model or the internet: :class:`conftest.ChatServer` answers on
127.0.0.1 with the replies each test queues and records what it was asked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from conftest import ChatServer, make_runner, run_cli

from kg.cli import cli
from kg.errors import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_VIOLATIONS,
    ExtractionError,
    ExtractorUnavailableError,
)
from kg.llm import LLMConfig, LLMExtractor, match_person
from kg.readout import Readout, parse_readout
from kg.resources import read_prompt

# a readout written for these tests: two officials, three positions and some narrative
CALL = """\
---
title: Wang Yi Holds Video Call with Kyrgyz Foreign Minister Ruslan Kazakbaev
date: 2021-03-04
publisher: Ministry of Foreign Affairs of the People's Republic of China
---
On 4 March, State Councilor and Foreign Minister Wang Yi held a video call with \
Foreign Minister Ruslan Kazakbaev of the Kyrgyz Republic.

Kazakbaev said that the Kyrgyz Republic firmly adheres to the one-China principle \
and thanked China for the vaccines delivered in February. Wang said that China is \
ready to share its experience in water management with
Kyrgyzstan.
The two ministers also talked about the weather in Bishkek.
"""
# its sentences as a reader numbers them (the third is wrapped over two lines)
FIRST = (
    "On 4 March, State Councilor and Foreign Minister Wang Yi held a video call with "
    "Foreign Minister Ruslan Kazakbaev of the Kyrgyz Republic."
)
SECOND = (
    "Kazakbaev said that the Kyrgyz Republic firmly adheres to the one-China principle "
    "and thanked China for the vaccines delivered in February."
)
THIRD = (
    "Wang said that China is ready to share its experience in water management with\nKyrgyzstan."
)
FOURTH = "The two ministers also talked about the weather in Bishkek."

ONE_CHINA = {
    "holder": "the Kyrgyz Republic",
    "stance": "support",
    "topic": "one-China principle",
    "voiced_by": "Kazakbaev",
    "addressee": "China",
    "sentence": 2,
}
VACCINES = {
    "holder": "Kyrgyz",
    "stance": "appreciate",
    "topic": "vaccines",
    "voiced_by": "Ruslan Kazakbaev",
    "addressee": "Chinese",
    "sentence": 2,
}
WATER = {
    "holder": "China",
    "stance": "offer",
    "topic": "experience in water management",
    "voiced_by": "Foreign Minister Wang",
    "addressee": "Kyrgyzstan",
    "sentence": "3",
}


@pytest.fixture
def readout() -> Readout:
    return parse_readout(CALL, "call.txt")


def extractor(server: ChatServer, **config: Any) -> LLMExtractor:
    return LLMExtractor(LLMConfig(server.url, "test-model", **config))


def triples(positions: Any) -> list[tuple[str, str, str]]:
    return [(p.holder.label, p.stance, p.topic.label) for p in positions]


# ---------------------------------------------------------------- the request


def test_one_request_per_readout_with_numbered_sentences(
    chat_server: ChatServer, readout: Readout
) -> None:
    extractor(chat_server).extract(readout)
    (request,) = chat_server.requests
    assert request["path"] == "/v1/chat/completions"
    body = request["body"]
    assert body["model"] == "test-model"
    assert body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert system == {"role": "system", "content": read_prompt("positions.md")}
    assert user["role"] == "user"
    text = user["content"]
    # the metadata, then one numbered line per sentence (a wrapped sentence on one line)
    assert "2021-03-04" in text
    assert "Ministry of Foreign Affairs of the People's Republic of China" in text
    assert "Wang Yi Holds Video Call with Kyrgyz Foreign Minister Ruslan Kazakbaev" in text
    numbered = [line for line in text.splitlines() if line.startswith("[")]
    assert numbered == [
        f"[1] {FIRST}",
        f"[2] {SECOND}",
        f"[3] {' '.join(THIRD.split())}",
        f"[4] {FOURTH}",
    ]
    assert "Authorization" not in request["headers"]


def test_api_key_is_a_bearer_token(chat_server: ChatServer, readout: Readout) -> None:
    extractor(chat_server, api_key="s3cret").extract(readout)
    assert chat_server.requests[0]["headers"]["Authorization"] == "Bearer s3cret"


def test_the_prompt_states_the_contract() -> None:
    prompt = read_prompt("positions.md")
    for word in ("support", "oppose", "offer", "request", "appreciate", "commit"):
        assert f"- {word}:" in prompt, word
    for field in ("holder", "stance", "topic", "voiced_by", "addressee", "sentence"):
        assert f'"{field}"' in prompt, field


# ---------------------------------------------------------------- mapping the reply


def test_reply_mapped_to_states_topics_and_evidence(
    chat_server: ChatServer, readout: Readout
) -> None:
    chat_server.reply_positions(ONE_CHINA, VACCINES, WATER)
    result = extractor(chat_server).run(readout)
    positions = result.extraction.positions
    assert triples(positions) == [
        ("Kyrgyzstan", "support", "one-China policy"),  # "the Kyrgyz Republic", a scheme topic
        ("Kyrgyzstan", "appreciate", "vaccines"),  # a demonym
        ("China", "offer", "water resources"),  # the scheme topic in a free phrase
    ]
    assert [p.addressee.label if p.addressee else None for p in positions] == [
        "China",
        "China",
        "Kyrgyzstan",
    ]
    assert [p.topic.curated for p in positions] == [True, True, True]
    # evidence is the numbered sentence, with its offsets into the readout's text
    text = readout.text
    start = text.index("Kazakbaev said that")
    assert (positions[0].start, positions[0].end) == (start, start + len(SECOND))
    assert positions[0].evidence == SECOND == text[positions[0].start : positions[0].end]
    assert positions[2].evidence == THIRD
    assert text[positions[2].start : positions[2].end] == THIRD
    assert all(p.date.isoformat() == "2021-03-04" for p in positions)
    assert result.warning is None
    extraction = result.extraction
    assert extraction.extractor == "llm:test-model"
    assert {s.label for s in extraction.states} == {"China", "Kyrgyzstan"}
    assert {p.name for p in extraction.participants} == {"Wang Yi", "Ruslan Kazakbaev"}


def test_speakers_matched_to_participants(chat_server: ChatServer, readout: Readout) -> None:
    stranger = {**WATER, "stance": "commit", "topic": "water diplomacy", "voiced_by": "Lavrov"}
    chat_server.reply_positions(ONE_CHINA, VACCINES, WATER, stranger)
    positions = extractor(chat_server).extract(readout).positions
    assert [p.voiced_by.name if p.voiced_by else None for p in positions] == [
        "Ruslan Kazakbaev",  # a surname
        "Ruslan Kazakbaev",  # the full name
        "Wang Yi",  # a title and a surname, in other case
        None,  # no participant of this readout
    ]


def test_unusable_items_dropped_and_counted(chat_server: ChatServer, readout: Readout) -> None:
    chat_server.reply_positions(
        ONE_CHINA,
        {**ONE_CHINA, "holder": "Atlantis"},  # no state
        {**ONE_CHINA, "holder": "European Union"},  # no state either
        {**WATER, "stance": "praise"},  # not one of the six
        {**WATER, "sentence": 9},  # no such sentence
        {**WATER, "sentence": 0},  # numbering starts at 1
        {**WATER, "sentence": None},
        {**WATER, "topic": ""},
        {**ONE_CHINA, "topic": "one-China policy", "sentence": 1},  # the same position again
        "China supports peace",  # not an object
    )
    result = extractor(chat_server).run(readout)
    assert triples(result.extraction.positions) == [("Kyrgyzstan", "support", "one-China policy")]
    assert result.given == 10
    assert result.dropped == (
        ("malformed", 1),
        ("unknown holder", 2),
        ("bad stance", 1),
        ("no topic", 1),
        ("bad sentence number", 3),
        ("duplicate", 1),
    )
    assert result.warning == (
        "call.txt: dropped 9 of the 10 positions the language model gave (1 malformed, "
        "2 unknown holder, 1 bad stance, 1 no topic, 3 bad sentence number, 1 duplicate)"
    )


def test_stance_case_and_code_fence_tolerated(chat_server: ChatServer, readout: Readout) -> None:
    fenced = "```json\n" + json.dumps({"positions": [{**WATER, "stance": "Offer"}]}) + "\n```"
    chat_server.reply(fenced)
    positions = extractor(chat_server).extract(readout).positions
    assert triples(positions) == [("China", "offer", "water resources")]
    assert len(chat_server.requests) == 1


def test_addressee_unknown_or_the_holder_itself_is_none(
    chat_server: ChatServer, readout: Readout
) -> None:
    chat_server.reply_positions(
        {**WATER, "addressee": "Atlantis"}, {**ONE_CHINA, "addressee": "Kyrgyzstan"}
    )
    positions = extractor(chat_server).extract(readout).positions
    assert len(positions) == 2
    assert [p.addressee for p in positions] == [None, None]


def test_match_person_tie_goes_to_the_holder() -> None:
    from kg.extract import PersonRef, StateRef

    a = PersonRef("li-a", "Li Wei", "CHN")
    b = PersonRef("li-b", "Li Wei", "SGP")
    assert match_person("Li Wei", [a, b], StateRef("SGP", "Singapore")) is b
    assert match_person("Li Wei", [a, b]) is None  # no holder to break the tie
    assert match_person("Wei", [a]) is a  # one name word picks out the one Li Wei
    assert match_person("Li", [a]) is None  # too short to pick anyone out


# ---------------------------------------------------------------- bad replies and errors


def test_non_json_reply_is_retried_once(chat_server: ChatServer, readout: Readout) -> None:
    chat_server.reply("Sure! Kyrgyzstan supports the one-China principle.")
    chat_server.reply_positions(ONE_CHINA)
    positions = extractor(chat_server).extract(readout).positions
    assert triples(positions) == [("Kyrgyzstan", "support", "one-China policy")]
    first, second = chat_server.requests
    # the retry shows the model its reply and asks again for the JSON object
    assert second["body"]["messages"][:2] == first["body"]["messages"]
    assert second["body"]["messages"][2] == {
        "role": "assistant",
        "content": "Sure! Kyrgyzstan supports the one-China principle.",
    }
    assert '{"positions"' in second["body"]["messages"][3]["content"]


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param("I cannot help with that.", id="not-json"),
        pytest.param(json.dumps({"results": []}), id="wrong-shape"),
        pytest.param(json.dumps([ONE_CHINA]), id="a-bare-list"),
    ],
)
def test_unusable_reply_twice_is_an_error_naming_the_readout(
    chat_server: ChatServer, readout: Readout, reply: str
) -> None:
    chat_server.reply(reply)
    with pytest.raises(ExtractionError) as caught:
        extractor(chat_server).extract(readout)
    assert not isinstance(caught.value, ExtractorUnavailableError)
    message = str(caught.value)
    assert "call.txt" in message and "\n" not in message
    assert "--llm-model" in message
    assert len(chat_server.requests) == 2


def test_truncated_reply_says_so(chat_server: ChatServer, readout: Readout) -> None:
    chat_server.reply('{"positions": [{"holder": "Chi', finish_reason="length")
    with pytest.raises(ExtractionError, match="token limit"):
        extractor(chat_server).extract(readout)


def test_not_a_chat_completion_is_retried_then_an_error(
    chat_server: ChatServer, readout: Readout
) -> None:
    chat_server.reply_raw(200, "<html>It works!</html>")
    with pytest.raises(ExtractionError, match="not a chat-completions response"):
        extractor(chat_server).extract(readout)
    assert len(chat_server.requests) == 2


def test_http_error_status_and_body(chat_server: ChatServer, readout: Readout) -> None:
    chat_server.reply_raw(500, '{"error": "model crashed:\n out of memory"}' + "x" * 400)
    with pytest.raises(ExtractionError) as caught:
        extractor(chat_server).extract(readout)
    message = str(caught.value)
    assert not isinstance(caught.value, ExtractorUnavailableError)
    # the body's first 200 characters, folded onto one line
    body = ('{"error": "model crashed: out of memory"}' + "x" * 400)[:200]
    assert f" answered HTTP 500: {body}; check --llm-url" in message
    assert "\n" not in message
    assert len(chat_server.requests) == 1  # an HTTP error is not retried


def test_unreachable_server(closed_url: str, readout: Readout) -> None:
    with pytest.raises(ExtractorUnavailableError) as caught:
        LLMExtractor(LLMConfig(closed_url, "test-model")).extract(readout)
    assert str(caught.value) == (
        f"cannot reach the language model at {closed_url} (connection refused): "
        "start an OpenAI-compatible server or pass --llm-url"
    )
    assert isinstance(caught.value, ExtractionError)


def test_timeout_is_unreachable(chat_server: ChatServer, readout: Readout) -> None:
    chat_server.delay = 1.0
    with pytest.raises(ExtractorUnavailableError, match=r"no answer within 0\.2 s.*--llm-timeout"):
        extractor(chat_server, timeout=0.2).extract(readout)


@pytest.mark.parametrize("url", ["localhost:8080/v1", "ftp://example.org/v1", ""])
def test_url_that_is_no_http_url(url: str) -> None:
    with pytest.raises(ExtractionError, match="--llm-url"):
        LLMExtractor(LLMConfig(url, "test-model"))


# ---------------------------------------------------------------- the command line


def write_call(tmp_path: Path, name: str = "call.txt") -> Path:
    path = tmp_path / name
    path.write_text(CALL, encoding="utf-8")
    return path


def llm_args(server_url: str) -> list[str]:
    return ["--extractor", "llm", "--llm-url", server_url, "--llm-model", "test-model"]


def test_cli_prints_records_the_scorer_accepts(
    tmp_path: Path, chat_server: ChatServer, shared_dir: Path
) -> None:
    path = write_call(tmp_path)
    chat_server.reply_positions(ONE_CHINA, VACCINES, WATER)
    code, out, err = run_cli("extract", str(path), *llm_args(chat_server.url))
    assert (code, err) == (EXIT_OK, "")
    records = json.loads(out)
    assert [(r["holder"], r["stance"], r["topic_label"]) for r in records] == [
        ("Kyrgyzstan", "support", "one-China policy"),
        ("Kyrgyzstan", "appreciate", "vaccines"),
        ("China", "offer", "water resources"),
    ]
    assert all(r["file"] == str(path) and r["date"] == "2021-03-04" for r in records)
    assert records[0]["voiced_by"] == "Ruslan Kazakbaev"
    assert records[0]["evidence"] == SECOND
    # the scorer reads them as it reads the rule extractor's
    gold = tmp_path / "gold"
    gold.mkdir()
    positions = [
        {"holder": "Kyrgyzstan", "stance": "support", "topic": ["one-China"]},
        {"holder": "Kyrgyzstan", "stance": "appreciate", "topic": ["vaccine"]},
        {"holder": "China", "stance": "offer", "topic": ["water management"]},
        {"holder": "China", "stance": "commit", "topic": ["water"]},
    ]
    (gold / "call.json").write_text(
        json.dumps({"file": "call.txt", "date": "2021-03-04", "positions": positions})
    )
    predictions = tmp_path / "out.json"
    predictions.write_text(out, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(gold), str(predictions)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert scored.returncode == 0, scored.stderr
    assert "strict F1 0.857 (P 1.000 R 0.750; 3/3 pred, 3/4 gold)" in scored.stdout


def test_cli_reads_the_environment(tmp_path: Path, chat_server: ChatServer) -> None:
    path = write_call(tmp_path)
    chat_server.reply_positions(WATER)
    env = {"KG_LLM_URL": chat_server.url, "KG_LLM_MODEL": "env-model", "KG_LLM_API_KEY": "k"}
    result = make_runner().invoke(cli, ["extract", str(path), "--extractor", "llm"], env=env)
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(json.loads(result.stdout)) == 1
    (request,) = chat_server.requests
    assert request["body"]["model"] == "env-model"
    assert request["headers"]["Authorization"] == "Bearer k"


def test_cli_rules_by_default_never_asks_the_model(tmp_path: Path, chat_server: ChatServer) -> None:
    path = write_call(tmp_path)
    env = {"KG_LLM_URL": chat_server.url, "KG_LLM_MODEL": "env-model"}
    result = make_runner().invoke(cli, ["extract", str(path)], env=env)
    assert result.exit_code == EXIT_OK, result.stderr
    assert json.loads(result.stdout)
    assert chat_server.requests == []


@pytest.mark.parametrize(
    ("options", "missing"),
    [
        pytest.param([], "--llm-url and --llm-model", id="neither"),
        pytest.param(["--llm-url", "http://127.0.0.1:9/v1"], "--llm-model", id="no-model"),
        pytest.param(["--llm-model", "m"], "--llm-url", id="no-url"),
        pytest.param(["--llm-model", "m", "--llm-url", "  "], "--llm-url", id="blank-url"),
    ],
)
def test_cli_llm_without_url_or_model_is_a_usage_error(
    tmp_path: Path, options: list[str], missing: str
) -> None:
    path = write_call(tmp_path)
    env = {"KG_LLM_URL": None, "KG_LLM_MODEL": None}
    result = make_runner().invoke(
        cli, ["extract", str(path), "--extractor", "llm", *options], env=env
    )
    assert result.exit_code == EXIT_USAGE
    assert f"--extractor llm needs {missing} " in result.stderr
    assert result.stdout == ""


def test_cli_bad_url_is_a_usage_error(tmp_path: Path) -> None:
    code, out, err = run_cli("extract", str(write_call(tmp_path)), *llm_args("localhost:8080"))
    assert code == EXIT_USAGE
    assert "is not an http(s) URL" in err and out == ""


def test_cli_skips_a_readout_the_model_fails_on(tmp_path: Path, chat_server: ChatServer) -> None:
    bad, good = write_call(tmp_path, "a.txt"), write_call(tmp_path, "b.txt")
    chat_server.reply("no JSON here")
    chat_server.reply("still no JSON")
    chat_server.reply_positions(WATER)
    code, out, err = run_cli("extract", str(bad), str(good), *llm_args(chat_server.url))
    assert code == EXIT_VIOLATIONS
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"kg: skipped {bad}: the language model's reply for {bad} ")
    records = json.loads(out)
    assert [(r["file"], r["holder"], r["stance"]) for r in records] == [
        (str(good), "China", "offer")
    ]
    assert len(chat_server.requests) == 3


def test_cli_skips_on_http_error(tmp_path: Path, chat_server: ChatServer) -> None:
    chat_server.reply_raw(404, "model 'test-model' not found")
    code, out, err = run_cli("extract", str(write_call(tmp_path)), *llm_args(chat_server.url))
    assert code == EXIT_VIOLATIONS
    assert "HTTP 404: model 'test-model' not found" in err
    assert json.loads(out) == []


def test_cli_warns_once_per_readout_about_dropped_items(
    tmp_path: Path, chat_server: ChatServer
) -> None:
    path = write_call(tmp_path)
    chat_server.reply_positions(WATER, {**WATER, "holder": "Atlantis"}, {**WATER, "sentence": 40})
    code, out, err = run_cli("extract", str(path), *llm_args(chat_server.url))
    assert code == EXIT_OK
    assert err.splitlines() == [
        f"kg: warning: {path}: dropped 2 of the 3 positions the language model gave "
        "(1 unknown holder, 1 bad sentence number)"
    ]
    assert len(json.loads(out)) == 1


def test_cli_unreachable_server_stops_at_the_first_readout(tmp_path: Path, closed_url: str) -> None:
    paths = [str(write_call(tmp_path, f"{n}.txt")) for n in range(3)]
    code, out, err = run_cli("extract", *paths, *llm_args(closed_url))
    assert code == EXIT_ERROR
    assert out == ""
    assert err.splitlines() == [
        f"kg: error: cannot reach the language model at {closed_url} (connection refused): "
        "start an OpenAI-compatible server or pass --llm-url"
    ]


def test_cli_turtle_names_the_model(tmp_path: Path, chat_server: ChatServer) -> None:
    from rdflib import Graph, Literal

    from kg.namespaces import KG

    chat_server.reply_positions(ONE_CHINA, WATER)
    code, out, err = run_cli(
        "extract", str(write_call(tmp_path)), *llm_args(chat_server.url), "--format", "turtle"
    )
    assert code == EXIT_OK, err
    graph = Graph().parse(data=out, format="turtle")
    assert len(set(graph.subjects(KG.holder, None))) == 2
    assert (None, KG.extractorVersion, Literal("llm:test-model")) in graph


def test_help_does_not_import_the_extractors() -> None:
    code = (
        "import sys\n"
        "from kg.cli import main\n"
        "sys.argv = ['kg', 'extract', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('kg.llm', 'kg.extract', 'rdflib') if m in sys.modules))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "--llm-url" in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "[]"


# ---------------------------------------------------------------- the prompt as package data


def test_prompt_is_package_data_of_kg() -> None:
    shipped = resources.files("kg").joinpath("prompts").joinpath("positions.md")
    assert shipped.is_file()
    assert read_prompt("positions.md") == shipped.read_text(encoding="utf-8")


def test_prompt_ships_in_a_built_package(tmp_path: Path, repo_root: Path) -> None:
    """setuptools' build step copies the prompt next to the ontology files, and kg
    imported from that build alone (no checkout, no site-packages) reads it."""
    pytest.importorskip("setuptools")
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(repo_root / name, source / name)
    for name in ("kg", "ontology"):
        shutil.copytree(
            repo_root / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    build = tmp_path / "build"
    built = subprocess.run(
        [
            sys.executable,
            "-c",
            "from setuptools import setup; setup()",
            "-q",
            "build_py",
            "--build-lib",
            str(build),
        ],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    assert (build / "kg" / "prompts" / "positions.md").is_file()
    assert (build / "kg" / "ontology" / "ontology.ttl").is_file()
    probe = (
        "import kg, kg.resources as r; "
        "print(kg.__file__); print(r.read_prompt('positions.md') == open("
        f"{str(repo_root / 'kg' / 'prompts' / 'positions.md')!r}, encoding='utf-8').read()); "
        "print(r.ontology_root().joinpath('ontology.ttl').is_file())"
    )
    loaded = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(build), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert loaded.returncode == 0, loaded.stderr
    where, same, ontology = loaded.stdout.split()
    assert Path(where).is_relative_to(build)
    assert (same, ontology) == ("True", "True")


def test_cli_ingest_stores_what_the_model_found(tmp_path: Path, chat_server: ChatServer) -> None:
    """``kg ingest --extractor llm``: the model's positions land in the store and answer
    SPARQL like the rules' do."""
    path = write_call(tmp_path)
    chat_server.reply_positions(ONE_CHINA, VACCINES, WATER)
    store = str(tmp_path / "store")
    code, out, err = run_cli("--store", store, "ingest", str(path), *llm_args(chat_server.url))
    assert code == EXIT_OK, err
    assert "1 readout(s) stored (0 unchanged), 3 position(s), 0 rejected" in err
    assert len(chat_server.requests) == 1
    query = (
        "PREFIX kg: <https://w3id.org/kg-readouts/ontology#> "
        "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Position }"
    )
    code, out, err = run_cli("--store", store, "sparql", query, "--format", "csv")
    assert code == EXIT_OK, err
    assert out.split() == ["n", "3"]


def test_cli_ingest_stops_at_an_unreachable_model_and_keeps_the_store(
    tmp_path: Path, chat_server: ChatServer, closed_url: str
) -> None:
    first = write_call(tmp_path, "first.txt")
    chat_server.reply_positions(WATER)
    store = str(tmp_path / "store")
    assert run_cli("--store", store, "ingest", str(first), *llm_args(chat_server.url))[0] == EXIT_OK
    later = tmp_path / "later"
    later.mkdir()
    for name in ("a.txt", "b.txt"):
        write_call(later, name)
    code, out, err = run_cli("--store", store, "ingest", str(later), *llm_args(closed_url))
    assert code == EXIT_ERROR
    assert err.count("\n") == 1 and "cannot reach the language model" in err, err
    assert "Traceback" not in err
    query = (
        "PREFIX kg: <https://w3id.org/kg-readouts/ontology#> "
        "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Position }"
    )
    assert run_cli("--store", store, "sparql", query, "--format", "csv")[1].split() == ["n", "1"]


def test_cli_ingest_with_the_model_runs_in_one_process(
    tmp_path: Path, chat_server: ChatServer
) -> None:
    path = write_call(tmp_path)
    code, _out, err = run_cli(
        "--store",
        str(tmp_path / "store"),
        "ingest",
        str(path),
        "--jobs",
        "2",
        *llm_args(chat_server.url),
    )
    assert code == EXIT_USAGE and "--jobs" in err, err
    assert chat_server.requests == []
