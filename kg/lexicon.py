"""The extractor's knowledge, read from the vocabularies in ``ontology/``.

States (names, demonyms, capitals), officials (names, offices, terms), topics
(SKOS labels and hierarchy), stance cues and word lists all live in Turtle;
this module turns them into lookup tables and compiled patterns once per
process. Nothing here knows a particular state, person or phrasing.

>>> lex = load_lexicon()
>>> lex.states["CHN"].label
'China'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import VocabularyError
from kg.namespaces import ID, KG

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rdflib import Graph


@dataclass(frozen=True)
class StateInfo:
    """A state: ISO alpha-3 code, short name and the words that name it."""

    code: str
    label: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    agencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfficeTerm:
    """One term of office: its kind (``ForeignMinister``...), name and dates."""

    kind: str
    office: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        """Whether the term includes ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class PersonInfo:
    """An official: slug, full name, aliases, the state represented, terms."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    state: str
    terms: tuple[OfficeTerm, ...] = ()
    curated: bool = True

    def holds(self, kind: str, day: dt.date) -> bool:
        """Whether the person held an office of ``kind`` on ``day``."""
        return any(t.kind == kind and t.covers(day) for t in self.terms)

    def holds_title(self, title: str, day: dt.date) -> bool:
        """Whether the person's office on ``day`` is named with ``title`` ("Secretary")."""
        words = title.lower().split()
        return any(
            t.covers(day) and all(w in re.findall(r"\w+", t.office.lower()) for w in words)
            for t in self.terms
        )


@dataclass(frozen=True)
class TopicInfo:
    """A topic of the scheme: slug, prefLabel, all labels, broader slugs."""

    slug: str
    label: str
    labels: tuple[str, ...]
    broader: tuple[str, ...] = ()
    curated: bool = True


@dataclass(frozen=True)
class Cue:
    """A stance cue: its phrase, stance and form (``VerbCue``/``NounCue``/``FrameCue``)."""

    phrase: str
    stance: str
    form: str

    @property
    def clause(self) -> bool:
        """Whether a that-clause follows the cue (``hopes that``, ``discussed how``)."""
        return self.phrase.endswith((" that", " how"))


_TOKEN = re.compile(r"[^\W_]+")
_GAP = re.compile(r"[\s\-\u2010-\u2015\"\u201c\u201d'\u2019,.]*")


class LabelMatcher:
    """Finds labels in text by words: fast where a regex alternation of
    hundreds of labels is not (one dictionary look-up per word).

    Labels match case-insensitively unless ``case_sensitive`` (names), except
    acronyms ("WHO", "UN"), which always match exactly; hyphens, spaces,
    quotes and dots between words are folded, and a final plural "s"/"es" is
    allowed on case-insensitive labels.

    >>> m = LabelMatcher({"one-China policy": "one-china", "WHO": "who"})
    >>> m.find("backs the One China policies, not who")
    [(10, 28, 'one-china')]
    """

    def __init__(self, labels: dict[str, str], *, case_sensitive: bool = False) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
        for label, value in labels.items():
            words = tuple(_plain(w) for w in _TOKEN.findall(label))
            if not words:
                continue
            exact = case_sensitive or _is_acronym(label)
            key_words = words if exact else tuple(w.lower() for w in words)
            self._first.setdefault(key_words[0], []).append((key_words, exact, value))
        for candidates in self._first.values():
            candidates.sort(key=lambda c: -len(c[0]))  # longest first: the first hit wins
        # a text word's candidates (its own and its lower case's), memoised
        self._by_word: dict[str, tuple[tuple[tuple[str, ...], bool, str], ...]] = {}
        # ... and those of them the next word does not rule out, memoised per word pair
        self._by_pair: dict[tuple[str, str], tuple[tuple[tuple[str, ...], bool, str], ...]] = {}

    def _candidates(self, word: str) -> tuple[tuple[tuple[str, ...], bool, str], ...]:
        found = self._first.get(word, [])
        low = word.lower()
        if low != word and low in self._first:
            found = sorted(found + self._first[low], key=lambda c: -len(c[0]))
        if len(self._by_word) > 50_000:
            self._by_word.clear()
        hit = self._by_word[word] = tuple(found)
        return hit

    def _pair_candidates(
        self, word: str, following: str
    ) -> tuple[tuple[tuple[str, ...], bool, str], ...]:
        """``word``'s candidates whose second word can be ``following`` (one-word
        labels always): "President" heads hundreds of names, "President Xi" few."""
        candidates = self._by_word.get(word)
        if candidates is None:
            candidates = self._candidates(word)
        low = following.lower()
        kept = []
        for candidate in candidates:
            words, exact, _value = candidate
            if len(words) == 1:
                kept.append(candidate)
                continue
            want = words[1]
            if exact:
                if following == want:
                    kept.append(candidate)
            elif low == want or (len(words) == 2 and _plural(low, want)):
                kept.append(candidate)
        if len(self._by_pair) > 100_000:
            self._by_pair.clear()
        hit = self._by_pair[word, following] = tuple(kept)
        return hit

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, value) matches, the longest at each word."""
        # "Việt Nam", "Chính", "Erdoğan" match labels written without the marks
        if text.isascii():
            tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        else:
            tokens = [(m.start(), m.end(), _plain(m.group(0))) for m in _TOKEN.finditer(text)]
        out: list[tuple[int, int, str]] = []
        by_word, by_pair = self._by_word, self._by_pair
        i, count = 0, len(tokens)
        while i < count:
            word = tokens[i][2]
            candidates = by_word.get(word)
            if candidates is None:
                candidates = self._candidates(word)
            if candidates and i + 1 < count:
                pair = (word, tokens[i + 1][2])
                narrowed = by_pair.get(pair)
                candidates = narrowed if narrowed is not None else self._pair_candidates(*pair)
            if not candidates:
                i += 1
                continue
            hit = self._longest(text, tokens, i, candidates)
            if hit:
                out.append((tokens[i][0], tokens[i + hit[0] - 1][1], hit[1]))
                i += hit[0]
            else:
                i += 1
        return out

    @staticmethod
    def _longest(
        text: str,
        tokens: list[tuple[int, int, str]],
        i: int,
        candidates: tuple[tuple[tuple[str, ...], bool, str], ...],
    ) -> tuple[int, str] | None:
        for words, exact, value in candidates:
            n = len(words)
            if i + n > len(tokens):
                continue
            for k in range(n):
                got = tokens[i + k][2] if exact else tokens[i + k][2].lower()
                want = words[k]
                plural = k == n - 1 and not exact and _plural(got, want)
                if got != want and not plural:
                    break
                if k and not _GAP.fullmatch(text[tokens[i + k - 1][1] : tokens[i + k][0]]):
                    break
            else:
                return n, value  # candidates come longest first
        return None


def _plural(got: str, want: str) -> bool:
    """Whether ``got`` is a plural of ``want`` ("talks", "taxes", "policies").

    >>> _plural("policies", "policy"), _plural("talks", "talk"), _plural("talk", "talk")
    (True, True, False)
    """
    return got in (want + "s", want + "es", want[:-1] + "ies")


def _plain(word: str) -> str:
    """``word`` without diacritics (same letters otherwise).

    >>> _plain("Chính"), _plain("Erdoğan"), _plain("Trade")
    ('Chinh', 'Erdogan', 'Trade')
    """
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass
class Lexicon:
    """Lookup tables and compiled patterns built from the vocabularies."""

    states: dict[str, StateInfo]
    persons: dict[str, PersonInfo]
    topics: dict[str, TopicInfo]
    cues: list[Cue]
    words: dict[str, frozenset[str]]
    office_titles: dict[str, str]  # title (lower) -> office kind local name
    state_names: dict[str, str] = field(default_factory=dict)  # surface -> code
    demonyms: dict[str, str] = field(default_factory=dict)  # surface -> code
    person_names: dict[str, str] = field(default_factory=dict)  # surface -> slug
    topic_labels: dict[str, str] = field(default_factory=dict)  # folded label -> slug
    cue_pattern: str = ""
    #: cue indices in the order of ``cue_pattern`` (longest phrase first)
    cue_order: tuple[int, ...] = ()
    topic_matcher: LabelMatcher | None = None
    #: memo of topic matches per text (see kg.extract._find_topics)
    topic_cache: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    name_matcher: LabelMatcher | None = None
    title_pattern: str = ""

    @property
    def cue_re(self) -> re.Pattern[str]:
        """All cues in one alternation, one named group per cue (compiled on first use:
        commands that only answer questions never pay for it)."""
        return _compiled(self.cue_pattern, re.I)

    @property
    def title_re(self) -> re.Pattern[str] | None:
        """ "<Demonym> <Title> <Name>" for minting officials (compiled on first use)."""
        return _compiled(self.title_pattern, 0) if self.title_pattern else None

    def holder_of_office(self, state: str, kind: str, day: dt.date) -> PersonInfo | None:
        """The person who held an office of ``kind`` for ``state`` on ``day``."""
        for person in self.persons.values():
            if person.state == state and person.holds(kind, day):
                return person
        return None


#: an Arabic article particle of a name ("al-Abadi", "el-Sisi")
ARTICLE_PARTICLE = re.compile(r"(?<![\w-])(al|el|ad|as|ash|at|az)-(?=[A-Z])")


def capitalised_particle(name: str) -> str:
    """``name`` with its name particles capitalised, as at the head of a surname used
    alone ("Prime Minister Al-Abadi" for "Haider al-Abadi").

    >>> capitalised_particle("Haider al-Abadi"), capitalised_particle("Wang Yi")
    ('Haider Al-Abadi', 'Wang Yi')
    """
    return ARTICLE_PARTICLE.sub(lambda m: m.group(1).capitalize() + "-", name)


def ing_stem(stem: str) -> str:
    """What "-ing" attaches to: a final silent "e" dropped ("share" -> "shar"; "agree"
    and "support" unchanged).

    >>> ing_stem("share"), ing_stem("agree"), ing_stem("support")
    ('shar', 'agree', 'support')
    """
    return stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem


def fold(text: str) -> str:
    """Case-fold and fold hyphens, quotes and spaces, for label lookups.

    >>> fold("One-China  Policy")
    'one china policy'
    """
    text = text.casefold().replace("\u2019", "'")
    text = re.sub(r"[\"\u201c\u201d]", "", text)
    return " ".join(re.sub(r"[\s\-\u2010-\u2015_]+", " ", text).split())


def _literals(graph: Graph, subject, predicate) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, predicate))


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _date(value) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


#: endings a cue word may take ("support*": supports, supported; "concur*": concurred)
INFLECTIONS = (
    "s", "es", "d", "ed", "ing", "ting", "ted", "ped", "ning", "ied", "ies", "red", "ring", "led", "ling",
)  # fmt: skip


def longest_first(words: Iterable[str], *, fold: bool = False) -> str:
    """A regex alternation of ``words``, escaped, that tries the longest word first (so
    "agreed that" is tried before "agreed"), written as a trie: the words share their
    prefixes, so the engine reads each character once instead of once per word (a flat
    alternation of the 80 joint subjects cost 6x more at every word of every sentence).
    ``fold`` lower-cases the words, for patterns compiled with ``re.I``: a branch per
    case variant would try a shorter word of one case before a longer one of the other.

    >>> print(longest_first({"a.b", "abc d", "ab"}))
    a(?:\\.b|b(?:c\\ d)?)
    >>> bool(re.fullmatch(longest_first({"agreed", "agreed that"}) + " x", "agreed that x"))
    True
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word.lower() if fold else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        # characters in order; a word ending here is the last resort (greedy "?")
        alts = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return render(trie)


#: words that may stand between a cue's words: adverbs ("expressed deep concern", "the
#: paramount importance of", "underscored the enduring importance of") and open quotes
#: ('expressed "special gratitude" to')
_GAP_WORDS = (
    "more than", "also", "further", "always", "still", "not", "once again", "again",
    "great", "paramount", "utmost", "particular", "special", "vital", "critical", "crucial", "key",
    "urgent", "pressing", "deep", "serious", "grave", "strong", "sincere", "high", "full", "firm",
    "continued", "unwavering", "steadfast", "enduring", "lasting", "fundamental", "exceptional",
    "tremendous", "immense", "profound", "strategic",
)  # fmt: skip
_CUE_GAP = (
    r"[\"\u201c\u201d]?(?:\s+(?:\w+ly|"
    + longest_first(_GAP_WORDS).replace(r"\ ", r"\s+")
    + r"))*\s+[\"\u201c\u201d]?"
)
# "commitment as a reliable partner to Kazakhstan's sovereignty": a role between the
# noun and its preposition
#: "commitment as a trusted partner to", "commitment as NATO Allies to": a role in between
_ROLE = r"(?:,?\s+as\s+(?:(?:a|an|the)\s+|(?=[A-Z]))(?:[\w\-]+\s+){0,2}?[\w\-]+,?)?"


def phrase_regex(phrase: str) -> str:
    """Regex for a cue phrase: ``*`` ends words, adverbs may stand between words."""
    parts = []
    words = phrase.split()
    for word in words:
        if word == "*":
            # "invited the President of Turkmenistan, Honorable Serdar Berdimuhamedov, to":
            # a name in apposition to the object
            parts.append(
                r"[\w.’'\-]+(?:\s+[\w.’'\-]+){0,4}?(?:,\s+(?:[A-Z][\w.’'\-]*\s+){1,4}[A-Z][\w.’'\-]*,)?"
            )
        elif word.endswith("*"):
            stem = re.escape(word[:-1])
            # inflections only: "support*" is supports/supported/supporting, not "supportive"
            inflected = stem + r"(?:" + "|".join(INFLECTIONS) + r")?"
            if ing_stem(word[:-1]) != word[:-1]:
                # "welcome*" is also "welcoming", "share*" also "sharing"
                inflected = f"(?:{inflected}|{re.escape(ing_stem(word[:-1]))}ing)"
            parts.append(inflected)
        else:
            parts.append(re.escape(word))
    if len(parts) > 1 and words[-1] in ("to", "for"):
        return r"\b" + _CUE_GAP.join(parts[:-1]) + _ROLE + _CUE_GAP + parts[-1] + r"(?![\w-])"
    return r"\b" + _CUE_GAP.join(parts) + r"(?![\w-])"


def cue_guard(phrases: Iterable[str]) -> str | None:
    """A look-ahead that every text one of ``phrases`` matches (at its start) passes: a
    first word, then the beginning of one of the phrases' second words; None when a
    phrase has no literal second word.

    Twenty cues begin with "the" ("the importance of", "the urgent need to"): tried one
    by one at every "the" of a text they cost more than all other cues together; the
    look-ahead turns most of those words away in one step.

    >>> guard = re.compile(cue_guard(["the importance of", "the need* to"]), re.I)
    >>> bool(guard.match("the paramount importance")), bool(guard.match("the two sides"))
    (True, False)
    """
    starts = set()
    for phrase in phrases:
        words = phrase.split()
        if len(words) < 2 or "*" in (words[0], words[1]):
            return None
        second = words[1].lower()
        if second.endswith("*"):
            second = ing_stem(second[:-1])  # "share*" is also "sharing"
        starts.add(second)
    return r"(?=\S+?" + _ROLE + _CUE_GAP + "(?:" + longest_first(starts) + "))"


def build_lexicon(graph: Graph) -> Lexicon:
    """Build the lexicon from a vocabulary graph (ontology + vocabularies)."""
    from rdflib.namespace import RDF, SKOS

    states: dict[str, StateInfo] = {}
    for s in graph.subjects(RDF.type, KG.State):
        codes = _literals(graph, s, KG.isoAlpha3)
        code = codes[0] if codes else _local(s)
        pref = _literals(graph, s, SKOS.prefLabel)
        if not pref:
            raise VocabularyError(
                f"state {s} has no skos:prefLabel; add one to ontology/states.ttl"
            )
        names = tuple(dict.fromkeys(pref + _literals(graph, s, SKOS.altLabel)))
        states[code] = StateInfo(
            code=code,
            label=pref[0],
            names=names,
            demonyms=tuple(_literals(graph, s, KG.demonym)),
            capitals=tuple(
                _literals(graph, s, KG.capital) + _literals(graph, s, KG.governmentSeat)
            ),
            agencies=tuple(_literals(graph, s, KG.newsAgency)),
        )
    iri_to_code = {ID[f"state/{c}"]: c for c in states}
    for s in graph.subjects(RDF.type, KG.State):
        for code in _literals(graph, s, KG.isoAlpha3):
            iri_to_code[s] = code

    persons: dict[str, PersonInfo] = {}
    for p in graph.subjects(RDF.type, KG.Person):
        pref = _literals(graph, p, SKOS.prefLabel)
        reps = list(graph.objects(p, KG.represents))
        if not pref or not reps or reps[0] not in iri_to_code:
            continue
        terms = []
        for t in graph.objects(p, KG.heldOffice):
            kind = graph.value(t, KG.officeKind)
            terms.append(
                OfficeTerm(
                    kind=_local(kind) if kind else "OtherOffice",
                    office=str(graph.value(t, KG.office) or ""),
                    start=_date(graph.value(t, KG.startDate)),
                    end=_date(graph.value(t, KG.endDate)),
                )
            )
        slug = _local(p)
        persons[slug] = PersonInfo(
            slug=slug,
            name=pref[0],
            aliases=tuple(dict.fromkeys(pref + _literals(graph, p, SKOS.altLabel))),
            state=iri_to_code[reps[0]],
            terms=tuple(sorted(terms, key=lambda t: (t.start or dt.date.min, t.kind))),
        )

    topics: dict[str, TopicInfo] = {}
    for t in graph.subjects(RDF.type, KG.Topic):
        pref = [
            str(o)
            for o in graph.objects(t, SKOS.prefLabel)
            if getattr(o, "language", "en") in (None, "en")
        ]
        if not pref:
            continue
        slug = _local(t)
        topics[slug] = TopicInfo(
            slug=slug,
            label=pref[0],
            labels=tuple(dict.fromkeys(pref + _literals(graph, t, SKOS.altLabel))),
            broader=tuple(sorted(_local(b) for b in graph.objects(t, SKOS.broader))),
        )

    cues = []
    for c in graph.subjects(RDF.type, KG.StanceCue):
        stance, form = graph.value(c, KG.cueStance), graph.value(c, KG.cueForm)
        for phrase in _literals(graph, c, KG.phrase):
            if stance is not None and form is not None:
                cues.append(Cue(phrase=phrase, stance=_local(stance), form=_local(form)))
    if not cues:
        raise VocabularyError("no stance cues found; ontology/cues.ttl is missing or empty")

    words = {
        _local(w): frozenset(_literals(graph, w, KG.phrase))
        for w in graph.subjects(RDF.type, KG.WordList)
    }
    office_titles: dict[str, str] = {}
    for kind in graph.subjects(RDF.type, KG.OfficeKind):
        for label in _literals(graph, kind, SKOS.altLabel):
            office_titles.setdefault(label.lower(), _local(kind))

    cues.sort(key=lambda c: (-len(c.phrase.split()), -len(c.phrase), c.phrase, c.stance))
    lex = Lexicon(states, persons, topics, cues, words, office_titles)
    _compile(lex)
    return lex


def _compile(lex: Lexicon) -> None:
    """Fill the lexicon's lookup tables and compile its patterns."""
    for code, st in lex.states.items():
        for name in (*st.names, *st.capitals):
            lex.state_names.setdefault(name, code)
            if name.startswith("the "):
                lex.state_names.setdefault(name[4:], code)
        for dem in st.demonyms:
            lex.demonyms.setdefault(dem, code)
    for slug, person in lex.persons.items():
        for alias in person.aliases:
            lex.person_names.setdefault(alias, slug)
            # "Prime Minister Al-Abadi" for "Haider al-Abadi"
            lex.person_names.setdefault(capitalised_particle(alias), slug)
    for slug, topic in lex.topics.items():
        for label in topic.labels:
            lex.topic_labels.setdefault(fold(label), slug)

    # One alternation, one named group per cue: m.lastgroup names the cue. Longer
    # phrases first, so "agreed that" wins over "agree*" wherever both match.
    order = sorted(
        range(len(lex.cues)),
        key=lambda i: (-len(lex.cues[i].phrase.split()), -len(lex.cues[i].phrase), i),
    )
    cue_alts = [f"(?P<c{i}>{phrase_regex(lex.cues[i].phrase)})" for i in order]
    lex.cue_pattern = "|".join(cue_alts)
    lex.cue_order = tuple(order)

    lex.topic_matcher = LabelMatcher(
        {label: slug for slug, topic in lex.topics.items() for label in topic.labels}
    )
    lex.name_matcher = LabelMatcher(
        {n: n for n in [*lex.state_names, *lex.person_names]}, case_sensitive=True
    )
    titles = sorted(lex.words.get("titles", frozenset()), key=len, reverse=True)
    if titles:
        lex.title_pattern = (
            r"\b(?:(?P<dem>[A-Z][\w.\-]+)\s+)?(?P<title>"
            + "|".join(re.escape(t) for t in titles)
            # "his Syrian counterpart, Faisal Mekdad": a comma before the name in apposition
            + r")(?:\s+(?:and|of|for)\s+[A-Z][\w ]{2,60}?)?,?\s+(?P<name>(?:"
            + _NAME_WORD
            + r"\s+){0,4}"
            + _NAME_WORD
            + r")"
        )


#: A word of a person's name: capitalised, or a particle ("Mohammed Shia al-Sudani",
#: "Ursula von der Leyen", "Luiz Inácio Lula da Silva")
_NAME_WORD = (
    # ("G.L. Peiris", "Michael R. Pompeo": initials are name words too)
    r"(?:[A-Z][\w'\u2019\-]+|[A-Z]\.(?:[A-Z]\.)*|(?:al|el|ad|as|ash|at|az)-[\w'\u2019\-]+"
    r"|bin|ibn|bint|van|von|der|den|de|da|di|dos|das|du|la|le)(?![\w-])"
)


@lru_cache(maxsize=8)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _is_acronym(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon of the shipped vocabularies (built once per process).

    Built from the Turtle files on first use and kept in kg's on-disk cache
    (:mod:`kg.cache`), keyed by the vocabularies and by this module's source,
    so that later processes load it in milliseconds instead of parsing.
    """
    import hashlib

    from kg.cache import cached
    from kg.resources import vocabulary_graph

    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return cached(f"lexicon-{source}", lambda: build_lexicon(vocabulary_graph()))
