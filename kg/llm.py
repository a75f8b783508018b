"""A second extractor: positions from a language model behind an OpenAI-compatible API.

:class:`LLMExtractor` implements :class:`kg.extract.Extractor`. Per readout it
sends one ``POST {base_url}/chat/completions`` (llama.cpp's ``llama-server``,
vLLM, Ollama and hosted APIs all speak it) with the instructions of
``kg/prompts/positions.md`` as the system message and the readout's date,
publisher, title and NUMBERED sentences as the user message, and asks for JSON:
``{"positions": [{"holder", "stance", "topic", "voiced_by", "addressee",
"sentence"}]}``.

The model never writes evidence: it names a sentence number, and the evidence is
that sentence's exact text with its offsets, so evidence cannot be invented.
Holders and addressees go through the rule extractor's state names, topics
through its topic scheme (:meth:`kg.extract.RuleExtractor.topic_for`), speakers
through the participants the rule extractor finds; what does not map is dropped
and counted (:attr:`LLMResult.warning`). Only the standard library speaks HTTP.

>>> LLMExtractor(LLMConfig("http://localhost:8080/v1", "qwen2.5-7b-instruct")).name
'llm:qwen2.5-7b-instruct'
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kg import __version__
from kg.errors import ExtractionError, ExtractorUnavailableError
from kg.extract import (
    Extraction,
    PersonRef,
    Position,
    RuleExtractor,
    StateRef,
    default_extractor,
)
from kg.readout import Readout
from kg.resources import read_prompt
from kg.text import Sentence, split_sentences

#: The six stances of the ontology, the only ones a reply may use.
STANCES = ("support", "oppose", "offer", "request", "appreciate", "commit")
#: The instructions (package data, ``kg/prompts/``).
PROMPT_FILE = "positions.md"
#: Why an item of a reply was not kept, in the order the warning lists them.
DROP_REASONS = (
    "malformed",
    "unknown holder",
    "bad stance",
    "no topic",
    "bad sentence number",
    "duplicate",
)
#: Name words too common to pick out one participant ("bin", "Al", "van").
_PARTICLES = frozenset("al el bin ibn bint abu van von der den de la le del da di dos".split())
_FENCE = re.compile(r"^\s*```(?:json)?\s*(?P<body>.*?)\s*```\s*$", re.S | re.I)


@dataclass(frozen=True)
class LLMConfig:
    """Where the model is and how to ask it.

    ``base_url`` is the API root that ``/chat/completions`` is appended to
    (``http://localhost:8080/v1`` for llama.cpp, ``http://localhost:11434/v1``
    for Ollama); ``api_key`` is sent as a bearer token when given.

    >>> LLMConfig("http://localhost:8080/v1/", "m").endpoint
    'http://localhost:8080/v1/chat/completions'
    """

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 300.0
    temperature: float = 0.0

    @property
    def endpoint(self) -> str:
        """The chat-completions URL."""
        return self.base_url.rstrip("/") + "/chat/completions"


@dataclass(frozen=True)
class LLMResult:
    """One readout's extraction and what was dropped from the model's reply.

    ``dropped`` holds (reason, count) pairs in :data:`DROP_REASONS` order, only
    reasons that occurred.

    >>> from kg.readout import parse_readout
    >>> r = parse_readout("---\\ndate: 2021-01-01\\n---\\nNothing.", "a.txt")
    >>> ex = Extraction(r, (), (), (), "call", "llm:m")
    >>> LLMResult(ex, given=3, dropped=(("unknown holder", 2), ("duplicate", 1))).warning
    'a.txt: dropped 3 of the 3 positions the language model gave (2 unknown holder, 1 duplicate)'
    """

    extraction: Extraction
    given: int
    dropped: tuple[tuple[str, int], ...] = ()

    @property
    def dropped_total(self) -> int:
        """How many items of the reply were not kept."""
        return sum(n for _, n in self.dropped)

    @property
    def warning(self) -> str | None:
        """One line naming the readout and the reasons, or None when nothing was dropped."""
        if not self.dropped:
            return None
        reasons = ", ".join(f"{n} {reason}" for reason, n in self.dropped)
        return (
            f"{self.extraction.readout.path}: dropped {self.dropped_total} of the {self.given} "
            f"positions the language model gave ({reasons})"
        )


class _BadReply(Exception):
    """The server answered, but not with the JSON asked for (worth one retry)."""

    def __init__(self, problem: str, content: str | None = None) -> None:
        super().__init__(problem)
        self.content = content


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects become HTTP errors: the API key and the readout never follow them."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class LLMExtractor:
    """Positions from a language model (see the module docstring).

    ``rules`` is the rule extractor whose state names, topic scheme and
    participants are reused (default: the process-wide one).

    >>> from kg.readout import parse_readout
    >>> ex = LLMExtractor(LLMConfig("http://127.0.0.1:8080/v1", "m"))
    >>> r = parse_readout("---\\ndate: 2021-01-01\\n---\\nChina backs Peru. Peru agrees.", "a.txt")
    >>> print(ex.user_message(r))
    Date: 2021-01-01
    <BLANKLINE>
    Sentences:
    [1] China backs Peru.
    [2] Peru agrees.
    """

    def __init__(self, config: LLMConfig, rules: RuleExtractor | None = None) -> None:
        if not re.match(r"https?://[^/\s]", config.base_url):
            raise ExtractionError(
                f"{config.base_url!r} is not an http(s) URL; pass --llm-url like "
                "http://localhost:8080/v1"
            )
        if not config.model.strip():
            raise ExtractionError("no language model named; pass --llm-model NAME")
        self.config = config
        self.name = f"llm:{config.model}"
        self.rules = rules or default_extractor()
        self.instructions = read_prompt(PROMPT_FILE)
        self._opener = urllib.request.build_opener(_NoRedirect)

    # ------------------------------------------------------------ public

    def extract(self, readout: Readout) -> Extraction:
        """Extract the positions of ``readout`` (see :meth:`run` for what was dropped)."""
        return self.run(readout).extraction

    def run(self, readout: Readout) -> LLMResult:
        """Ask the model about ``readout`` and map its reply to positions.

        Raises :class:`~kg.errors.ExtractorUnavailableError` when the server
        cannot be reached and :class:`~kg.errors.ExtractionError` when it
        answers with an HTTP error or, twice, with something other than the
        JSON asked for.

        >>> from kg.readout import parse_readout
        >>> r = parse_readout("---\\ndate: 2021-01-01\\n---\\nPeru backs X.", "a.txt")
        >>> LLMExtractor(LLMConfig("http://localhost:8080/v1", "m")).run(r).warning  # doctest: +SKIP
        """
        sentences = split_sentences(readout.text)
        rules = self.rules.encounter(readout)  # participants and states, not positions
        items: list[object] = self._ask(readout, sentences) if sentences else []
        positions, dropped = self.map_positions(readout, sentences, items, rules.participants)
        extraction = Extraction(
            readout=readout,
            positions=tuple(positions),
            participants=rules.participants,
            states=rules.states,
            encounter_kind=rules.encounter_kind,
            extractor=self.name,
        )
        order = [(reason, dropped[reason]) for reason in DROP_REASONS if dropped[reason]]
        return LLMResult(extraction, given=len(items), dropped=tuple(order))

    def user_message(self, readout: Readout, sentences: Sequence[Sentence] | None = None) -> str:
        """The user message: the readout's metadata, then its sentences numbered from 1
        (line breaks inside a sentence folded, so that one line is one sentence)."""
        if sentences is None:
            sentences = split_sentences(readout.text)
        head = [f"Date: {readout.date.isoformat()}"]
        if readout.publisher:
            head.append(f"Publisher: {' '.join(readout.publisher.split())}")
        if readout.title:
            head.append(f"Title: {' '.join(readout.title.split())}")
        body = [f"[{i}] {' '.join(s.text.split())}" for i, s in enumerate(sentences, 1)]
        return "\n".join(head) + "\n\nSentences:\n" + "\n".join(body)

    def request_body(self, readout: Readout, sentences: Sequence[Sentence]) -> dict[str, Any]:
        """The JSON body of the chat-completions request for one readout.

        >>> from kg.readout import parse_readout
        >>> r = parse_readout("---\\ndate: 2021-01-01\\n---\\nHi.", "a.txt")
        >>> ex = LLMExtractor(LLMConfig("http://127.0.0.1:8080/v1", "m"))
        >>> body = ex.request_body(r, split_sentences(r.text))
        >>> body["response_format"], [m["role"] for m in body["messages"]]
        ({'type': 'json_object'}, ['system', 'user'])
        """
        return {
            "model": self.config.model,
            "temperature": self.config.temperature,
            "stream": False,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": self.instructions},
                {"role": "user", "content": self.user_message(readout, sentences)},
            ],
        }

    def map_positions(
        self,
        readout: Readout,
        sentences: Sequence[Sentence],
        items: Sequence[object],
        participants: Sequence[PersonRef] = (),
    ) -> tuple[list[Position], Counter[str]]:
        """The positions of a reply's items, and how many were dropped for which reason.

        >>> from kg.readout import parse_readout
        >>> r = parse_readout("---\\ndate: 2021-01-01\\n---\\nChina backs the WHO.", "a.txt")
        >>> ex = LLMExtractor(LLMConfig("http://127.0.0.1:8080/v1", "m"))
        >>> item = {"holder": "Chinese", "stance": "support", "topic": "WHO", "sentence": 1}
        >>> found, dropped = ex.map_positions(r, split_sentences(r.text), [item, item])
        >>> [(p.holder.label, p.stance, p.evidence) for p in found], dict(dropped)
        ([('China', 'support', 'China backs the WHO.')], {'duplicate': 1})
        """
        out: list[Position] = []
        dropped: Counter[str] = Counter()
        seen: set[tuple[str, str, str]] = set()
        for item in items:
            if not isinstance(item, dict):
                dropped["malformed"] += 1
                continue
            holder = _text(item.get("holder"))
            state = self.rules.state_for(holder) if holder else None
            if state is None:
                dropped["unknown holder"] += 1
                continue
            stance = _text(item.get("stance")).lower()
            if stance not in STANCES:
                dropped["bad stance"] += 1
                continue
            phrase = _text(item.get("topic"))
            topic = self.rules.topic_for(phrase) if phrase else None
            if topic is None:
                dropped["no topic"] += 1
                continue
            number = _number(item.get("sentence"))
            if number is None or not 1 <= number <= len(sentences):
                dropped["bad sentence number"] += 1
                continue
            key = (state.code, stance, topic.slug)
            if key in seen:
                dropped["duplicate"] += 1
                continue
            seen.add(key)
            sentence = sentences[number - 1]
            out.append(
                Position(
                    holder=state,
                    stance=stance,
                    topic=topic,
                    addressee=self._addressee(item.get("addressee"), state),
                    voiced_by=match_person(_text(item.get("voiced_by")), participants, state),
                    # the numbered sentence itself: the model names evidence, never writes it
                    evidence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    date=readout.date,
                )
            )
        return out, dropped

    # ------------------------------------------------------------ asking

    def _ask(self, readout: Readout, sentences: Sequence[Sentence]) -> list[object]:
        """The reply's position items; one retry when the reply is not the JSON asked for."""
        body = self.request_body(readout, sentences)
        try:
            return parse_reply(self._post(body))
        except _BadReply as first:
            if first.content is not None:
                # show the model its own reply and say what was wrong: at temperature 0
                # the same request alone would most likely get the same answer
                body["messages"] += [
                    {"role": "assistant", "content": first.content},
                    {
                        "role": "user",
                        "content": f"That reply was not usable ({first}). Answer with only "
                        'the JSON object {"positions": [...]} described above.',
                    },
                ]
        try:
            return parse_reply(self._post(body))
        except _BadReply as second:
            raise ExtractionError(
                f"the language model's reply for {readout.path} is not the JSON asked for "
                f"({second}), also on a retry; try another --llm-model or check that "
                "the server supports JSON mode"
            ) from None

    def _post(self, body: dict[str, Any]) -> str:
        """POST one request; the message content of the first choice."""
        url = self.config.endpoint
        request = urllib.request.Request(url, data=json.dumps(body).encode("utf-8"), method="POST")
        request.add_header("Content-Type", "application/json")
        request.add_header("Accept", "application/json")
        request.add_header("User-Agent", f"kg/{__version__}")
        if self.config.api_key:
            request.add_header("Authorization", f"Bearer {self.config.api_key}")
        try:
            with self._opener.open(request, timeout=self.config.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as err:
            try:
                text = err.read().decode("utf-8", "replace")
            except (OSError, http.client.HTTPException):
                text = ""
            detail = " ".join(text.split())[:200] or err.reason
            raise ExtractionError(
                f"the language model at {url} answered HTTP {err.code}: {detail}; "
                "check --llm-url, --llm-model and --llm-api-key"
            ) from None
        except urllib.error.URLError as err:
            raise self._unreachable(err.reason) from None
        except (TimeoutError, ConnectionRefusedError, socket.gaierror) as err:
            raise self._unreachable(err) from None
        except (OSError, http.client.HTTPException) as err:
            # the server took the request and broke off: this readout fails, the next may not
            reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
            raise ExtractionError(
                f"the language model at {url} broke off its reply ({reason}); "
                "check the server's log (a readout too long for its context?)"
            ) from None
        return _content(raw)

    def _unreachable(self, reason: object) -> ExtractorUnavailableError:
        if isinstance(reason, TimeoutError):
            why = f"no answer within {self.config.timeout:g} s; raise --llm-timeout"
        elif isinstance(reason, ConnectionRefusedError):
            why = "connection refused"
        elif isinstance(reason, socket.gaierror):
            why = "unknown host"
        else:
            why = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return ExtractorUnavailableError(
            f"cannot reach the language model at {self.config.base_url} ({' '.join(why.split())}): "
            "start an OpenAI-compatible server or pass --llm-url"
        )

    def _addressee(self, value: object, holder: StateRef) -> StateRef | None:
        name = _text(value)
        state = self.rules.state_for(name) if name else None
        # a position addressed to its own holder is addressed to nobody in particular
        return state if state is not None and state.code != holder.code else None


# ---------------------------------------------------------------- replies


def parse_reply(content: str) -> list[object]:
    """The items of a reply's ``positions`` list; :class:`_BadReply` if the reply is
    not that JSON object (a Markdown code fence around it is tolerated).

    >>> parse_reply('```json\\n{"positions": [{"holder": "Peru"}]}\\n```')
    [{'holder': 'Peru'}]
    """
    fenced = _FENCE.match(content)
    text = fenced["body"] if fenced else content
    try:
        data = json.loads(text)
    except ValueError as err:
        raise _BadReply(f"not JSON: {err}", content) from None
    if not isinstance(data, dict) or not isinstance(data.get("positions"), list):
        raise _BadReply('not an object with a "positions" list', content)
    return list(data["positions"])


def _content(raw: bytes) -> str:
    """The message content of a chat-completions response body."""
    try:
        envelope = json.loads(raw)
        choice = envelope["choices"][0]
        content = choice["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise _BadReply("not a chat-completions response") from None
    if not isinstance(content, str):
        raise _BadReply("a reply without text")
    if choice.get("finish_reason") == "length":
        # the JSON is cut off; say why, or the retry's error would only say "not JSON"
        raise _BadReply("cut off at the server's token limit", content)
    return content


def _text(value: object) -> str:
    """A string field of a reply item, stripped; "" when absent or not a string."""
    return value.strip() if isinstance(value, str) else ""


def _number(value: object) -> int | None:
    """A sentence number given as 3 or "3" (True is no number)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


# ---------------------------------------------------------------- speakers


def match_person(
    name: str, participants: Sequence[PersonRef], holder: StateRef | None = None
) -> PersonRef | None:
    """The participant a speaker's name means: one whose full name is in it (or it in
    theirs), else one with a name word in it ("FM Wang" -> Wang Yi); a tie goes to the
    holder's official, and an unresolved tie to nobody.

    >>> wang = PersonRef("wang-yi", "Wang Yi", "CHN")
    >>> match_person("Foreign Minister WANG", [wang]).name
    'Wang Yi'
    >>> match_person("Lavrov", [wang]) is None
    True
    """
    said = _fold(name)
    if len(said) < 3:
        return None
    whole = [
        p
        for p in participants
        if _has_words(said, _fold(p.name)) or _has_words(_fold(p.name), said)
    ]
    found = whole or [
        p
        for p in participants
        if any(
            len(word) >= 3 and word not in _PARTICLES and _has_words(said, word)
            for word in _fold(p.name).split()
        )
    ]
    if len({p.slug for p in found}) > 1 and holder is not None:
        found = [p for p in found if p.state == holder.code]
    slugs = {p.slug for p in found}
    return found[0] if len(slugs) == 1 else None


def _has_words(text: str, words: str) -> bool:
    """Whether ``words`` stand in ``text`` as whole words ("wang yi" not in "wang yifan")."""
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _fold(text: str) -> str:
    """Lower case, no dots or hyphens, single spaces: "H.E. Sergey Lavrov" ~ "sergey lavrov"."""
    return " ".join(re.sub(r"[.\-\u2010-\u2015]", " ", text.casefold()).split())
