"""Stage 2: readout -> position records, by rules over the vocabularies.

The extractor finds *stance cues* (``ontology/cues.ttl``) in each sentence,
resolves who holds the stance (the subject before the cue, else the speaker
carried across sentences, else the parties of the encounter), and splits the
text after the cue into one topic per coordinated item, matching topics of the
scheme (``ontology/topics.ttl``) first and minting short, uncurated noun
phrases otherwise. It knows no sentence, person or state in particular: all of
that is data.

Other extractors (e.g. one calling a local language model) implement the same
:class:`Extractor` protocol and can be compared with the dev-set scorer.

>>> from kg.readout import parse_readout
>>> r = parse_readout("---\\ndate: 2020-05-26\\n---\\nChina firmly supports the one-China policy.", "x.txt")
>>> [(p.holder.label, p.stance, p.topic.label) for p in RuleExtractor().extract(r).positions]
[('China', 'support', 'one-China policy')]
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from kg import __version__
from kg.lexicon import (
    ARTICLE_PARTICLE,
    INFLECTIONS,
    Cue,
    Lexicon,
    PersonInfo,
    capitalised_particle,
    cue_guard,
    fold,
    ing_stem,
    load_lexicon,
    longest_first,
    phrase_regex,
)
from kg.readout import Readout
from kg.text import Sentence, split_sentences

# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class StateRef:
    """A state by ISO alpha-3 code and short name."""

    code: str
    label: str


@dataclass(frozen=True)
class PersonRef:
    """An official; ``curated`` is False for people minted from the text."""

    slug: str
    name: str
    state: str
    curated: bool = True


@dataclass(frozen=True)
class TopicRef:
    """A topic: scheme concept (curated) or a noun phrase minted from the text."""

    slug: str
    label: str
    labels: tuple[str, ...]
    curated: bool = True
    #: the text's own words for a scheme topic ("Russia's further invasion of Ukraine"
    #: for the topic Ukraine); empty when they are the label itself
    surface: str = ""
    #: the whole phrase the topic was found in, as written ("close coordination in
    #: dealing with the situation of Ukraine"), at most 80 characters; not part of
    #: the topic's identity
    context: str = field(default="", compare=False)
    #: the verb the text put before it, with the phrase ("stay in close touch")
    action: str = field(default="", compare=False)


@dataclass(frozen=True)
class Position:
    """One stated position with its evidence sentence and offsets."""

    holder: StateRef
    stance: str
    topic: TopicRef
    addressee: StateRef | None
    voiced_by: PersonRef | None
    evidence: str
    start: int
    end: int
    date: dt.date

    @property
    def key(self) -> str:
        """Stable key of the position within its readout (for deterministic IRIs)."""
        # the evidence, not its offset: re-spacing a readout must not change IRIs
        evidence = " ".join(self.evidence.split())
        raw = f"{self.holder.code}|{self.stance}|{self.topic.slug}|{evidence}"
        if self.topic.surface:
            # one scheme topic named twice in a sentence: two positions, two IRIs
            raw += f"|{self.topic.surface.lower()}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Extraction:
    """What an extractor found in one readout."""

    readout: Readout
    positions: tuple[Position, ...]
    participants: tuple[PersonRef, ...]
    states: tuple[StateRef, ...]
    encounter_kind: str
    extractor: str


class Extractor(Protocol):
    """Anything that turns a readout into an :class:`Extraction`."""

    name: str

    def extract(self, readout: Readout) -> Extraction:
        """Extract the positions of one readout."""
        ...


# ---------------------------------------------------------------- mentions


@dataclass
class Actor:
    """A mention that can be the subject of a stance."""

    start: int
    end: int
    kind: str  # state | person | joint | speaker
    states: tuple[str, ...] = ()
    person: PersonRef | None = None
    possessive: bool = False
    #: "we", "our country", "I": the one speaking, never the last person named
    first_person: bool = False


@dataclass
class Trigger:
    """A stance cue found in a sentence, with the span of text it governs."""

    cue: Cue
    start: int
    end: int
    span_end: int
    subject: Actor | None = None
    inherit: bool = False
    #: the clause has a subject that is no party ("noting that NATO opposes ...")
    foreign: bool = False
    #: praise of another state by a copula ("China is a reliable partner")
    praise: bool = False
    #: a judgement of the clause's subject ("the escalation ... is unacceptable")
    verdict: bool = False
    #: help another party gave, reported by the speaker it was given to: appreciated
    credit: bool = False
    #: a verdict on the whole sentence before it ("A, B and C were emphasized")
    whole: bool = False


@dataclass
class _Context:
    """Per-readout state: participants, minted people, the current speaker."""

    lex: Lexicon
    date: dt.date
    participants: list[PersonRef] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    minted: dict[str, PersonRef] = field(default_factory=dict)
    #: the title a minted official was given ("Deputy Secretary of State")
    minted_titles: dict[str, str] = field(default_factory=dict)
    speaker: PersonRef | None = None
    minted_names: _NameFinder | None = None
    #: whether the current speaker was named by a reporting verb ("Wang said")
    reported: bool = False
    #: the last person named as a subject or object (not a possessor)
    last_person: PersonRef | None = None
    #: who "he"/"she" stands for in the current sentence
    pronoun: PersonRef | None = None
    #: the state the publisher speaks for ("The White House" -> USA), if known
    home: str | None = None
    #: the publisher's name as given ("Prime Minister's Office, Bangladesh")
    publisher: str = ""
    #: the sentence reports talk in the passive with no agent ("... was underlined")
    passive_report: bool = False
    #: holders, voice and stance of the last position the previous sentence stated
    last_stated: tuple[tuple[str, ...], PersonRef | None, str] | None = None
    #: the topics of the previous sentence's last stated position ("in this regard")
    last_topics: list[TopicRef] = field(default_factory=list)
    #: the publisher's unnamed official speaks in the first person ("I spoke with ...")
    home_voice: bool = False
    #: the state that last congratulated the other ("X congratulated Y on ...")
    congratulated: str | None = None


_SIDE_NOUNS = (
    r"side|government|leadership|authorities|delegation|party|administration|state|people|nation|regime|"
    r"diplomats?|envoy|ambassador|leaders?|officials|counterpart"
)
_PREPOSITIONS = frozenset(
    "with to for from on in against toward towards of by between among at about over into "
    "through under upon within without like than alongside".split()
)
#: a cache miss (None is a cached answer)
_MISSING = object()
#: words of time: a phrase made only of them ("the coming months") is no topic
_TIME_WORDS = frozenset(
    "coming next last past near future months month weeks week days day years year tomorrow "
    "today soon period ahead time times later earlier early late monday tuesday wednesday "
    "thursday friday saturday sunday too".split()
)
_OUR_HEAD = re.compile(r"\b(?:[Tt]he\s+[Hh]ead\s+of\s+our\s+[Ss]tate|[Oo]ur\s+[Pp]resident)\b")
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:they|we|both(?: sides| parties| countries)?|the (?:two|both) (?:sides|parties|"
    r"countries|leaders|ministers))\s+(?:(?:\w+ly|also|jointly|all)\s+)*(?=[a-z])",
    re.I,
)
_NAMED_SUBJECT = re.compile(
    r"\s*(?P<who>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+(?:(?:\w+ly|also)\s+)*(?=[a-z])"
)
_TIME_LEAD = re.compile(
    r"^\s*(?:(?:later |earlier |early |again )?(?:this|next|last) (?:year|month|week|spring|summer|"
    r"autumn|fall|winter)|soon|again|in the near future|in due course)\s+(?=at|in|on|during|to|\w)"
)
_DETERMINERS = frozenset(
    "the a an its their our his her this these those that any all more further new such "
    "some every each both other another various certain own".split()
)
_EXAMPLE_LEAD = re.compile(
    r"\b(including|especially|particularly|notably)\s+(?:when it comes to|in terms of|"
    r"with regard to|with respect to|in the (?:areas?|fields?|spheres?) of)\s+"
)
#: patterns of :meth:`RuleExtractor._direct_subject`, compiled once (called per actor)
_PREP_BEFORE = re.compile(
    r"\b(?:with|between|against|on|from|of|in|into|to|toward|towards|about)\s+(?:the\s+)?$"
)
#: an agency dateline opening a readout's first sentence: "BEIJING, July 3 (Xinhua) --",
#: "ABU DHABI, (UrduPoint / WAM - 08th Jul, 2020)", "NUR-SULTAN. KAZINFORM -", "GUIYANG -"
_DATELINE_HEAD = re.compile(
    r"[A-Z][A-Z .'\-]{1,40},\s*[^()\n]{0,40}?\([^()\n]{1,120}\)\s*(?:--|[-\u2013\u2014:])?\s*"
    r"|[A-Z][A-Z'\-]+(?:[ .]+[A-Z][A-Z'\-]+)*\s*(?:--|[-\u2013\u2014])\s+"
    # "VILNIUS. KAZINFORM During the consultations ...": an agency's name, no dash
    r"|[A-Z]{6,}\s+(?=[A-Z][a-z])"
)
_ING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?\w+ing\b")
#: verbs that note or stress a thing ("noted the productive contacts", "were emphasized")
_NOTING = r"noted|mentioned|underlined|emphasi[sz]ed|highlighted|stressed|underscored"
#: "Cameron said China's development ...": a reported clause with its own subject
_SAID_THAT = re.compile(r"\b(?:said|says|added|noted|stressed|stated)\s+(?:that\s+)?[A-Za-z]")
_GAP_WHO = re.compile(r"^\s*,?\s*who\s+")
_GAP_SAID = re.compile(r"^\s*,[^,]{0,40}\b(?:said|added|noted)\b\s*,")
_GAP_AS = re.compile(r"^,?\s*(?:as|with|on behalf of|in the spirit of)\s+[^,]{3,80},")
#: "stand with Tajikistan until it eliminates the epidemic": the party, then the goal
_PARTY_UNTIL = re.compile(
    r"\s*(?P<who>[^,;]{2,40}?)\s+(?:until|till|in its|in their|as it|as they)\s"
)
#: "ensure that the visit will achieve ...": the clause's subject before its verb
_THAT_CLAUSE = re.compile(
    r"that\s+(?P<subject>[^,;]{2,60}?)\s+(?:will|would|can|could|should|must|is|are|was|were|has|have)\b"
)
#: "..., as well as confirmed the interest of ...": a past tense with its own object
_AND_PAST_NOUN = re.compile(
    r"(?:,?\s+and|,?\s+as well as)\s+(?:also\s+)?[a-z]+ed\s+(?:(?:the|their|its|a|an)\s+)?(?:[a-z]+\s+)?$"
)
#: a parenthetical "as always" between a modal and its verb ("and will, as always, support")
_ASIDE = re.compile(r",\s*as\s+(?:always|ever|before|usual|in\s+the\s+past)\s*,")
_AND_BEFORE = re.compile(
    r"(?:\band|,?\s+as well as)\s+(?:in (?:turn|return|response),?\s+)?(?:also\s+|\w+ly\s+)?$"
)
#: "the distinguished guest", "the high guest": the visitor of a readout of the host's side
_THE_GUEST = re.compile(
    r"\b[Tt]he\s+(?:(?:distinguished|high|high-ranking|honou?red|dear|esteemed)\s+)?guest\b"
    r"(?!\s+(?:house|of\s+honou?r))"
)
_THE_COUNTRY = re.compile(r"(?:^\s*|\bthat\s+)([Tt]he country)\s+(?=(?:\w+ly\s+)?[a-z]+s\b)")
_PARTICIPLE_BEFORE = re.compile(
    r",\s*(?:and\s+)?(?:expressing|voicing|reaffirming|reiterating|stressing|underlining)\s+"
    r"(?:(?:their|his|her|its|our)\s+)?(?:[a-z]+\s+)?$"
)
_AREAS_OF = re.compile(
    r"\s+(?:in|across)\s+(?:the\s+)?(?:areas|fields|spheres|sectors|domains)\s+(?:of|such as|like)\s+"
    r"(?=[^,;.]+,)"
)
#: "core interests and major concerns on Taiwan, Xinjiang and Hong Kong": the named issues
_CONCERNS_ON = re.compile(
    r"\b(interests|concerns)\s+(?:on|regarding|concerning|over|related to|relating to)\s+"
    r"(?=[A-Z][^,;.]*(?:,|\s+and\s))"
)
_COLON_LIST = re.compile(
    r"\b(formats|areas|fields|spheres|sectors|issues|platforms|organi[sz]ations|mechanisms|"
    r"directions|domains|frameworks|bodies|institutions|fora|forums)\s*:\s+(?=\S)"
)
_LIST_ADJUNCT = re.compile(
    r"\s+(?:in accordance with|according to|in line with|in the face of|despite|regardless of)"
    r"\s+[^,;:]{1,120}(?=,\s)",
    re.I,
)
#: "ensuring the rights of all its citizens, irrespective of their political beliefs and
#: ethnic or religious affiliations": whose rights, no items of the list
_IRRESPECTIVE = re.compile(r",?\s+(?:irrespective|regardless)\s+of\s+[^,;:.]+", re.I)
#: "promoting cooperation in mega-projects, for mutual benefits and win-win results": what
#: for, after the list, no item of it
_FOR_MUTUAL_BENEFIT = re.compile(
    r",?\s+for\s+mutual\s+benefits?(?:\s+and\s+(?:win-win|common)\s+\w+)?(?=\s*[,.;]|\s*$)"
)
_SIDELINES = re.compile(r"\s+(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+[^,;.]+")
_CONTEXT_LIST = re.compile(
    r"\s+(?:in|at|on)\s+the\s+(?:[\w\-]+,?\s+(?:and\s+)?){1,5}(?:contexts|levels|tracks)\b"
)
_FRAMEWORK_EXAMPLES = re.compile(
    r",?\s+including\s+(?:within|in|under|through)\s+(?:the\s+)?(?:frameworks?|formats?|platforms?)"
    r"\s+of\s+[^;:]*$"
)
_CLAUSE_CUTS = re.compile(
    r",?\s+(?:so as to|in order to|so that|when(?!\s+(?:necessary|needed|appropriate|possible|[a-z]+ing)\b)|"
    r"while|whereas|until|once|as soon as|if|because|"
    r"(?<!look)(?<!looks)(?<!looking)(?<!looked)(?<!\blook )(?<!\blooks )(?<!\blooking )(?<!\blooked )after|before|which|who|whom|whose|where|given that|provided that|even as|regardless of|"
    r"at any excuses?|going forward|(?:last week|this year|in recent years|over the (?:past |last )?"
    r"(?:\w+ )?(?:years|decades)|for (?:many|several) (?:years|decades))(?=[,.;]|$)|according to|"
    r"in accordance with|"
    r"in the face of|despite|in this regard|in that regard|in this respect|in particular|"
    r"as well(?!\s+as\b))\b|;|:|\s+-{1,2}\s+|\s+[\u2013\u2014]\s+(?![A-Z])"
    r"|,\s+(?:building on|based on|drawing on|following|having|saying|thus|thereby)\b"
    r"|,\s*[\"\u201c](?=[A-Z])"  # ', "Our contacts are regular," Lavrov said': a quotation
    r"|\s+as\s+(?:they|it|this|these|those)\s"
    r"|\s+(?:was|were|has been|have been)\s+(?:\w+ly\s+|also\s+)?\w+ed\b"
    # "Russia's support for Lebanon's sovereignty is unwavering": the predicate of the owner's
    # noun, no part of what is supported
    r"|\s+(?:is|are|remains|remain)\s+(?:\w+ly\s+)?(?:unwavering|unchanged|unchanging|firm|"
    r"steadfast|unshakable|unshakeable|consistent|resolute|rock-solid|ironclad|"
    r"clear)(?=[,.;]|$)",
    re.I,
)
_LOCK = re.compile(r"\s(?:that|which|who|taken|made|between|\w+(?:ed|en)(?:\s+on)?\s+by)\s", re.I)
_LEAD_AUX = re.compile(
    # "North Korea must be made to clearly suffer the consequences": what it is made to do
    r"(?:be (?:made|forced|compelled) to|"
    r"to|will|would|shall|also|further|firmly|fully|actively|jointly|always|continue to|continuing to|"
    r"(?:continue|continuing)(?=\s+[a-z]+ing\b)|"
    r"consider|seriously|successfully|effectively|closely|together|work together to|"
    r"work closely together to|more than|and|not only|but also)\s+",
    re.I,
)
#: Words that never head a verb phrase.
_NOT_VERBS = _DETERMINERS | _PREPOSITIONS | {
    "what", "how", "whether", "which", "who", "why", "where", "when", "it", "they", "we", "he", "she",
}  # fmt: skip
#: A verb cue right after these is a noun, adjective or relative clause ("the shared
#: challenges", "who share weal and woe").
#: ("amid continued illegal actions": a participle after a preposition is an adjective)
_NOT_BEFORE_VERB = _DETERMINERS | {"who", "which", "amid", "despite", "given"}
#: adjectives before a cue word make it a noun ("appreciates X's adherence to A and firm
#: support on B": the support is appreciated, no verb of its own)
_NOUN_ADJECTIVES = frozenset(
    "firm strong valuable unwavering great consistent steadfast generous tremendous "
    "selfless sincere warm".split()
)
_LEAD_AUX_RUN = re.compile(r"^(?:" + _LEAD_AUX.pattern + r")+", re.I)
_SIDE_WORDS = frozenset({"side", "government", "people", "leadership"})
_DEONTIC = frozenset({"should", "must", "need", "needs", "has", "have"})
#: Cue phrases that take a clause although they do not end in "that".
_CLAUSE_TAKERS = frozenset(
    {
        "hope that",
        "hopes and believes that",
        "hope*",
        "expect*",
        "trust",
        "trusts",
        "agree*",
        "suggested",
        "propose* that",
        "suggest* that",
    }
)
_NEUTRAL = Cue(phrase="", stance="", form="Neutral")
#: "It was noted that ...": an impersonal report of what both sides hold
_IT_NOTED = Cue(phrase="it was noted that", stance="support", form="FrameCue")
#: "It was also emphasized the further coordination of regional efforts": a noun object
_IT_NOTED_THING = Cue(phrase="it was noted", stance="support", form="VerbCue")
_IT_WAS_NOTED = re.compile(
    r"\b[Ii]t\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:noted|emphasi[sz]ed|"
    r"stressed|underlined|underscored|pointed\s+out|highlighted|recalled|mentioned|observed)"
    r"\s+(?:(?P<that>that)\b|(?=the\s))"
)
#: the stances of :meth:`RuleExtractor._verdicts` (their phrases are the predicate lists)
_VERDICT_CUES = {
    "oppose": Cue(phrase="is unacceptable", stance="oppose", form="VerbCue"),
    "support": Cue(phrase="is essential", stance="support", form="VerbCue"),
    "request": Cue(phrase="is necessary", stance="request", form="VerbCue"),
    "appreciate": Cue(phrase="is a welcome development", stance="appreciate", form="VerbCue"),
}


def _longest_words(phrases: frozenset[str]) -> tuple[str, ...]:
    """The longest word of each phrase, lower case: one of them is in any text a
    pattern of these phrases matches.

    >>> sorted(_longest_words(frozenset({"at odds with", "illegal"})))
    ['illegal', 'odds']
    """
    return tuple({max(p.lower().split(), key=len) for p in phrases})


def _verb_predicate_re(verbs: frozenset[str]) -> re.Pattern[str]:
    """A verbal predicate after its subject, with an optional modal and adverb:
    "could seriously undermine", "threatens", "has not changed"."""
    alts = longest_first(verbs)
    return re.compile(
        r"\b(?:(?:could|would|may|might|will|can)\s+(?:\w+ly\s+)?)?(?:\w+ly\s+)?(?:" + alts + r")\b"
    )


def _copula_re(predicates: frozenset[str]) -> re.Pattern[str]:
    """ "is unacceptable", "will be a crucial component", "remains clearly at odds with",
    "constitutes a head-on challenge to"."""
    alts = longest_first(predicates)
    return re.compile(
        r"\b(?:is|are|was|were|will be|would be|remains?|has become|have become|serves?|"
        r"will serve|would serve|constitutes?|constituted|will constitute|would constitute)"
        r"(?:\s+(?:also|clearly|absolutely|totally|completely|simply|\w+ly))?"
        r"\s+(?:(?:a|an|the)\s+)?(?:[a-z]+(?:-[a-z]+)*\s+)?(?:" + alts + r")\b"
    )


#: the stances of :meth:`RuleExtractor._assessments` ("described X as important")
_ASSESS_CUES = {
    stance: Cue(phrase="described as", stance=stance, form="VerbCue")
    for stance in ("support", "appreciate", "oppose", "request")
}
#: "... with the Argentine side" before a purpose: the partner, not the head noun
_WITH_PARTNER_END = re.compile(r"\s+with\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s*$")
_DEMONSTRATIVE = re.compile(
    r"\s+(?:these|those|this|that|such|(?:their|its|his|her)\s+(?:ends|goals|aims|objectives"
    r"|purposes)\b)",
    re.I,
)
#: a purpose's goal verb ("cooperation to advance peace"): what is sought is backed
_GOAL = Cue(phrase="to advance", stance="support", form="VerbCue")
#: "hopes to deepen cooperation and will participate in ...": the second predicate
_WILL = Cue(phrase="will", stance="commit", form="FrameCue")
_WILL_BEFORE = re.compile(r"\bwill\s+(?:\w+ly\s+)?[a-z]+\s+(?:[a-z]+\s+)?$")
_AND_VERB = re.compile(r",\s+and\s+(?:\w+ly\s+)?(?=[a-z])")
_AND_WILL = re.compile(r",?\s+and\s+(?P<will>will)\s+(?:(?:also|always|still|\w+ly)\s+)*(?=[a-z])")
#: "noted the productive contacts": the good thing noted (:meth:`RuleExtractor._assessments`)
_NOTED_GOOD = Cue(phrase="noted the", stance="appreciate", form="VerbCue")
_NOTED_BAD = Cue(phrase="noted the", stance="oppose", form="VerbCue")
#: the one-topic praise of :meth:`RuleExtractor._praise` (handled like "sees X as")
_PRAISE = Cue(phrase="is praised as", stance="appreciate", form="VerbCue")
_ATTRIBUTION = re.compile(
    r",\s*(?:[\w.’'\-]+\s+){1,6}?(?:said|added|noted|stressed|says|adds|warned|underscored|"
    r"emphasized|pointed out|stated|told|cites|cited|reports|reported|informs|informed)\b"
    r"[^,]*?(?=[.,;]|$)"
    # inverted: "..., said Wang." / "..., Wang said."
    r"|,\s*(?:said|added|noted|stressed|says|adds)\s+(?:the\s+)?[A-Z][\w.’'\-]*"
    r"(?:\s+[A-Z][\w.’'\-]*){0,3}(?=\s*[.,;]|\s*$)",
)


_WORD = re.compile(r"[\w’'\-]+")
_POSSESSIVE_TAIL = re.compile(r"['\u2019]s?(?!\w)")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class RuleExtractor:
    """The rule- and lexicon-based extractor (see the module docstring).

    >>> RuleExtractor().name.startswith("rules/")
    True
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.name = f"rules/{__version__}"
        words = self.lex.words
        self._skip = words.get("skip-words", frozenset())
        self._reporting = words.get("reporting-verbs", frozenset())
        self._actions = sorted(words.get("action-verbs", frozenset()), key=len, reverse=True)
        self._joint_re = _alternation(words.get("joint-subjects", frozenset()), flags=re.I)
        self._reporting_re = _alternation(self._reporting)
        stems = {re.sub(r"(?:ed|es|s)$", "", w) for w in self._reporting if " " not in w}
        #: "would like to reiterate that ...": a frame around a report says nothing itself
        self._report_after = re.compile(
            r"\s*(?:\w+ly\s+|once\s+again\s+|again\s+)?(?:"
            + "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
            + r")\w*\s+(?:once\s+again\s+|again\s+)?that\b",
            re.I,
        )
        # "manage" -> "managing": a verb's final "e" goes before "-ing"
        e_final = []
        for action in self._actions:
            verb, _sp, rest = action.partition(" ")
            if ing_stem(verb) != verb:
                e_final.append(f"{ing_stem(verb)}ing{_sp}{rest}")
        self._action_re = re.compile(
            r"^(?:"
            + "|".join(
                re.escape(a) for a in sorted([*self._actions, *e_final], key=len, reverse=True)
            )
            + r")(?:s|es|ed|d|ing)?\b",
            re.I,
        )
        self._titles = frozenset(t for title in words.get("titles", ()) for t in title.split())
        self._neutral_re = _alternation(words.get("neutral-verbs", frozenset()))
        self._split_cache: dict[str, list[str]] = {}
        self._folded_states: dict[str, str] | None = None
        self._topic_cache: dict[str, TopicRef | None] = {}
        self._cues_by_first: dict[str, list[int]] = {}
        for i, cue in enumerate(self.lex.cues):
            first = cue.phrase.split()[0].rstrip("*").lower()
            self._cues_by_first.setdefault(first, []).append(i)
        self._cue_by_word: dict[str, re.Pattern[str] | None] = {}
        self._cue_by_set: dict[frozenset[int], re.Pattern[str]] = {}
        self._action_firsts = frozenset(a.split()[0].lower() for a in self._actions)
        self._stop_re = _alternation(words.get("stop-verbs", frozenset()), flags=re.I)
        self._call_re = _alternation(words.get("call-words", frozenset()), flags=re.I)
        self._meeting_re = _alternation(words.get("meeting-words", frozenset()), flags=re.I)
        self._honorifics = words.get("honorifics", frozenset())
        self._particles = words.get("name-particles", frozenset())
        self._agencies = {a: st.code for st in self.lex.states.values() for a in st.agencies}
        self._agency_re = _alternation(set(self._agencies)) or re.compile(r"(?!)")
        self._harm_re = _alternation(words.get("harm-nouns", frozenset()), flags=re.I)
        self._goal_re = _alternation(words.get("goal-verbs", frozenset()))
        means = words.get("means-gerunds", frozenset())
        self._means_re = (
            re.compile(r"(?<!including)\s+by\s+(?=(?:" + longest_first(means) + r")\s)")
            if means
            else None
        )
        self._and_names_re = _alternation(
            {n for n in self.lex.state_names if " and " in n}
            | {n for n in self.lex.person_names if " and " in n}
        )
        self._condemned_acts = words.get("condemned-acts", frozenset())
        self._condemning = words.get("condemning-adjectives", frozenset())
        conduct = words.get("conduct-nouns", frozenset())
        heads = self._condemned_acts | conduct
        self._conduct_re = (
            re.compile(
                # "Russia's dangerous and destabilizing activity", "Russia's war of
                # aggression against Ukraine": modifiers, the head, an object named
                r"\s+(?P<mods>" + _MOD_WORD + r"{0,4}?)"
                r"(?P<head>" + longest_first(heads) + r")\b" + _VICTIM
            )
            if heads
            else None
        )
        self._conduct_of_re = (
            re.compile(
                # (conduct only: "the invasion of Ukraine" names the victim, not the owner)
                r"\b(?P<head>" + longest_first(conduct) + r")\s+of\s+"
                r"(?P<owner>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
            )
            if conduct
            else None
        )
        participles = words.get("condemned-participles", frozenset())
        # (one scan for the heads' words spares most sentences every pattern below)
        self._condemned_keys = re.compile(
            longest_first(_longest_words(heads | participles)) if heads else r"(?!)", re.I
        )
        self._condemned_by_re = (
            re.compile(
                # "the Crimean Peninsula, which is occupied by Russian forces"
                r"\b(?P<head>" + longest_first(participles) + r")\s+by\s+(?:the\s+)?"
                r"(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
                r"(?:\s+(?:forces|troops|military|army|authorities))?"
            )
            if participles
            else None
        )
        demonyms = {d for d in self.lex.demonyms if d[:1].isupper()}
        self._demonym_act_re = (
            re.compile(
                # "in the face of ruthless Russian aggression"
                r"\b(?P<dem>" + longest_first(demonyms) + r")\s+"
                r"(?P<head>" + longest_first(self._condemned_acts) + r")\b" + _VICTIM
            )
            if demonyms and self._condemned_acts
            else None
        )
        self._capitals = frozenset(c for st in self.lex.states.values() for c in st.capitals)
        self._light = words.get("light-nouns", frozenset())
        self._saying = words.get("saying-verbs", frozenset())
        party_nouns = sorted(words.get("party-nouns", ()), key=len, reverse=True)
        self._pair_re = (
            re.compile(
                # "the Kazakh and Lithuanian Foreign Ministries": the nouns in either case
                # "the Russian and US foreign policy leaders"
                r"\b[Tt]he\s+(?P<a>[A-Z][\w.\-]*)\s+and\s+(?P<b>[A-Z][\w.\-]*)\s+"
                r"(?i:foreign\s+(?:policy\s+)?|(?:top|senior|chief)\s+)?"
                r"(?i:" + "|".join(re.escape(n) for n in party_nouns) + r")\b"
            )
            if party_nouns
            else None
        )
        self._names_longest_first = sorted(self.lex.state_names, key=len, reverse=True)
        namesakes: dict[str, list[str]] = {}
        for slug, info in self.lex.persons.items():
            for alias in info.aliases:
                namesakes.setdefault(alias, []).append(slug)
        self._namesakes = {a: slugs for a, slugs in namesakes.items() if len(slugs) > 1}
        self._others = frozenset(w.lower() for w in words.get("third-parties", ()))
        self._offer_re = _alternation(words.get("offer-nouns", frozenset()), flags=re.I)
        self._giving = frozenset(words.get("giving-verbs", ()))
        self._preventing = frozenset(words.get("prevention-verbs", ()))
        self._given_re = _alternation(words.get("giving-objects", frozenset()), flags=re.I)
        self._joint_hope = frozenset(words.get("joint-hope-cues", ()))
        self._expectations = frozenset(words.get("expectation-cues", ()))
        invited = words.get("invitation-verbs", frozenset())
        self._invited_re = (
            re.compile(
                r"\s*(?:more\s+)?[^,;]{1,60}?\s+to\s+(?:" + longest_first(invited) + r")\b"
                r"(?P<market>[^,;]{0,40}\bmarket\b)?"
            )
            if invited
            else None
        )
        self._shared_re = _alternation(
            words.get("shared-things", frozenset()), flags=re.I
        ) or re.compile(r"(?!)")
        self._noun_cues = {
            c.phrase.lower(): c
            for c in self.lex.cues
            if c.form == "NounCue" and "*" not in c.phrase
        }
        self._pleasantries = frozenset(w.lower() for w in words.get("pleasantries", ()))
        efforts = words.get("effort-phrases", frozenset())
        self._effort_re = (
            re.compile(
                r"(?:" + longest_first(efforts, fold=True) + r")\s+",
                re.I,
            )
            if efforts
            else None
        )
        # "The President", "the Foreign Secretary": a title of an office kind, no name after
        titles = sorted(
            {
                " ".join(w if w in _PREPOSITIONS else w.capitalize() for w in t.split())
                for t in self.lex.office_titles
                if len(t) > 2
            },
            key=len,
            reverse=True,
        )
        acronyms = sorted(t for t in self.lex.office_titles if len(t) <= 4 and " " not in t)
        self._bare_title_re = re.compile(
            # "the President", "and Prime Minister", or a sentence's first words ("Prime
            # Minister conveyed ...", Indian MEA style)
            r"(?:\b[Tt]he\s+|(?<=\band\s)|^)(?:(?:acting|incumbent|current|newly elected|new)\s+)?"
            r"(?P<title>" + "|".join(_either_case(t) for t in titles) + r")\b"
            # "Deputy Prime Minister-Foreign Minister Nurtleu": a title joined to a name
            r"(?!\s+(?:of\s+)?[A-Z]|-[A-Z])"
            # "EAM and Secretary Blinken expressed": an acronym title stands alone
            + (
                r"|\b(?P<acronym>"
                + "|".join(re.escape(a.upper()) for a in acronyms)
                + r")\b(?!\s+[A-Z])"
                if acronyms
                else ""
            )
            if titles
            else r"(?!)"
        )
        # "The President of Russia", "the Minister of Foreign Affairs of Uzbekistan"
        # (found from each "of <Capital>" backwards: a title alternation tried at every
        # character of every sentence cost more than the rest of the actor search)
        self._title_of_re = re.compile(
            r"(?:\b[Tt]he\s+)?(?:(?:acting|incumbent|current|newly elected|new)\s+)?"
            r"(?<![\w-])(?P<title>" + "|".join(_either_case(t) for t in titles) + r")$"
            if titles
            else r"(?!)"
        )
        # (stance, pattern, keys) per predicate list: copulas ("is unacceptable"), then
        # verbs ("could seriously undermine", "has injected strong impetus into", "has not
        # changed"). A list can only match a sentence holding the longest word of one of
        # its phrases (keys): a substring test spares most sentences the regex.
        self._verdict_res = [
            (
                stance,
                build(words[name]),
                re.compile(longest_first(_longest_words(words[name]))),
            )
            for stance, name, build in (
                ("oppose", "bad-predicates", _copula_re),
                ("support", "good-predicates", _copula_re),
                ("request", "need-predicates", _copula_re),
                ("appreciate", "welcome-predicates", _copula_re),
                ("oppose", "harm-verbs", _verb_predicate_re),
                ("request", "need-verbs", _verb_predicate_re),
                ("appreciate", "boost-predicates", _verb_predicate_re),
                ("appreciate", "growth-predicates", _verb_predicate_re),
                ("support", "unchanged-predicates", _verb_predicate_re),
            )
            if words.get(name)
        ]
        # "described X as important", "regarded X as highly positive": each predicate
        # list says which stance the assessment takes
        assessed: dict[str, str] = {}
        for stance, name in (
            ("support", "key-assessments"),
            ("support", "good-predicates"),
            ("appreciate", "good-assessments"),
            ("appreciate", "welcome-predicates"),
            ("oppose", "bad-predicates"),
            ("request", "need-predicates"),
        ):
            for phrase in words.get(name, ()):
                assessed.setdefault(phrase.lower(), stance)
        self._assessed = assessed
        good = words.get("good-assessments", frozenset())
        self._good_re = _alternation(good, flags=re.I)
        self._noted_good_re = (
            re.compile(
                r"\b(?P<verb>" + _NOTING + r")"
                # "noted the productive contacts", "noted warm and traditionally friendly
                # relations" (no article)
                r"\s+(?:(?P<that>that)\s+)?(?:the\s+)?(?!that\b)(?:[a-z\-]+\s+){0,2}?"
                r"(?:" + longest_first(good) + r")\s+[a-z]"
            )
            if good
            else None
        )
        bad = words.get("bad-assessments", frozenset())
        # (the same pre-check as the verdict lists': one scan for the words)
        self._bad_keys = re.compile(longest_first(w.lower() for w in bad))
        # "Putin pointed out the latest barbarous action of the Ukrainian military"
        self._noted_bad_re = (
            re.compile(
                r"\b(?P<verb>" + _NOTING + r"|pointed out|condemned)\s+the\s+(?:[a-z\-]+\s+){0,2}?"
                r"(?:" + longest_first(bad) + r")\s+[a-z]"
            )
            if bad
            else None
        )
        self._assess_re = (
            re.compile(
                r"\b(?:describ|regard|consider|assess|evaluat|view|term|call|see)(?:e|es|s|ed|d|ing)?\s+"
                r"(?P<obj>(?!(?:it|this|that|them)\s)[^;:]{3,160}?)\s+as\s+"
                r"(?:(?:very|highly|extremely|particularly|quite|most|\w+ly)\s+)?"
                r"(?P<pred>" + longest_first(assessed, fold=True) + r")(?![\w-])",
                re.I,
            )
            if assessed
            else None
        )
        # "The practical results of the projects were noted as satisfactory": the passive
        self._assessed_passive_re = (
            re.compile(
                r"\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+)?(?:\w+ly\s+)?"
                r"(?:noted|assessed|described|regarded|considered|evaluated|viewed|seen|deemed|"
                r"characteri[sz]ed|recogni[sz]ed)\s+as\s+"
                r"(?:(?:very|highly|extremely|particularly|quite|most|\w+ly)\s+)?"
                r"(?P<pred>" + longest_first(assessed, fold=True) + r")(?![\w-])",
                re.I,
            )
            if assessed
            else None
        )
        praise = words.get("praise-nouns", frozenset())
        # "Calling China an important priority in Kyrgyzstan's foreign policy", "described
        # Russia as a reliable partner": a party named, then what it is called
        self._called_re = (
            re.compile(
                r"\b(?:[Cc]all(?:s|ed|ing)?|describ(?:es|ed|ing)|regard(?:s|ed|ing)|"
                r"consider(?:s|ed|ing)|view(?:s|ed|ing))\s+"
                r"(?P<obj>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+(?:as\s+)?"
                r"(?:a|an|the|its|their|his|her)\s+"
                r"(?P<pred>(?:[a-z][\w\-]*,?\s+){0,4}?(?:" + longest_first(praise) + r"))\b"
            )
            if praise
            else None
        )
        self._praise_re = (
            re.compile(
                r"\b(?:is|are|was|were|remains?|(?:has|have)(?:\s+(?:always|long|also))?\s+been|"
                r"will (?:always )?(?:be|remain))"
                r"(?:\s+(?:both|always|truly|indeed|also|still))?\s+"
                # "Kyrgyzstan is Kazakhstan's strategic partner": the owner is who praises
                r"(?:(?:a|an|the|our|its|their)\s+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['\u2019]s\s+)?"
                # "an important political, trade and development partner": listed adjectives
                r"((?:[a-z][\w\-]*,?\s+){0,6}?(?:" + longest_first(praise) + r"))\b"
            )
            if praise
            else None
        )

    # ------------------------------------------------------------ public

    def extract(self, readout: Readout) -> Extraction:
        """Extract the positions stated in ``readout``."""
        ctx, sentences = self._opened(readout)
        positions: list[Position] = []
        seen: set[tuple[str, str, str, str]] = set()
        lead: str | None = None
        for index, sentence in enumerate(sentences):
            quoted = self._quote_speaker(ctx, sentences, index)
            if quoted is not None:
                # '"Kyrgyzstan is our strategic partner. Cooperation develops dynamically,"
                # Abdrakhmanov said': the quote's speaker is named where it closes
                ctx.speaker, ctx.reported = quoted, True
            listed = _LIST_ITEM.match(sentence.text)
            if listed:
                # "2. The Vice Minister and the Secretary agreed ...": the item, unnumbered
                at = listed.end()
                sentence = Sentence(
                    sentence.text[at:], sentence.start + at, sentence.end, sentence.paragraph
                )
            found = self._sentence(ctx, sentence, readout.date)
            if lead is not None and listed:
                # the item read after its lead replaces the subjectless reading
                found = self._list_item(ctx, sentence, lead, readout.date) or found
            elif not listed:
                lead = self._list_lead(sentence.text)
            for pos in found:
                # one position per topic as the text names it: "support for Ukraine's
                # sovereignty" and "the Ukraine training mission" are two, both topic Ukraine
                k = (pos.holder.code, pos.stance, pos.topic.slug, pos.topic.surface.lower())
                if k not in seen:
                    seen.add(k)
                    positions.append(pos)
        return self._extraction(readout, ctx, positions)

    def _list_lead(self, text: str) -> tuple[str, str] | None:
        """The words a subjectless list item continues, from the sentence that opens the
        list: one lead for an item that starts with a verb, one for a noun.

        Targets "The two sides agreed on the following:" (items read "The two sides
        agreed to <verb item>" or "... agreed on <noun item>") and "Wang Yi put forward
        three proposals:" (items read "Wang Yi said the two sides should <verb item>"
        or "Wang Yi proposed <noun item>").

        >>> ext = default_extractor()
        >>> ext._list_lead("The two sides reached the following consensus:")
        ('The two sides agreed to', 'The two sides agreed on')
        >>> ext._list_lead("Wang Yi made a four-point proposal:")
        ('Wang Yi said the two sides should', 'Wang Yi proposed')
        >>> ext._list_lead("Wang made three proposals: First, both sides should ...")[1]
        'Wang proposed'
        >>> ext._list_lead("The talks were held in Beijing.") is None
        True
        """
        m = _LIST_LEAD.match(text)
        if m is None:
            return self._counted_lead(text)
        who = m["subject"]
        if m["propose"]:
            return f"{who} said the two sides should", f"{who} proposed"
        return f"{who} agreed to", f"{who} agreed on"

    def _counted_lead(self, text: str) -> tuple[str, str] | None:
        """The lead of a list a sentence announces by counting its points, with no colon.

        Targets "Wang Yi introduced the eight-pronged consensus reached by the two
        sides. First, jointly cement ... Second, jointly advance ...": a consensus is
        both sides' (items read "The two sides agreed to <item>"), and "Xi Jinping put
        forward three proposals." is the proposer's (items read "Xi Jinping said the
        two sides should <item>").

        >>> ext = default_extractor()
        >>> ext._counted_lead("Wang Yi introduced the eight-pronged consensus reached by the two sides.")
        ('The two sides agreed to', 'The two sides agreed on')
        >>> ext._counted_lead("Xi Jinping put forward three proposals.")
        ('Xi Jinping said the two sides should', 'Xi Jinping proposed')
        >>> ext._counted_lead("The two sides signed three agreements.") is None
        True
        """
        m = _COUNTED_LEAD.match(text)
        if m is None:
            return None
        if m["noun"] == "consensus":
            return "The two sides agreed to", "The two sides agreed on"
        who = m["subject"]
        return f"{who} said the two sides should", f"{who} proposed"

    def _list_item(
        self, ctx: _Context, sentence: Sentence, lead: tuple[str, str], date: dt.date
    ) -> list[Position]:
        """The positions of a list item with no subject of its own, read after its lead.

        Targets "1) Fully affirm the role of ...", "2. Oppose unilateral sanctions",
        "3) Cooperation in energy and trade" after "The two sides agreed on the
        following:"; an item with a subject ("1. China supports ...") stands alone. The
        evidence stays the item.
        """
        body = sentence.text
        first = _FIRST_WORD.match(body)
        if first is None or first.start():
            return []
        word = first.group(0)
        low = word.lower()
        if low in _DETERMINERS or low in _PRONOUNS or low in _SUBJECT_PRONOUNS:
            return []
        if self._is_actor_phrase(word):
            return []
        body = body[0].lower() + body[1:]
        adverb = _VERB_ADVERB.match(body)
        verb_first = self._starts_verb(body[adverb.end() if adverb else 0 :])
        read = f"{lead[0] if verb_first else lead[1]} {body}"
        item = Sentence(read, sentence.start, sentence.end, sentence.paragraph)
        return [
            dataclasses.replace(pos, evidence=sentence.text)
            for pos in self._sentence(ctx, item, date)
        ]

    def encounter(self, readout: Readout) -> Extraction:
        """Who met whom in ``readout`` (participants, states, call or meeting) without its
        positions: what another extractor needs from the rules.

        >>> from kg.readout import parse_readout
        >>> r = parse_readout("---\\ndate: 2020-05-26\\n---\\nWang Yi spoke with Kyrgyz Foreign "
        ...                   "Minister Chingiz Aidarbekov. China supports X.", "x.txt")
        >>> e = default_extractor().encounter(r)
        >>> [p.name for p in e.participants], e.positions
        (['Wang Yi', 'Chingiz Aidarbekov'], ())
        """
        ctx, _sentences = self._opened(readout)
        return self._extraction(readout, ctx, [])

    def _opened(self, readout: Readout) -> tuple[_Context, list[Sentence]]:
        """A readout's context with its participants found, and its sentences."""
        ctx = _Context(
            lex=self.lex,
            date=readout.date,
            home=self._home(readout),
            publisher=readout.publisher or "",
        )
        sentences = split_sentences(readout.text)
        self._find_participants(ctx, readout, sentences)
        return ctx, sentences

    def _extraction(self, readout: Readout, ctx: _Context, positions: list[Position]) -> Extraction:
        head = " ".join(filter(None, [readout.title or "", readout.text[:400]]))
        kind = "meeting" if self._meeting_re and self._meeting_re.search(head) else "call"
        if self._call_re and self._call_re.search(head):
            kind = "call"
        return Extraction(
            readout=readout,
            positions=tuple(positions),
            participants=tuple(ctx.participants),
            states=tuple(self._state(c) for c in ctx.states),
            encounter_kind=kind,
            extractor=self.name,
        )

    def topic_for(self, phrase: str) -> TopicRef | None:
        """The topic a phrase names: the scheme topic in its head, else a short minted
        noun phrase (for other extractors that find topics as free text).

        >>> default_extractor().topic_for("the one-China principle").label
        'one-China policy'
        """
        return self._topic(phrase)

    def state_for(self, name: str) -> StateRef | None:
        """The state a name, alternative label or demonym means, else None.

        >>> default_extractor().state_for("the Kyrgyz Republic").code
        'KGZ'
        """
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        code = self.lex.state_names.get(bare) or self.lex.demonyms.get(bare)
        if code is None:
            if self._folded_states is None:
                self._folded_states = {k.casefold(): v for k, v in self.lex.state_names.items()}
            code = self._folded_states.get(bare.casefold()) or self._actor_state(name)
        return self._state(code) if code else None

    # ------------------------------------------------------------ participants

    def _home(self, readout: Readout) -> str | None:
        """The state a publisher speaks for: "The White House", "Ministry of Foreign
        Affairs of the Russian Federation", "Kazinform (Kazakhstan national news agency)"."""
        if not readout.publisher or self.lex.name_matcher is None:
            return None
        publisher = readout.publisher
        # "TASS, citing the press service of the President of Kyrgyzstan": the source cited
        cited = re.search(r"\b(?:citing|reporting|quoting)\b", publisher)
        parts = [publisher[cited.end() :], publisher[: cited.start()]] if cited else [publisher]
        for part in parts:
            found = [
                (a, self.lex.state_names[surface])
                for a, _b, surface in self.lex.name_matcher.find(part)
                if surface in self.lex.state_names
            ]
            # "WAM (Emirates News Agency), via UrduPoint / Pakistan Point News": the
            # agency named first speaks, not a reposting site named after a state
            found += [(m.start(), self._agencies[m[0]]) for m in self._agency_re.finditer(part)]
            if found:
                return min(found)[1]
        return None

    def _find_participants(
        self, ctx: _Context, readout: Readout, sentences: list[Sentence]
    ) -> None:
        """Officials named in the title and opening sentences are the encounter's parties.

        Targets openings such as "Wang Yi spoke with Kyrgyz Foreign Minister
        Chingiz Aidarbekov" and "President Biden spoke today with President
        Xi Jinping of China"; officials not in the vocabulary are minted from
        "<Demonym> <Title> <Name>" and "<Title> <Name> of <State>".
        """
        # (the title repeated in the body and a bare dateline, "Ulaanbaatar /MONTSAME/.",
        # are no opening sentences)
        body = [
            s.text
            for s in sentences[:6]
            if s.text.strip() != (readout.title or "").strip() and len(s.text.split()) >= 5
        ]
        opening = [readout.title or ""] + body[:2]
        for text in opening:
            self._mint_people(ctx, text)
        if ctx.minted:
            ctx.minted_names = _NameFinder(ctx.minted)
        # people in order of mention; "The Prime Minister spoke to President Joe Biden" in
        # a Downing Street readout: a bare title resolved through the publisher's state too
        named = [a.person for text in opening for a in self._actors(ctx, text, merge=False)]
        for person in named:  # (added after the pass: titles resolve without them)
            if person and person.slug not in {p.slug for p in ctx.participants}:
                ctx.participants.append(person)
        self._short_names(ctx)
        for person in ctx.participants:
            if person.state not in ctx.states:
                ctx.states.append(person.state)
        if len(ctx.states) < 2 and ctx.home and ctx.home not in ctx.states:
            # an Egyptian readout naming only "his Iranian counterpart": Egypt is the other party
            ctx.states.insert(0, ctx.home)
        if len(ctx.states) < 2:
            for text in opening:
                for actor in self._actors(ctx, text, resolve=False):
                    for code in actor.states:
                        if code not in ctx.states and len(ctx.states) < 2:
                            ctx.states.append(code)
        if len(ctx.states) < 2:
            self._later_counterpart(ctx, [s.text for s in sentences if s.text not in opening])

    def _later_counterpart(self, ctx: _Context, later: list[str]) -> None:
        """The first official of another state named after the opening is the other party
        when the opening names only one.

        Targets a readout whose opening only says "The interlocutors discussed ... Both
        sides expressed satisfaction ..." and whose counterpart is first named further on
        ("Recep Tayyip Erdogan expressed support for ...").
        """
        for text in later:
            for actor in self._actors(ctx, text, merge=False):
                person = actor.person
                if person and person.curated and person.state not in ctx.states:
                    ctx.participants.append(person)
                    ctx.states.append(person.state)
                    return

    def _short_names(self, ctx: _Context) -> None:
        """A participant is also known by the first word of the name the vocabulary gives,
        and by the last word of each of its spellings.

        Targets "Prince Faisal bin Farhan ... Faisal said", "Don Pramudwinai ...
        Don thanked" and "Raşit Meredow ... Meredow also described": a word no other
        participant shares, and that is no title, state or other known name.
        """
        firsts: dict[str, list[PersonRef]] = {}
        for person in ctx.participants:
            if not person.curated:
                continue  # minted names have their own aliases (_mint)
            first = person.name.split()[0]
            firsts.setdefault(first, []).append(person)
            info = self.lex.persons.get(person.slug)
            # "Raşit Meredow" (an alias of Rashid Meredov) ... "Meredow also described"
            for alias in info.aliases if info else ():
                words = alias.split()
                if (
                    len(words) > 1
                    and words[-1] != first
                    # "Joseph R. Biden, Jr.", "Charles III": a suffix is no name
                    and words[-1].isalpha()
                    and not re.fullmatch(r"[IVX]+", words[-1])
                ):
                    people = firsts.setdefault(words[-1], [])
                    if person not in people:
                        people.append(person)
        added = False
        for first, people in firsts.items():
            if (
                len(people) != 1
                or len(first) < 3
                or not first[:1].isupper()
                or first in ctx.minted
                or first in self.lex.person_names
                or first in self.lex.state_names
                or first in self.lex.demonyms
                or first in self._titles
            ):
                continue
            ctx.minted[first] = people[0]
            added = True
        if added:
            ctx.minted_names = _NameFinder(ctx.minted)

    def _demonym_before(self, before: str) -> str | None:
        """The state of the demonym (or state name) that ends ``before``, or that stands
        before other words of the title: "Hungarian Foreign Affairs and Trade Minister"
        (the title matched is "Minister"), "Kazakhstan's Minister".

        The demonym may be two words ("Sri Lankan", "South African"); the walk back
        crosses only capitalised words and "and", "of", "for" (a title's words).
        """
        lex = self.lex
        words = before.split()
        end = len(words)
        for _ in range(6):
            for size in (2, 1):
                if end < size:
                    continue
                dem = _POSSESSIVE_END.sub("", " ".join(words[end - size : end]))
                code = lex.demonyms.get(dem) or lex.state_names.get(dem)
                if dem and code:
                    return code
            if end == 0:
                return None
            word = words[end - 1]
            if word[-1] in ",.;:" or not (word[:1].isupper() or word in ("and", "of", "for")):
                return None
            end -= 1
        return None

    def _mint_people(self, ctx: _Context, text: str) -> None:
        """Mint officials the vocabulary lacks, from "<Demonym> <Title> <Name>"."""
        lex = self.lex
        if lex.title_re is None:
            return
        for m in lex.title_re.finditer(text):
            name = m["name"].strip()
            tokens = name.split()
            # stop the name at a word that is a known state, demonym or lower-case
            kept = []
            for tok in tokens:
                if (
                    (tok in lex.state_names and tok not in self._capitals)
                    or tok in lex.demonyms
                    or tok.lower() in _PREPOSITIONS
                ):  # "President Sofia Haddad": a capital's name is also a first name
                    break
                kept.append(tok)
            if all(tok in self._titles for tok in kept):
                continue  # "Minister of Foreign Affairs of China": an office, not a name
            # "Deputy Prime Minister and Foreign Minister Don Pramudwinai": the second
            # title's last word is no part of the name
            while kept[0] in self._titles:
                kept.pop(0)
            name = " ".join(kept)
            if len(kept) < 2 or name in lex.person_names or name in ctx.minted:
                continue
            western = _family_first(kept)
            if western in lex.person_names:
                # "Mr. KISHIDA Fumio" (the Japanese order, the family name in capitals)
                person = self._person(self._person_named(ctx, western))
                ctx.minted[name] = person
                ctx.minted[kept[0]] = person
                continue
            if (
                any(tok in lex.person_names for tok in kept)
                or lex.name_matcher
                and any(
                    surface in lex.state_names and surface not in self._capitals
                    for _a, _b, surface in lex.name_matcher.find(name)
                )
            ):
                continue  # "Secretary of State said the United States": not a name
            state = self._demonym_before(text[max(0, m.start("title") - 80) : m.start("title")])
            after = text[m.end() : m.end() + 60]
            of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w’' ]+)", after)
            if state is None and of:
                state = self._state_at(of.group(1))
            if state is None and ctx.home and _SENTENCE_OPENS.search(text, 0, m.start()):
                # "1. First Vice Foreign Minister Lim Sung-nam held a telephone conversation
                # with ...": a ministry's own official opens its readout with no state named
                state = ctx.home
            if state is not None:
                self._mint(ctx, kept, state)
                title = m["title"]
                if m["dem"] and f"{m['dem']} {title}".lower() in lex.office_titles:
                    title = f"{m['dem']} {title}"  # "Prime Minister", not "Minister"
                ctx.minted_titles[ctx.minted[" ".join(kept)].slug] = title
        # "the Prime Minister of Hungary Viktor Orban": title, state, then the name
        for of in _OF_CAPITAL.finditer(text):
            words = text[of.end() : of.end() + 90].split()
            # "Deputy Supreme Commander of the Armed Forces of the UAE Sheikh Mohammed ...":
            # an honorific names a person whatever office came before
            honored = any(w in self._honorifics for w in words[1:5])
            if (
                not honored
                and self._title_of_re.search(
                    text, max(0, of.start() - _TITLE_BEFORE_OF), of.start()
                )
                is None
            ):
                continue
            # "the Prime Minister of New Zealand, Jacinda Ardern,": the name in apposition
            size, state = next(
                (
                    (k, lex.state_names[named])
                    for k in range(min(4, len(words)), 0, -1)
                    if (named := " ".join(words[:k]).rstrip(",")) in lex.state_names
                ),
                (0, ""),
            )
            kept = []
            rest = words[size : size + 8] if size else []
            if rest and _PAREN_ACRONYM.fullmatch(rest[0]):
                rest = rest[1:]  # "of the United Arab Emirates (UAE), Sheikh Abdullah ..."
            while rest and rest[0] in self._honorifics:
                rest = rest[1:]  # "of the United Arab Emirates Sheikh Mohammed bin Zayed"
            for i, word in enumerate(rest[:6]):
                bare = word.rstrip(",.;:")
                particle = (
                    kept
                    and bare in self._particles
                    and i + 1 < len(rest)
                    and rest[i + 1][:1].isupper()
                )
                if not particle and (
                    not (bare[:1].isupper() or ARTICLE_PARTICLE.match(bare))
                    or bare in self._titles
                    or bare in lex.demonyms
                ):  # "President of Syria Bashar al-Assad": an article joined to the surname
                    break
                kept.append(bare)
                if bare != word:
                    break
            while kept and kept[-1] in self._particles:
                kept.pop()  # "Abdullah bin Zayed bin [Sultan ...]": cut at a title word
            name = " ".join(kept)
            if (
                len(kept) >= 2
                and name not in ctx.minted
                and not any(w in lex.person_names or w in lex.state_names for w in kept)
            ):
                self._mint(ctx, kept, state)
                if any(w in self._particles for w in kept) and kept[0] not in ctx.minted:
                    ctx.minted[kept[0]] = ctx.minted[name]  # "Sheikh Mohammed said"
        # "Tomáš Petříček, Minister of Foreign Affairs of the Czech Republic"
        for m in _APPOSITIVE_OFFICIAL.finditer(text):
            state = self._state_at(m["state"])
            if state is not None:
                self._mint_before(ctx, text, m.start(), state)
        # "Sheikh Mohammed bin Abdulrahman Al Thani, Qatari deputy prime minister and ..."
        for m in _APPOSITIVE_DEMONYM.finditer(text):
            state = lex.demonyms.get(m["dem"])
            if state is not None:
                self._mint_before(ctx, text, m.start(), state)
        if ctx.home is None:
            return
        # "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and
        # International Cooperation, and ..." in a WAM readout: no state named, the
        # publisher's own official
        for m in _APPOSITIVE_BARE.finditer(text):
            if lex.name_matcher and any(
                surface in lex.state_names or surface in lex.demonyms
                for _a, _b, surface in lex.name_matcher.find(m["title"])
            ):
                continue
            if any(w in lex.demonyms for w in m["title"].split()):
                continue
            self._mint_before(ctx, text, m.start(), ctx.home)

    def _mint_before(self, ctx: _Context, text: str, at: int, state: str) -> None:
        """Mint the name that ends at ``at`` (up to six words: capitalised ones and name
        particles such as "bin" or "von" between them; leading honorifics and titles such
        as "H.H. Sheikh" or "Foreign Minister" dropped)."""
        lex = self.lex
        before = text[max(0, at - 80) : at].split()
        kept: list[str] = []
        while before and len(kept) < 6:
            word = before[-1]
            if word.endswith(","):
                break  # "The Head of State, Kassym-Jomart Tokayev"
            if not (word[:1].isupper() or ARTICLE_PARTICLE.match(word)) and not (
                kept and word in self._particles and len(before) > 1 and before[-2][:1].isupper()
            ):  # "Abdel Fattah el-Sisi, President of Egypt": the article joined to the name
                break
            kept.insert(0, before.pop())
        while kept and (kept[0] in self._honorifics or kept[0] in self._titles):
            kept.pop(0)
        name = " ".join(kept)
        named = [w for w in kept if w[:1].isupper() or ARTICLE_PARTICLE.match(w)]
        if len(named) < 2 or not kept[0][:1].isupper():
            return
        western = _family_first(kept)
        if western != name and western in lex.person_names and name not in ctx.minted:
            # "Mr. KISHIDA Fumio, Prime Minister of Japan": the vocabulary's Fumio Kishida
            person = self._person(self._person_named(ctx, western))
            ctx.minted[name] = person
            ctx.minted.setdefault(kept[0], person)
            return
        if (
            name in lex.person_names
            or name in ctx.minted
            or any(w in lex.state_names or w in lex.demonyms for w in kept)
        ):
            return
        self._mint(ctx, kept, state)
        if any(w in self._particles for w in kept) and kept[0] not in ctx.minted:
            # "Abdullah bin Zayed Al Nahyan ... Sheikh Abdullah said": the given name
            ctx.minted[kept[0]] = ctx.minted[name]

    def _mint(self, ctx: _Context, words: list[str], state: str) -> None:
        """Mint the official ``words`` name for ``state`` (also known by the last word)."""
        name = " ".join(words)
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")
        person = PersonRef(slug=slug, name=name, state=state, curated=False)
        ctx.minted[name] = person
        ctx.minted[words[-1]] = person
        # "Haider al-Abadi ... Prime Minister Al-Abadi": the particle capitalised
        ctx.minted.setdefault(capitalised_particle(words[-1]), person)
        # "Bashar al-Assad ... Assad said": the surname without its article
        ctx.minted.setdefault(ARTICLE_PARTICLE.sub("", words[-1]), person)
        for word in words:
            if len(word) > 2 and word.isupper():
                # "Luvsannamsrai OYUN-ERDENE ... Prime Minister Oyun-erdene", "KONO Taro ... Kono"
                ctx.minted.setdefault(word.title(), person)
                ctx.minted.setdefault(word.capitalize(), person)
        if (
            len(words) == 3
            and words[1][:1].isupper()
            and words[1] not in self._particles
            and words[1] not in self._titles
        ):
            # "Elmer Schialer Salcedo ... Schialer said": a paternal surname used alone
            ctx.minted.setdefault(words[1], person)
        if len(words) == 2 and len(words[0]) > 1 and words[0] not in ctx.minted:
            # "Chinese President Hu Jintao ... Hu said": a family name may come first
            ctx.minted.setdefault(words[0], person)

    def _person_named(self, ctx: _Context, name: str) -> PersonInfo:
        """The person a name means on the readout's date ("Li" is Li Keqiang in 2016 and
        Li Qiang in 2023): among namesakes, one in office that day, else the first."""
        slugs = self._namesakes.get(name)
        if slugs:
            # "Premier Li Keqiang met ... Li said": the one the readout named in full
            named = {p.slug for p in ctx.participants}
            if ctx.last_person is not None:
                named.add(ctx.last_person.slug)
            for slug in slugs:
                if slug in named:
                    return self.lex.persons[slug]
            for slug in slugs:
                info = self.lex.persons[slug]
                if any(term.covers(ctx.date) for term in info.terms):
                    return info
        return self.lex.persons[self.lex.person_names[name]]

    def _state_at(self, text: str) -> str | None:
        """The state whose name ``text`` starts with ("the Czech Republic, the ...")."""
        return next(
            (self.lex.state_names[n] for n in self._names_longest_first if text.startswith(n)),
            None,
        )

    # ------------------------------------------------------------ actors

    def _person(self, info: PersonInfo) -> PersonRef:
        return PersonRef(slug=info.slug, name=info.name, state=info.state)

    def _state(self, code: str) -> StateRef:
        info = self.lex.states.get(code)
        return StateRef(code=code, label=info.label if info else code)

    def _minted_kind(self, ctx: _Context, slug: str) -> str | None:
        """The office kind of a minted official, from the title the text gave him."""
        title = ctx.minted_titles.get(slug)
        return self.lex.office_titles.get(title.lower()) if title else None

    def _by_title(self, ctx: _Context, title: str, state: str | None) -> PersonRef | None:
        """Resolve "the President", "the Chinese foreign minister" to a person on the date."""
        kind = self.lex.office_titles.get(title.lower())
        if kind is None:
            return None
        candidates = [p for p in ctx.participants if state is None or p.state == state]
        # the publisher's own official is the one a bare title means ("The Foreign
        # Secretary" in a Foreign Office readout of a meeting of two foreign ministers)
        candidates.sort(key=lambda p: p.state != ctx.home)
        # "the Secretary" is whoever's office is so named (Secretary of State), before
        # anyone of the same kind (a foreign minister)
        for person in candidates:
            info = self.lex.persons.get(person.slug)
            if info and info.holds_title(title, ctx.date):
                return person
            # "the Deputy Secretary" after "Deputy Secretary of State Tony Blinken"
            if ctx.minted_titles.get(person.slug, "").lower().startswith(title.lower()):
                return person
        asked = title.lower().split()
        of_kind = [
            p
            for p in candidates
            if ((info := self.lex.persons.get(p.slug)) and info.holds(kind, ctx.date))
            or (
                self._minted_kind(ctx, p.slug) == kind
                # "the Deputy Secretary" is not the "Vice Foreign Minister" minted before
                and all(w in ctx.minted_titles.get(p.slug, title).lower().split() for w in asked)
            )
        ]
        # "The Secretary and the Foreign Minister": a minister whose office is named otherwise
        # (the Secretary of State) is not "the Foreign Minister" when the other party's may be
        plain = [p for p in of_kind if self._minted_kind(ctx, p.slug)] if len(of_kind) > 1 else []
        if of_kind:
            return (plain or of_kind)[0]
        if state is not None:
            info = self.lex.holder_of_office(state, kind, ctx.date)
            if info:
                return self._person(info)
            return candidates[0] if len(candidates) == 1 else None
        if ctx.home is not None:
            # a White House readout's "the President" is the U.S. President
            info = self.lex.holder_of_office(ctx.home, kind, ctx.date)
            if info:
                return self._person(info)
            if ctx.publisher and title.lower() in ctx.publisher.lower():
                # "the Prime Minister" in a readout of the Prime Minister's Office whose
                # holder the vocabulary does not know: that office's holder, unnamed
                return PersonRef(
                    slug=f"{ctx.home.lower()}-{re.sub(r'[^a-z]+', '-', title.lower())}",
                    name=title,
                    state=ctx.home,
                    curated=False,
                )
        return None

    def _actors(
        self, ctx: _Context, text: str, *, resolve: bool = True, merge: bool = True
    ) -> list[Actor]:
        """Mentions of states, officials, joint subjects and pronouns in ``text``
        (with ``merge``, "X and Y" becomes one joint actor)."""
        lex = self.lex
        actors: list[Actor] = []
        taken = bytearray(len(text) + 1)  # characters already inside a mention
        dateline = _DATELINE_HEAD.match(text) if text[:1].isupper() else None
        if dateline:
            # "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 08th Jul, 2020) ...":
            # the agency's credit names no party
            taken[: dateline.end()] = b"\x01" * dateline.end()

        def add(actor: Actor) -> None:
            if not any(taken[actor.start : actor.end]):
                actors.append(actor)
                taken[actor.start : actor.end] = b"\x01" * (actor.end - actor.start)

        # Demonym + title: "the Chinese foreign minister", "the Kazakh FM".
        for m in _DEMONYM_TITLE.finditer(text):
            code = lex.demonyms.get(m["dem"]) or lex.state_names.get(m["dem"])
            if code:
                person = self._by_title(ctx, m["title"], code)
                if person:
                    add(Actor(m.start(), m.end(), "person", (code,), person))
        # "the Head of our state", "our President": the publisher's own head of state
        if ctx.home and resolve:
            for m in _OUR_HEAD.finditer(text):
                person = self._by_title(ctx, "head of state", ctx.home)
                if person:
                    add(Actor(m.start(), m.end(), "person", (ctx.home,), person))
        # Two demonyms + plural noun: "the Egyptian and Iranian ministers" (both parties)
        for m in self._pair_re.finditer(text) if self._pair_re else ():
            a = lex.demonyms.get(m["a"]) or lex.state_names.get(m["a"])
            b = lex.demonyms.get(m["b"]) or lex.state_names.get(m["b"])
            if a and b and a != b:
                add(Actor(m.start(), m.end(), "joint", (a, b)))
        # "The Vice Minister and the Deputy Secretary agreed": two officials by title alone,
        # the two parties (unless both titles name officials of one state)
        if len(ctx.states) >= 2 and " and " in text:
            for m in _TITLE_PAIR.finditer(text):
                people = [self._by_title(ctx, m[k], None) if resolve else None for k in "ab"]
                if not (people[0] and people[1] and people[0].state == people[1].state):
                    add(Actor(m.start(), m.end(), "joint", tuple(ctx.states[:2])))
        # Demonym + side noun: "the Kyrgyz side", "the U.S. side".
        # ("the Sri Lankan side", "the South Korean government": a demonym of two words)
        for m in _DEMONYM_SIDE.finditer(text):
            code = lex.demonyms.get(m["dem"]) or lex.state_names.get(m["dem"])
            if code:
                add(Actor(m.start(), m.end(), "state", (code,)))
        # Title of state: "The President of Russia voiced ...", not "President of Russia
        # Vladimir Putin" (the name that follows is the mention)
        for of in _OF_CAPITAL.finditer(text):
            m = self._title_of_re.search(text, max(0, of.start() - _TITLE_BEFORE_OF), of.start())
            if m is None:
                continue
            rest = text[of.end() :]
            words = re.match(r"[\w.\-]+(?:\s+[\w.\-]+){0,4}", rest)
            head = words.group(0).split() if words else []
            name = next(
                (
                    " ".join(head[:k])
                    for k in range(len(head), 0, -1)
                    if " ".join(head[:k]) in lex.state_names
                ),
                None,
            )
            if name is None or re.match(r"\s+[A-Z]", rest[len(name) : len(name) + 2]):
                continue
            code = lex.state_names[name]
            person = self._by_title(ctx, m["title"], code) if resolve else None
            end = of.end() + len(name)
            if person:
                add(Actor(m.start(), end, "person", (code,), person))
            else:
                add(Actor(m.start(), end, "state", (code,)))
        mentions = ctx.minted_names.find(text) if ctx.minted_names else []
        mentions += lex.name_matcher.find(text) if lex.name_matcher else []
        # "Sergey Lavrov" (a known name) over "Sergey" (a participant's short name)
        mentions.sort(key=lambda m: m[0] - m[1])
        for start, end, surface in mentions:
            tail = _POSSESSIVE_TAIL.match(text, end, end + 3)
            possessive = bool(tail) or bool(_POSSESSIVE_END.search(surface))
            name = _POSSESSIVE_END.sub("", surface)
            end = tail.end() if tail else end
            if name in ctx.minted:
                p = ctx.minted[name]
                add(Actor(start, end, "person", (p.state,), p, possessive))
            elif name in lex.person_names:
                info = self._person_named(ctx, name)
                add(Actor(start, end, "person", (info.state,), self._person(info), possessive))
            elif name in lex.state_names and not (
                name in self._capitals and re.match(r"\s+[A-Z][a-z]", text[end : end + 3])
            ):  # "Sofia Haddad" is a person, "Sofia" alone the Bulgarian government
                add(Actor(start, end, "state", (lex.state_names[name],), None, possessive))
        if resolve and ctx.participants:
            for m in _TITLED_SHORT_NAME.finditer(text):
                person = _spelled_like(m["name"], ctx.participants)
                if person is not None:
                    # "Crown Prince Mohammad" for Mohammed bin Salman: another spelling
                    add(Actor(m.start(), m.end(), "person", (person.state,), person))
        # Bare titles: "The President", "the Minister" (not followed by a name).
        for m in self._bare_title_re.finditer(text):
            title = m["title"] or m["acronym"]
            person = self._by_title(ctx, title, None) if resolve else None
            if person:
                add(Actor(m.start(), m.end(), "person", (person.state,), person))
        if self._joint_re:
            for m in self._joint_re.finditer(text):
                add(Actor(m.start(), m.end(), "joint", tuple(ctx.states[:2])))
        if "guest" in text and ctx.home and len(ctx.states) >= 2:
            # "The distinguished guest expressed gratitude for the reception": in a readout
            # of the host's side, the visitor
            guest = next((s for s in ctx.states if s != ctx.home), None)
            for m in _THE_GUEST.finditer(text) if guest else ():
                person = self._voice_for(ctx, guest)  # type: ignore[arg-type]
                if person is not None:
                    add(Actor(m.start(), m.end(), "person", (guest,), person))
                else:
                    add(Actor(m.start(), m.end(), "state", (guest,)))
        for country in _THE_COUNTRY.finditer(text) if "he country" in text else ():
            # "The country thanks China's support ...", "adding that the country is willing
            # to": the last speaker's state, like "his country"
            add(Actor(country.start(1), country.end(1), "speaker"))
        for both in _BOTH_VERB.finditer(text) if "oth" in text else ():
            at = both.start(1) if both.group(1) else both.start(2)
            if not self._joint_re_match_at(text, at):
                # "Both agreed on the importance of ...": both parties, pronoun-like
                add(Actor(at, at + 4, "joint", tuple(ctx.states[:2])))
        if len(ctx.states) >= 2 and ("joint" in text or "shared" in text or "mutual" in text):
            for m in _OUR_JOINT.finditer(text):
                # "underscoring our joint commitment to ...": both parties' commitment
                add(Actor(m.start(), m.end(), "joint", tuple(ctx.states[:2])))
        for m in _SPEAKER_WORDS.finditer(text):
            first = m.group(0).lower() in ("we", "our country", "i")
            # "Bainimarama said that ... I would like to reiterate that ...": a quoted guest
            # speaking on in the first person is no author of the readout
            guest = (
                ctx.speaker is not None
                and ctx.reported
                and ctx.speaker.state != ctx.home
                and not ctx.home_voice
            )
            author = (
                self._voice_for(ctx, ctx.home)
                if ctx.home and m.group(0) == "I" and not guest
                else None
            )
            if author is not None and not re.search(r"[\"\u201c\u201d]", text):
                # "I reiterated France's concern": a minister's own statement, published by
                # the ministry, not a quote of the last person named
                add(Actor(m.start(), m.end(), "person", (author.state,), author))
                continue
            if (
                author is None
                and ctx.home
                and not guest
                and m.group(0) == "I"
                and not text[: m.start()].strip()
                and not re.search(r"[\"\u201c\u201d]", text)
            ):
                # "I spoke yesterday with South Sudan President Salva Kiir": a statement in
                # the publisher's official's own words, the official never named
                add(Actor(m.start(), m.end(), "state", (ctx.home,)))
                continue
            add(Actor(m.start(), m.end(), "speaker", first_person=first))
        actors.sort(key=lambda a: a.start)
        return _merge_coordinated(actors, text) if merge else actors

    def _joint_re_match_at(self, text: str, at: int) -> bool:
        return bool(self._joint_re and self._joint_re.match(text, at))

    # ------------------------------------------------------------ sentences

    def _speaker_of(self, ctx: _Context, actor: Actor) -> PersonRef | None:
        if actor.kind == "person":
            return actor.person
        if actor.kind == "speaker":
            return ctx.pronoun
        return None

    def _sentence(self, ctx: _Context, sentence: Sentence, date: dt.date) -> list[Position]:
        text = _semicolon_list(sentence.text)
        follow = self._follow_up(ctx, sentence, date)
        if follow:
            return follow
        ctx.last_stated = None
        actors = self._actors(ctx, text)
        # "he"/"she": the speaker while someone is being quoted; after a narrative
        # sentence ("Wang spoke with Minister X."), the person last named
        ctx.pronoun = ctx.speaker if ctx.reported or ctx.last_person is None else ctx.last_person
        # Who speaks: "Wang said", "..., he added", "For his part, X said".
        speaker = None
        reporters: Actor | None = None  # "President Trump and President Moon noted that"
        if self._reporting_re:
            for m in self._reporting_re.finditer(text):
                subject = self._direct_subject(actors, text, m.start())
                if subject is not None and subject.kind == "joint" and len(subject.states) > 1:
                    reporters = reporters or subject
                if subject is not None and subject.kind in ("person", "speaker"):
                    speaker = self._speaker_of(ctx, subject)
                    if speaker:
                        ctx.reported = True
                        break
        if speaker is None and text.startswith("According to "):
            # "According to China's foreign minister, Thailand will ...": the source speaks
            comma = text.find(",")
            source = next((a for a in actors if a.kind == "person" and a.end <= comma), None)
            if source is not None and source.person is not None:
                speaker = source.person
                ctx.reported = True
        if speaker is None:
            for actor in actors:
                if actor.kind == "person" and _opens(text, actor) and not actor.possessive:
                    speaker = actor.person
                    ctx.reported = False
                    break
        if speaker is not None:
            ctx.speaker = speaker
        elif any(a.start == 0 and a.end == 1 and a.kind == "state" for a in actors):
            # "I spoke today with President X. ... The violence must end.": the statement's
            # unnamed author speaks on, not the last person named
            ctx.speaker, ctx.home_voice = None, True
        for actor in actors:
            if actor.kind == "person" and not actor.possessive:
                ctx.last_person = actor.person
        if speaker is not None and not ctx.reported and not _ENCOUNTER.search(text):
            # "Kishida congratulated Macron on his re-election. He stated that ...": the
            # subject of a narrative sentence, not the last person it names -- but after
            # "Wang Yi held talks with Minister X.", "he/she" is the guest
            ctx.last_person = speaker
        ctx.passive_report = (
            bool(_PASSIVE_REPORT.search(text))
            # "... was stressed by President X" names its agent; "It was emphasized that the
            # visit by President X ..." does not
            and not re.search(r"\b[a-z]+(?:ed|en)\s+by\s+(?:the\s+)?[A-Z]", text)
        ) or bool(_SHARED_VIEW.match(text))
        positions: list[Position] = []
        previous: list[tuple[tuple[str, ...], PersonRef | None]] = []
        topics: list[TopicRef] = []
        forecast = _FORECAST.search(text)
        for trig in self._triggers(actors, text):
            if forecast is not None and trig.start >= forecast.start():
                continue  # "Obama is expected to press Germany to ...": a forecast, not a stance
            holders, voice = self._holders(ctx, trig, actors, previous, speaker, text)
            if (
                reporters is not None
                and trig.subject is None
                and trig.start > reporters.end
                and len(holders) == 1
                and holders[0] in reporters.states
            ):
                # "President Trump and President Moon noted their firm position that any
                # dialogue must ...": what the two report is the view of both
                holders, voice = tuple(reporters.states), None
            if not holders:
                continue
            previous.append((holders, voice))
            if trig.cue.form == "Neutral" or trig.foreign:
                continue
            items = [
                item  # "praised Saleumxay Kommasith": a person named, not a topic
                for item in self._items(trig, text)
                if not self._names_person(ctx, item[1].label)
            ]
            if not items:
                items = self._cue_act(trig, text) or self._backed_party(ctx, trig, text)
            elif trig.cue.stance in ("commit", "request") and _PRINCIPLE_LEAD.search(
                text, trig.end, trig.span_end
            ):
                items = self._principles_backed(trig, text, items)
            if not items and trig.cue.stance == "appreciate":
                # "Kishida congratulated Albanese on his election. In response, Albanese
                # thanked him.": thanks with no object answer the congratulations
                items = self._answered_congratulations(ctx, holders)
            elif items and trig.cue.phrase.lower().startswith("congratulat"):
                ctx.congratulated = holders[0]
            if trig.credit:
                items = [("appreciate", t, a) for _s, t, a in items]
            if len(holders) > 1 and (
                trig.cue.phrase in self._joint_hope
                # "Both leaders agreed to continue close cooperation and look forward to
                # Quadrilateral consultations": a joint hope inside the joint commitment
                or (trig.cue.stance == "commit" and self._joint_hope_in(text, trig))
            ):
                # "The leaders looked forward to the visit": no other party is asked
                items = [("commit" if st == "request" else st, t, a) for st, t, a in items]
            if not items and _ANAPHOR.search(text, trig.end, trig.span_end) and ctx.last_topics:
                # "... ready to cooperate closely with Viet Nam in this regard": the topics
                # of the sentence before
                items = [(trig.cue.stance, ctx.last_topics[0], None)]
            self._emit(ctx, sentence, date, holders, voice, items, positions, trig)
            if items:
                ctx.last_stated = (holders, voice, items[-1][0])
                topics = [topic for _stance, topic, _addressee in items]
        ctx.last_topics = topics
        if not positions and ctx.congratulated and _BARE_THANKS.search(text):
            # "In response, Prime Minister Morrison expressed his gratitude.": no cue of its
            # own, the thanks answer the congratulations
            who = next((a for a in actors if a.kind == "person" and not a.possessive), None)
            if who is not None and who.person:
                holder = (who.person.state,)
                items = self._answered_congratulations(ctx, holder)
                self._emit(ctx, sentence, date, holder, who.person, items, positions)
        if self._conduct_re is not None and self._condemned_keys.search(text):
            positions.extend(self._condemned(ctx, sentence, date, actors, positions, speaker))
        if "ome " in text or "ertain " in text or "few " in text:
            positions.extend(self._unnamed_wrongdoers(ctx, sentence, date, speaker))
        return positions

    @staticmethod
    def _answered_congratulations(
        ctx: _Context, holders: tuple[str, ...]
    ) -> list[tuple[str, TopicRef, str | None]]:
        """Thanks with no object, from a party the other congratulated, answer them."""
        if ctx.congratulated is None or ctx.congratulated in holders:
            return []
        return [("appreciate", _minted_topic("congratulations"), ctx.congratulated)]

    def _unnamed_wrongdoers(
        self, ctx: _Context, sentence: Sentence, date: dt.date, speaker: PersonRef | None
    ) -> list[Position]:
        """Acts of unnamed others told as wrongdoing: the speaker's objection to each act.

        Targets "Some forces have been constantly smearing China's position and creating
        disinformation" and "Regrettably, some countries kept politicizing the virus and
        smearing China": each act ("smearing China's position", "creating
        disinformation") is opposed by the speaker's state.
        """
        m = _SOME_FORCES.search(sentence.text)
        if m is None:
            return []
        who = speaker or ctx.speaker
        code = who.state if who else ctx.home
        if code is None:
            return []
        items = []
        acts = _ACTS_END.split(m["acts"], maxsplit=1)[0]
        split = _INFINITIVE_SPLIT if m["attempt"] else _GERUND_SPLIT
        for act in split.split(acts):
            act = _ACT_TAIL.split(_GOING_AS_FAR.sub("", act.strip(" ,.;")), maxsplit=1)[0]
            words = act.split()
            if words and (m["attempt"] or words[0].endswith("ing")):
                items.append(("oppose", _minted_topic(" ".join(words[:6])), None))
        out: list[Position] = []
        self._emit(ctx, sentence, date, (code,), who, items, out)
        return out

    def _condemned(
        self,
        ctx: _Context,
        sentence: Sentence,
        date: dt.date,
        actors: list[Actor],
        positions: list[Position],
        speaker: PersonRef | None = None,
    ) -> list[Position]:
        """A state's conduct named in condemning words, as an objection to it.

        Targets "reaffirmed their support for Ukraine in the face of Russia's
        unprovoked invasion", "discussed the threat posed by Russia's dangerous
        and destabilizing activity and Iran's malign behavior", "in the face
        of ruthless Russian aggression" and "sanctions targeting Russia, given
        its continued war of aggression" (the state named last): the words (``lex:condemned-acts``, or a
        ``lex:condemning-adjectives`` adjective on a ``lex:conduct-nouns`` noun)
        are the position of the sentence's holders, else of its speaker, else of the
        publisher's state -- never of the state whose conduct it is. A phrase already inside
        a topic of the sentence ("response to Russian aggression") adds nothing.
        """
        text = sentence.text
        found: list[tuple[str, str, str]] = []
        for actor in actors:
            if actor.kind != "state" or len(actor.states) != 1:
                continue
            end = actor.end
            if not actor.possessive:
                # "the Syrian regime's use of chemical weapons": a side noun's possessive
                tail = _POSSESSIVE_TAIL.match(text, end, end + 3)
                if tail is None:
                    continue
                end = tail.end()
            m = self._conduct_re.match(text, end)  # type: ignore[union-attr]
            if m is None:
                continue
            head = m["head"].lower()
            mods = set(re.findall(r"[a-z][a-z\-]*", m["mods"]))
            if head in self._condemned_acts or mods & self._condemning:
                phrase = re.sub(r"^the\s+", "", text[actor.start : m.end()], flags=re.I)
                found.append((actor.states[0], phrase, head))
        for m in self._conduct_of_re.finditer(text) if self._conduct_of_re else ():
            # "the destructive policy of Washington", "the aggression of the Kiev regime"
            owner = self._actor_state(m["owner"])
            start = self._condemning_start(text, m.start())
            if owner and start is not None:
                found.append((owner, text[start : m.end()].strip(), m["head"].lower()))
        for m in _ITS.finditer(text) if " its " in text else ():
            # "sanctions targeting Russia, given its continued war of aggression": the state
            # named last before "its"
            before = [a for a in actors if a.kind == "state" and a.end <= m.start()]
            act = self._conduct_re.match(text, m.end() - 1)  # type: ignore[union-attr]
            if (
                before
                and len(before[-1].states) == 1
                and act is not None
                and act["head"].lower() in self._condemned_acts
            ):
                found.append((before[-1].states[0], text[m.end() : act.end()], act["head"]))
        for m in self._condemned_by_re.finditer(text) if self._condemned_by_re else ():
            owner = self.lex.demonyms.get(m["owner"]) or self._actor_state(m["owner"])
            if owner:
                found.append((owner, m.group(0), m["head"]))
        if self._demonym_act_re is not None:
            for m in self._demonym_act_re.finditer(text):
                # "ruthless Russian aggression": from the condemning adjective, if any
                start = self._condemning_start(text, m.start())
                start = m.start() if start is None else start
                found.append((self.lex.demonyms[m["dem"]], text[start : m.end()], m["head"]))
        out: list[Position] = []
        for owner, phrase, head in found:
            if any(
                phrase.lower() in label.lower()
                or (p.stance == "oppose" and head.lower() in label.lower())
                for p in positions
                for label in (p.topic.label, *p.topic.labels, p.topic.context)
            ):
                continue
            holders = tuple(dict.fromkeys(p.holder.code for p in positions))
            holders = tuple(h for h in holders if h != owner)
            if not holders and speaker is not None and speaker.state != owner:
                holders = (speaker.state,)  # "Amir-Abdollahian said the bullying actions of X"
            if not holders and ctx.home and ctx.home != owner:
                holders = (ctx.home,)
            if not holders:
                continue
            topic = _minted_topic(phrase.strip(" ,.;"))
            self._emit(ctx, sentence, date, holders, None, [("oppose", topic, owner)], out)
        return out

    def _condemning_start(self, text: str, at: int) -> int | None:
        """Where the modifiers before ``at`` start with a condemning adjective, if they do.

        >>> ex = default_extractor()
        >>> text = "drew attention to the destructive policy"
        >>> text[ex._condemning_start(text, text.index("policy")) :]
        'destructive policy'
        """
        mods = _MODS_BEFORE.search(text, max(0, at - 60), at)
        words = mods.group(0).split() if mods else []
        while words and words[0].strip(",").lower() not in self._condemning:
            words.pop(0)
        return text.rfind(words[0], 0, at) if words else None

    def _joint_hope_in(self, text: str, trig: Trigger) -> bool:
        """Whether a joint-hope cue ("look forward to") stands inside ``trig``'s span."""
        span = text[trig.end : trig.span_end]
        return "forward" in span and any(
            self._cue_of(m).phrase in self._joint_hope for m in self._cue_matches(span)
        )

    def _backed_party(
        self, ctx: _Context, trig: Trigger, text: str
    ) -> list[tuple[str, TopicRef, str | None]]:
        """A third state as all that support is for.

        Targets "reaffirmed their support to Georgia" and "agreed on continued
        support for Moldova" in a readout of two other states: the state backed
        is the topic (a party of the talk is the addressee, never the topic).
        """
        if trig.cue.stance not in ("support", "commit"):
            return []
        m = _BACKED_PARTY.fullmatch(text, trig.end, trig.span_end)
        if m is None or (trig.cue.stance == "commit" and not m["noun"]):
            return []
        code = self.lex.state_names.get(m["who"])
        if code is None or code in ctx.states:
            return []
        return [("support", _minted_topic(m["who"]), code)]

    def _names_person(self, ctx: _Context, label: str) -> bool:
        """Whether a would-be topic only names an official ("Saleumxay Kommasith",
        "Giorgia Meloni of Italy" in "welcomed Prime Minister Giorgia Meloni of Italy to
        the White House")."""
        names = (label, _OF_STATE_TAIL.sub("", label))
        return any(n in ctx.minted or n in self.lex.person_names for n in names)

    def _quote_speaker(
        self, ctx: _Context, sentences: list[Sentence], index: int
    ) -> PersonRef | None:
        """The person a quotation that opens sentence ``index`` and closes in a later one
        is attributed to there ('"... partner and ally. ... dynamically," X said').
        """
        text = sentences[index].text.lstrip()
        if text[:1] not in ('"', "\u201c") or _QUOTE_CLOSE.search(text[1:]):
            return None
        for later in sentences[index + 1 : index + 4]:
            close = _QUOTE_CLOSE.search(later.text)
            if close is None:
                continue
            attribution = later.text[close.end() :]
            if not self._reporting_re or not self._reporting_re.search(attribution):
                return None
            for actor in self._actors(ctx, attribution):
                if actor.kind == "person" and actor.person is not None:
                    return actor.person
            return None
        return None

    def _cue_act(self, trig: Trigger, text: str) -> list[tuple[str, TopicRef, str | None]]:
        """The act a cue ends with, when nothing but a partner follows it.

        Targets "looked forward to working closely with Chancellor Scholz in
        the coming months": the topic is "working closely"; and "looked forward to
        welcoming Prime Minister X to Cornwall next month": "welcoming Prime Minister X
        to Cornwall".
        """
        last = trig.cue.phrase.split()[-1]
        if last == "invitation" and not re.match(
            r"\s*(?:to|for)\s", text[trig.end : trig.span_end]
        ):
            # "accepted the invitation of Sadyr Japarov": the visit invited to
            return [(trig.cue.stance, _minted_topic("invitation"), None)]
        if not last.endswith("ing"):
            return []
        guest = _HOSTING.match(text, trig.end, trig.span_end) if last in _HOST_VERBS else None
        if guest is not None:
            # "looked forward to welcoming Prime Minister Morrison to Cornwall next month":
            # the visit is the topic, named by whom and where
            act = f"{last} {guest['rest']}"
            return [(trig.cue.stance, _minted_topic(act), None)]
        m = re.match(
            r"\s*(?P<how>(?:(?:\w+ly|together)\b\s*){1,2})?(?:with\s+[^,.;]{2,60}?)?\s*(?:in\s+the\s+\w+\s+\w+)?"
            r"\s*[.,;]?\s*$",
            text[trig.end : trig.span_end],
        )
        if m is None:
            return []
        act = text[trig.end - len(last) : trig.end] + (" " + m["how"].strip() if m["how"] else "")
        return [(trig.cue.stance, _minted_topic(act), None)]

    def _emit(
        self,
        ctx: _Context,
        sentence: Sentence,
        date: dt.date,
        holders: tuple[str, ...],
        voice: PersonRef | None,
        items: list[tuple[str, TopicRef, str | None]],
        positions: list[Position],
        trig: Trigger | None = None,
    ) -> None:
        """Append one position per item and holder (the other party as default addressee)."""
        text = sentence.text
        span = text[trig.end : trig.span_end] if trig is not None else ""
        for stance, topic, addressee in items:
            if topic.label in ctx.minted or topic.label in self.lex.person_names:
                continue  # "praised Saleumxay Kommasith": a person named, not a topic
            credited = trig is not None and trig.credit  # (thanks for help to one's own state)
            chosen = holders if credited else self._praising(ctx, holders, stance, span)
            if stance == "support" and len(chosen) == 2 and trig is not None and ctx.passive_report:
                chosen = self._backed_by_other(chosen, topic)
            for code in chosen:
                other = addressee
                if other is None or other == code:
                    other = next((s for s in ctx.states if s != code), None)
                person = voice if voice and voice.state == code else self._voice_for(ctx, code)
                positions.append(
                    Position(
                        holder=self._state(code),
                        stance=stance,
                        topic=topic,
                        addressee=self._state(other) if other and other != code else None,
                        voiced_by=person,
                        evidence=text,
                        start=sentence.start,
                        end=sentence.end,
                        date=date,
                    )
                )

    def _backed_by_other(self, holders: tuple[str, ...], topic: TopicRef) -> tuple[str, ...]:
        """The party that backs a thing of the other's in an impersonal report.

        Targets "The sovereignty of Uzbekistan and the ongoing reforms in Uzbekistan were
        supported" in a readout of Uzbekistan and the United States: a state does not
        back its own sovereignty or reforms, so the other party does.
        """
        words = " ".join(w for w in (topic.surface, topic.context, topic.label) if w)
        named = {
            self.lex.state_names[n]
            for _a, _b, n in (self.lex.name_matcher.find(words) if self.lex.name_matcher else [])
            # (a capital names a project as often as a government: "Dushanbe Water Process")
            if n in self.lex.state_names and n not in self._capitals
        }
        owners = named & set(holders)
        if len(owners) == 1 and len(named) == 1:
            return tuple(code for code in holders if code not in owners)
        return holders

    def _follow_up(self, ctx: _Context, sentence: Sentence, date: dt.date) -> list[Position]:
        """Items of a sentence that only extends the last stated position.

        Targets "... welcomed the progress made on the 2030 Roadmap. This
        includes in areas such as trade and defence.": the list belongs to the
        previous sentence's stance and holders.
        """
        m = _FOLLOW_UP.match(sentence.text)
        if m is None or ctx.last_stated is None:
            return []
        holders, voice, stance = ctx.last_stated
        positions: list[Position] = []
        items = self._vp_items(m["rest"], stance, frame=False)
        self._emit(ctx, sentence, date, holders, voice, items, positions)
        return positions

    def _praising(
        self, ctx: _Context, holders: tuple[str, ...], stance: str, span: str
    ) -> tuple[str, ...]:
        """The holders of praise, corrected where the praise names the holder's own state.

        Targets "He praised Viet Nam's successful implementation of ...", "he"
        resolved to the Vietnamese minister: a state does not praise itself,
        so in a two-party readout the other party is the holder.
        """
        if stance != "appreciate" or len(holders) != 1 or len(ctx.states) != 2:
            return holders
        owner = re.match(r"\s*(?:the\s+)?([A-Z][^,;]{1,40}?)['\u2019]s\s", span)
        if owner is None:
            return holders
        if self.lex.state_names.get(owner.group(1).replace("\u2019", "'")) != holders[0]:
            return holders
        return tuple(s for s in ctx.states if s != holders[0])

    def _voice_for(self, ctx: _Context, code: str) -> PersonRef | None:
        for person in ctx.participants:
            if person.state == code:
                return person
        return None

    def _only_skip(self, gap: str) -> bool:
        """Whether ``gap`` holds only auxiliaries, adverbs and the like (a few words)."""
        if len(gap) > 120:
            return False
        return all(w in self._skip for w in _words(gap))

    def _direct_subject(self, actors: list[Actor], text: str, at: int) -> Actor | None:
        """The actor right before position ``at``, with only auxiliaries/adverbs between.

        Targets "China firmly supports", "Kazakbaev said his country will
        continue to", "The Kyrgyz side, he said, attaches" and "the United
        States' continued commitment to".
        """
        for actor in reversed(actors):
            if actor.end > at:
                continue
            if (
                actor.kind not in ("speaker", "joint")
                and _PREP_BEFORE.search(text[max(0, actor.start - 12) : actor.start])
                # "..., with Sisi affirming Egypt's rejection of ...": the subject of an
                # absolute construction
                and not _ING_AFTER.match(text[actor.end : at + 1])
            ):
                # "any dialogue with North Korea must be ...": the object of a preposition
                # is not the clause's subject
                return None
            raw = text[actor.end : at]
            if len(raw) > 160:
                return None  # nearer actors failed; farther ones only have longer gaps
            if _TO_AFTER.match(raw) and _CALLED_BEFORE.search(
                text[max(0, actor.start - 120) : actor.start]
            ):
                # "Wang Yi called Minister X to congratulate him": the caller acts
                return None
            if _SAID_THAT.search(raw):
                # "China's premier, Cameron said China's development offered": the
                # reported clause has its own subject
                return None
            gap = _ATTRIBUTION.sub(" ", raw)
            if "," in gap or "who" in gap:
                gap = _GAP_WHO.sub(" ", gap)  # "..., Abdel Fattah El-Sisi, who expressed"
                gap = _GAP_SAID.sub(" ", gap)
                gap = _GAP_AS.sub(" ", gap)  # "China and Mongolia, as close neighbors,"
            if self._effort_re is not None and len(gap) > 6:
                gap = self._effort_re.sub(" ", gap)  # "China has made every effort to support"
            words = _words(gap)
            if len(words) <= 6 and self._only_skip(gap) and "," not in gap:
                return actor
        return None

    def _triggers(self, actors: list[Actor], text: str) -> list[Trigger]:
        """Stance cues of a sentence and the span each governs.

        A cue inside another cue's span is part of that span ("appreciates
        Kyrgyzstan's support for ...") unless it opens a new clause with its
        own subject ("..., and China hopes that ...") or a coordinated verb
        phrase ("... and oppose interference ...") outside a request. Verbs
        that only report talk ("exchanged views on", "discussed") govern a
        span too, but state no position.
        """
        clause_end = _clause_end(text, self._reporting_re)
        found: list[Trigger] = []
        if self._neutral_re:
            for m in self._neutral_re.finditer(text):
                longer = self._any_cue_at(text, m.start())
                if (
                    longer is not None
                    and longer.end() > m.end()
                    and not _HOW_TO.match(text, longer.end())
                ):
                    continue  # "discussed how our countries must ...": the longer cue states
                found.append(Trigger(_NEUTRAL, m.start(), m.end(), clause_end(m.end())))
        neutral = list(found)
        for m in self._cue_matches(text):
            cue = self._cue_of(m)
            if _inside_label(self, text, m.start(), m.end()):
                continue
            before = text[max(0, m.start() - 12) : m.start()].lower().replace('"', " ").split()
            if (
                cue.form == "VerbCue"
                and _noun_use(text, m.end())
                and not re.search(
                    r"\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?$", text[: m.start()]
                )
            ):
                continue  # "its understanding and support during ...": a noun
            if (
                before
                and (
                    (
                        cue.form == "VerbCue"
                        and (before[-1] in _NOT_BEFORE_VERB or before[-1] in _NOUN_ADJECTIVES)
                        # "Both agreed on ...": a pronoun, not a determiner, opens the sentence
                        and not (before == ["both"] and text[: m.start()].strip() == "Both")
                    )
                    or (
                        cue.form == "FrameCue"
                        and before[-1] in ("a", "an", "amid", "despite", "given")
                    )
                )
            ):
                continue  # "the shared challenges", "our support", "a call on": not a verb
            if cue.form == "VerbCue" and before and before[-1] in _SHOWING:
                continue  # "has consistently shown respect and equality": a noun, shown
            if (
                cue.form == "VerbCue"
                and m.group(0).endswith("ed")
                and _DETERMINER_ADVERB.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "the internationally accepted format": an adjective
            if cue.phrase.endswith(" how") and _HOW_TO.match(text, m.end()):
                continue  # "discussed how to expand trade": ways talked over, no position
            if cue.form == "FrameCue" and self._report_after.match(text, m.end()):
                continue  # "I would like to reiterate that X will ...": what is reiterated
            if (
                cue.form == "FrameCue"
                and "* *" in cue.phrase
                and m.group(0).split()[1].lower() in _PREPOSITIONS
            ):
                continue  # "with wishes of peace to the Kazakh people": a noun, no wish to act
            if before and before[-1] in _GREETING_ADJECTIVES and cue.phrase == "wish* to":
                continue  # "conveyed his best wishes to King Juan Carlos": a greeting
            if (
                cue.form in ("VerbCue", "FrameCue")
                and before
                and (
                    _POSSESSIVE_END.search(before[-1])
                    # "expressing his hope that", "voicing hope that", "confirmed mutual
                    # resolve to": a noun after its owner, a verb of expressing or an adjective
                    or (before[-1] in _NOUN_BEFORE and m.group(0).lower() in self._noun_cues)
                )
            ):
                noun = self._noun_cues.get(m.group(0).lower())
                if noun is None:
                    continue  # "at the latter's request", "Russia's support": a noun
                cue = noun  # "President Trump's call for a ceasefire": the noun cue
            if cue.stance == "offer" and re.search(
                r"\b(?:had|has|have)\s+(?:\w+ly\s+)?$", text[max(0, m.start() - 40) : m.start()]
            ):
                continue  # "had provided Tajikistan with materials": background, not an offer
            if (
                cue.stance == "offer"
                and cue.form == "VerbCue"
                and _PAST_GIVING.fullmatch(m.group(0).split()[0])
                and not _AUX_BEFORE.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "China provided Nigeria with containment supplies": what was done
            if (
                cue.stance == "support"
                and m.group(0).lower().endswith("ed")
                and _MUTUAL_PAST_AFTER.match(text, m.end())
                and not _AUX_BEFORE.search(text, max(0, m.start() - 30), m.start())
            ):
                # "the two countries have respected and trusted each other and always supported
                # each other": the history of the relations, told, no position taken
                continue
            if (
                cue.stance == "request"
                and m.group(0)[:4].lower() == "call"
                and _PHONE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "received a phone call on Sunday from X": the call itself, no request
            if cue.stance == "request" and _PRAYED_TO.match(text, m.end() + 1):
                continue  # "asking Allah the Almighty to bless the nations": a prayer
            if cue.stance == "request" and (
                _AT_REQUEST.search(text, max(0, m.start() - 8), m.start())
                or (
                    m.group(0).lower().startswith("invit")
                    and _HAD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                )
            ):
                # "held telephone talks at request of President X", "Earlier, Putin had
                # invited Obama to visit Russia": how the talk came about, no request made
                continue
            if any(t.start <= m.start() < t.end for t in neutral):
                continue
            if m.group(0).lower().startswith("thanks to") and _BECAUSE_BEFORE.search(
                text, 0, m.start()
            ):
                continue  # "I am certain that thanks to our joint efforts, ...": because of
            if (
                cue.stance == "offer"
                and m.group(0).lower().startswith("shar")
                and not self._shared_re.search(text, m.end(), m.end() + 40)
            ):
                continue  # "a community of shared interests": only concrete things are offered
            end = clause_end(m.end())
            if ", wh" in text[max(0, m.start() - 40) : m.start()] and _RELATIVE_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                # "Nepal, which is striving to achieve X, views China as ...": the relative
                # clause ends at its comma
                comma = text.find(",", m.end(), end)
                end = comma if comma > 0 else end
            if m.group(0).split()[0].endswith("ing") and _COMMA_BEFORE.search(
                text, max(0, m.start() - 16), m.start()
            ):
                # "The two ministers, fully sharing the view that X, agreed to ...": the aside
                # ends where the subject's own past-tense verb takes over
                main = _COMMA_PAST.search(text, m.end(), end)
                end = main.start() if main else end
            found.append(Trigger(cue, m.start(), m.end(), end))
        found.extend(self._party_will(actors, text, found, clause_end))
        passives = self._passive_nouns(text, clause_end)
        for passive in passives:
            found = [t for t in found if not passive.start <= t.start < passive.end]
            found.append(passive)
        found.extend(self._praise(actors, text))
        found.extend(self._verdicts(actors, text))
        assessed = self._assessments(text, clause_end)
        if assessed:
            # "described X as important": the assessment, not the neutral "described X"
            starts = {t.start for t in assessed}
            found = [
                t
                for t in found
                if t.start not in starts
                # "views its partnership with Mexico as vital": the assessment, not praise
                or (t.cue.form != "Neutral" and not t.cue.phrase.endswith(" as"))
            ]
            found.extend(assessed)
        for m in _IT_WAS_NOTED.finditer(text):
            # "It was noted that mutual visits will be organized": the encounter's shared
            # view, unless the clause states its own ("It was noted that X can have a
            # negative impact", "It was emphasized that the Saudi side supports ...")
            end = clause_end(m.end())
            if not any(t.start < end and t.span_end > m.start() for t in found):
                cue = _IT_NOTED if m["that"] else _IT_NOTED_THING
                found.append(Trigger(cue, m.start(), m.end(), end))
        found.sort(key=lambda t: t.start)
        opened: Actor | None = None  # the subject of the sentence's first predicate
        for trig in found:
            if trig.praise or trig.verdict:
                continue
            trig.subject = self._direct_subject(actors, text, trig.start)
            if (
                trig.subject is not None
                and trig.cue.form == "NounCue"
                and text[trig.subject.start - 1 : trig.subject.start] in ("-", "\u2013")
                and not text[trig.subject.end : trig.start].strip()
            ):
                # "China-Russia relations are based on ...": the pair names the relations,
                # the second state is no subject
                trig.subject = None
            if (
                trig.subject is None
                and opened is not None
                and _and_past(
                    text[max(0, trig.start - 40) : trig.start], text[trig.start : trig.end]
                )
            ):
                # "The ministers exchanged views on X, Y and stressed the importance of Z":
                # a coordinated past tense shares the first predicate's subject
                trig.subject = opened
            if opened is None and trig.subject is not None and _opens(text, trig.subject):
                opened = trig.subject
            if (
                trig.subject is None
                and trig.cue.form in ("VerbCue", "FrameCue")
                # "the international community should help X": still the speaker's request
                and trig.cue.phrase not in _MODAL_REQUESTS
            ):
                trig.foreign = self._foreign_subject(actors, found, text, trig.start, trig.end)
            elif trig.subject is None and trig.cue.form == "NounCue":
                # "Japanese companies expressed interest in ...": the verb's subject is no party
                verb = _EXPRESSED_BEFORE.search(text, max(0, trig.start - 40), trig.start)
                if verb and not _COORDINATED_END.search(
                    text, max(0, verb.start() - 12), verb.start()
                ):
                    trig.foreign = self._foreign_subject(
                        actors, found, text, verb.start(), verb.end("verb")
                    )
        # "shared his greetings", "expressed his hope": the noun carries the stance
        merged: list[Trigger] = []
        for trig in found:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and (
                    prev.cue.form == "VerbCue"
                    # "agreed on the great significance of": the noun states the position
                    or (prev.cue.form == "FrameCue" and prev.cue.stance == "commit")
                )
                and trig.cue.form in ("NounCue", "Neutral")
                and self._only_skip(text[prev.end : trig.start])
            ):
                trig.subject = trig.subject or prev.subject
                if prev.cue.stance in ("support", "oppose") and trig.cue.stance == "request":
                    # "supports the need for reform", "rejected calls for sanctions": the
                    # verb's stance on what the noun asks for
                    trig.cue = dataclasses.replace(trig.cue, stance=prev.cue.stance)
                elif (
                    prev.cue.stance == "appreciate"
                    and trig.cue.stance in ("commit", "support")
                    and " of " in trig.cue.phrase
                ):
                    # "appreciates the commitment of Solomon Islands to the one-China
                    # principle": the commitment of a party named after it is praised (not
                    # "highlighted its commitment to": one's own)
                    trig.cue = dataclasses.replace(trig.cue, stance="appreciate")
                merged[-1] = trig
                continue
            merged.append(trig)
        out: list[Trigger] = []
        for trig in merged:
            active = out[-1] if out else None
            if active is None or trig.start >= active.span_end:
                out.append(trig)
                continue
            gap_before = text[active.end : trig.start]
            if trig.praise and active.cue.form == "Neutral" and trig.start == active.start:
                # "Kazakbaev described China as a reliable partner": the description praises
                out[-1] = trig
                continue
            fresh = (
                _COMMA_SUBJECT_VERB_END.search(gap_before) if trig.cue.form == "NounCue" else None
            )
            if fresh and self._actors_in(fresh["subject"]):
                # "Expressing his satisfaction at X, Prime Minister Modi reiterated India's
                # commitment to Y": the fronted clause ends where the subject's verb begins
                active.span_end = _trim_end(text, active.end, active.end + fresh.start())
                trig.foreign = False
                out.append(trig)
                continue
            if any(trig is p for p in passives):
                # "... was noted with satisfaction and confidence was expressed that ..."
                active.span_end = _trim_end(text, active.end, trig.start)
                out.append(trig)
                continue
            if (
                trig.subject is not None
                and trig.subject.start >= active.end
                and not trig.subject.possessive
                and re.search(
                    # (', and "the two countries should ...": a quotation may open the clause)
                    r"(?:,|;|\band|\bbut|\bwhile|\bsaid|\bnoted|\bstressed|\badded)\s*[\"\u201c]?$"
                    # "..., and that he intends to": the speaker's own next clause; "...,
                    # and that China is willing to" (not "and that China must": a request)
                    + (
                        r"|\band that\s*$"
                        if trig.subject.kind in ("speaker", "person")
                        or (trig.subject.kind == "state" and trig.cue.stance != "request")
                        else ""
                    ),
                    text[max(active.end, trig.subject.start - 20) : trig.subject.start],
                )
            ):
                active.span_end = _trim_end(text, active.end, trig.subject.start)
                out.append(trig)
                continue
            if active.cue.form == "Neutral":
                lead_in = text[max(active.end, trig.start - 25) : trig.start].lower().split()
                if (
                    trig.cue.form == "NounCue"
                    and (
                        trig.cue.phrase.startswith("the ")
                        or self._direct_object(text[active.end : trig.start])
                        # "exchanged views on X, expressing support for Y": the participle's noun
                        or _PARTICIPLE_BEFORE.search(text, active.end, trig.start)
                        # "exchanged views on Syria and confirmed mutual resolve to ...": a second
                        # verb of the subject, its noun the position
                        or _AND_PAST_NOUN.search(text[active.end : trig.start])
                        or (
                            lead_in
                            and (
                                lead_in[-1] in _DETERMINERS
                                or lead_in[-1].endswith(("'s", "\u2019s", "'", "\u2019"))
                                # "Egypt's firm rejection of", "..., as well as their
                                # shared commitment to": a degree word after the owner
                                or (
                                    len(lead_in) > 1
                                    and (
                                        lead_in[-2].endswith(("'s", "\u2019s"))
                                        or lead_in[-2] in ("their", "our")
                                    )
                                    and lead_in[-1].isalpha()
                                )
                            )
                        )
                    )
                ):
                    trig.inherit = True
                    out.append(trig)
                elif (
                    trig.cue.form != "NounCue"
                    and (
                        # "discussed the state of relations and resolved to continue dialogue":
                        # a second verb of the same subject states a position
                        _and_past(text[active.end : trig.start], text[trig.start : trig.end])
                        # "discussed North Korea's missile test, agreeing that ...": the
                        # participle states what the talk concluded
                        or (
                            re.search(r",\s*(?:and\s+)?$", text[active.end : trig.start])
                            and re.match(r"\w+ing\b", text[trig.start : trig.end])
                        )
                    )
                ):
                    active.span_end = _trim_end(text, active.end, trig.start)
                    trig.subject = trig.subject or active.subject
                    trig.foreign = False
                    trig.inherit = True
                    out.append(trig)
                continue
            if (
                trig.cue.form == "NounCue"
                and active.cue.stance == "appreciate"
                and active.cue.form == "VerbCue"
                and self._own_possessive(text[active.end : trig.start], active.subject)
            ):
                # "highlighted the UK's commitment to ...": one's own commitment restated
                active.span_end = active.end
                trig.inherit = True
                out.append(trig)
                continue
            if (
                active.cue.form == "FrameCue"
                and trig.cue.stance == "commit"
                and re.search(r",\s*and\s+(?:is|are|was|were)\s+(?:also\s+)?$", gap_before)
            ):
                # "Saudi Arabia fully trusts China, and is willing to push for ...": the
                # subject's own next predicate
                active.span_end = active.end + gap_before.rfind(",")
                trig.foreign = False
                out.append(trig)
                continue
            if (
                active.cue.phrase in _MODAL_REQUESTS
                and trig.cue.form != "NounCue"
                and _and_past(gap_before, text[trig.start : trig.end])
            ):
                # "reiterated that X's rights should be respected and called on the parties
                # to ...": a past tense is the speaker's next verb, not the modal's
                active.span_end = _trim_end(text, active.end, trig.start)
                trig.foreign = False
                out.append(trig)
                continue
            past_from = max(0, len(gap_before) - 60)
            past = (
                _AND_PAST_NOUN.search(gap_before, past_from)
                if trig.cue.form == "NounCue" and active.cue.stance != "request"
                else None
            )
            if past:
                # "noted the efficiency of X, as well as confirmed the interest of the two
                # sides in Y": a coordinated past tense, the noun its object
                active.span_end = _trim_end(text, active.end, active.end + past.start())
                trig.inherit = True
                out.append(trig)
                continue
            if (
                trig.cue.form == "NounCue"
                # ("thanked him for his leadership and his commitment to X": both thanked)
                and active.cue.stance != "appreciate"
                and _AND_OWNER_END.search(gap_before)
            ):
                # "reaffirmed their commitment to the partnership and their determination to
                # destroy ISIL": a second object with its owner, a stance of its own
                active.span_end = _trim_end(text, active.end, active.end + gap_before.rfind("and"))
                trig.inherit = True
                out.append(trig)
                continue
            if (
                trig.cue.form == "NounCue"
                and trig.cue.stance == "commit"
                and active.cue.stance not in ("request", "commit")
                and _AND_THE_END.search(gap_before)
            ):
                # "stressed the strength of bilateral ties and the keenness of the two
                # countries to continue working ...": a second object, a commitment
                active.span_end = _trim_end(text, active.end, active.end + gap_before.rfind("and"))
                trig.inherit = True
                out.append(trig)
                continue
            if (
                trig.cue.clause
                and trig.cue.form != "NounCue"
                and _AND_BEFORE.search(gap_before)
                and re.match(r"[a-z]+(?:ed|s)\b", text[trig.start : trig.end]) is not None
            ):
                # "China advocates for a fair investigation and believes that ...": the
                # subject's next verb, with its own clause
                active.span_end = _trim_end(text, active.end, trig.start)
                trig.foreign = False
                trig.inherit = True
                out.append(trig)
                continue
            verb_led = trig.cue.form == "NounCue" and trig.cue.phrase.split()[0].endswith("*")
            if active.cue.stance == "request" or (trig.cue.form == "NounCue" and not verb_led):
                continue  # ("..., and concurred with the need for" is a new verb phrase)
            if self._only_skip(gap_before):
                continue  # "is ready to provide": the inner verb of a frame
            if (
                active.cue.stance == "appreciate"
                and re.match(r"\w+ing\b", text[trig.start : trig.end])
                and re.search(r"\bfor\b", gap_before)
            ):
                continue  # "thanked the US for its support and sending cargo": what is thanked for
            if (
                active.cue.form in ("NounCue", "VerbCue")
                and trig.cue.form == "FrameCue"
                and re.match(r"\w+ing\b", text[trig.start : trig.end])
                and re.search(r"\w+ing\s+and\s+$", gap_before)
            ):
                continue  # "the importance of strengthening and continuing negotiations"
            tail_start = max(0, len(gap_before) - 80)
            # "and will, as always, firmly support": the aside is no clause break
            coord = re.search(
                r"(?:,\s*and|\band|,)\s+((?:[\w’']+\s+){0,3})$",
                _ASIDE.sub("", gap_before[tail_start:]),
            )
            if (
                coord
                # "accepted the invitation and in turn invited him to visit the UAE"
                and self._only_skip(re.sub(r"\bin (?:turn|return|response)\b,?", "", coord[1]))
                and (
                    "and" in coord.group(0)
                    # "China understands X, supports Y": a comma between two verbs of one form
                    or (
                        active.cue.form == trig.cue.form == "VerbCue"
                        # (a verdict's trigger is empty: "stressed that X is unacceptable")
                        and active.end > active.start
                        and trig.end > trig.start
                        and _same_inflection(
                            text[active.start : active.end].split()[0],
                            text[trig.start : trig.end].split()[0],
                        )
                    )
                )
            ):
                active.span_end = _trim_end(
                    text, active.end, active.end + tail_start + coord.start()
                )
                trig.inherit = True
                out.append(trig)
        for trig in list(out):
            if trig.cue.form == "NounCue" and _WILL_BEFORE.search(
                text, max(0, trig.start - 40), trig.start
            ):
                # "China will strengthen solidarity with Arab countries, and work with all
                # parties to avoid escalation": the second verb is the modal's, not the noun's
                m = _AND_VERB.search(text, trig.end, trig.span_end)
                if m and self._action_at(text[m.end() : trig.span_end]):
                    new = Trigger(_WILL, m.end(), m.end(), trig.span_end, subject=trig.subject)
                    new.inherit = True
                    trig.span_end = _trim_end(text, trig.end, m.start())
                    out.insert(out.index(trig) + 1, new)
                continue
            # "Turkey hopes to deepen cooperation with China and will actively participate
            # in the Belt and Road": the subject's own next predicate, a commitment
            # "China firmly opposes unilateralism, and will resolutely safeguard X": the
            # same for a verb's own object list
            if not (
                (trig.cue.form == "FrameCue" and trig.cue.phrase.endswith(" to"))
                or (trig.cue.form == "VerbCue" and trig.cue.stance in ("support", "oppose"))
            ):
                continue
            m = _AND_WILL.search(text, trig.end, trig.span_end)
            if m is None or any(
                t is not trig and m.start() <= t.start < trig.span_end for t in out
            ):
                continue
            new = Trigger(
                _WILL, m.start("will"), m.end("will"), trig.span_end, subject=trig.subject
            )
            new.inherit = True
            trig.span_end = _trim_end(text, trig.end, m.start())
            out.insert(out.index(trig) + 1, new)
        return out

    def _party_will(
        self, actors: list[Actor], text: str, found: list[Trigger], clause_end
    ) -> list[Trigger]:
        """A party's plain future as its commitment.

        Targets "Kishida said Japan will coordinate with Indonesia on maritime
        security" and "Lavrov said Russia would continue supplying grain": a
        party (not "the visit", not "the talks") as the subject of "will" or
        "would" and an action verb, outside any other cue's span.
        """
        out: list[Trigger] = []
        if " will " not in text and " would " not in text:
            return out
        for m in _PARTY_WILL.finditer(text):
            if (
                # "Monti will attend the Boao Forum": a schedule, not a commitment
                _SCHEDULE_VERB.match(text, m.end())
                or any(t.start <= m.start() < t.span_end for t in found)
                or self._any_cue_at(text, m.end())  # "China will always stand with": its own cue
                or not self._action_at(text[m.end() :])
            ):
                continue
            subject = self._direct_subject(actors, text, m.start())
            if subject is None or subject.possessive:
                continue
            out.append(Trigger(_WILL, m.start(), m.end(), clause_end(m.end())))
        return out

    def _passive_nouns(self, text: str, clause_end) -> list[Trigger]:
        """Noun cues split by a passive "was expressed".

        Targets "Confidence was expressed that bilateral cooperation would
        grow", "Hope was expressed that ..." and "Satisfaction was expressed
        with ...": the noun and the word after the verb make the cue
        ("confidence that", "satisfaction with").
        """
        out: list[Trigger] = []
        if not any(verb in text for verb in _PASSIVE_NOUN_VERBS) or not (
            " was " in text or " were " in text or " been " in text
        ):
            return out
        for m in _PASSIVE_NOUN.finditer(text):
            noun, prep = m["noun"].lower(), m["prep"].lower()
            pattern = self._cue_re_for(noun)
            cue_match = pattern.fullmatch(f"{noun} {prep}") if pattern else None
            if cue_match is None and prep == "of":
                # "the importance was emphasized of finding ways ...": "the importance of"
                the = self._cue_re_for("the")
                cue_match = the.fullmatch(f"the {noun} {prep}") if the else None
            if cue_match is None:
                continue
            cue = self._cue_of(cue_match)
            if cue.form not in ("NounCue", "FrameCue"):
                continue
            out.append(Trigger(cue, m.start("noun"), m.end(), clause_end(m.end())))
        return out

    def _verdicts(self, actors: list[Actor], text: str) -> list[Trigger]:
        """A clause's subject judged by its predicate: the speaker's stance on it.

        Targets "Lavrov stressed that the escalation of tensions on the Korean
        Peninsula, caused by US military preparations, is unacceptable"
        (``lex:bad-predicates``: oppose) and "the Prime Minister stressed that
        global access to vaccines will be key to defeating the pandemic"
        (``lex:good-predicates``: support). A subject naming a party is not meant.
        """
        out = []
        low = text.lower()
        for stance, pattern, keys in self._verdict_res:
            if not keys.search(low):
                continue  # (one scan for the lists' key words, not one per word)
            for m in pattern.finditer(text):
                subject = self._subject_before(text, m.start())
                if not subject or self._is_actor_phrase(subject) or self._names_first(subject):
                    continue
                if subject.lower() in _DUMMY:
                    continue  # "it was important that ...": the clause after says what
                if _FINITE_IN_SUBJECT.search(subject):
                    continue  # "The two presidents have maintained close contact and ...": a clause
                cue = _VERDICT_CUES[stance]
                out.append(Trigger(cue, m.start(), m.start(), m.start(), verdict=True))
        noted = _NOTED_PASSIVE.search(text) if self._good_re else None
        if noted:
            # "The successful results of the official visits ... were emphasized": praise
            subject = self._subject_before(text, noted.start())
            start = noted.start() + 1
            if subject and self._good_re.search(subject) and not self._is_actor_phrase(subject):
                cue = _VERDICT_CUES["appreciate"]
                out.append(Trigger(cue, start, start, start, verdict=True))
            else:
                out.extend(self._emphasized(actors, text, noted.start()))
        return out

    def _emphasized(self, actors: list[Actor], text: str, at: int) -> list[Trigger]:
        """Things an impersonal report says were stressed: backed by both sides.

        Targets "The utilization of the potential in the field of economic
        cooperation, the promotion of investments, development of infrastructures
        and addressing of logistic challenges was underlined" and "The viability
        of the existing format, as well as promotion of the peace process was
        emphasized": the whole subject, a list, with no cue of its own ("The
        importance of X was emphasized" is the cue's) and no party in it.
        """
        head = _without_adjunct(text[:at].strip())
        if (
            not _NOUN_OPENING.match(head)
            or any(a.start < at for a in actors)
            # (a verb cue in a noun phrase is a participle: "the internationally accepted")
            or any(self._cue_of(m).form != "VerbCue" for m in self._cue_matches(head))
            or _REPORTING_IN.search(head)
        ):
            return []
        start = at + 1
        # "... was noted with satisfaction": credit given
        stance = "appreciate" if "satisf" in text[at:] else "support"
        return [Trigger(_VERDICT_CUES[stance], start, start, start, verdict=True, whole=True)]

    def _cue_of(self, match: re.Match[str]) -> Cue:
        """The cue a match of the cue patterns found (its named group is "c<index>")."""
        return self.lex.cues[int(match.lastgroup[1:])]  # type: ignore[index]

    def _assessments(self, text: str, clause_end: Callable[[int], int]) -> list[Trigger]:
        """A thing the holder calls good, bad, needed or important.

        Targets "Meredow described cooperation between Tehran and Ashgabat in
        international bodies as important" (support), "regarded the progress on
        the Minsk Agreement as highly positive" (appreciate) and "assessed the
        situation as tense" (oppose): the object between the verb and "as" is
        the topic, the predicate's word list (``lex:key-assessments``,
        ``lex:good-assessments``, the verdict lists) the stance.
        """
        out = []
        if " its " in text or " their " in text:
            # "discussed the alliance and affirmed its importance": the thing discussed
            for m in _ITS_IMPORTANCE.finditer(text):
                out.append(
                    Trigger(_ASSESS_CUES["support"], m.start(), m.start("obj"), m.end("obj"))
                )
        if self._noted_good_re is not None:
            # "The parties noted the intensive political dialogue and productive contacts"
            for m in self._noted_good_re.finditer(text):
                if m["that"] and not re.search(r"\b(?:was|were|been)\s+$", text[: m.start()]):
                    continue  # "noted that the friendly assistance ...": a clause (but "It was
                    # emphasized that the fruitful outcomes of the visit ..." is the good thing)
                out.append(Trigger(_NOTED_GOOD, m.start(), m.end("verb"), clause_end(m.end())))
        low = text.lower()
        bad = self._noted_bad_re is not None and self._bad_keys.search(low) is not None
        for m in self._noted_bad_re.finditer(text) if bad else ():  # type: ignore[union-attr]
            out.append(Trigger(_NOTED_BAD, m.start(), m.end("verb"), clause_end(m.end())))
        if self._assess_re is None or " as " not in text:
            return out
        for m in self._assessed_passive_re.finditer(text):  # type: ignore[union-attr]
            stance = self._assessed.get(m["pred"].lower())
            subject = self._subject_before(text, m.start())
            if stance is None or not subject or self._is_actor_phrase(subject):
                continue
            if subject.lower() in _DUMMY or self._names_first(subject):
                continue  # "It was regarded as ...", "Russia is seen as ...": no thing judged
            at = m.start() + 1
            out.append(Trigger(_VERDICT_CUES[stance], at, at, at, verdict=True))
        for m in self._assess_re.finditer(text):
            stance = self._assessed.get(m["pred"].lower())
            if stance is None:
                continue
            cue = _ASSESS_CUES[stance]
            out.append(Trigger(cue, m.start(), m.start("obj"), m.end("obj")))
        return out

    def _asks_of_other(self, span: str) -> bool:
        """Whether what a weight cue ("the importance of") governs is another party's act:
        "the importance of Pakistan's cooperation on law enforcement", "of India increasing
        its procurement", "of the fulfilment by the separatist forces of their obligations",
        "of ensuring that humanitarian aid reaches Gaza". Weight put on someone else's act
        asks for it; on a relationship or a shared effort it backs it."""
        return bool(
            _ENSURING_THAT.match(span)
            or _BY_AGENT.match(span)
            or self._name_then(span.strip(), _AGENT_AFTER_NAME)
        )

    def _names_first(self, text: str) -> bool:
        """Whether ``text`` starts with the name of a state or an official ("the U.S. is")."""
        # "North Korea's missile launches", "U.S. policy on Taiwan": the thing is judged
        return self._name_then(text.strip(), _NAME_ALONE)

    def _name_then(self, text: str, follow: re.Pattern[str]) -> bool:
        """Whether ``text`` starts (within a determiner) with the name of a state or an
        official that ``follow`` matches right after."""
        if self.lex.name_matcher is None:
            return False
        return any(
            start <= 4 and follow.match(text, end)
            for start, end, _s in self.lex.name_matcher.find(text[:60])
        )

    def _subject_before(self, text: str, at: int) -> str:
        """The subject of a clause whose verb starts at ``at``, skipping a
        participial aside (", caused by US military preparations,")."""
        head = text[:at].rstrip()
        aside = re.search(r",\s*(?:\w+(?:ed|en)\b|including\b)[^,]*,$", head)
        if aside:
            head = head[: aside.start()]
        cut = max(
            (
                m.end()
                for m in re.finditer(r"\b(?:said|noted|stressed|added|that)\b\s*|[;:]\s*", head)
            ),
            default=0,
        )
        comma = head.rfind(",", cut)
        # "A, B, C and D require ...", "A, B, and C were ...": the list is the subject
        listed = re.match(r",\s*(?:and|or)\s", head[comma:]) or (
            re.search(r"\s(?:and|or)\s", head[comma + 1 :]) is not None
            and head.count(",", cut) >= 2
        )
        if comma >= 0 and not listed:
            cut = comma + 1
        elif comma >= 0:
            # "The expansion of trade, ..., and agriculture were considered beneficial": a
            # list is the subject, unless an opening adjunct ("In this regard, X, Y and Z")
            first = re.search(r",\s*", head[cut:])
            if first and re.match(
                r"(?:[A-Z]\w*ly|In|At|On|For|As|With|Under|During|Given|Despite|Amid|After|Since|"
                r"Although|While|Though|Besides)\b",
                head[cut:],
            ):
                cut += first.end()
        return head[cut:].strip()

    def _praise(self, actors: list[Actor], text: str) -> list[Trigger]:
        """Praise stated with a copula: the speaker appreciates the state described.

        Targets "Tileuberdi stressed that China is both an eternal strategic
        partner of Kazakhstan and a friendly country" and "the two countries
        are good neighbours": a state (or both) is called a partner, friend,
        neighbour or the like (``lex:praise-nouns``); the topic is that noun
        phrase. A state describing itself is not meant.
        """
        if self._praise_re is None:
            return []
        out = []
        for m in self._praise_re.finditer(text):
            subject = self._direct_subject(actors, text, m.start())
            if subject is None or subject.kind not in ("state", "joint"):
                continue
            start, phrase = m.start(1), m.group(1)
            if re.search(r",|\band\b", phrase):
                # "an important political, trade and development partner": the noun and the
                # adjective next to it, not a list of spheres
                start += phrase.rfind(" ", 0, phrase.rfind(" ")) + 1
            trig = Trigger(_PRAISE, m.start(), start, m.end(1), subject=subject, praise=True)
            out.append(trig)
        called = self._called_re is not None and any(w in text for w in _CALLING_WORDS)
        for m in self._called_re.finditer(text) if called else ():  # type: ignore[union-attr]
            named = next(
                (a for a in actors if a.start == m.start("obj") and a.kind in ("state", "joint")),
                None,
            )
            if named is not None:
                out.append(
                    Trigger(
                        _PRAISE,
                        m.start(),
                        m.start("pred"),
                        m.end("pred"),
                        subject=named,
                        praise=True,
                    )
                )
        return out

    def _own_possessive(self, gap: str, subject: Actor | None) -> bool:
        """Whether ``gap`` is just the holder's own possessive ("its", "the UK's continued").

        >>> ex = default_extractor()
        >>> ex._own_possessive(" its continued ", None), ex._own_possessive(" Kenya's ", None)
        (True, False)
        """
        m = re.fullmatch(
            r"\s*(?:the\s+)?(?:(?P<pronoun>its|his|her|our|their)|(?P<name>[A-Z][\w.\-]*"
            r"(?:\s+[A-Z][\w.\-]*)?)['\u2019]s?)\s+(?:[a-z][\w\-]*\s+){0,2}",
            gap,
        )
        if m is None:
            return False
        if m["pronoun"]:
            return True
        code = self.lex.state_names.get(m["name"])
        return bool(code and subject is not None and code in subject.states)

    def _direct_object(self, gap: str) -> bool:
        """Whether a noun cue after a talk verb is that verb's own object.

        Targets "raised concerns about X" and "raised serious concerns over
        X": only adjectives stand between verb and noun, so the concern is
        stated. "raised the issue of ... concerns about" is not meant.
        """
        words = gap.split()
        return (
            len(words) <= 2
            and "," not in gap
            and not any(w.lower() in _PREPOSITIONS or w[:1].isupper() for w in words)
        )

    def _foreign_subject(
        self, actors: list[Actor], triggers: list[Trigger], text: str, at: int, end: int
    ) -> bool:
        """Whether the clause of a cue at ``at`` has its own subject that is no party.

        Targets "..., noting that NATO opposes X" and "Lavrov noted that the
        European Union rejects Y": a position attributed to a third party is
        not the speaker's. A passive ("X will be protected") is not meant.
        """
        if re.match(r"\s*(?:be|being|been)\s", text[end : end + 12]) or re.search(
            r"\b(?:be|been|was|were)\s+(?:also\s+)?(?:\w+ly\s+)?$", text[max(0, at - 24) : at]
        ):
            return False
        if re.search(r"\b(?:was|were|been)\s", text[at:end]):
            return False  # "an agreement was reached on": a passive cue has no agent to find
        if re.search(r"\b[Ii]t\s+(?:is|was)\s+(?:also\s+)?$", text[max(0, at - 16) : at]):
            return False  # "It is hoped that the U.S. will ...": the speaker's impersonal wish
        # a clause's subject stands within a few words of its verb: look back a little
        window = max(0, at - 200)
        starts = [m.end() for m in _CLAUSE_START.finditer(text, window, at)]
        start = max(starts, default=0 if window == 0 else window)
        gap = text[start:at]
        if any(a.start < at and a.end > start for a in actors if a.end > window):
            return False
        if any(
            t.start < at and t.end > start for t in triggers if window < t.end and t.start != at
        ):
            return False
        if re.match(r"\s*(?:and|or|but)\b", gap):
            return False
        if re.fullmatch(
            r"\s*(?:After|Before|While|When|Upon|On|Besides|In addition to)\s+", gap
        ) and re.search(r"ing$", text[at:end].split()[0]):
            return False  # "After congratulating X on Y, Wang said": the main clause's subject
        if re.fullmatch(r"\s*Having\s+(?:\w+ly\s+)?", gap):
            return False  # "Having congratulated his colleague on ..., Lavrov said": the same
        content = [w for w in _words(gap) if w not in self._skip]
        return bool(content)

    def _holders(
        self,
        ctx: _Context,
        trig: Trigger,
        actors: list[Actor],
        previous: list[tuple[tuple[str, ...], PersonRef | None]],
        speaker: PersonRef | None,
        text: str = "",
    ) -> tuple[tuple[str, ...], PersonRef | None]:
        """Who holds the stance of ``trig``: subject, else inherited, else speaker."""
        subject = trig.subject
        if (
            subject is not None
            and subject.kind == "state"
            and trig.cue.stance == "appreciate"
            and len(ctx.states) == 2
            and _PASSIVE_GAP.fullmatch(text[subject.end : trig.start])
            # a participle ("was thanked"), not an adjective ("was appreciative of")
            and re.match(r"[a-z]+ed\b", text[trig.start : trig.end]) is not None
        ):
            # "The Japanese side was thanked for the assistance": the other party thanks
            others = tuple(s for s in ctx.states if s not in subject.states)
            if len(others) == 1:
                return others, self._voice_for(ctx, others[0])
        behalf = _ON_BEHALF.search(text, 0, trig.start) if "behalf" in text else None
        if behalf:
            state = self._actor_state(behalf["who"])
            if state is not None:
                # "Minister on behalf of the Government of Germany expressed deep gratitude":
                # the state spoken for holds the stance
                return (state,), self._voice_for(ctx, state)
        if subject is not None and _TO_BEFORE.search(text, max(0, trig.start - 24), trig.start):
            opener = next((a for a in actors if a.kind != "speaker"), None)
            if (
                opener is not None
                and opener.start < subject.start
                and _ENCOUNTER.search(text, opener.end, subject.start)
            ):
                # "Blinken spoke today with Foreign Minister Huitfeldt to congratulate her on
                # her appointment": the purpose is the caller's, not the guest's
                subject = opener
        if trig.verdict:
            joint = next(
                (
                    a
                    for a in actors
                    if a.kind == "joint" and a.start < trig.start and _opens(text, a)
                ),
                None,
            )
            if joint is not None:
                # "The two ministers noted that the summit marked an important milestone"
                return tuple(dict.fromkeys(joint.states or ctx.states[:2])), None
            if _PASSIVE_VERDICT.match(text, trig.start) and not re.search(
                r"\bby\s+(?:the\s+)?[A-Z]", text[trig.start :]
            ):
                # "Further strengthening of political ties was considered necessary": an
                # impersonal passive states the encounter's shared view
                return tuple(ctx.states[:2]), None
            if ctx.passive_report and speaker is None:
                # "It was emphasized that cooperation is expanding": the encounter's view
                return tuple(ctx.states[:2]), None
            side = next(
                (
                    a
                    for a in actors
                    if a.kind == "state"
                    and not a.possessive
                    and a.start < trig.start
                    and len(a.states) == 1
                    and _opens(text, a)
                ),
                None,
            )
            if speaker is None and side is not None:
                # "The Russian side stressed that X only prolongs the conflict": that state
                return side.states, self._voice_for(ctx, side.states[0])
            who = speaker or ctx.speaker
            if who is None and previous:
                return previous[-1]
            return ((who.state,), who) if who else ((), None)
        if trig.praise and subject is not None:
            who = speaker or ctx.speaker
            if who is not None and (who.state not in subject.states or subject.kind == "joint"):
                return (who.state,), who
            if who is None and ctx.home and ctx.home not in subject.states:
                # a head of state's own statement ("I spoke with President Macri ...
                # Argentina is a long-time strategic partner"): the publisher's state
                return (ctx.home,), self._voice_for(ctx, ctx.home)
            if subject.kind == "joint":
                return tuple(dict.fromkeys(subject.states or ctx.states[:2])), None
            return (), None
        if (
            subject is not None
            and subject.possessive
            and subject.kind == "state"
            and trig.cue.phrase in _MODAL_REQUESTS
        ):
            # "Syria's sovereignty must be strictly observed": the state owns the subject,
            # the request is the speaker's
            subject = None
        if subject is None and previous:
            return previous[-1]
        if subject is None:
            # the sentence's subject, also after an opening adjunct ("At the end of the
            # conversation, the parties exchanged ... and expressed their intention to")
            first = next(
                (
                    a
                    for a in actors
                    if a.kind != "speaker"
                    and _opens(text, a)
                    # ("Syria's sovereignty must be observed": the state owns the subject)
                    and not (a.possessive and trig.cue.phrase in _MODAL_REQUESTS)
                ),
                None,
            )
            if first is not None and first.start < trig.start:
                subject = first
            elif re.match(r"(?:(?:While|When|After|Before|By)\s+)?[A-Za-z][a-z]+ing\b", text):
                # "Noting the necessity of ..., the ministers agreed to ...": an opening
                # participle's subject is the main clause's
                comma = text.find(", ", trig.end)
                subject = next(
                    (
                        a
                        for a in actors
                        if comma > 0
                        and a.kind != "speaker"
                        and re.fullmatch(r",\s+(?:the\s+)?", text[comma : a.start])
                    ),
                    None,
                )
        if subject is None and ctx.passive_report and speaker is None:
            # "Determination to expand trade ties was underlined.": both parties
            return tuple(ctx.states[:2]), None
        if subject is None:
            who = speaker or ctx.speaker
            if who is None and ctx.home_voice and ctx.home:
                return (ctx.home,), self._voice_for(ctx, ctx.home)
            who = who or (ctx.participants[0] if ctx.participants else None)
            return ((who.state,), who) if who else ((), None)
        if subject.kind == "speaker":
            # "We oppose war", after a sentence naming someone else: still the speaker
            who = speaker or (ctx.speaker if subject.first_person else None)
            if who is None and subject.first_person and ctx.home_voice and ctx.home:
                return (ctx.home,), self._voice_for(ctx, ctx.home)
            who = who or ctx.pronoun
            if who is None and subject.first_person and ctx.home:
                # "I reiterated France's concern": a minister's own statement, published
                # by the ministry: the publisher's state
                return (ctx.home,), self._voice_for(ctx, ctx.home)
            return ((who.state,), who) if who else ((), None)
        if subject.kind == "joint":
            states = subject.states or tuple(ctx.states[:2])
            who = speaker or ctx.speaker
            if (
                trig.cue.stance == "request"
                and trig.cue.form == "FrameCue"
                and who
                # "The leaders looked forward to ...": the joint subject's own act
                and (trig.cue.phrase in _MODAL_REQUESTS or not _opens(text, subject))
                # ("The two leaders emphasized that the region must do more": the leaders
                # report the request together)
                and not (
                    _opens(text, subject)
                    and _REPORTED_BY.search(text, subject.end, trig.start) is not None
                )
            ):
                return (who.state,), who  # one speaker saying "both sides should"
            return tuple(dict.fromkeys(states)), None
        if trig.cue.phrase in self._expectations:
            # "Wang said Thailand will play a bigger role in ...": asked of Thailand; of
            # the speaker's own side it states nothing
            who = speaker or ctx.speaker
            if (
                who is None
                or subject.kind not in ("state", "person")
                or who.state in subject.states
            ):
                return (), None
            return (who.state,), who
        if subject.kind == "person" and subject.person:
            return (subject.person.state,), subject.person
        if (
            speaker is not None
            and ctx.reported
            and subject.kind == "state"
            and trig.cue.stance != "request"
            and speaker.state not in subject.states
        ):
            if _GIVEN_BEFORE.match(text, subject.end, trig.end):
                # "China has provided strong support for Sri Lanka's development, Peiris
                # said": help the other party gave is the speaker's to appreciate
                trig.credit = True
                return (speaker.state,), speaker
            if subject.possessive and _PRONOUN_OPENS.match(text):
                # "He reaffirmed the United States' support for X", "he" taken for the
                # guest: a state's own support restated names who "he" is
                state = subject.states[0]
                return (state,), self._voice_for(ctx, state)
            return (), None  # "Lavrov said Washington supports X": attributed, not stated
        if (
            speaker is not None
            and trig.cue.stance == "request"
            and trig.cue.form == "FrameCue"
            and speaker.state not in subject.states
        ):
            # "Wang said the U.S. side should return to the deal": China's request
            return (speaker.state,), speaker
        return tuple(subject.states), None

    # ------------------------------------------------------------ objects

    def _items(self, trig: Trigger, text: str) -> list[tuple[str, TopicRef, str | None]]:
        """Split the span a cue governs into (stance, topic, addressee) items."""
        span = _ATTRIBUTION.sub("", text[trig.end : trig.span_end])
        if "behalf of" in span:
            # "offered on behalf of the Mongolian people 30,000 sheep": for whom it is said
            span = _BEHALF_OF.sub(" ", span)
        if " from " in span:
            # "calls for more support from the international community to Africa": who is
            # to give, between the noun and whom it is for
            span = _FROM_GIVER.sub("", span)
        base = trig.cue.stance
        if trig.cue.phrase.endswith(" of") and trig.cue.form == "NounCue":
            owners = _OWNERS_THEN.match(span)
            if owners and self._named_parties(owners["who"]):
                # "the readiness of Turkmenistan and the Russian Federation for further
                # cooperation": whose readiness, then for what
                span = " " + span[owners.end("who") :].lstrip()
                span = re.sub(r"^\s*for\s+", " ", span)
        if base == "appreciate" and trig.cue.phrase == "welcome*" and self._invited_re:
            invited = self._invited_re.match(span)
            if invited:
                # "welcomed more Chinese enterprises to invest in Portugal": an invitation;
                # "welcomes more Zambian goods to enter the Chinese market": market access
                base = "offer" if invited["market"] else "request"
        if base == "support" and _ACHIEVEMENT.match(span) and trig.cue.phrase.startswith("recogni"):
            base = "appreciate"  # "recognized the progress Greece has made": credit given
        if (
            base == "support"
            and _WEIGHT_CUE.search(trig.cue.phrase)
            and not (trig.subject is not None and trig.subject.kind == "joint")
            and self._asks_of_other(span)
        ):
            base = "request"  # "stressed the importance of India increasing its purchases"
        elif (
            base == "support"
            and _WEIGHT_CUE.search(trig.cue.phrase)
            and not trig.cue.phrase.startswith("agreed")
            and self._called_act(span)
        ):
            # "stressed the importance of stopping the bloodshed": a call for an act to
            # be done; what both "agreed on the importance of maintaining" they back
            base = "request"
        before = text[max(0, trig.start - 20) : trig.start].lower()
        if _NEGATED_BEFORE.search(before) or _NEITHER_NOR.search(
            text, max(0, trig.start - 100), trig.start
        ):
            if base in ("support", "appreciate"):
                base = "oppose"
            elif base != "oppose":
                return []
        if base == "commit" and _COMMITTED_TO.search(trig.cue.phrase):
            head = _strip_determiners(span.strip())
            first = head.split()[0].strip(",;.") if head else ""
            np = re.split(r"[,;.]|\s(?:and|but|while|as well as)\s", head, maxsplit=1)[0]
            if (
                first[:1].isalpha()
                and not first.endswith("ing")
                and not self._starts_verb(head)
                and not self._is_actor_phrase(first)
                and not self._names_first(head)
                and _CAUSE_WORDS.search(np)
            ):
                # "reaffirmed his country's commitment to the one-China policy": a policy,
                # a principle or a cause held to is backed; "committed to developing ties"
                # and "commitment to Canada playing a role" stay commitments
                base = "support"
        if trig.verdict:
            subject = (
                _without_adjunct(text[: trig.start].strip())
                if trig.whole
                else self._subject_before(text, trig.start)
            )
            found = [(base, t, a) for t, a in self._np_topics(subject)]
            return found + [(base, t, None) for t in self._fields_after_verdict(text, trig.start)]
        if trig.cue.phrase.endswith(" as"):
            # "sees China as a good neighbor, good friend and good partner": one praise
            head = re.split(r",?\s+and\s+(?:is|are|was|will|has)\b|[;:]", span, maxsplit=1)[0]
            topic = self._topic(head.strip(" ,."))
            return [(base, topic, None)] if topic else []
        if (
            trig.cue.clause
            or trig.cue.phrase in _CLAUSE_TAKERS
            # "highlighted how the new framework will help create ...": a clause
            or (trig.cue.form == "VerbCue" and _HOW_LEAD.match(span))
        ):
            pronoun = _PRONOUN_CLAUSE.match(span)
            if pronoun:
                antecedent = None
                for found in _REPORTED_NP.finditer(text, 0, trig.start):
                    if self._label_spans(found["np"]) and not self._is_actor_phrase(found["np"]):
                        antecedent = found["np"]
                if antecedent:
                    # "said the relations were developing and voiced confidence that they
                    # would expand": "they" are the relations
                    span = antecedent + span[pronoun.end("pronoun") :]
            clauses = self._clauses(span)
            out: list[tuple[str, TopicRef, str | None]] = []
            joint = trig.subject is not None and trig.subject.kind == "joint"
            for clause, modal in clauses:
                deontic = modal.removeprefix("be-") in _DEONTIC
                stance = "request" if deontic and base == "commit" else base
                if modal == "own-should":
                    # "They agreed that both countries should continue talks with X": the
                    # parties' own undertaking; one speaker's "both sides should" asks
                    stance = "commit" if joint and base == "commit" else stance
                    modal = "should"
                if base == "support" and modal.removeprefix("be-") in ("will", "would", "shall"):
                    stance = "commit"  # "shared the view that the two countries will collaborate"
                # (a request frame keeps its stance: "hopes the US abide by ...")
                inner = (
                    self._cue_at(clause)
                    if modal == "present" and base in ("support", "commit")
                    else None
                )
                if inner is not None:
                    # "affirmed that India wants to promote ties": the clause's own verb
                    stance = self._cue_of(inner).stance
                if modal == "be-not" and base in ("commit", "support", "request"):
                    stance = "oppose"
                if modal.startswith("be"):
                    # the first predicate of the clause decides ("conflict does not serve the
                    # fundamental interests of ...": not the "serve the ... interests" inside)
                    judgements = sorted(
                        (
                            (judged.start(), -judged.end(), verdict, judged)
                            for verdict, pattern, _keys in self._verdict_res
                            if (judged := pattern.search(clause))
                        ),
                        key=lambda j: (j[0], j[1]),
                    )
                    for _start, _end, verdict, judged in judgements:
                        if (
                            judged.start() == 0
                            or clause[: judged.start()].strip().lower() in _DUMMY
                        ):
                            continue
                        # "agreed that a humanitarian pause is necessary": the predicate
                        # decides the stance, the subject is the topic
                        out.extend(
                            (verdict, t, None) for t in self._fields_in(clause[judged.end() :])
                        )
                        stance, clause = verdict, clause[: judged.start()]
                        break
                    out.extend((stance, t, a) for t, a in self._np_topics(clause))
                else:
                    out.extend(self._vp_items(clause, stance, frame=True, verb=True))
            return out
        passive = (
            None
            if span.strip(" ,.;")
            else re.search(
                r"\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+)?(?:\w+ly\s+)?$",
                text[: trig.start],
            )
        )
        if passive:
            # "The intensification of mutual contacts was noted with satisfaction."
            head = text[: passive.start()]
            subject = self._subject_before(head, len(head))
            return [(base, t, a) for t, a in self._np_topics(subject)] if subject else []
        if _PASSIVE_AFTER.match(span):
            subject = self._passive_subject(text, trig.start)
            return [(base, t, a) for t, a in self._np_topics(subject)] if subject else []
        if (
            base == "commit"
            and "importance" in trig.cue.phrase
            and not re.match(r"\s*(?:\w+ly\s+)?\w+ing\b", span)
        ):
            # "attaches great importance to the relations with Japan" backs a thing;
            # "attaches great importance to safeguarding investors" commits to an act
            base = "support"
        # "the imperative for the two sides to sustain ...": drop the infinitive's subject
        subject = _INFINITIVE_SUBJECT.match(span)
        verb_next = trig.cue.form == "FrameCue" and trig.cue.phrase.split()[-1] in (
            "to",
            "should",
            "must",
            "will",
        )
        target = None
        if subject and self._is_actor_phrase(subject.group(1)):
            span = span[subject.end() :]
            verb_next = True
            target = self._actor_state(subject.group(1))
        elif subject and _ANY_AGENT.fullmatch(subject.group(1).strip()):
            # "will never allow any force to use its territory for anti-China activities":
            # whoever acts is no topic, the act is
            span = span[subject.end() :]
            verb_next = True
        elif (
            subject
            and span[subject.end() : subject.end() + 1].islower()
            and self._named_parties(subject.group(1))
        ):
            # "the need for the United States and Russia to continue our shared efforts on
            # strategic stability": the parties named are no topic, what they do is
            span = span[subject.end() :]
            verb_next = True
        relative = (
            _PARTY_WHO.match(span.strip())
            if trig.cue.form == "NounCue" and (" who " in span or " which " in span)
            else None
        )
        acting_party = False
        if relative:
            who = re.sub(r"\s+(?:and|&)\s+(?:government|people)$", "", relative["who"])
            acting_party = self._is_actor_phrase(who)
            if acting_party:
                # "gratitude to the Colombian people and government, who are now hosting
                # 1.8 million refugees": what the party does is the topic
                target = target or self._actor_state(who)
                span = relative["rest"]
        if trig.cue.form == "NounCue" and trig.cue.stance == "offer" and self._recipients(span):
            # "will render all possible assistance to the people of Noto": what is given is
            # the topic, its recipients are not
            span = f"{trig.cue.phrase} {span.strip()}"
        items = self._vp_items(
            span,
            base,
            frame=trig.cue.form in ("FrameCue", "NounCue"),
            verb=verb_next,
            nominal=trig.cue.form == "NounCue"
            and trig.cue.phrase.split()[-1] in _NOUN_PREPOSITIONS,
        )
        thanked_deed = (
            base == "appreciate"
            and _THANKS_CUE.match(trig.cue.phrase) is not None
            and re.match(r"\s*[a-z]+ing\b", span) is not None
        )
        if acting_party or thanked_deed:
            # thanked for hosting, not committed; "expressed gratitude for upgrading the
            # status of the Consulate General": the deed thanked for
            items = [(base, t, a) for _s, t, a in items]
        apart = self._apart([t for _s, t, _a in items])
        items = [(s, t, a) for (s, _t, a), t in zip(items, apart, strict=True)]
        if not items and base == "support":
            beside = _PARTY_UNTIL.match(span)
            if beside and self._is_actor_phrase(beside["who"]):
                # "will always stand with Tajikistan until it finally eliminates the COVID-19
                # epidemic": the party backed is no topic, the scheme topics of the clause are
                rest = span[beside.end() :]
                for a, b, _slug in _find_topics(self.lex, rest):
                    topic = self._topic(rest[a:b])
                    if topic is not None and topic.curated:
                        items.append((base, topic, None))
        # "urged the United States to stop arms sales": the request is addressed to the US
        return [(s, t, a or target) for s, t, a in items] if target else items

    def _fields_after_verdict(self, text: str, at: int) -> list[TopicRef]:
        """The fields listed after the verdict predicate that starts at ``at``.

        Targets "cooperation between the two countries is expanding in the
        fields of culture, science and education": the subject is assessed,
        and so is each field it is said to grow in.
        """
        for _stance, pattern, _keys in self._verdict_res:
            judged = pattern.match(text, at)
            if judged:
                return self._fields_in(text[judged.end() :])
        return []

    def _fields_in(self, tail: str) -> list[TopicRef]:
        """The topics of a field list that ``tail`` ends with ("in the fields of A, B and C")."""
        fields = self._domain_list(" " + tail.strip())
        return [] if fields is None else [t for t in map(self._topic, fields[1]) if t is not None]

    def _is_actor_phrase(self, text: str) -> bool:
        """Whether ``text`` is just a mention of parties ("the two sides", "China")."""
        text = text.strip()
        if self._joint_re and self._joint_re.fullmatch(text):
            return True
        if text.lower() in self._others:
            return True  # "all parties", "the international community"
        return self._actor_state(text) is not None

    def _recipients(self, text: str) -> bool:
        """Whether ``text`` only names who receives something: parties or a state's
        people ("Japan", "the people of Noto", "the affected people").
        """
        text = text.strip(" ,.;")
        return self._is_actor_phrase(text) or bool(_PEOPLE_OF.fullmatch(text))

    def _partner_purpose(self, text: str, at: int) -> int:
        """Where the purpose's verb starts after "<verb> with <partners> (in order) to" at
        ``at``, else 0.

        Targets "work with Tajikistan and other countries to carry out X" and
        "cooperate with Minister Qin in order to build a stable relationship":
        the partners are no topic, the purpose's object is.
        """
        m = _WITH_PARTNER.match(text, at)
        if m is None:
            return 0
        # "with Argentina within the framework of the UN and the G20 to promote ...": where
        # they cooperate is no partner
        who = _FRAMEWORK_TAIL.sub("", m["who"])
        return m.end() if self._partners(who) else 0

    def _named_parties(self, text: str) -> bool:
        """Whether ``text`` names parties or officials and nothing else ("the United States
        and Russia", "Foreign Minister Lavrov"); not "all plans"."""
        parts = _list_parts(text)
        return bool(parts) and all(self._names_party(p) for p in parts)

    def _partners(self, text: str) -> bool:
        """Whether ``text`` only lists parties to act with ("Tajikistan and other
        members of the international community", "the Kyrgyz side")."""
        parts = _list_parts(text)
        return bool(parts) and all(
            self._names_party(p)
            or re.match(r"(?:the\s+)?(?:other|all|regional|relevant|neighbou?ring)\s+[a-z]", p)
            # "work with African countries to", "with developing countries to"
            or re.fullmatch(
                r"(?:the\s+)?(?:(?:[A-Z][\w\-]*\s+){1,2}|(?:developing|friendly|partner)\s+)"
                r"(?:countries|nations|states)",
                p,
            )
            # "with his Australian counterpart to"
            or re.fullmatch(r"(?:his|her|their)\s+(?:[A-Z]\w+\s+)?counterparts?", p)
            for p in parts
        )

    def _names_party(self, part: str) -> bool:
        """Whether ``part`` is an actor phrase or an official's name, titles aside
        ("Germany", "Prime Minister Turnbull")."""
        words = part.split()
        name = [w for w in words if w not in self._titles]
        return (
            self._is_actor_phrase(part)
            or " ".join(name) in self.lex.person_names
            # "urged President Kiir to": a title and a capitalised name is an official
            # even when the vocabulary does not know him
            or (
                0 < len(name) <= 3
                and len(name) < len(words)
                and words[0] in self._titles
                and words[0][:1].isupper()
                and words[-len(name) :] == name
                and all(_CAPITALISED_NAME.fullmatch(w) for w in name)
            )
        )

    def _actor_state(self, text: str) -> str | None:
        """The one state an actor phrase names ("the U.S. side", "Germany"), else None.

        >>> default_extractor()._actor_state("the German side")
        'DEU'
        """
        bare = _THE_LEAD.sub("", text.strip())
        words = bare.split()
        if bare in self.lex.state_names:
            return self.lex.state_names[bare]
        if len(words) == 2 and words[1].lower() in _SIDE_WORDS:
            return self.lex.demonyms.get(words[0]) or self.lex.state_names.get(words[0])
        return None

    def _passive_subject(self, text: str, at: int) -> str:
        """For "X will continue to be protected": the subject X before the cue."""
        head = text[:at]
        cut = max(
            (m.end() for m in re.finditer(r"\b(?:said|noted|stressed|added|that)\b\s*|,\s*", head)),
            default=0,
        )
        subject = re.sub(
            r"\s+(?:will|would|should|must|can|is|are|to|also)\s*$", "", head[cut:].strip()
        )
        return subject

    def _clauses(self, span: str) -> list[tuple[str, str]]:
        """Split a that-clause into (verb phrase or subject, modal) per coordinated clause.

        "hopes that the conflict in Ukraine will be put to an end ... and China
        will play an active role" gives a passive clause (its subject is the
        topic) and an active one (its verb phrase is).
        """
        span = re.sub(r"^\s*(?:and\s+\w+\s+)?(?:that,?\s+|how\s+)?", "", span)
        modal_re = re.compile(
            r"\b(?P<modal>will|would|should|shall|must|can|could|needs? to|has to|have to)\b"
            r"(?:\s+(?:continue to|also|further|never|not|no longer|\w+ly))*\s+"
        )
        # a new clause starts at "and <subject> will" only once the first has its modal
        parts, last = [], 0
        for m in re.finditer(
            r",?\s+and\s+(?:that\s+(?=\w)|(?=(?:[\w’'\-]+\s+){1,5}?(?:will|would|should|must|can|"
            r"is|are)\b))",
            span,
        ):
            # "... and that the pressure must be enhanced" always opens a clause of its own
            if m.group(0).rstrip().endswith("that") or modal_re.search(span[last : m.start()]):
                parts.append(span[last : m.start()])
                last = m.end()
        parts.append(span[last:])
        out = []
        for part in parts:
            m = modal_re.search(part[:300])
            if m is not None and _RELATIVE_PRONOUN_END.search(part, 0, m.start()):
                # "unilateral actions that will complicate the situation should not be
                # taken": the relative clause's modal is not the clause's own
                later = modal_re.search(part[:300], m.end())
                if later is not None:
                    m = later
            own = _CLAUSE_SUBJECT.match(part) or _NAMED_SUBJECT.match(part)
            if own and own.lastgroup == "who" and not self._is_actor_phrase(own["who"]):
                own = None
            if m is None and own and self._cue_at(part, own.end()):
                # "shared the recognition that they strongly condemn X": the parties' own verb
                out.append((part[own.end() :], "present"))
                continue
            copula = _COPULA_AFTER_SUBJECT.match(part, own.end()) if m is None and own else None
            if copula and self._cue_at(part, copula.end()):
                # "reaffirmed that Egypt is committed to continuing its efforts": the party's
                # own stance, after its copula
                out.append((part[copula.end() :], "present"))
                continue
            if m is None:
                bare = self._subjunctive(part)
                out.append((bare, "should") if bare else (part, "be"))
                continue
            rest = part[m.end() :]
            modal = m["modal"].split()[0]
            ours = _OUR_SUBJECT.fullmatch(part[: m.start()])
            if ours and modal == "should" and not rest.startswith("be "):
                # "both countries should continue talks", "their advisers should meet"
                out.append((rest, "own-should"))
                continue
            # "with the joint efforts of both, the meeting will be a success": the
            # fronted adjunct is no part of the subject
            subject = re.sub(
                r"^\s*(?:with|under|through|thanks to|given|after|amid)\s[^,]{2,80},\s*",
                "",
                part[: m.start()],
            )
            # "China-Kyrgyzstan" and "between Russia and Jordan" only modify the subject
            head = re.sub(
                r"\s+(?:between|among|with|in|of|for|planned|scheduled|held|due)\s.*$", "", subject
            )  # "the presidential election planned in Venezuela for May 20 would go smoothly"
            named = re.sub(r"^\s*the\s+", "", subject.strip())
            if (
                named[:1].isupper()
                # a body, not a framework or initiative ("the European Union", "ASEAN")
                and (_BODY_NAME.search(named) is not None or re.fullmatch(r"[A-Z0-9+]{2,6}", named))
                and self._is_actor_or_org(named)
                and not self._actors_in(named)
                and self._starts_verb(rest)
            ):
                # "hoped that the European Union can uphold the spirit of strategic
                # autonomy": a named body acts, what it is to do is asked
                out.append((rest, modal))
            elif self._label_spans(head) and not self._actors_in(
                re.sub(r"[\w.]+(?:-[\w.]+)+", "", head)
            ):
                # "the strategic partnership will surely make new progress": the subject;
                # "unilateral actions ... should not be taken": the subject, objected to
                negated = re.search(r"\b(?:not|never|no longer)\b", m.group(0))
                out.append((subject, "be-not" if negated else _passive_modal(modal)))
            elif _ALLOWED_TO.match(rest) and re.search(r"\b(?:not|never)\b", m.group(0)):
                # "agreed that they must not be allowed to obtain a nuclear weapon": what is
                # not to be allowed is objected to
                _verb, obj = self._strip_lead(rest[_ALLOWED_TO.match(rest).end() :], frame=True)
                if obj:
                    out.append((obj, "be-not"))
            elif _IMPETUS.match(rest) and subject.strip() and not self._is_actor_phrase(subject):
                # "hope that President X's state visit will give a new impetus to relations":
                # the visit is what is hoped for
                out.append((subject, _passive_modal(modal)))
            elif _INTRANSITIVE.match(rest) and not self._actors_in(subject):
                # "an international investigation must begin immediately": the subject is
                # what is asked for
                out.append((subject, _passive_modal(modal)))
            elif re.match(r"(?:constitute|pose)\b", rest) and not self._is_actor_phrase(
                subject.strip()
            ):
                # "a launch of a missile will constitute a breach of ...": judged like a copula
                out.append((part, "be"))
            elif re.match(r"(?:be|being|been)\s+(?!able\b|ready\b|willing\b|prepared\b)\w+", rest):
                if self._parties_or_bodies(subject):
                    # "the Turkish people will be united and overcome these difficulties":
                    # the party is no topic, what it will do is
                    tail = _BE_STATE_AND_VERB.match(rest)
                    if tail:
                        out.append((tail["verb_phrase"], modal))
                    elif toward := _BE_OPEN_TO.match(rest):
                        # "hopes that Germany will be open to Chinese enterprises": who or
                        # what the party is asked to welcome
                        out.append((toward["what"], _passive_modal(modal)))
                    continue
                stopped = re.match(r"(?:be|been)\s+(?:\w+ly\s+)?(\w+?)(?:p?ed|d)\b", rest)
                if (
                    stopped
                    and modal in _DEONTIC
                    and self._stop_re
                    and self._stop_re.fullmatch(stopped.group(1))
                ):
                    # "the bloodshed must be stopped immediately": objected to
                    out.append((subject, "be-not"))
                elif re.search(r"\b(?:not|never|no longer)\b", m.group(0)):
                    # "a nuclear war must never be fought": the subject is objected to
                    out.append((subject, "be-not"))
                else:
                    out.append((subject, _passive_modal(modal)))
            elif (
                re.search(r"\b(?:not|never|no longer)\b", m.group(0))
                and subject.strip()
                and not self._actors_in(subject)
            ):
                # "the armed conflict should not spread further": the subject is objected to
                out.append((subject, "be-not"))
            else:
                out.append((rest, modal))
        return out

    def _parties_or_bodies(self, subject: str) -> bool:
        """Whether a clause's subject names parties, or parties and named bodies, only
        ("Germany and the European Union (EU)"), not a thing ("the conflict in Ukraine")."""
        who = _PAREN_ACRONYM.sub("", subject).strip(" ,")
        if self._is_actor_phrase(who):
            return True
        parts = _list_parts(who)
        return bool(parts) and all(
            re.sub(r"^the\s+", "", p)[:1].isupper() and self._is_actor_or_org(p) for p in parts
        )

    def _subjunctive(self, clause: str) -> str | None:
        """The verb phrase of a bare clause whose subject is the parties.

        Targets "suggested Viet Nam and China work closely together to promote
        trade" and "proposed that the two sides strengthen coordination": no
        modal, but the parties are asked to act.
        """
        clause = clause.strip()
        # every split point, not the first: "the two" is a subject, but "the two
        # sides actively work together" splits after "sides"
        for m in re.finditer(r"\s+(?!(?:and|the|of)\b)(?=[a-z])", clause[:62]):
            subject, rest = clause[: m.start()], clause[m.end() :]
            if len(subject) < 2 or re.search(r"[,;]", subject):
                break
            parts = re.split(r"\s+and\s+|,\s*", re.sub(r"^the\s+", "", subject, flags=re.I))
            if self._is_actor_phrase(subject) or all(
                self._is_actor_phrase(p) or p in self.lex.state_names for p in parts if p
            ):
                verb = rest.split(maxsplit=1)[0]
                if self._action_at(rest) or self._cue_at(rest) or verb in self._skip:
                    return rest
        return None

    def _actors_in(self, text: str) -> bool:
        """Whether ``text`` names a party (a state, an official, "the two sides")."""
        if self._joint_re and self._joint_re.search(text):
            return True
        if self.lex.name_matcher and self.lex.name_matcher.find(text):
            return True
        return bool(re.search(rf"\b[A-Z][\w.\-]*\s+(?:{_SIDE_NOUNS})\b", text))

    def _gives(self, lead: str, rest: str) -> bool:
        """Whether ``lead`` is a giving verb (``lex:giving-verbs``) whose object is an
        offer noun, one modifier allowed: "ready to give needed assistance", "stands
        ready to extend humanitarian assistance to Japan".
        """
        words = lead.lower().split()
        if not words or words[-1] not in self._giving or self._offer_re is None:
            return False
        head = _strip_determiners(rest)
        modifier, _sp, after = head.partition(" ")
        if modifier.lower() in _MUTUAL_MODIFIERS:
            return False  # "increase mutual investment": both sides' business, nothing given
        return any(
            pattern is not None and (pattern.match(head) or pattern.match(after))
            for pattern in (self._offer_re, self._given_re)
        )

    def _recipient_dropped(self, span: str) -> str:
        """A giving verb's first object, when it is the recipient, dropped: "render South
        Africa firm support and as much assistance as its capacity allows" gives support and
        assistance (to South Africa, the addressee)."""
        m = _GIVE_FIRST.match(span)
        if m is None or self.lex.name_matcher is None:
            return span
        after = span[m.end() :]
        found = self.lex.name_matcher.find(after[:60])
        if not found or found[0][0] != 0 or found[0][2] not in self.lex.state_names:
            return span
        end = found[0][1]
        if not re.match(r"\s+(?:(?:a|an|the|its|their|more|further)\s+)?[a-z]", after[end:]):
            return span  # "give Kazakhstan's products access": an owner, or "to"/"with" follows
        return span[: m.end()] + after[end:].lstrip()

    def _vp_items(
        self,
        span: str,
        stance: str,
        *,
        frame: bool,
        verb: bool = False,
        purposive: bool = False,
        nominal: bool = False,
    ) -> list[tuple[str, TopicRef, str | None]]:
        """Items of a verb-phrase or noun-phrase span, each with its stance.

        In "is ready to import more agricultural products and explore more
        areas of cooperation" each item keeps the frame's stance unless its
        own verb is a stance cue ("import" = offer); a request frame wins over
        the verbs it governs ("hopes to ... share the results").
        """
        out: list[tuple[str, TopicRef, str | None]] = []
        span = self._person_relative(_LEAD_AUX_RUN.sub("", span.strip()))
        span = self._recipient_dropped(span)
        acting = self._action_at(span)
        partner = self._partner_purpose(span, acting.end()) if acting else 0
        if partner:
            # "cooperate with Minister Qin in order to build ...": taken before the split,
            # which would cut at "in order to"
            where: list[tuple[str, TopicRef, str | None]] = []
            frame_of = _FRAMEWORK_TAIL.search(span[:partner])
            if frame_of:
                # "... within the framework of the UN and the G20 to promote ...": where
                # the parties are to work together is a topic too
                bodies = re.sub(r"\s+(?:in order |so as )?to\s+\w*\s*$", "", frame_of.group(0))
                bodies = re.sub(r"^\s+\w+\s+(?:the\s+)?\w+\s+of\s+", "", bodies)
                where = [(stance, t, a) for t, a in self._np_topics(bodies)]
            span, verb, purposive = span[partner:], True, True
            if where:
                return where + self._vp_items(
                    span, stance, frame=frame, verb=True, purposive=True, nominal=nominal
                )
        purpose = self._purpose(span)
        if purpose is not None:
            cut, cue = purpose
            # a purpose keeps a request or commitment ("commitment to working with Kenya
            # to support regional peace"); otherwise its own verb sets the stance
            tail_stance = stance if stance in ("request", "commit") else cue.stance
            out = self._vp_items(span[:cut], stance, frame=frame, verb=verb)
            tail = _PURPOSE_LEAD.sub(" ", span[cut:])
            return out + self._vp_items(tail, tail_stance, frame=True, verb=True, purposive=True)
        current = stance
        carried = ""
        # (stance, addressee) of a "the need for Israel to V" item, for the verbs after it
        governed: tuple[str, str | None] | None = None
        backing_in = False  # the last cue was "support X in <gerund>"
        items = self._split(span)
        for index, item in enumerate(items):
            phrase = _LEAD_AUX_RUN.sub("", item.strip(" ,.;"))
            if _STATE_OF_MIND.fullmatch(phrase):
                # "hopes both sides will remain restrained, move toward each other, ...": the
                # state asked for is the topic
                out.append((current, _minted_topic(phrase), None))
                continue
            mutual = _MUTUAL_VERBS.fullmatch(item.strip(" ,.;"))
            if mutual:
                # "neighbors should support and help each other": the mutual act is the topic
                phrase = re.sub(r",\s*", " and ", item.strip(" ,.;"))
                out.append((current, _minted_topic(phrase), None))
                continue
            lead, rest, cue = self._lead(item, frame=frame, verb=verb and index == 0)
            if (
                cue is not None
                and cue.stance == "offer"
                and lead.lstrip()[:4].lower() == "shar"
                and not self._shared_re.search(rest, 0, 40)
            ):
                # "supports shared democratic values": an adjective, nothing offered
                lead, rest, cue = "", item, None
            trip = _TRIP_AT_END.search(lead)
            if trip and self._is_actor_phrase(_LATER.sub("", rest.strip(" ,.;"))):
                # "ready to visit Washington (soon)": the visit is the topic
                lead, rest = lead[: trip.start()], lead[trip.start() :] + rest
            if (
                frame
                and not (nominal and index == 0)  # "offer of mediation": a noun, no verb
                # "agreed to further contacts": a plural noun is no bare infinitive
                and not _PLURAL_NOUN.fullmatch(rest.strip(" ,.;"))
                and cue is None
                and not lead.strip()
                and len(rest.split()) <= 1
                and not self._label_spans(rest)
                and not rest.strip(" ,.;").isupper()  # "OIC", "ECO": an acronym names a body
                # "in key areas such as economy, energy and agriculture": nouns, kept
                and (
                    index == 0
                    or not rest[:1].islower()  # "... on Illicit Finance and Cryptocurrencies"
                    or self._starts_verb(rest)
                    # "agreed on expanding", not "in mining, transport and ..."
                    or (rest.lower().endswith("ing") and self._action_at(rest + " x") is not None)
                    or (index + 1 < len(items) and self._starts_verb(items[index + 1]))
                    or not any(
                        len(other.split()) <= 2
                        for other in items[max(0, index - 1) : index + 2 : 2]
                    )
                )
            ):
                continue  # "will understand and support X": a verb with no object
            gerund = re.match(r"[a-z]+ing\b", item.strip()) is not None
            backed = backing_in and cue is None and gerund
            backing_in = backed or (
                cue is not None
                and cue.stance == "support"
                and re.search(r"\bin\s+[a-z]+ing\b", rest) is not None
            )
            if cue is not None:
                new = cue.stance
                # "agreed on the imperative for elections and agreed to coordinate closely":
                # the subject's next verb keeps a stance of its own
                own_verb = index > 0 and _PAST_PREDICATE.match(item.strip()) is not None
                if not (own_verb and stance in ("request", "appreciate")) and (
                    stance in ("request", "appreciate") or (new == "commit" and stance != "commit")
                ):
                    new = stance  # "thanked Russia for the support provided": still thanks
                elif purposive and stance == "commit" and new == "support":
                    # "willing to work with Mexico to uphold mutual respect": upholding it is
                    # what the commitment is for
                    new = "commit"
                current = new
                actor = re.match(r"(?:for\s+)?([^,]{2,40}?)\s+to\s+(?=\w)", rest)
                if cue.form == "NounCue" and actor and self._is_actor_phrase(actor.group(1)):
                    # "..., and the need for Israel to do more to protect civilians": a
                    # request addressed to Israel, however the list began
                    target = self._actor_state(actor.group(1))
                    inner = self._vp_items(rest[actor.end() :], new, frame=True, verb=True)
                    out.extend((s, t, a or target) for s, t, a in inner)
                    governed = (new, target)
                    continue
                governed = None
                if cue.form == "NounCue" and cue.stance == "offer" and self._recipients(rest):
                    # "render all possible assistance to the people of Noto": what is given
                    # is the topic, its recipients are not
                    given = f"{cue.phrase} {rest.strip()}"
                    out.extend((current, t, a) for t, a in self._np_topics(given))
                    continue
                if cue.form == "NounCue" or len(self._split(rest)) > 1:
                    out.extend(self._vp_items(rest, current, frame=False))
                    continue
            elif stance == "oppose" and index > 0 and not gerund and self._own_deed(span, item):
                # "will oppose unilateralism, and resolutely safeguard multilateralism": the
                # next verb is a deed of the subject's own, nothing opposed
                current = "commit"
            # ("ready to support Kazakhstan in maintaining stability and curbing violence":
            # the second gerund is still what the support is for)
            elif lead and not backed:
                current = stance
                if stance == "request" and self._stop_re and self._stop_re.match(lead.strip()):
                    current = "oppose"  # "urged China to stop its pressure on Taiwan"
            item_stance = self._appreciated(current, item.strip(), listed=frame)
            if item_stance == "support" and (_unled(item).split() or [""])[0] in self._preventing:
                item_stance = "oppose"  # "the importance of preventing regional escalation"
            if item_stance == "oppose" and current == "appreciate":
                # "threats brought on by North Korea's provocations": the harm is the topic
                rest = re.split(r"\b(?:by|from)\s+", rest)[-1]
            if item_stance == "commit" and current == "appreciate":
                carried = "commit"  # "enhancing our partnership on trade, health security"
            elif carried and item_stance == "appreciate" and not self._starts_verb(item):
                item_stance = carried
            if (
                item_stance == "commit"
                and not lead.strip()
                and self._offer_re
                and self._offer_re.match(_strip_determiners(rest))
            ):
                item_stance = "offer"  # "readiness for all-round assistance": something given
            elif item_stance == "commit" and self._gives(lead, rest):
                item_stance = "offer"  # "ready to give needed assistance": something given
            clause = _THAT_CLAUSE.match(rest) if lead.strip() else None
            if clause:
                # "ensure that the visit will achieve complete success": the clause's subject
                out.extend((item_stance, t, a) for t, a in self._np_topics(clause["subject"]))
                continue
            if _AS_ROLE.match(rest) and _ROLE_VERB.search(lead):
                # "committed to serving as a facilitator of Europe-China exchanges": the role
                rest = _AS_ROLE.sub("", rest)
            mutual_on = _RECIPROCAL_ON.match(rest)
            if mutual_on:
                # "support each other on issues concerning each other's core interests":
                # what the support is on is the topic, not the mutual act
                rest = mutual_on["what"]
            deictic = self._deictic_topic(lead, rest)
            if deictic is not None:
                out.append((item_stance, deictic, None))
                continue
            if governed and cue is None and lead.strip() and self._starts_verb(item):
                # "... the need for Israel to protect civilians and address the situation"
                item_stance = governed[0]
                out.extend((item_stance, t, a or governed[1]) for t, a in self._np_topics(rest))
                continue
            governed = None
            # "stay in close touch": the verb phrase the topics are the object of
            action = _context(_unled(item)) if self._acted(lead) else ""
            helped = _HELPED_PARTY.search(lead)
            # "help Afghanistan achieve peace": Afghanistan is who benefits
            target = self._actor_state(helped["who"]) if helped else None
            for topic, addressee in self._np_topics(rest):
                if action:
                    topic = dataclasses.replace(topic, action=action)
                out.append((item_stance, topic, addressee or target))
        if not out:
            # "agreed to closely communicate in order to implement the follow-up
            # measures": a verb with no object of its own is about its purpose
            goal = re.search(r"\s(?:in order|so as) to\s+", span)
            if goal:
                return self._vp_items(span[goal.end() :], stance, frame=True, verb=True)
        return out

    def _acted(self, lead: str) -> bool:
        """Whether an item's lead holds an action verb ("to further strengthen", "stay in")."""
        words = _unled(lead).strip()
        return bool(words) and self._action_at(words + " x") is not None

    def _deictic_topic(self, lead: str, rest: str) -> TopicRef | None:
        """The verb as topic when the object only points back at the talk itself.

        Targets "tasked their teams to follow up on today's conversation",
        "agreed to build on this meeting" and "neighbors should support and
        help each other": the object says nothing an analyst would index, the
        verb ("follow up", "support and help each other") does.
        """
        reciprocal = _RECIPROCAL.match(rest)
        # "agreed to speak again soon": no object at all, only when
        adverbial = _ADVERBIAL_TAIL.fullmatch(rest.strip(" ,.;"))
        if not reciprocal and not adverbial and not _DEICTIC_TALK.match(rest):
            return None
        words = [w for w in lead.split() if w.lower() not in self._skip and w.lower() != "to"]
        if not words or not words[0].islower() or words[0].lower() in _PREPOSITIONS:
            return None
        phrase = " ".join(words[:3])
        if reciprocal:
            phrase = f"{phrase} {reciprocal.group(0)}"  # "support and help each other"
        elif adverbial:
            phrase = f"{phrase} {rest.strip(' ,.;')}"
        return _minted_topic(phrase)

    def _appreciated(self, stance: str, item: str, *, listed: bool = True) -> str:
        """The stance of an item listed after praise that cannot itself be praise.

        Targets "emphasized the strength of the partnership, as well as
        global challenges brought on by Russia's invasion of Ukraine,
        addressing climate change, and enhancing our partnership on trade":
        a harm named in the list (``lex:harm-nouns``) is objected to, and a
        gerund of action ("addressing", "enhancing") is a commitment -- but
        not inside what a praise verb governs ("applauded Kenya's commitment
        to counterterrorism and addressing climate change", ``listed=False``).
        """
        if stance not in ("appreciate", "support"):
            return stance
        if (
            stance == "appreciate"
            and listed
            and re.match(r"[a-z]+ing\b", item)
            and self._action_at(item)
        ):
            return "commit"
        if self._harm_re is not None:
            harm = self._harm_re.search(item)
            light = self._light
            if (
                harm
                # (backing "the Philippines' war against illegal drugs" backs the war)
                and not (stance == "support" and harm.group(0).lower().startswith("war"))
                and not any(
                    w.lower() in light
                    # "thanked X for its support on the chemical attack": the help is thanked;
                    # "support for Ukraine in response to Russian aggression": the harm is
                    # what the support answers, not what is backed
                    or w.lower() in _HARM_ANSWERED
                    for w in item[: harm.start()].split()
                )
            ):
                return "oppose"
        return stance

    def _person_relative(self, span: str) -> str:
        """ "President Xi Jinping who sent the important verbal message": what the
        person did is the topic, not the person (the relative clause's object)."""
        m = _WHO_RELATIVE.match(span)
        if m is None:
            return span
        bare = " ".join(w for w in m["who"].split() if w not in self._titles)
        if bare not in self.lex.person_names:
            return span
        return self._strip_lead(m["rest"], frame=True, verb=True)[1] or span

    def _purpose(self, span: str) -> tuple[int, Cue] | None:
        """Where a purpose clause led by a support/oppose verb or a goal verb starts,
        and that verb's cue.

        Targets "strengthen coordination ... to uphold multilateralism, give
        play to the role of the UN ..." and "continue close cooperation to
        advance peace in the Indo-Pacific" (``lex:goal-verbs``): the purpose
        states positions of its own. A purpose led by any other verb ("to
        further improve port capacity") only qualifies what precedes it.
        """
        protected: list[tuple[int, int]] | None = None
        for m in _PURPOSE_MARK.finditer(span):
            if m.start() < 8:
                continue
            c = self._cue_at(span, m.end())
            goal = self._goal_re.match(span, m.end()) if self._goal_re else None
            effort = self._effort_re.match(span, m.end()) if self._effort_re and not goal else None
            if effort and self._goal_re:
                # "so as to make positive contributions to promoting X": effort, then the goal
                goal = self._goal_re.match(span, effort.end())
            cue = self._cue_of(c) if c else None
            if m.group(0).lstrip().startswith("while") and _WHILE_GERUND.match(span, m.end()):
                cue = _GOAL  # "..., while expanding cooperation in X": the same frame goes on
            elif cue is None or cue.form != "VerbCue" or cue.stance not in ("support", "oppose"):
                if goal is None or not self._goal_purpose(span, m, goal):
                    continue
                cue = _GOAL
            if protected is None:
                protected = self._label_spans(span)
            if any(a < m.start() < b for a, b in protected):
                continue
            if span[: m.start()].split()[-1].lower() in _INFINITIVE_NOUNS:
                continue  # "support Ukrainian efforts to defend their freedom": no purpose
            # "support for Ukraine as it continues to defend against ...": another clause's verb
            if any(
                not c.group(0).lstrip(", ").startswith(("so as", "in order", "while"))
                for c in _CLAUSE_CUTS.finditer(span, 0, m.start() + 1)
            ):
                return None
            return m.start(), cue
        return None

    def _goal_purpose(self, span: str, mark: re.Match[str], goal: re.Match[str]) -> bool:
        """Whether a goal verb's purpose ("... to promote X") states a position of its own:
        not after a light noun or an intransitive verb that hands over to it, not after an
        effort phrase, and not when it only points back ("these objectives")."""
        head = _WITH_PARTNER_END.sub("", span[: mark.start()]).split()
        if head and head[-1].lower() in self._light:
            return False  # "close cooperation to promote X": the light noun hands over to X
        if head and (head[-1].lower() in ("together", "hands") or head[-1].endswith("ly")):
            return False  # "work together to build X": a verb with no object, X is the topic
        if _DEMONSTRATIVE.match(span, goal.end()):
            return False  # "to advance these objectives": named before, no topic here
        # "use available resources to promote X": effort, then the topic
        return not (
            self._effort_re
            and any(
                e.start() < mark.start() and e.end() >= mark.end()
                for e in self._effort_re.finditer(span, 0, mark.end())
            )
        )

    def _strip_lead(self, text: str, *, frame: bool, verb: bool = False) -> tuple[str, str]:
        """Drop auxiliaries and, after a frame, one action verb from the front.

        With ``verb`` the text is known to start with a verb ("should return to
        the deal"), so its first word goes even when no word list knows it.
        """
        text = text.strip()
        stripped = ""
        for _ in range(4):
            m = _LEAD_AUX.match(text) or (self._effort_re and self._effort_re.match(text))
            if m:
                stripped += m.group(0)
                text = text[m.end() :]
                continue
            if frame:
                adverb = _VERB_ADVERB.match(text)
                if adverb and (
                    self._action_at(text[adverb.end() :])
                    or (verb and not _adjective(adverb.group("verb")))
                ):
                    stripped += adverb.group(0)  # "well implement the consensus"
                    text = text[adverb.end() :]
                    verb = True
                    continue
                m = self._action_at(text)
                if m and any(a == 0 and b > m.end() for a, b in self._label_spans(text[:80])):
                    m = None  # "supply chain resilience": a label that starts with a verb
                partner = self._partner_purpose(text, m.end()) if m else 0
                if partner:
                    stripped += text[:partner]
                    text = text[partner:]
                    verb = True
                    continue
                if m:
                    stripped += m.group(0)
                    text = re.sub(
                        r"^\s*(?:on|with|to|into|up|out|for|in)\s+", "", text[m.end() :]
                    ).strip()
                    helped = self._helped(m.group(0), text)
                    stripped += " " + text[:helped]
                    text = text[helped:]
                    also = re.match(r"(?:and|or)\s+", text)
                    then = self._action_at(text[also.end() :]) if also else None
                    if also and then:
                        # "plan and arrange exchanges": two verbs, one object
                        stripped += " " + also.group(0) + then.group(0)
                        text = text[also.end() + then.end() :].strip()
                    frame = False
                    continue
                first = _VERB_PARTICLE.match(text)
                if (
                    verb
                    and first
                    and first.group(1) not in _NOT_VERBS
                    and not first.group(1).endswith("ly")
                    and not any(a == 0 for a, _b in self._label_spans(text[:80]))
                ):
                    stripped += first.group(0)
                    text = text[first.end() :]
                    frame = False
                    continue
            break
        about = _ABOUT_PREP.match(text) if stripped.strip() else None
        if about:
            # "coordinate closely in response to the crisis": what it responds to
            stripped, text = stripped + about.group(0), text[about.end() :]
        return stripped, text.strip()

    def _helped(self, verb: str, text: str) -> int:
        """How much of ``text`` after "help"/"assist" names whom and with which verb:
        "help Viet Nam access vaccine supplies" is about the supplies."""
        if not re.match(r"(?:help|assist|enabl|allow)", verb.lower()):
            return 0
        helped = re.match(
            r"(?P<who>(?:the\s+)?[A-Z][\w.\u2019'\-]*(?:\s+[A-Z][\w.\u2019'\-]*){0,3})"
            r"\s+(?:to\s+)?(?P<verb>[a-z]+)\s+(?=\w)",
            text,
        )
        if helped and helped["verb"] not in _NOT_VERBS and self._is_actor_phrase(helped["who"]):
            return helped.end()
        return 0

    def _lead(self, item: str, *, frame: bool, verb: bool = False) -> tuple[str, str, Cue | None]:
        """Split an item into its leading verb group and the rest; the stance cue among them."""
        lead, text = self._strip_lead(item, frame=False)
        m = self._cue_at(text)
        if m and any(a == 0 and b > m.end() for a, b in self._label_spans(text[:80])):
            m = None  # "supply chain resilience": a label that starts with a cue word
        det = None if m or not text.startswith("the ") else _NOUN_CUE_DETERMINER.match(text)
        if det:
            inner = self._cue_at(text, det.end())
            if inner and self._cue_of(inner).form == "NounCue":
                # "... and the keenness of the two countries to increase cooperation": a
                # listed noun cue behind its article
                lead, text = lead + det.group(0), text[det.end() :]
                m = self._cue_at(text)
        adverb = None if m else _VERB_ADVERB.match(text)
        if adverb and self._cue_at(text, adverb.end()):
            # "..., resolutely oppose any interference in X's internal affairs": an
            # adverb before a listed item's own cue verb
            lead, text = lead + adverb.group(0), text[adverb.end() :]
            m = self._cue_at(text)
        if m:
            cue = self._cue_of(m)
            after = text[m.end() :].lstrip()
            helped = self._helped(m.group(0), after)
            more, rest = self._strip_lead(after[helped:], frame=cue.form == "FrameCue")
            return lead + m.group(0) + " " + after[:helped] + more, rest, cue
        if frame:
            more, rest = self._strip_lead(text, frame=True, verb=verb)
            return lead + more, rest, None
        return lead, text, None

    def _np_topics(self, item: str) -> list[tuple[TopicRef, str | None]]:
        """Topics of a noun-phrase item, after an addressee ("China on ...", "to X for ...")."""
        # "to congratulate him on his victory": the person addressed is no topic
        item = _PERSON_ON.sub("", item.strip(" ,;."))
        # "thanked his colleague Qin Gang during a telephone conversation for X": when
        item = _TALK_BEFORE_FOR.sub("", item) if " for " in item else item
        addressee = None
        made = _MADE_TO.match(item) if " ha" in item else None
        if made:
            item = made["what"]
        titled_person = (
            _TITLED_PERSON_ON.match(item)
            if " of " in item and (item[:1].isupper() or item.startswith("the "))
            else None
        )
        if titled_person:
            words = titled_person["who"].split()
            person = self.lex.person_names.get(" ".join(words[-2:])) if len(words) > 2 else None
            if person is not None:
                # "congratulated the Leader of the Nation Emomali Rahmon on his birthday"
                addressee, item = self.lex.persons[person].state, titled_person["rest"]
        named = _NAME_AND_PEOPLE_ON.match(item) if " and " in item else None
        if named:
            # "congratulated Nursultan Nazarbayev and the brotherly people of Kazakhstan on
            # the occasion of Eid al-Adha": the leader and his people are addressed
            addressee, item = self._actor_state(named["people"]), named["rest"]
        titled = _TITLE_OF_STATE.match(item)
        if titled and (
            # "congratulated the people of Kyrgyzstan on the new Constitution"
            titled["title"].islower() or all(w in self._titles for w in titled["title"].split())
        ):
            # "congratulated the President of Uzbekistan on his birthday"
            code = self.lex.state_names.get(titled["state"])
            if code:
                addressee, item = code, titled["rest"]
        dem = _DEMONYM_OFFICE.match(item)
        if (
            dem
            and addressee is None
            and self.lex.demonyms.get(dem["dem"])
            and (dem["office"] in _OFFICE_NOUNS or dem["office"].title() in self._titles)
        ):
            # "congratulated the Jordanian monarch on his 50th birthday"
            addressee, item = self.lex.demonyms[dem["dem"]], dem["rest"]
        m = _PARTY_PREP.match(item)
        if m:
            name = re.sub(r"^the\s+", "", m["who"])
            words = name.split()
            code = (
                self.lex.state_names.get(name)
                or self.lex.demonyms.get(words[0])
                or self.lex.state_names.get(words[0])
            )
            # "Secretary Blinken", "Foreign Minister Hussain", "the Malaysian Foreign Minister"
            bare = [w for w in words if w not in self._titles]
            person = self.lex.person_names.get(name) or self.lex.person_names.get(" ".join(bare))
            titled = bool(bare) and len(bare) < len(words)
            if (
                not bare
                and words
                and (self.lex.demonyms.get(words[0]) or self.lex.state_names.get(words[0]))
            ):
                code = self.lex.demonyms.get(words[0]) or self.lex.state_names.get(words[0])
                addressee = code
                item = m["rest"]
            elif code and (
                len(words) == 1 or name in self.lex.state_names or words[-1].lower() in _SIDE_WORDS
            ):
                addressee = code
                item = m["rest"]
            elif person is not None:
                # "thanked Xi Jinping for the invitation": the person's state is addressed
                addressee = self.lex.persons[person].state
                item = m["rest"]
            elif (
                titled
                and all(w[:1].isupper() for w in bare)
                and len(bare) <= 3
                # (not "the Special Tribunal for Lebanon": a body, no titled person)
                and not _BODY_HEAD.search(name)
            ):
                item = m["rest"]  # "congratulated Foreign Minister Hussain on his appointment"
            elif (
                words == bare
                and len(bare) <= 3
                and m["prep"] in ("on", "for", "upon")
                # (letters of any script: "congratulated Sơn on his election")
                and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in bare)
                and not _find_topics(self.lex, name)
            ):
                item = m["rest"]  # "congratulating Brownlee on his taking office": a name
            elif words and not bare and m["prep"] in ("for", "on"):
                item = m["rest"]  # "thanked the Foreign Minister for the call"
        item = _AS_WELL_AS_LEAD.sub("", item)
        given = _SUPPORT_TO_PARTY.match(item)
        if given and self._is_actor_phrase(given["who"]):
            # "thanked Erdogan for his support to the U.S. on the chemical attack": what
            # the support was about is the topic
            addressee = addressee or self._actor_state(given["who"])
            item = given["rest"]
        # "thanked the interlocutor for the warm words": the other party, then the object
        item = _COUNTERPART.sub("", item, count=1)
        out = []
        for piece in (p for whole in self._split(item) for p in self._distribute(whole)):
            topic = self._topic(piece)
            if topic is not None and (
                topic.label.lower() in self._pleasantries
                or topic.label.lower().split(" ", 1)[0] in self._pleasantries
            ):
                # "thanked the interlocutor for the warm words" is a courtesy; "for his
                # condolences over the victims of the plane crash" is about the crash
                event = re.search(r"\b(?:over|regarding|in connection with)\s+(\S.+)", piece)
                topic = self._topic(event.group(1)) if event else None
                if topic is None or topic.label.lower() in self._pleasantries:
                    continue
            if topic is not None:
                out.append((topic, addressee or self._beneficiary(piece)))
        return out

    def _apart(self, topics: list[TopicRef]) -> list[TopicRef]:
        """Two listed items the scheme files under one topic stay two positions, each
        named by its own label: "respecting judicial independence and the rule of law".
        """
        slugs = [t.slug for t in topics if t.curated]
        if len(slugs) == len(set(slugs)):
            return topics
        out = []
        for topic in topics:
            if slugs.count(topic.slug) > 1 and not topic.surface and topic.context:
                context = topic.context.lower()
                own = next((label for label in topic.labels if label.lower() in context), "")
                if own and own.lower() != topic.label.lower():
                    topic = dataclasses.replace(topic, surface=own)
            out.append(topic)
        return out

    def _distribute(self, item: str) -> list[str]:
        """Coordinated sector words share their head noun: one item per sector.

        Targets "trade-economic and cultural-humanitarian ties" and "political,
        trade, economic, cultural and humanitarian ties" (``lex:sector-words``);
        qualities stay together ("good-neighborly and friendly ties").

        >>> default_extractor()._distribute("trade and cultural ties")
        ['trade ties', 'cultural ties']
        """
        m = _SECTOR_LIST.match(item)
        sectors = self.lex.words.get("sector-words", frozenset())
        shared = _SHARED_MODIFIER.fullmatch(item.strip())
        if (
            shared
            and shared["mod"] in sectors
            # (not "space exploration and fisheries": a plural is a field of its own)
            and not (shared["b"].endswith("s") and not shared["a"].endswith("s"))
        ):
            # "energy resilience and independence": the sector word modifies both
            return [f"{shared['mod']} {shared['a']}", f"{shared['mod']} {shared['b']}"]
        if m is None:
            return [item]
        mods = re.split(r",?\s+and\s+|,\s+", m["mods"])
        if len(mods) < 2 or not all(mod.lower() in sectors for mod in mods):
            return [item]
        return [f"{mod} {m['head']}{m['rest']}" for mod in mods]

    def _beneficiary(self, item: str) -> str | None:
        """The state an object names as its owner or recipient.

        Targets "Pakistan's efforts to combat terrorism", "Iran's accession to
        the SCO" and "humanitarian assistance to Cuba".
        """
        if self.lex.name_matcher is None:
            return None
        for start, end, surface in self.lex.name_matcher.find(item):
            code = self.lex.state_names.get(surface)
            if code is None:
                continue
            possessive = re.match(r"['\u2019]s?(?!\w)", item[end : end + 3])
            if possessive and re.fullmatch(r"(?:the\s+)?", item[:start]):
                return code
            if re.search(r"\b(?:to|for|towards|toward)\s+(?:the\s+)?$", item[:start]):
                return code
        return None

    def _split(self, span: str) -> list[str]:
        """Split a span into coordinated items (memoised; see :meth:`_split_uncached`)."""
        hit = self._split_cache.get(span)
        if hit is None:
            if len(self._split_cache) > 20_000:
                self._split_cache.clear()
            hit = self._split_cache[span] = self._split_uncached(span)
        return list(hit)

    def _split_uncached(self, span: str) -> list[str]:
        """Split a span at top-level coordination, keeping scheme labels whole.

        Targets lists such as "Taiwan, Xinjiang, Tibet, Hong Kong and the
        fight against ...", "..., including the sovereignty ...", and
        coordinated verb phrases "renew ..., rebuild ..., and stand ...". A
        list of bare single words ("security, prosperity, health") stays one
        item, and so does what follows "to <verb>" inside an item.
        """
        # "cooperation in the economic, trade and other fields": the fields are held
        # aside as one word and listed one by one once the span is split
        held: list[str] = []

        def hold(m: re.Match[str]) -> str:
            held.append(m.group(0))
            return f" \x00{len(held) - 1}\x00"

        if _DOMAIN_WORD.search(span):
            for domain_re in _DOMAIN_LISTS:
                span = domain_re.sub(hold, span)
        # "including when it comes to combatting X, protecting Y": the examples themselves
        span = _EXAMPLE_LEAD.sub(r"\1 ", span)
        # "in key multilateral formats: the UN, SCO, BRICS": a colon opens the examples
        span = _COLON_LIST.sub(r"\1, including ", span)
        # "deepen the relationship in areas of politics, economy, culture": the areas listed
        span = _AREAS_OF.sub(", including ", span)
        span = _CONCERNS_ON.sub(r"\1, including ", span)
        # "promote X in accordance with the guidance of the two heads of state, adhere to
        # multilateralism, ...": an adjunct inside an item, not the end of the list
        span = _LIST_ADJUNCT.sub("", span)
        if "of " in span and ("rrespective" in span or "egardless" in span):
            span = _IRRESPECTIVE.sub("", span)
        if "for mutual" in span:
            span = _FOR_MUTUAL_BENEFIT.sub("", span)
        if " as much " in span or " as many " in span:
            span = _AS_MUCH_AS.sub(r"\1", span)
        # "ensuring regional security, including within the framework of the CSTO, the CIS
        # and the SCO": where, listed after what
        if "including " in span:
            span = _FRAMEWORK_EXAMPLES.sub("", span)
        if self._means_re is not None and " by " in span:
            # "addressing the root causes of migration by combating corruption, promoting X":
            # the means (lex:means-gerunds) listed after the end are items too
            span = self._means_re.sub(", ", span)
        # "coordination in the bilateral, China-Europe and global contexts": where, no list
        if "contexts" in span or "levels" in span or "tracks" in span:
            span = _CONTEXT_LIST.sub("", span)
        # "agreed to meet again on the sidelines of the summit": where, no topic
        if "sidelines" in span or "margins" in span:
            span = _SIDELINES.sub("", span)
        # "managing the situation in a mature manner": how, not what
        span = _MANNER_PHRASE.sub("", span)
        if " groups " in span or " forces " in span or " elements " in span:
            # "cooperation against all groups which resort to terror": against the terror
            span = _DOERS.sub("", span)
        span = _CLAUSE_CUTS.split(span, maxsplit=1)[0]
        protected = self._label_spans(span)
        protected += [(m.start(), m.end()) for m in _QUOTED.finditer(span)]
        if " and " in span and self._and_names_re is not None:
            # "Sao Tome and Principe", "Trinidad and Tobago": one name, no list
            protected += [(m.start(), m.end()) for m in self._and_names_re.finditer(span)]
        # "the Minsk agreements of February 12, 2015": a date's comma lists nothing
        protected += [(m.start(), m.end()) for m in _DATE_WITH_COMMA.finditer(span)]

        def inside(i: int) -> bool:
            return any(a < i < b for a, b in protected)

        cuts: list[tuple[int, int, str]] = []
        for m in _LIST_MARKS.finditer(span):
            if not inside(m.start()):
                marker = m.group(0).replace("and", "")
                kind = "comma"
                if re.search(r"such as|especially|particularly", marker) or (
                    "including" in marker and self._generic_head(span[: m.start()])
                ):
                    kind = "examples"  # "the issues confronting both, including climate change"
                elif re.search(r"[a-z]{3}", marker):
                    kind = "explicit"
                cuts.append((m.start(), m.end(), kind))
        # "in a wide variety of fields including security and economy": no comma needed
        for m in _AREAS_INCLUDING.finditer(span):
            if not inside(m.start(1)) and not any(a <= m.start(1) < b for a, b, _k in cuts):
                cuts.append((m.start(1), m.end(1), "examples"))
        has_list = any(k == "comma" for _a, _b, k in cuts)
        for m in _AND_SPACED.finditer(span):
            if inside(m.start()) or any(a <= m.start() < b for a, b, _k in cuts):
                continue
            left, right = span[: m.start()], span[m.end() :]
            right = re.sub(r"^(?:(?:also|then|jointly|further|" + _ADVERB + r")\s+)+", "", right)
            segment = re.split(r",\s*", left)[-1].split()
            # "the goal of de-escalation and the preservation of the JCPOA": an act of its own
            nominal = re.match(r"the\s+[a-z]+(?:tion|ment|ance|ence|sion)\s+of\s", right)
            # "the 76th anniversary of the founding of X and the successful fourth plenary
            # session of Y": two parallel "the ... of ..." phrases
            if nominal is None and re.match(r"the\s+[^\s,]+(?:\s+[^\s,]+){0,3}?\s+of\s", right):
                head = re.split(r",\s*", left)[-1]
                nominal = re.match(r"(?:the\s+)?[^\s,]+(?:\s+[^\s,]+){0,3}?\s+of\s", head)
            if nominal is None and re.match(r"(?:an?|the)\s+\w+\s+(?:to|of|for)\s", right):
                # "an immediate ceasefire and an end to the violence": two noun phrases
                head = re.split(r",\s*", left)[-1].split()
                if len(head) >= 2 and head[0].lower() in ("a", "an", "the") and len(head) <= 4:
                    nominal = re.match(r"(?:an?|the)\s", right)
            # "communication and cooperation in various fields": a noun, then a label
            noun_then_label = (
                len(segment) == 1
                and _NOUN_SUFFIX.search(segment[0]) is not None
                and any(a == 0 for a, _b in self._label_spans(right))
            )
            # "green hydrogen and tourism": a noun, then a whole label
            right_item = re.split(r"\s*(?:[,;.]|\band\b)", right, maxsplit=1)[0]
            noun_then_label = noun_then_label or (
                bool(segment)
                and segment[-1].isalpha()
                and segment[-1].islower()
                and not _adjective(segment[-1])
                and segment[-1] not in _DETERMINERS | _PREPOSITIONS
                # (not "an immediate and unconditional ceasefire": an adjective after "an")
                and not (len(segment) >= 2 and segment[-2].lower() in ("a", "an"))
                and not self._label_spans(" ".join(segment))
                # (not "energy resilience and independence": a sector word shared by both)
                and not (
                    len(segment) == 2
                    and segment[0] in self.lex.words.get("sector-words", frozenset())
                )
                and any(a == 0 and b >= len(right_item) for a, b in self._label_spans(right_item))
            )
            if (
                len(segment) == 1
                and not self._label_spans(segment[0])
                and not self._action_at(right)
                and not nominal
                and not noun_then_label
            ):
                continue  # "coercive and unfair practices": coordinated adjectives
            verbs = [w for w in segment if not _WELL_OR_ADVERB.fullmatch(w)]
            if (
                len(verbs) == 1
                and self._action_at(verbs[0] + " " + right)
                and self._action_at(right)
            ) or (
                # "for hosting and facilitating the negotiations"
                re.fullmatch(r"[a-z]+ing", segment[-1] if segment else "")
                and (len(segment) == 1 or segment[-2].lower() in _PREPOSITIONS)
                and re.match(r"[a-z]+ing\s", right)
            ):
                # "expanding and strengthening ties", "carefully plan and arrange
                # exchanges": two verbs, one object
                continue
            first_right = right.split(maxsplit=1)
            if (
                segment
                and len(first_right) == 2
                and _adjective(segment[-1])
                and _adjective(first_right[0])
                and not self._label_spans(left[-40:])
            ):
                continue  # "collaboration on new and innovative technologies"
            if (
                len(segment) >= 2
                and segment[-2].lower() in _DETERMINERS | _PREPOSITIONS
                and (_adjective(segment[-1]) or re.fullmatch(r"[a-z]{3,}al", segment[-1]))
                and not segment[-1].endswith("ment")
                and re.match(
                    r"[a-z]+ing\s+(?!(?:the|a|an|its|their|with|to|on|in|of|for)\b)[a-z]", right
                )
            ):
                continue  # "the official and working visits": a participle before the noun
            if (
                has_list
                or (self._label_spans(left[-60:]) and self._label_spans(right[:60]))
                # "trade-economic and cultural-humanitarian ties": two spheres
                or (
                    bool(segment)
                    and re.fullmatch(r"[a-z]+-[a-z]+", segment[-1]) is not None
                    and re.match(r"[a-z]+-[a-z]+\s", right) is not None
                )
                or self._action_at(right)
                # "protect civilians and to increase the flow of aid": parallel infinitives
                or (right.startswith("to ") and self._action_at(right[3:]) is not None)
                or self._cue_at(right)
                # "strengthening cooperation and ways to enhance relations": a new head noun
                or _WAYS_TO.match(right) is not None
                # "his distinguished leadership and his enduring commitment to X"
                or (len(segment) >= 2 and _OWNER_LED.match(right) is not None)
                # "X's provision of weapons and the PRC's support to Y" (not "Iran and North Korea's")
                or (self._owned(right) and not self._is_actor_phrase(" ".join(segment)))
                # "Iran's nuclear program and the regime's dangerous regional behavior"
                or (len(segment) >= 2 and _THE_OWNER.match(right) is not None)
                or (bool(segment) and nominal is not None)
                or noun_then_label
                # "Quadrilateral consultations and the U.S.-India 2+2 Ministerial Dialogue":
                # a second thing named by its proper name
                or (
                    len(segment) >= 2
                    and re.match(r"the\s+(?:[A-Z0-9][\w.\-+]*\s+){1,4}[A-Z][a-z]+\b", right)
                    is not None
                    and not any(w.lower() in _PREPOSITIONS for w in segment)
                    and not self._is_actor_phrase(" ".join(segment))
                )
                # "Georgia's territorial integrity and Euro-Atlantic aspirations": a whole
                # label, then a modified noun of another kind
                or (
                    _MODIFIED_NOUN.fullmatch(right_item) is not None
                    and any(b == len(left[-60:]) for _a, b in self._label_spans(left[-60:]))
                    and not self._label_spans(right_item)
                )
                # "on the occasion of the Naadam Festival and upon assuming the office"
                or (_ON_UPON.match(right) is not None and len(left.split()) >= 2)
            ):
                cuts.append((m.start(), m.end(), "and"))
        cuts.sort()
        cuts = _without_adjective_series(span, cuts)
        pieces: list[tuple[str, str]] = []
        #: the words that joined each piece to the one before (", and ")
        joins: list[str] = []
        last, kind_before, join_before = 0, "start", ""
        for a, b, kind in cuts:
            pieces.append((span[last:a], kind_before))
            joins.append(join_before)
            last, kind_before, join_before = b, kind, span[a:b]
        pieces.append((span[last:], kind_before))
        joins.append(join_before)
        items: list[str] = []
        locked = False
        verb_list = bool(pieces) and self._starts_verb(pieces[0][0])
        after_explicit = False
        for (piece, kind), join in zip(pieces, joins, strict=True):
            # "..., and the need for Israel to ...": a noun cue opens an item of its own
            starts_verb = self._starts_verb(piece) or bool(
                items and self._cue_at(piece.strip()) and kind != "and"
            )
            examples = kind == "examples"
            kind = "explicit" if examples else kind
            after_explicit = after_explicit or kind == "explicit"
            # in a list of verb phrases, bare nouns belong to the verb before them:
            # "protecting X's security, prosperity, health, and preserving Y"
            attach = (
                (
                    verb_list
                    and not after_explicit
                    and not starts_verb
                    # "within the UN, SCO, CICA and other mechanisms": named topics
                    and not (kind == "comma" and self._whole_label(piece))
                )
                # ", to manage the competition": a purpose, not a new item
                or bool(_PURPOSE_PIECE.match(piece.strip()))
                # ", at a level that is fair": an adjunct of the item before
                or (
                    kind == "comma"
                    and bool(re.match(r"(?:at|by|under|within|through)\s", piece.strip()))
                )
            )
            # "maintaining open lines of communication, to manage the competition": the
            # purpose of the item before (unless the list itself is of infinitives)
            purpose = (
                kind == "comma"
                and bool(items)
                and re.match(r"to\s+[a-z]", piece.strip()) is not None
                # (not "ready to expand trade, to deepen investment": parallel infinitives)
                and not (self._starts_verb(items[0]) and not items[0].split()[0].endswith("ing"))
            )
            # "the OPEC+, a loosely-affiliated entity consisting of ...": an apposition
            apposition = (
                kind == "comma"
                and bool(items)
                and re.match(r"an?\s", piece.strip()) is not None
                and re.search(r"[A-Z+][\w+\-]*\s*$", items[-1]) is not None
            )
            if apposition:
                items[-1] += ", " + piece
                continue
            if items and kind != "explicit" and (locked or attach) and (not starts_verb or purpose):
                if kind == "comma":
                    # "bilateral, regional, and global issues": the words as written
                    items[-1] += ", and " if re.fullmatch(r",\s*and\s+", join) else ", "
                else:
                    items[-1] += " and "
                items[-1] += piece
                locked = locked or bool(_LOCK.search(" " + piece + " "))
                continue
            named_head = _IN_AREAS_END.search(items[-1]) if examples and items and kind else None
            if named_head and re.search(r"\b[A-Z][\w.]*-[A-Z]", items[-1][: named_head.start()]):
                # "enhancing the UK-New Zealand relationship in areas including trade": the
                # named relationship stays, the areas are listed after it
                items[-1] = items[-1][: named_head.start()]
            elif named_head:
                items.pop()  # "promote bilateral cooperation in key areas such as A and B"
            elif (
                examples
                and items
                and not self._label_spans(items[-1])
                and (not self._starts_verb(items[-1]) or self._generic_head(items[-1]))
            ):
                items.pop()  # "issues, such as energy security": keep the example
            items.append(piece)
            locked = bool(_TO_VERB_IN_PIECE.search(piece)) or bool(_LOCK.search(" " + piece + " "))
        # "deploying innovative, zero-carbon technologies": adjectives of one noun
        joined: list[str] = []
        for item in items:
            prev_words = joined[-1].split() if joined else []
            first = item.split()[:1]
            if (
                len(prev_words) >= 2
                and _adjective(prev_words[-1])
                and first
                and (_adjective(first[0]) or re.fullmatch(r"[a-z]+-[a-z]+", first[0]))
                and len(item.split()) >= 2
                and not self._starts_verb(item)
                and not self._label_spans(prev_words[-1])
            ):
                joined[-1] = f"{joined[-1]}, {item.strip()}"
            else:
                joined.append(item)
        items = joined
        words_only = [i for i in items if i.strip()]
        last = words_only[-1].strip(" ,.;").split() if words_only else []
        # "democracy, peace, and prosperity": single nouns to the end, no head they modify
        nouns_to_end = (
            len(last) == 1
            and not _adjective(last[0])
            and last[0].islower()
            and not any(self._starts_verb(i) or len(i.split()) > 2 for i in words_only)
        )
        if (
            len(words_only) > 2
            and not nouns_to_end
            and sum(
                1
                for i in words_only
                # (an acronym is a name: "in UN, OIC, SCO and ECO" lists four bodies)
                if len(i.split()) == 1 and not self._label_spans(i) and not i.strip(" ,.").isupper()
            )
            * 2
            >= len(words_only)
        ):
            items = [", ".join(words_only)]
        elif (
            len(words_only) >= 2
            and all(
                len([w for w in i.split() if w.lower() not in _DETERMINERS]) == 1
                and not self._label_spans(i)
                and not self._starts_verb(i)
                for i in words_only[:-1]
            )
            and not re.match(r"the\s+[a-z]+(?:tion|ment|ance|ence|sion)\s+of\s", words_only[-1])
            # "communication and cooperation in various fields": a noun, then a label
            and not (
                _NOUN_SUFFIX.search(words_only[0].strip())
                and any(a == 0 for a, _b in self._label_spans(words_only[-1].strip()))
            )
        ):
            items = [", ".join(words_only)]  # "a fair, transparent and open environment"
        elif (
            len(words_only) >= 2
            and self._action_at(words_only[0] + " x")
            and len(words_only[0].split()) == 2
            and all(
                len(i.split()) == 1 and not self._label_spans(i) and not self._starts_verb(i)
                for i in words_only[1:-1]
            )
            and _adjective(words_only[0].split()[1])
        ):
            # "promote sustained, healthy and balanced development"
            items = [", ".join(words_only)]
        elif (
            len(words_only) >= 3
            and all(_SCOPE_ADJECTIVE.fullmatch(i.split()[-1]) for i in words_only[:-1])
            and all(len(i.split()) == 1 for i in words_only[1:-1])
            and _SCOPE_ADJECTIVE.fullmatch(re.sub(r"^and\s+", "", words_only[-1]).split()[0])
        ):
            # "on the wide range of important bilateral, regional, and global issues": one
            # noun, its scopes listed, as written
            first = span.find(words_only[0])
            last = span.find(words_only[-1], max(first, 0))
            whole = span[first : last + len(words_only[-1])] if 0 <= first <= last else ""
            items = [whole or ", ".join(words_only)]
        pieces_out = [
            p for p in (_ON_UPON.sub("", x.strip(" ,;.\"'\u201c\u201d")) for x in items) if p
        ]
        if not held:
            return pieces_out
        out: list[str] = []
        for piece in pieces_out:
            piece = _HELD.sub(lambda m: held[int(m.group(1))], piece)
            domains = self._domain_list(piece)
            if domains is None:
                out.append(piece)
                continue
            head, listed = domains
            out.extend(([head.strip(" ,;.")] if head.strip(" ,;.") else []) + listed)
        return out

    def _domain_list(self, span: str) -> tuple[str, list[str]] | None:
        """The fields a cooperation is said to cover, one item each, and the rest.

        Targets "increase cooperation in the economic, investment, tourism,
        trade and other fields", "in the political, economic and humanitarian
        spheres", "in the fields of energy, infrastructure and investment" and
        "in a variety of fields, including politics, economics and security":
        every field listed is a topic of its own; what the cooperation itself
        is (with the words after the list, "with Kyrgyzstan") stays the head.
        """
        if not _DOMAIN_WORD.search(span):
            return None
        found = next((m for m in (r.search(span) for r in _DOMAIN_LISTS) if m), None)
        if found is None:
            return None
        listed = [
            piece
            for piece in (
                p.strip(" ,;.") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", found["list"])
            )
            if piece and piece.lower() not in _DETERMINERS
        ]
        if not listed or any(self._starts_verb(piece) for piece in listed):
            return None
        keep = found.groupdict().get("keep") or ""
        head = span[: found.start()] + keep + span[found.end() :]
        return head, listed

    def _whole_label(self, piece: str) -> bool:
        """Whether ``piece`` is one scheme label and little else ("the SCO", "CICA")."""
        piece = re.sub(r"^(?:the|other)\s+", "", piece.strip(" ,.;"))
        return any(a == 0 and b >= len(piece) - 8 for a, b in self._label_spans(piece))

    def _owned(self, text: str) -> bool:
        """Whether ``text`` opens with a state's possessive ("the People's Republic of
        China's support to ..."): a noun phrase of its own in a list."""
        bare = re.sub(r"^the\s+", "", text, flags=re.I).replace("\u2019", "'")
        state = self._state_at(bare)
        if state is None:
            return False
        name = next(n for n in self._names_longest_first if bare.startswith(n))
        return bool(re.match(r"['\u2019]s\s", bare[len(name) :]))

    def _generic_head(self, text: str) -> bool:
        """Whether the last list item of ``text`` is a generic noun phrase ("the issues
        confronting the two countries", "areas of common interest")."""
        last = re.split(r",\s*|\s+and\s+", text)[-1]
        words = [w.lower() for w in last.split()[:7]]
        return any(w in _GENERIC_NOUNS for w in words) and not self._label_spans(last)

    def _principles_backed(
        self, trig: Trigger, text: str, items: list[tuple[str, TopicRef, str | None]]
    ) -> list[tuple[str, TopicRef, str | None]]:
        """The scheme topics of a principle an act is to follow are backed (support).

        Targets "called for settling the crises by diplomatic means based on the
        principles of international law", "a world order based on genuine equality of
        states and adherence to the norms of international law", "will develop ties in
        accordance with the UN Charter": the act is committed to or asked for, the
        principle (international law, the UN Charter) is upheld.
        """
        span = text[trig.end : trig.span_end]
        backed: list[str] = []
        for m in _PRINCIPLE_LEAD.finditer(span):
            for part in _list_parts(m["what"]):
                # "principles of political settlement enshrined in Resolution 2254": the
                # head principle, not every name after it
                found = _find_topics(self.lex, part)
                if found and found[0][2] not in backed:
                    backed.append(found[0][2])
        if not backed:
            return items
        out = [
            ("support" if topic.slug in backed and stance in ("commit", "request") else stance,
             topic, addressee)
            for stance, topic, addressee in items
        ]  # fmt: skip
        have = {topic.slug for _stance, topic, _addressee in out}
        for slug in backed:
            if slug not in have:
                info = self.lex.topics[slug]
                out.append(
                    ("support", TopicRef(slug=slug, label=info.label, labels=info.labels), None)
                )
        return out

    def _own_deed(self, span: str, item: str) -> bool:
        """Whether list ``item`` of ``span`` is a verb phrase joined by ", and" (a deed of
        the subject's own after what it opposes), not a stop verb.

        >>> ext = default_extractor()
        >>> span = "unilateralism, and firmly safeguard multilateralism"
        >>> ext._own_deed(span, "firmly safeguard multilateralism")
        True
        >>> ext._own_deed("sanctions, pressure and threats", "pressure")
        False
        """
        at = span.find(item.strip())
        if at < 0 or not _AND_THEN.search(span, 0, at) or not self._starts_verb(item):
            return False
        adverb = _VERB_ADVERB.match(item.strip())
        verb = item.strip()[adverb.end() if adverb else 0 :]
        return not (self._stop_re and self._stop_re.match(verb))

    def _called_act(self, span: str) -> bool:
        """Whether ``span`` names an act to be done by its gerund, not the backing of a
        principle or the prevention of a harm.

        Targets "the importance of strengthening and continuing negotiations" (an act
        called for), not "of respecting judicial independence" (a principle backed) nor
        "of preventing regional escalation" (a harm opposed).

        >>> ext = default_extractor()
        >>> [ext._called_act(s) for s in ("expanding investment", "respecting the UN Charter",
        ...  "preventing escalation", "the relations", "further development of ties")]
        [True, False, False, False, True]
        """
        gerund = _ACT_GERUND.match(span)
        if gerund is None:
            # "the importance of further development of the transport corridors": more of
            # an act, named by its noun
            return _FURTHER_ACT.match(span) is not None
        verb = gerund.group("verb")
        if verb.lower() in self._preventing:
            return False
        cue = self._cue_at(span, gerund.start("verb"))
        return cue is None or self._cue_of(cue).stance not in ("support", "oppose")

    def _starts_verb(self, piece: str) -> bool:
        """Whether a list piece starts with a verb (an action verb or a verbal stance cue)."""
        piece = _LEAD_AUX_RUN.sub("", piece.strip())
        adverb = _VERB_ADVERB.match(piece)
        if adverb and self._action_at(piece[adverb.end() :]):
            return True  # "carefully plan and arrange ...", "well host ..."
        if self._action_at(piece):
            return True
        m = self._cue_at(piece)
        return bool(m) and self._cue_of(m).form != "NounCue"

    def _cue_at(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A stance cue starting exactly at ``pos``, if any (a verb cue used as a noun is none)."""
        m = self._any_cue_at(text, pos)
        if m and self._cue_of(m).form == "VerbCue" and _noun_use(text, m.end()):
            return None
        return m

    def _any_cue_at(self, text: str, pos: int = 0) -> re.Match[str] | None:
        first = _FIRST_WORD.match(text, pos)
        if not first or first.start() != pos:
            return None
        pattern = self._cue_re_for(first.group(0).lower())
        return pattern.match(text, pos) if pattern else None

    def _action_at(self, text: str) -> re.Match[str] | None:
        """An action verb ("strengthen", "expanding") at the start of ``text``."""
        first = _FIRST_WORD.match(text)
        if not first:
            return None
        word = first.group(0).lower()
        stems = {word} | {
            word[: -len(x)] for x in ("s", "es", "ed", "d", "ing") if word.endswith(x)
        }
        stems |= {stem + "e" for stem in stems}
        if stems.isdisjoint(self._action_firsts):
            return None
        m = self._action_re.match(text)
        if m and text[m.end() : m.end() + 1] == "-":
            return None  # "win-win cooperation": a compound, not the verb "win"
        return None if m and _noun_use(text, m.end()) else m

    def _cue_matches(self, text: str) -> list[re.Match[str]]:
        """Non-overlapping cue matches, tried only at words that can start a cue."""
        out: list[re.Match[str]] = []
        end = 0
        for word in _FIRST_WORD.finditer(text):
            if word.start() < end:
                continue
            pattern = self._cue_re_for(word.group(0).lower())
            m = pattern.match(text, word.start()) if pattern else None
            if m:
                out.append(m)
                end = m.end()
        return out

    def _cue_re_for(self, word: str) -> re.Pattern[str] | None:
        """The alternation of the cues that can start with ``word`` (lower case), in the
        lexicon's order; None when no cue can. One small regex per word, built on first
        use: the full alternation of all cues tried at every word was the extractor's
        largest cost."""
        try:
            return self._cue_by_word[word]
        except KeyError:
            pass
        keys = {word}
        for suffix in INFLECTIONS:
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                keys |= {stem, stem + "e", stem + "y"}
        wanted = frozenset(i for key in keys for i in self._cues_by_first.get(key, ()))
        # "it" and "its", "share" and "shared": one cue set, one (often large) regex
        pattern = self._cue_by_set.get(wanted)
        if wanted and pattern is None:
            order = self.lex.cue_order or tuple(range(len(self.lex.cues)))
            guard = cue_guard(self.lex.cues[i].phrase for i in wanted) or ""
            pattern = re.compile(
                guard
                + "(?:"
                + "|".join(
                    f"(?P<c{i}>{phrase_regex(self.lex.cues[i].phrase)})"
                    for i in order
                    if i in wanted
                )
                + ")",
                re.I,
            )
        if len(self._cue_by_word) > 50_000:
            self._cue_by_word.clear()
        self._cue_by_word[word] = pattern
        if pattern is not None:
            self._cue_by_set[wanted] = pattern
        return pattern

    def _label_spans(self, text: str) -> list[tuple[int, int]]:
        return [(a, b) for a, b, _slug in _find_topics(self.lex, text)]

    def _topic(self, item: str) -> TopicRef | None:
        """The topic of one item: the first scheme topic in its head, else a short noun
        phrase; ``context`` keeps the item as written.

        A light head noun ("efforts to safeguard sovereignty", "the occasion
        of Lunar New Year") hands over to its complement; a purpose tail ("to
        further improve ...") is cut off.
        """
        hit = self._topic_cache.get(item, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        if len(self._topic_cache) > 20_000:
            self._topic_cache.clear()
        topic = self._topic_cache[item] = self._topic_uncached(item)
        return topic

    def _topic_uncached(self, item: str) -> TopicRef | None:
        topic = self._topic_of(item)
        if topic is None:
            return None
        context = _context(item)
        if not context or context.lower() in (topic.label.lower(), topic.surface.lower()):
            return topic
        return dataclasses.replace(topic, context=context)

    def _topic_of(self, item: str) -> TopicRef | None:
        # "intensive cooperation in this field": the field was named before; the head stays
        item = _DEICTIC_FIELD.sub("", item.strip())
        if _ING_WORD.match(item) and self._action_at(item):
            item = (
                self._strip_lead(item, frame=True)[1] or item
            )  # "strengthening the security of X"
        light = self._strip_light(item)
        about = _ABOUT_AFTER_PARTNER.search(light)
        if about and self._is_actor_or_org(about["who"]):
            light = self._strip_light(about["what"])  # "a resolution with the EU regarding X"
        head = (
            _TO_INFINITIVE.split(light, maxsplit=1)[0]
            if not light.lower().startswith("to ")
            else light
        )
        after_to = light[len(head) :].strip(" ,.;")[3:]
        if head != light and (
            self._is_actor_phrase(after_to)
            or _not_infinitive(after_to.split(maxsplit=1)[0])
            # "Israel's right to defend itself", "the decision to withdraw": the noun's own
            # infinitive, no purpose
            or (head.split() or [""])[-1].lower() in _INFINITIVE_NOUNS
        ):
            head = light  # "support to Russia", "access to vaccines": "to" is no purpose
        found = [f for f in _find_topics(self.lex, head) if not self._inside_name(head, f)]
        if found and self._place_only(head, found[0][0]):
            found = []  # "the deployment of foreign troops in Central Asia": not about the place
        if found:
            info = self.lex.topics[found[0][2]]
            surface = self._noun_phrase(head) or ""
            owner = _OWNER_HEAD.match(head)
            if surface and owner and not surface.startswith(owner.group(1)):
                surface = f"{owner.group(1)} {surface}"  # "Israel's security", not "security"
            if surface.lower() in (label.lower() for label in info.labels):
                surface = ""
            return TopicRef(slug=info.slug, label=info.label, labels=info.labels, surface=surface)
        phrase = self._noun_phrase(head)
        if not phrase and head != light and light.startswith(head):
            # "work with China to implement the consensus": the head named only the partner
            _lead, tail = self._strip_lead(light[len(head) :], frame=True, verb=True)
            return self._topic(tail) if tail and tail != item else None
        if not phrase:
            return None
        return _minted_topic(phrase)

    def _is_actor_or_org(self, text: str) -> bool:
        """Whether ``text`` names a party or a scheme topic that is an organisation
        or a state ("the EU", "Russia")."""
        text = text.strip()
        if self._is_actor_phrase(text):
            return True
        found = _find_topics(self.lex, text)
        return bool(found) and found[0][0] <= 4 and found[0][1] >= len(text) - 1

    def _place_only(self, head: str, start: int) -> bool:
        """Whether the first scheme label of ``head`` only says where ("in Central
        Asia") after a noun phrase of two content words or more of its own."""
        before = _PLACE_PREP_END.search(head[:start])
        if before is None:
            return False
        light = self._light
        content = [
            w
            for w in head[: before.start()].split()
            if w.lower() not in light and w.lower() not in _DETERMINERS | _PREPOSITIONS
        ]
        return len(content) >= 2

    def _inside_name(self, text: str, match: tuple[int, int, str]) -> bool:
        """Whether a lower-case scheme label matched inside a proper name.

        Targets "the Suez Canal Economic and Trade Cooperation Zone": "Trade"
        there is part of a name, not the topic trade.
        """
        start, end, slug = match
        surface = text[start:end]
        if not surface[:1].isupper() or any(
            lab[:1].isupper() for lab in self.lex.topics[slug].labels[:1]
        ):
            return False
        before = re.search(r"([A-Z][\w\-]*)\s+(?:(?:and|of|for|&)\s+)?$", text[:start])
        after = re.match(r"\s+([A-Z][\w\-]*)", text[end:])
        return bool(before and start > 0) or bool(after)

    def _strip_light(self, item: str) -> str:
        """ "the Kyrgyz government's efforts to safeguard X" -> "X".

        A light noun among the first words of an item, followed by of/to/in/
        for/on (or "with <partner> to"), hands the item over to its complement.
        """
        light = self._light
        # "this year at the G8 summit": a leading time adjunct is no part of the topic
        item = _TIME_LEAD.sub("", item)
        for _ in range(3):
            words = item.split()
            for i, word in enumerate(words[:6]):
                low = word.lower()
                if low in _PREPOSITIONS:
                    break
                if low in light:
                    rest = " ".join(words[i + 1 :])
                    m = re.match(
                        r"(?:with\s+\S+(?:\s+\S+){0,3}?\s+)?"
                        r"(?:related to|relating to|involving|concerning|regarding|of|to|in|for|on)\s+(.+)",
                        rest,
                    )
                    if m and all(
                        w in _TIME_WORDS or w in _DETERMINERS
                        for w in m.group(1).lower().strip(" ,.;").split()
                    ):
                        break  # "communication and exchanges in the new year": when, not what
                    if m and _GENERIC_COMPLEMENT.fullmatch(m.group(1).strip(" ,.;")):
                        break  # "dialogue on issues of interest and concern": the dialogue
                    if m and not re.match(
                        r"(?:various|all|different|many|multiple|other|every|a (?:wide )?(?:variety|range|number) of|wide-ranging)\b",
                        m.group(1),
                    ):
                        _lead, tail = self._strip_lead(m.group(1), frame=True)
                        # "provision of support to Russia" -> "support to Russia", not "Russia"
                        if self._is_actor_phrase(m.group(1).strip(" ,.;")):
                            break  # "efforts of Kazakhstan": nothing but the party follows
                        item = m.group(1) if self._is_actor_phrase(tail.strip(" ,.;")) else tail
                        break
            if words == item.split():
                break
        return item

    def _noun_phrase(self, item: str) -> str | None:
        """A short noun phrase from an item: determiners, possessives and tails removed."""
        text = _CLAUSE_CUTS.split(item, maxsplit=1)[0]
        # "support for Kyiv amid Russian aggression": the circumstance is no part of it
        text = _AMID.split(text, maxsplit=1)[0]
        text = _QUOTE_MARKS.sub("", text).strip(" ,.;")
        trip = _TRIP_LEAD.match(text)
        if trip:
            place = _LATER.sub("", trip.group(1)).strip(" ,.;")
            if self._is_actor_phrase(place):
                return f"visit to {re.sub(r'^the ', '', place)}"  # "ready to visit Washington"
        words = text.split()
        # drop leading determiners, possessives of actors, and the actor's demonym
        owner = ""
        for i in range(1, min(len(words), 5)):
            if _POSSESSIVE_WORD.search(words[i]):
                name = " ".join(w for w in words[: i + 1] if w not in self._titles)
                if re.sub(r"['\u2019]s$", "", name) in self.lex.person_names:
                    words = words[i + 1 :]  # "President Xi Jinping's warm reception"
                break
        fresh = False  # "the new Russian government": the state's government is the news
        while words:
            w = words[0]
            bare = _POSSESSIVE_END.sub("", w)
            longer = next(
                (
                    k
                    for k in (5, 4, 3, 2)
                    if len(words) > k
                    and w[:1].isupper()
                    and (k == 2 or words[1] == "and" or words[2] == "and")
                    and _POSSESSIVE_END.sub("", " ".join(words[:k])) in self.lex.state_names
                ),
                0,
            )
            if longer:
                # "New Zealand's taking a lead": not "new"; "Sao Tome and Principe ensure X":
                # the whole name, not its capital
                owner = " ".join(words[:longer])
                words = words[longer:]
                continue
            if w.lower() == "new":
                fresh = True
                if len(words) > 1 and words[1].lower() in _GOVERNMENT_WORDS:
                    break  # "form a new government": the new government is the point
            if (
                w.lower() in _DETERMINERS
                or w.lower() in _PREPOSITIONS
                or w != bare
                and (bare in self.lex.state_names or bare in self.lex.person_names)
            ):
                if w != bare and bare in self.lex.state_names:
                    owner = w
                words.pop(0)
            elif (
                w in self._titles
                and len(words) > 1
                and words[1][:1].isupper()
                and not _BODY_HEAD.match(words[1])  # "the Special Court for Sierra Leone"
            ):
                words.pop(0)  # "President Tinubu's leadership"
            elif (
                bare in self.lex.demonyms
                and len(words) > 1
                and words[1].lower().rstrip("’'s") in ("people", "government", "side")
            ):
                if fresh and len(words) == 2 and words[1] == "government":
                    return "new government"
                if len(words) == 2 and words[1] == "people":
                    return f"{bare} people"  # "support for the Ukrainian people": whom it backs
                words = words[2:]
            elif len(words) > 1 and _POSSESSIVE_TOKEN.match(words[1]) and w.lower() in ("the", "a"):
                words.pop(0)
            else:
                break
        # cut at a preposition that introduces a state or a long tail
        out: list[str] = []
        light = self._light
        for i, w in enumerate(words):
            low = w.lower()
            if low == "with" and len(out) == 1 and out[0].lower() in light and i + 1 < len(words):
                out.append(w)  # "cooperation with the international community"
                continue
            if (
                low == "with"
                and len(out) == 1
                and out[0].lower() in _TALK_WORDS
                and not self._is_actor_phrase(" ".join(words[i + 1 :]).strip(" ,.;"))
                and not self._names_first(" ".join(words[i + 1 :]))
            ):
                out.append(w)  # "talks with the moderate Syrian opposition": who talks is the point
                continue
            if (
                low in ("to", "for", "against")
                and 0 < len(out) <= 2
                and self._is_actor_phrase(" ".join(words[i + 1 :]).strip(" ,.;"))
            ):
                out.extend(words[i:])  # "support to Russia": the party is the point
                break
            if low == "to" and out and out[-1].lower() in _INFINITIVE_NOUNS:
                out.append(w)  # "Israel's right to defend itself": the noun's own infinitive
                continue
            if (
                out
                and out[-1].lower() in ("support", "assistance", "aid", "backing")
                and low in ("for", "to")
            ):
                out.append(w)  # "Russia's increased support for the separatists": whom it backs
                continue
            if (
                low in ("with", "to", "from", "towards", "toward", "at", "through", "by", "between")
                and out
                or (low == "for" and len(out) >= 2)
            ):
                break
            if low == "in" and out and len(out) >= 3:
                break
            if low in _SUBJECT_PRONOUNS | {"it"} and out:
                break  # "the warm welcome he received", "the opportunities it provided"
            if len(out) >= 8:
                break
            if (
                any(not _MANNER_ADVERB.fullmatch(o) and o.lower() not in _DEGREE_WORDS for o in out)
                and _MANNER_ADVERB.fullmatch(w)
                and (i + 1 == len(words) or words[i + 1].lower() in _PREPOSITIONS | {"and", "or"})
            ):
                break  # "a new government quickly and transparently": how, not what
            out.append(w)
        while out and (
            out[-1].lower()
            in _DETERMINERS
            | _PREPOSITIONS
            | {"and", "or", "but", "there", "here", "\u2013", "\u2014", "-"}
            # "the bilateral relations have (set a good example)": the verb went elsewhere
            | {"have", "has", "had", "is", "are", "was", "were", "will", "would"}
            or (len(out) > 1 and out[-1].lower() in ("soon", "again", "later", "even", "still"))
        ):
            out.pop()
        if (
            len(out) > 1
            and _PARTICIPLE.fullmatch(out[-1])
            and out[-1] not in _ED_NOUNS
            and out[-2].lower() not in _DETERMINERS
        ):
            out.pop()  # "retaliatory action taken (by China)": the participle went with its agent
        phrase = " ".join(out).strip(" ,.;:")
        # "the reception he received": a relative clause, with or without its pronoun
        phrase = _RELATIVE_CUT.split(phrase, maxsplit=1)[0]
        contact = _CONTACT_CLAUSE.search(phrase) if " ha" in phrase else None
        if contact and phrase[: contact.start()].split()[-1].lower() not in _PREPOSITIONS:
            phrase = phrase[: contact.start()]  # "the progress Greece has made"
        elif contact:
            phrase = phrase[: contact.start("verb")].rstrip()  # "the suffering in Syria has gone"
        if owner and 0 < len(phrase.split()) <= 2 and phrase[:1].islower():
            phrase = f"{owner} {phrase}"  # "Israel's security", not a bare "security"
        if phrase.split(" ", 1)[0].lower() in ("what", "how", "whether", "which", "who", "why"):
            return None
        if phrase.lower() in _PRONOUNS or all(w.lower() in _TIME_WORDS for w in phrase.split()):
            return None
        if phrase.lower() in _MANNER_PHRASES:
            return None  # "looked forward to meeting in person": how, not what
        if phrase.lower().endswith(" ones") and len(phrase.split()) <= 3:
            return None  # "all-level exchanges, especially high-level ones": a subset named again
        if _BARE_AREAS.fullmatch(phrase.lower()):
            return None  # "cooperation in key areas such as ...": the areas are named after
        named = " ".join(w for w in phrase.split() if w not in self._titles)
        if named in self.lex.person_names:
            return None  # "welcoming President Trump to the summit": a person
        office = _OF_STATE_TAIL.sub("", phrase)
        if all(w in self._titles for w in office.split()):
            return None  # "welcoming the Prime Minister to Washington": a person, not a topic
        if phrase in self.lex.state_names or phrase in self.lex.demonyms:
            return None
        if not phrase or all(
            w.lower() in _DETERMINERS | _PREPOSITIONS | self._skip for w in phrase.split()
        ):
            return None
        if len(phrase) < 3 or self._not_a_topic(phrase):
            return None
        return phrase

    def _not_a_topic(self, phrase: str) -> bool:
        """Whether a noun phrase is only adverbs, a verb form, a generic word or parties.

        Targets "collaborate closely" ("closely"), "work bilaterally and
        trilaterally", "agreed that these were a clear illustration", "the
        U.S. and other countries", "the South Korean side", and lone generic
        nouns ("support", "response", "act").
        """
        words = phrase.split()
        low = [w.lower().strip(",.") for w in words]
        if all(w.endswith("ly") or w in ("and", "or") for w in low):
            return True
        if low[0] in ("was", "were", "is", "are", "be", "been", "has", "have", "had"):
            return True
        if len(low) > 1 and low[0] in _DUMMY and low[1] in ("is", "was", "are", "were", "will"):
            return True  # "it was important", "there was": no thing named
        if len(low) == 1 and low[0] in _GENERIC_WORDS:
            return True
        if any(w in self._saying for w in low):
            return True  # "Wang Yi said Friday", "confirmed the interest of two sides"
        if low[-1] in ("manner", "way", "fashion"):
            return True  # "in an effective and sustainable manner": how, not what
        if _OWN_LEADERS.fullmatch(phrase.lower()):
            return True  # "the leader of our country": a party, not a topic
        if _RESPECTIVE_PLACE.fullmatch(phrase):
            return (
                True  # "visit their respective country", "their respective teams": a place, agents
            )
        if words[0] in ("you", "him", "them", "me", "us") and (
            len(low) == 1 or low[1] in ("in", "to", "at", "here", "back") or low[1].endswith("ly")
        ):
            # "happy to welcome you in Moscow", "congratulate him fulsomely on ...": a greeting
            # (not "him as a reliable partner", nor "US support")
            return True
        if len(low) == 1 and (
            low[0] in _ADJECTIVES
            or (
                len(low[0]) >= 6
                and low[0].endswith("ed")
                and words[0].islower()
                and low[0] not in _ED_NOUNS
            )
            or (low[0].endswith(("ous", "ful", "able", "ible")) and words[0].islower())
            or low[0] in _TIME_WORDS
            or low[0] == "ensure"
        ):
            return True  # "fair", "Sunday", "ensure" (not "help": also a noun)
        named = [w for w in words if w not in self.lex.demonyms]
        for k in (3, 2, 1):
            if len(named) > k and " ".join(named[-k:]) in self.lex.person_names:
                named = named[:-k]  # "Chinese counterpart Wang Yi": a person, titled
                break
        if named and all(w in self._titles or w.lower() in self._titles for w in named):
            return True  # "Chinese State Councilor", "premier"
        if any(w.lower() in ("leader", "head") for w in named) and all(
            w in self._titles or w.lower() in _LEADER_WORDS for w in named
        ):
            return True  # "the Turkish leader", "Kazakh Head of State": a person, titled
        if low[0] in ("they", "it", "we", "he", "she", "behalf"):
            return True  # "They go well beyond what", "behalf of the Turkmen people"
        parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if p]
        if len(parts) > 1 and all(
            _THE_LEAD.sub("", part) in self.lex.state_names for part in parts
        ):
            return True  # "Russia and Morocco", "China and the ROK": the parties
        if low[-1] == "fact":
            return True
        if not any(_LOWER_WORD.fullmatch(w) and w not in _MONTHS for w in low):
            return True  # "2018", "May 3-4": a date or a number
        if low[0] in ("as", "my", "his", "her", "during", "but", "then", "held") or (
            len(low) == 1
            and (
                low[0] in ("together", "swift", "sustained", "consistent", "join", "move")
                or (
                    words[0].islower()
                    and not low[0].endswith(("ing", "ed", "s"))
                    and low[0] not in ("help", "aid", "support")  # nouns too
                    and self._action_at(words[0] + " x") is not None
                )
            )
        ):
            return True  # "as global players", "my gratitude", "cooperate", "optimize"
        rest = _AND_OTHERS_TAIL.sub("", phrase)
        rest = _PARTY_NOUN_TAIL.sub("", rest)
        if rest in self.lex.state_names:
            return True  # "the United States government" (not "United State")
        rest = _S_TAIL.sub("", rest.rstrip("."))
        return bool(rest) and (
            rest in self.lex.state_names
            or rest in self.lex.demonyms
            or rest.rstrip(".") + "." in self.lex.state_names
        )


#: "on behalf of the Mongolian people": for whom a party speaks, inside what it says
_BEHALF_OF = re.compile(
    r"\s*\bon\s+behalf\s+of\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){1,4}"
    r"(?:(?:people|government|nation|leadership|side)\b)?,?"
)
#: words of a leader's title besides the titles themselves ("Leader of the Turkmen people")
_LEADER_WORDS = frozenset("leader leaders head heads of the state nation people".split())
_DEICTIC_TALK = re.compile(
    r"(?:today['\u2019]s|this|these|that|the|their|our)\s+"
    # how a talk went, not what it is about ("the nuclear talks" name a topic)
    r"(?:(?:phone|telephone|video|virtual|online|bilateral|productive|fruitful|constructive|"
    r"candid|frank|friendly|cordial|warm|good|recent|current|latest|first|second|official|"
    r"working|high-level|in-depth|substantive|successful|important|useful|positive|"
    r"[a-z]+ly)\s+){0,2}?"
    r"(?:conversation|call|phone call|talks|meeting|discussions?|exchanges?|visit)\b"
    # ("the talks under the auspices of the Contact Group": other talks, named)
    r"(?!\s+(?:on|about|of|with|between|under|within|in|at|among|involving|brokered|mediated|"
    r"hosted|led|format)\b)",
    re.I,
)
#: "... was underlined", "... were noted": talk reported without its speaker
_PASSIVE_NOUN_VERBS = (
    "expressed", "voiced", "stated", "emphasized", "emphasised", "stressed", "underlined",
)  # fmt: skip
_PASSIVE_NOUN = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\s+(?:was|were|has been|have been)\s+(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:" + "|".join(_PASSIVE_NOUN_VERBS) + r")\s+"
    # "with regard to" says what "with" would ("Satisfaction was expressed with regard to X")
    r"(?P<prep>that|for|over|about|with|at|on|in|regarding|of)\b(?:\s+regard\s+to\b)?"
)
_ITS_IMPORTANCE = re.compile(
    r"\b(?:discussed|reviewed|considered|addressed|talked about|exchanged views on)\s+"
    r"(?P<obj>(?:the\s+)?[^,;]{3,80}?)\s+and\s+(?:\w+ly\s+)?(?:affirmed|reaffirmed|stressed|"
    r"underlined|emphasi[sz]ed|underscored|highlighted|noted|recogni[sz]ed|confirmed)\s+"
    r"(?:its|their)\s+(?:\w+\s+)?(?:importance|significance)\b"
)
#: "The successful results of the visits were emphasized": a good thing noted in the passive
_NOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|has been|have been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:" + _NOTING + r")"
    r"(?:\s+with\s+satisfaction)?\s*[.;]?\s*$"
)
_PASSIVE_VERDICT = re.compile(
    r"(?:was|were|is|are)\s+(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:considered|deemed|recogni[sz]ed|regarded|seen|viewed|acknowledged|" + _NOTING + r")\b"
)
_PASSIVE_REPORT = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:underlined|stressed|emphasi[sz]ed|"
    r"noted|confirmed|expressed|reaffirmed|reiterated|highlighted|voiced|underscored|reached|"
    r"appreciated|praised|commended|valued|welcomed|supported|agreed|decided|achieved|assessed|evaluated)\b"
    r"|\b[Ee]mphasis\s+(?:was|were)\s+(?:\w+\s+)?(?:given|placed)\b"
    # "Particular attention was paid to the need to promote joint projects"
    r"|\b[Aa]ttention\s+(?:was|were|has been)\s+(?:also\s+)?(?:paid|given|drawn)\s+to\b"
)
_SECTOR_LIST = re.compile(
    r"(?:the\s+)?(?P<mods>(?:[a-z][\w\-]*,\s+)*[a-z][\w\-]*,?\s+and\s+[a-z][\w\-]*)"
    r"\s+(?P<head>[a-z]+)(?P<rest>.*)$",
    re.S,
)
#: an adverb in -ly, not a verb that happens to end so ("comply", "supply")
_ADVERB = (
    r"(?!(?:comply|apply|supply|rely|reply|multiply|ally|rally|friendly|early|only|timely|daily|"
    r"weekly|monthly|yearly|costly|orderly|elderly|likely|lively|family|assembly|July|Italy)\b)"
    r"\w{3,}ly"
)
#: "well implement", "carefully plan": an adverb right before a verb
_VERB_ADVERB = re.compile(r"(?:well|" + _ADVERB + r")\s+(?=(?P<verb>[a-z][a-z\-]+)\b)")
#: "There was congruence on the necessity of ...": a view both parties share
#: "At the end of the conversation, ", "In this context, the": an opening adjunct before the subject
#: "... with Minister Qin in order to ": partners, then the purpose's verb
_WITH_PARTNER = re.compile(
    r"\s*(?:\w+ly\s+)?with\s+(?P<who>[^,;]{2,100}?)\s+(?:in order |so as )?to\s+(?=[a-z])"
)
#: "in this regard", "on this matter": the object is the previous sentence's topic
_ANAPHOR = re.compile(
    r"\b(?:in|on|to)\s+(?:this|that|these)\s+(?:regard|respect|matter|issue|issues|front|end)\b"
)
#: "This includes in areas such as trade and defence.": a list extending the last sentence
#: the text before a sentence's first word ends with: a line or sentence end, a list number
_SENTENCE_OPENS = re.compile(r"(?:\A|\n|[.!?]\s)\s*(?:\(?\d{1,2}[.)]\s+)?\Z")
_TITLE_WORDS = (
    r"(?:(?:First|Deputy|Vice|Prime|Foreign|State|Senior|National|Security|Special|Chief|"
    r"Executive|Assistant|Under|Cabinet)[\s\-]+){0,4}(?:Minister|Secretary|President|Premier|"
    r"Chancellor|Adviser|Advisor|Councilor|Councillor|Envoy|Representative)(?:\s+of\s+State)?"
)
#: "The Vice Minister and the Deputy Secretary": two officials named by title only
_TITLE_PAIR = re.compile(
    r"\b[Tt]he\s+(?P<a>" + _TITLE_WORDS + r")\s+and\s+(?:the\s+)?(?P<b>" + _TITLE_WORDS + r")"
    r"\b(?!\s+(?:of\s+)?[A-Z]|-[A-Z])"
)
_HOST_VERBS = frozenset("welcoming hosting receiving visiting".split())
#: whom and where after "welcoming", up to a time adjunct or the clause's end
_HOSTING = re.compile(
    r"\s+(?P<rest>[A-Z][^,.;]{2,80}?)\s*(?=\b(?:next|this|later|soon|shortly|again|in\s+the\s+"
    r"(?:near|coming)|at\s+an\s+early)\b|[.,;]|$)"
)
_COMMA_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?$")
#: ", agreed to ...": a past-tense verb after a comma (the main clause after an aside)
_COMMA_PAST = re.compile(r",\s+(?:\w+ly\s+)?[a-z]{3,}ed\b")
#: what one is committed to that is a cause held, not an act ("the one-China policy")
_CAUSE_WORDS = re.compile(
    r"\b(?:polic(?:y|ies)|principles?|values|law|charter|order|sovereignty|integrity|security|"
    r"peace|stability|democracy|freedom|rights|independence|unity|multilateralism|alliance)\b",
    re.I,
)
#: "commitment to", "committed to": a cue whose object may be a cause rather than an act
_COMMITTED_TO = re.compile(r"\bcommit(?:ment|ted|s)?\s+to$")
_NOUN_SUFFIX = re.compile(r"[a-z]{3}(?:tion|ment|ance|ence|sion|ity|ship|ism)s?$")
#: the parties themselves as a clause's subject ("both countries", "their national
#: security advisers", "the two sides")
_OUR_SUBJECT = re.compile(
    r"\s*(?:they|we|both(?:\s+(?:sides|parties|countries|leaders|governments))?|"
    r"the\s+(?:two|both)\s+(?:sides|parties|countries|leaders|ministers|governments)|"
    r"(?:their|our)\s+(?:[a-z]+\s+){0,3}(?:advisers|advisors|ministers|teams|officials|"
    r"governments|delegations|experts|ministries|diplomats|agencies))\s+(?:\w+ly\s+)?",
    re.I,
)
#: verbs whose subject is the thing happening ("the investigation must begin")
_INTRANSITIVE = re.compile(
    r"(?:begin|start|resume|proceed|continue|end|cease|stop|succeed|prevail|take\s+place|"
    r"go\s+ahead|move\s+forward|be\s+completed)\b(?!\s+(?:to|with|the|a|an|its|their)\b)"
)
_TALK_WORDS = frozenset("talks dialogue negotiations consultations contacts engagement".split())
#: "Obama is expected to press Germany ...": what others expect of a party
_FORECAST = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to\b")
#: subjects that only stand in for what follows ("it was important that ...")
_DUMMY = frozenset({"it", "this", "that", "there"})
#: those an offer is given to ("the people of Noto", "the affected population")
_PEOPLE_OF = re.compile(
    r"(?:the\s+)?(?:(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}(?:people|population|victims|families|refugees)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?"
)
#: a preposition saying what an act is about, after its verb and adverb
_ABOUT_PREP = re.compile(
    r"(?:in\s+response\s+to|in\s+connection\s+with|with\s+regard\s+to|with\s+respect\s+to|"
    r"regarding|concerning)\s+(?=\S)"
)
#: a listed item that opens with its own past-tense verb ("agreed to", "reaffirmed")
_PAST_PREDICATE = re.compile(r"(?:also\s+|\w+ly\s+)?(?:agreed|reaffirmed|reiterated|pledged)\b")
#: the nouns that name areas of cooperation
_DOMAIN_NOUN = r"(?:fields|areas|spheres|sectors|domains)"
#: a trailing "in (the) areas/fields" before the examples that name them
_IN_AREAS_END = re.compile(
    r"(?:\s+in\s+the\s+coming\s+\w+)?\s+(?:in|across)\s+(?:the\s+|key\s+|many\s+)?"
    + _DOMAIN_NOUN
    + r"\s*,?\s*$"
)
#: how people meet, no topic ("meeting in person at the earliest opportunity")
_MANNER_PHRASES = frozenset({"person", "face to face", "face-to-face", "earliest opportunity"})
#: "within the framework of the UN": where partners act, after the partners
_FRAMEWORK_TAIL = re.compile(
    r"\s+(?:within|in|under|through)\s+(?:the\s+)?(?:frameworks?|format|platform)\s+of\s+.*$"
)
#: verbs whose object a verb cue can be as a noun ("shown respect", "demonstrated support")
_SHOWING = frozenset({"shown", "showed", "show", "shows", "showing", "demonstrated", "displayed"})
#: adjectives of scope listed before one noun ("bilateral, regional, and global issues")
_SCOPE_ADJECTIVE = re.compile(
    r"bilateral|regional|international|global|multilateral|domestic|local|national|"
    r"political|economic|cultural|social|humanitarian|military|technical|commercial"
)
#: modifiers that make a flow two-way ("mutual investment"): no side gives it
_MUTUAL_MODIFIERS = frozenset({"mutual", "bilateral", "two-way", "reciprocal", "joint"})
#: a word that makes a clause of a semicolon-separated piece ("the President will visit")
_FINITE_WORD = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|should|must|can|could|said|agreed|noted|"
    r"stressed|discussed|expressed|welcomed|called|urged|also)\b",
    re.I,
)
#: "... and their determination to": a second noun cue with its owner
_AND_OWNER_END = re.compile(
    r"(?:,\s*|\s)and\s+(?:also\s+)?(?:their|our|its|his|her)\s+(?:[\w\-]+\s+)?$"
)
#: "the regime's ...": a noun phrase led by its own owner
_THE_OWNER = re.compile(r"the\s+[a-z]+['\u2019]s\s+[a-z]")
#: a manner adjunct ("in a mature manner", "in a rational, friendly, and inclusive way")
_MANNER_PHRASE = re.compile(
    r"\s+in\s+(?:an?\s+)?(?:[\w\-]+,?\s+(?:and\s+)?){1,4}(?:manner|ways?|fashion|forms)\b"
    r"(?=\s*(?:[,.;]|$))"
    r"|\s+(?:hand\s+in\s+hand|side\s+by\s+side|in\s+good\s+faith)\b"
    # "compare notes on Yemen, including in the context of the UN General Assembly": where
    r"|,?\s+including\s+in\s+the\s+context\s+of\s+[^;]*$"
)
#: "February 12, 2015": a date whose comma is no list mark
_DATE_WITH_COMMA = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+\d{4}\b"
)
#: the head word of a body that can act ("the European Union", "the Security Council")
_BODY_NAME = re.compile(
    r"\b(?:Union|Nations|Organi[sz]ation|Council|Association|Community|Commission|Alliance|"
    r"Secretariat|Bank|Fund|League|Assembly|Parliament|Congress|Group)$"
)
#: "remain restrained", "stay calm": a state to be kept, named by one adjective
_STATE_OF_MIND = re.compile(r"(?:remain|stay)\s+(?:\w+ly\s+)?[a-z]{4,}")
#: words after which a verb cue is its noun: owners ("his hope that"), verbs of expressing
#: ("voicing hope that") and adjectives ("mutual resolve to", "firm support for")
_NOUN_BEFORE = frozenset(
    "his her their its our my voicing voiced expressing expressed conveying conveyed "
    "mutual shared common joint firm strong unwavering steadfast continued full".split()
)
#: "discussed how (best) to ...": ways talked over
_HOW_TO = re.compile(r"\s+(?:best\s+)?to\s")
#: "neither the United States nor Russia accepts": both subjects, negated
_NEITHER_NOR = re.compile(r"\b[Nn]either\s+[^,;]{1,50}?\s+nor\s+[^,;]{1,40}?\s+(?:\w+ly\s+)?$")
#: how far before "of <State>" an office title may start ("Minister of Foreign Affairs and
#: International Cooperation of Jordan ...")
_TITLE_BEFORE_OF = 80
#: "all groups that use terrorism to achieve their ends": unnamed doers, named by their deed
_DOERS = re.compile(
    r"\b(?:(?:all|any|those|the|such)\s+)?(?:groups|forces|elements)\s+"
    r"(?:that|which|who)\s+(?:\w+ly\s+)?(?:use|resort\s+to|engage\s+in|sponsor|finance|commit)\s+"
)
#: "(the readiness of) Turkmenistan and the Russian Federation for ...": whose, then for what
_OWNERS_THEN = re.compile(r"\s*(?P<who>[^,;]{2,80}?)\s+(?=(?:for|to)\s)")
#: a giving verb that may take its recipient first ("render South Africa firm support")
_GIVE_FIRST = re.compile(r"(?:render|give|extend|lend|offer|send)\s+", re.I)
#: "as much assistance as its capacity allows": how much, the noun is the item
_AS_MUCH_AS = re.compile(
    r"\bas\s+(?:much|many)\s+([\w\-]+(?:\s+[\w\-]+)?)\s+as\s+[^,;.]+?(?=\s+and\s|[,;.]|$)"
)
#: cues of thanks, whose gerund is the deed thanked for ("gratitude for upgrading X")
_THANKS_CUE = re.compile(r"(?:thank|gratitude|grateful|appreciation)", re.I)
#: a modal right after a relative pronoun belongs to the relative clause
_RELATIVE_PRONOUN_END = re.compile(r"\b(?:that|which|who)\s+$")
#: a complement that names nothing ("issues of mutual interest", "matters of common concern")
_GENERIC_COMPLEMENT = re.compile(
    r"(?:(?:the|all|other)\s+)?(?:issues|matters|questions|topics|areas)\s+of\s+(?:mutual|common|"
    r"shared|bilateral|joint)?\s*(?:interest|concern)s?(?:\s+and\s+(?:interest|concern)s?)?"
    r"(?:\s+to\s+(?:both|the two)(?:\s+\w+)?)?"
    # "the path of their own choice": the path is the point, not the choice
    r"|(?:their|its|his|her|our)\s+own\s+(?:choice|choosing|making)"
    # "Viet Nam's increasingly important role in the region and the world": where it plays it
    r"|the\s+(?:region|world|international\s+arena)(?:\s+and\s+(?:the\s+)?(?:world|beyond))?"
)
#: an agent that names no one ("any force", "other forces", "anyone")
_ANY_AGENT = re.compile(
    r"(?:any|other|no|some)\s+(?:\w+\s+)?(?:forces?|one|body|party|parties|country|countries|"
    r"entity|entities|individuals?|organi[sz]ations?|groups?)|anyone|anybody|others"
)
#: where a quotation closes ('...," Lavrov said')
_QUOTE_CLOSE = re.compile(r"[\"\u201d]")
#: between a subject and a passive verb ("The Japanese side was thanked")
_PASSIVE_GAP = re.compile(r"\s+(?:was|were|has been|have been)\s+(?:also\s+|\w+ly\s+)?")
#: "will give a new impetus to ...": the subject is credited with an effect
_IMPETUS = re.compile(
    r"(?:give|inject|provide|bring|add|lend)\s+(?:an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:impetus|momentum|boost|impulse|vitality)\b"
)
#: areas named by their number or weight only ("key areas", "many fields")
_BARE_AREAS = re.compile(
    r"(?:(?:key|priority|many|various|all|other|multiple|different|diverse|important|these|those|"
    r"such|specific|certain)\s+)*" + _DOMAIN_NOUN
)
#: "(must not) be allowed to": what follows is the act objected to
_ALLOWED_TO = re.compile(r"be\s+(?:allowed|permitted)\s+to\s+")
#: a reporting verb and its "that" between a joint subject and a modal
_REPORTED_BY = re.compile(
    r"\b(?:emphasi[sz]ed|stressed|underlined|underscored|noted|agreed|affirmed|reaffirmed|"
    r"reiterated|highlighted)\s+that\s+(?!(?:they|both|the\s+two)\b)"
)
#: a second occasion after "and" ("and upon assuming the office")
_ON_UPON = re.compile(r"^(?:up)?on\s+(?=[a-z]+ing\b|the\s+occasion\b)")
#: a list item's marker: "1)", "2.", "(3)", "a)", "-", "•"
_LIST_ITEM = re.compile(
    r"\s*(?:\(?(?:\d{1,2}|[a-h])[.)]|[-\u2013\u2022\u25e6*]|(?:First|Second|Third|Fourth|Fifth|Sixth|"
    r"Seventh|Eighth)(?:ly)?,|Finally,|Lastly,)\s+(?=\S)"
)
#: a sentence that opens a list of verb-first items (see RuleExtractor._list_lead)
_LIST_LEAD = re.compile(
    r"\s*(?P<subject>(?:[Tt]he\s+)?(?:two|both)\s+(?:sides|parties|countries|leaders|ministers)|"
    r"[Tt]hey|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+(?:\w+ly\s+)?"
    r"(?:(?:agreed|reached|achieved)|(?P<propose>proposed|suggested|put\s+forward|made|offered))"
    r"\b[^:.;]{0,60}:(?:\s*$|\s+(?:First|1[.)]))"
)
#: a sentence that counts the points of the list that follows, with no colon
#: ("Wang Yi introduced the eight-pronged consensus ...", "Xi put forward three proposals.")
_COUNTED_LEAD = re.compile(
    r"\s*(?P<subject>(?:[Tt]he\s+)?(?:two|both)\s+(?:sides|parties|countries|leaders|ministers)|"
    r"[Tt]hey|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+(?:\w+ly\s+)?"
    r"(?:introduced|outlined|announced|elaborated\s+on|expounded\s+on|put\s+forward|proposed|"
    r"made|reached|raised|presented|offered|set\s+out)\s+(?:(?:an?|the|his|her|their)\s+)?"
    r"(?:following|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?:[\s\-](?:point|pronged|item))?)\s+(?:important\s+)?"
    r"(?P<noun>consensus|proposals?|suggestions?|points|initiatives)\b[^.:;]{0,80}[.:]\s*$"
)
_FOLLOW_UP = re.compile(
    r"\s*(?:This|These|That|Those)\s+(?:also\s+)?(?:includes?|included|covers?|covered)\s+"
    r"(?:in\s+)?(?:(?:areas|fields|sectors)\s+such\s+as\s+|such\s+(?:areas|fields)\s+as\s+)?"
    r"(?P<rest>.+)"
)
_ON_BEHALF = re.compile(
    r"\b[Oo]n behalf of\s+(?:the\s+)?(?:(?:[Gg]overnment|[Pp]eople|[Ll]eadership|[Pp]resident)\s+of\s+)?"
    r"(?P<who>(?:the\s+)?[A-Z][\w.\-]*(?:\s+(?:of\s+)?[A-Z][\w.\-]*){0,4})"
)
_SCHEDULE_VERB = re.compile(
    r"(?:host|attend|visit|hold|travel|pay|meet|arrive|depart|leave|chair"
    r"|carry out(?=\s+(?:(?:an?|the|his|her|their)\s+)?(?:\w+\s+)?(?:visit|trip|tour)))\b"
)
_PARTY_WILL = re.compile(
    r"\b(?:will|would)\s+(?:(?:also|always|still|further|jointly|\w+ly)\s+)*(?=[a-z])"
)
_RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|who)\s+(?:is|are|was|were|has|have)\s+(?:(?:also|always|now|been)\s+)?$"
)
_PRONOUN_OPENS = re.compile(
    r"(?:He|She)\s+(?:also\s+)?(?:re)?(?:affirmed|iterated|stated|expressed)\b"
)
_BODY_HEAD = re.compile(
    r"\b(?:Tribunal|Court|Council|Commission|Committee|Fund|Bank|Organi[sz]ation|Agency|Group|"
    r"Forum|Initiative|Program(?:me)?|Agreement|Mission|Office|Institute|Centre|Center|Union)"
    r"(?:$|(?=\s+for\b))"
)
_TO_BEFORE = re.compile(r"\s+to\s+(?:\w+ly\s+)?$")
#: "held talks with", "met", "spoke with", "had a phone call with": the encounter itself
_ENCOUNTER = re.compile(
    r"\b(?:held|holds?|had|has)\s+(?:\w+\s+){0,4}?(?:talks|call|conversation|meeting|talk)\b"
    r"|\b(?:met|meets|spoke|speaks|called|received|receives)\b"
)
_PURPOSE_MARK = re.compile(
    r"\s+(?:(?:so as |in order )?to|while|(?:which is |that is )?(?:aimed|designed) (?:at|to)"
    r"|with (?:a view|the aim) (?:to|of))\s+(?:\w+ly\s+)?"
)
#: what goes before the purpose's verb: "so as (to)", "aimed at", "with a view to"
_PURPOSE_LEAD = re.compile(
    r"^,?\s*(?:so as|in order|while(?=\s+\w+ing\b)|(?:(?:which is |that is )?(?:aimed|designed) at"
    r"|with (?:a view to|the aim of))(?=\s+\w+ing\b)|(?:which is |that is )?(?:aimed|designed)(?=\s+to\s))\s+"
)
_INTRO_ADJUNCT = re.compile(
    r"(?:(?:In|At|During|Following|After|On|Within|Besides|Moreover|Furthermore|Meanwhile|"
    r"Also|Additionally|Separately|Finally|Further|According to|For|However|Then|Later|Subsequently|"
    r"Likewise|Similarly|As per|Per)\b[^,;]{0,60},\s*"
    # "Expressing his gratitude to his Chinese counterpart Wang Yi, Minister X pledged":
    # an opening participle's subject follows its comma
    r"|(?:While\s+|After\s+)?[A-Z][a-z]{2,}ing\b[^;]{0,150},\s*"
    # "During the telephone conversation the President ...": no comma after the talk
    r"|(?:During|In the course of|At the end of|At the start of)\s+(?:the|their|this|today['\u2019]s)\s+"
    r"(?:\w+\s+){0,2}?(?:conversation|call|talks|meeting|discussion|consultations|negotiations)\s+)(?:the\s+)?"
)
_OF_CAPITAL = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_TITLE_BEFORE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|H\.E|Minister|President|Secretary|Foreign|Prime|Chancellor|Premier|"
    r"Vice|Deputy|State|Councilor|Councillor|Ambassador|Federal|Sheikh|King|Emir|Crown|Prince|"
    r"Sultan|Chairman|Chairperson|Speaker|Senator|of|the|The)\.?\s+)+$"
)
_SHARED_VIEW = re.compile(
    r"\s*(?:There|there)\s+(?:was|is|has been)\s+(?:a\s+)?(?:full\s+|broad\s+|mutual\s+)?"
    r"(?:congruence|consensus|agreement|convergence|understanding|unanimity)\b"
)
_MODAL_REQUESTS = frozenset({"should", "must", "need* to", "ought to"})
_PRONOUNS = frozenset(
    "there here it them this that us him her itself themselves himself herself same"
    " each other one another".split()
) | {"each other", "one another", "the same", "likewise"}
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
_CLAUSE_START = re.compile(
    r"[,;:]\s*|\bthat\s+|\b(?:said|says|noted|notes|stressed|added|noting|adding|warned|stating)\s+"
)
_NOUN_USE = re.compile(r"\s*(?:[,.;]|$|(?:during|of|from|at|amid|throughout|since)\b)", re.I)


_ADJECTIVES = frozenset(
    "new open free fair safe secure stable strong close good just clean green peaceful"
    " prosperous orderly resilient sustainable transparent healthy international regional"
    " bilateral multilateral global national mutual immediate unconditional lasting durable"
    " complete full total genuine direct unimpeded sustained timely".split()
)
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "ic", "ent", "ant", "able", "ible", "ary")


def _without_adjective_series(
    span: str, cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Drop the last cuts of a span when they list adjectives before one noun: "the
    Cambodian people and their aspirations for a more prosperous, democratic, and
    independent country" lists two items, not four.

    >>> _without_adjective_series("a prosperous, democratic, and independent country",
    ...                           [(12, 14, "comma"), (24, 30, "comma")])
    []
    """
    cuts = [c for i, c in enumerate(cuts) if not _adjective_pair_comma(span, cuts, i)]
    run = len(cuts)
    while run > 0 and cuts[run - 1][2] == "comma":
        run -= 1
    series = cuts[run:]
    if len(series) < 2:
        return cuts
    start = cuts[run - 1][1] if run else 0
    before = span[start : series[0][0]].split()
    inner = [
        span[b:a].strip() for (_a0, b, _k), (a, _b1, _k1) in zip(series, series[1:], strict=False)
    ]
    after = span[series[-1][1] :].split()
    if (
        before
        and _adjective(before[-1])
        and all(len(w.split()) == 1 and _adjective(w) for w in inner)
        and len(after) >= 2
        and _adjective(after[0])
        and not _adjective(after[1])
    ):
        return cuts[:run]
    return cuts


def _adjective_pair_comma(span: str, cuts: list[tuple[int, int, str]], i: int) -> bool:
    """Whether cut ``i`` is the comma between two adjectives of one noun: "its long-term,
    selfless help for X" is one item, not "its long-term" and "selfless help for X".

    >>> _adjective_pair_comma("its long-term, selfless help for X", [(13, 15, "comma")], 0)
    True
    """
    a, b, kind = cuts[i]
    if kind != "comma":
        return False
    before = span[cuts[i - 1][1] if i else 0 : a].split()
    after = span[b:].split()
    return (
        len(before) >= 2
        and before[-2].lower() in _DETERMINERS
        and (_adjective(before[-1]) or re.fullmatch(r"[a-z]+-[a-z]+", before[-1]) is not None)
        and len(after) >= 2
        and _adjective(after[0])
        and not _adjective(after[1])
        and after[1].isalpha()
    )


def _adjective(word: str) -> bool:
    """Whether ``word`` looks like an adjective ("innovative", "secure"): a guess
    from a short list and endings, used only where two such words flank "and".

    >>> _adjective("innovative"), _adjective("trade")
    (True, False)
    """
    low = word.lower()
    return low in _ADJECTIVES or (
        word.islower() and len(low) > 4 and low.endswith(_ADJECTIVE_ENDINGS)
    )


def _spelled_like(name: str, participants: list[PersonRef]) -> PersonRef | None:
    """The one participant with a name word spelled like ``name`` (the same first five
    letters and length within two): transliterations differ between a readout's first
    mention and its later ones.

    >>> p = PersonRef("mbs", "Mohammed bin Salman", "SAU")
    >>> _spelled_like("Mohammad", [p]) is p, _spelled_like("Mohsen", [p])
    (True, None)
    """
    key = name[:5].lower()
    found = [
        p
        for p in participants
        if any(w[:5].lower() == key and abs(len(w) - len(name)) <= 2 for w in p.name.split())
    ]
    return found[0] if len(found) == 1 else None


def _without_adjunct(text: str) -> str:
    """``text`` without an opening adjunct ("In this regard, ", "During the talks, ").

    >>> _without_adjunct("During the talks, opportunities for cooperation")
    'opportunities for cooperation'
    """
    m = _INTRO_ADJUNCT.match(text)
    return text[m.end() :] if m else text


def _opens(text: str, actor: Actor) -> bool:
    """Whether ``actor`` is the subject opening ``text``, also after an opening adjunct
    ("At the end of the conversation, the parties ...")."""
    if actor.start < 3:
        return True
    before = text[: actor.start]
    dateline = _DATELINE_HEAD.match(before) if before[:2].isupper() else None
    if dateline:
        # "NUR-SULTAN. KAZINFORM - At the start of the conversation, Tokayev and ..."
        before = before[dateline.end() :]
        if not before:
            return True
    # "the representatives of the Kazakh and Lithuanian Foreign Ministries confirmed"
    before = _DELEGATES_OF.sub("", before)
    if not before.strip():
        return True
    # "In response, Minister Steinmeier welcomed": a title before a name the vocabulary knows
    bare = _TITLE_BEFORE.sub("", before) if actor.start < 90 else before
    return (
        (bare != before and len(bare.strip(" 0123456789.")) == 0)
        or _INTRO_ADJUNCT.fullmatch(before) is not None
        or _INTRO_ADJUNCT.fullmatch(bare) is not None
    )


def _and_past(before: str, verb: str) -> bool:
    """Whether ``verb`` is a past tense coordinated by the "and" that ``before`` ends
    with: "... and stressed", "... and also called on" (a main verb of its own).

    >>> _and_past("exchanged views on X and ", "stressed"), _and_past(", ", "stressed")
    (True, False)
    """
    return bool(_AND_BEFORE.search(before)) and re.match(r"[a-z]+ed\b", verb) is not None


def _passive_modal(modal: str) -> str:
    """The modal of a clause whose subject is its topic: "be-<modal>" where the modal
    matters (deontic "must", future "will": "bilateral exchanges will be pursued more
    actively"), else "be".

    >>> _passive_modal("will"), _passive_modal("can")
    ('be-will', 'be')
    """
    return "be-" + modal if modal in _DEONTIC or modal in ("will", "would", "shall") else "be"


def _unled(text: str) -> str:
    """``text`` without its leading auxiliaries and adverbs.

    >>> _unled("will further well implement the consensus")
    'implement the consensus'
    """
    text = _LEAD_AUX_RUN.sub("", text.strip())
    return _LEADING_ADVERBS.sub("", text)


def _context(item: str) -> str:
    """An item as written, for ``TopicRef.context``: one clause, at most 80 characters.

    >>> _context("the close coordination in dealing with the situation of Ukraine, which ...")
    'close coordination in dealing with the situation of Ukraine'
    """
    text = _CLAUSE_CUTS.split(item, maxsplit=1)[0]
    text = _QUOTE_MARKS.sub("", " ".join(text.split())).strip(" ,.;:")
    text = _strip_determiners(text)
    if len(text) > 80:
        text = text[:81].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return text


def _minted_topic(phrase: str) -> TopicRef:
    """An uncurated topic for a phrase of the text.

    Its IRI is one per spelling: "country, two systems" and "country two
    systems" (or "Trade" and "trade") must not become one topic with two
    prefLabels, so a phrase with punctuation or capitals gets a hash suffix.

    >>> _minted_topic("follow up on").slug, _minted_topic("Trade").slug[:8]
    ('x-follow-up-on', 'x-trade-')
    """
    slug = "x-" + re.sub(r"[^a-z0-9]+", "-", fold(phrase)).strip("-")[:60]
    if not re.fullmatch(r"[a-z0-9 ]+", phrase):
        slug += "-" + hashlib.sha256(phrase.encode()).hexdigest()[:6]
    return TopicRef(slug=slug, label=phrase, labels=(phrase,), curated=False)


def _strip_determiners(text: str) -> str:
    """``text`` without its leading determiners and adjectives of degree.

    >>> _strip_determiners("the necessary all-round assistance")
    'all-round assistance'
    """
    words = text.split()
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in _DEGREE):
        words.pop(0)
    return " ".join(words)


_APPOSITIVE_OFFICIAL = re.compile(
    r"(?<=[^\W\d_]),\s+(?:the\s+)?"
    # the appositive is a title ("Deputy Prime Minister and Minister of ..."), not a clause
    r"(?:(?:[A-Z][\w\-]*|and|of|for|the)\s+){0,6}?"
    r"(?:Minister|Secretary|President|Chancellor|Premier|Prince|King|Emir|Amir|Sultan)\b[^,.;]{0,60}"
    r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w\u2019']+(?:\s+[A-Z][\w\u2019']+)*)"
)
_APPOSITIVE_BARE = re.compile(
    r"(?<=[^\W\d_]),\s+(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:Minister|Secretary|President|Chancellor|Premier|Prince|King|Emir|Amir|Sultan)"
    r"(?:\s+(?:of|for|and|the)(?:\s+(?:of|for|and|the))*\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)*)"
    r"\s*,"
)
_ABOUT_AFTER_PARTNER = re.compile(
    r"\bwith\s+(?P<who>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+"
    r"(?:regarding|concerning|on|about|over)\s+(?P<what>.+)$",
    re.S,
)
#: going to a place: "ready to visit Washington (soon)" is about the visit
_TRIP = r"(?:visit|travel to|come to)"
#: a call or meeting verb right before its object's name and title
_CALLED_BEFORE = re.compile(
    r"\b(?:called|phoned|telephoned|rang|met|met\s+with|received|spoke\s+with|spoke\s+to|"
    r"held\s+(?:phone\s+|telephone\s+)?talks\s+with)\s+(?:the\s+)?(?:[\w.’'\-]+\s+){0,7}?$"
)
_LATER = re.compile(
    r"\s+(?:soon|again|later(?:\s+(?:this|next|in\s+(?:his|her|the))\s+\w+)?|"
    r"in\s+the\s+near\s+future|at\s+an\s+early\s+date|"
    r"at\s+(?:a|any)\s+convenient\s+time|this\s+year|next\s+year)$"
)
_TITLE_OF_STATE = re.compile(
    r"(?:to\s+|with\s+)?(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,3}?[A-Z][\w\-]*|people|"
    r"government|leadership|nation)\s+of\s+"
    r"(?:the\s+)?(?P<state>[A-Z][\w.\u2019'\-]*(?:\s+(?:of\s+)?[A-Z][\w.\u2019'\-]*){0,3})"
    r"\s+(?:on|for|over)\s+(?P<rest>.+)"
)
#: before a causal "thanks to" ("..., thanks to", "is largely thanks to"), not thanks given
_BECAUSE_BEFORE = re.compile(
    r"(?:^|[,;:(\u2014]|\b(?:that|is|was|are|were|been|be|largely|partly|mainly|precisely|"
    r"also|only|all|not|and|It|it))\s*$"
)
#: words one of which a sentence needs before RuleExtractor._called_re is tried
_CALLING_WORDS = ("all", "describ", "regard", "consider", "view")
#: "(to visit) their respective country", "their respective teams": a place or agents, no topic
_PRAYED_TO = re.compile(r"(?:Allah|God|the Almighty)(?:\s+the\s+Almighty)?")
#: "(to visit) their respective country": a place, no topic
_RESPECTIVE_PLACE = re.compile(
    r"(?:(?:their|the)\s+)?respective\s+(?:country|countries|capitals?|teams|officials|"
    r"ministries|agencies|delegations|departments|authorities|governments)",
    re.I,
)
#: before a request cue that only says who asked for the talk ("at request of", "at the request of")
_AT_REQUEST = re.compile(r"\bat\s+(?:the\s+)?$")
#: before "call on/for" when the call is the phone call itself ("a phone call on Sunday")
_PHONE_BEFORE = re.compile(
    r"\b(?:phone|telephone|video|conference|introductory|courtesy)\s+$", re.I
)
#: "had invited": a past invitation told as background
_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?$")
#: "the progress Greece has made": a contact clause with a named subject
_CONTACT_CLAUSE = re.compile(
    # "the threats the US has made": the clause's subject may come with its article
    r"(?:\s+the\s+[A-Z][\w\-]*(?:\s+[a-z][\w\-]*)?|\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
    r"(?P<verb>\s+(?:has|have|had)\b)"
)
#: words before a harm that make it what the item answers or ends, not its head: "support
#: for Ukraine in response to Russian aggression", "help against the pandemic"
_HARM_ANSWERED = frozenset("against end ending support assistance help response face".split())
#: a principle an act is to follow: "based on the norms of international law", "in
#: accordance with the UN Charter", "adherence to the one-China principle"
_PRINCIPLE_LEAD = re.compile(
    r"\b(?:based\s+on|on\s+the\s+basis\s+of|in\s+(?:accordance|line|compliance|conformity)"
    r"\s+with|guided\s+by|adherence\s+to|(?:strict\s+)?observance\s+of)\s+(?P<what>[^,;:.]+)",
    re.I,
)
#: "support from the international community to Africa": the giver before the recipient
_FROM_GIVER = re.compile(
    r"(?<=\w)\s+from\s+(?:the\s+)?(?:international\s+community|world|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
    r"(?=\s+(?:to|for)\s)"
)
#: "further development of", "continued expansion of": more of an act, by its noun
_FURTHER_ACT = re.compile(
    r"\s*(?:the\s+)?(?:further|continued)\s+[a-z]+(?:tion|ment|sion|ance|ening)\s+of\s"
)
#: ", and " (or "and will", "and to") just before a list item
_AND_THEN = re.compile(r"(?:,\s+and|\band\s+(?:will|to|also))\s+$")
#: an act named by its gerund ("further strengthening", "stopping the bloodshed"), not
#: a thing ("the relations", "building materials")
_ACT_GERUND = re.compile(
    r"\s*(?:(?:further|early|continued|more|jointly|\w+ly)\s+)?(?P<verb>[a-z]{3,}ing)\s+"
    r"(?!materials?\b|blocks?\b|sites?\b)"
)
#: cues that put weight on what follows: "underscored the importance of", "the significance of"
_WEIGHT_CUE = re.compile(r"\b(?:importance|significance)\s+of$")
#: a party's own act after its name: "Pakistan's cooperation", "India increasing its ..."
_AGENT_AFTER_NAME = re.compile(r"(?:['\u2019]s?\s+[a-z]|\s+(?:\w+ly\s+)?[a-z]+ing\b)")
#: "the fulfilment by combined Russian-separatist forces of ...": the act's agent, named
_BY_AGENT = re.compile(r"\s*(?:[\w\-]+\s+){1,4}by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}[A-Z]")
_ENSURING_THAT = re.compile(r"\s*(?:\w+ly\s+)?ensuring\s+that\b")
#: a name standing alone as the subject: "the U.S. is", "China, Russia and ..."
_NAME_ALONE = re.compile(r"\s*(?:$|,|and\b|or\b)")
#: "the progress Greece has made", "the efforts of Kazakhstan": what someone achieved
_ACHIEVEMENT = re.compile(
    r"\s*(?:the\s+)?(?:[\w\-]+\s+)?(?:progress|efforts?|achievements?|contributions?|"
    r"success(?:es)?|results?|leadership)\b"
)
#: "has provided substantial and strong support for": help given (before the noun)
_GIVEN_BEFORE = re.compile(
    r"\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:provided|given|extended|rendered|offered)\s+"
    r"(?:[\w\-]+,?\s+(?:and\s+)?){0,4}?(?=support|assistance|help|aid)"
    # "China has always supported Nigeria", "has made every effort to support the people of
    # Africa", "has consistently shown respect": the other party's conduct, credited
    r"|\s+(?:has|have|had)\s+(?:(?:always|long|\w+ly)\s+)*(?:(?:made every effort|spared no "
    r"effort|done (?:its|their) (?:best|utmost))\s+to\s+|(?:shown|showed)\s+)?"
    r"(?=support|help|assist|back|respect)"
)
#: "... that they would continue to expand": a pronoun subject of a that-clause
_PRONOUN_CLAUSE = re.compile(
    r"\s*(?:that\s+)?(?P<pronoun>they|it)\s+(?=(?:will|would|could|can|should|must|shall)\b)"
)
#: "said the relations between the two countries were developing": a reported subject
_REPORTED_NP = re.compile(
    r"\b(?:said|noted|stated|stressed|agreed|believed|emphasi[sz]ed)\s+(?:that\s+)?"
    r"(?P<np>(?:the\s+)?[a-z][^,;]{2,80}?)\s+(?:were|was|are|is|have|has|had|will|would)\b"
)
#: "the Colombian people, who are now hosting ...": a party, then what it does
_PARTY_WHO = re.compile(
    r"(?:to\s+)?(?P<who>(?:the\s+)?[A-Z][^,;]{1,60}?),?\s+(?:who|which)\s+"
    r"(?:(?:are|is|have|has|were|was|had)\s+)?(?:(?:now|also|already|\w+ly)\s+)?(?P<rest>\S.+)"
)
#: "the Jordanian monarch on ...": a demonym and a lower-case office before on/for
_DEMONYM_OFFICE = re.compile(
    r"(?:to\s+)?(?:the\s+)?(?P<dem>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?P<office>[a-z]+)"
    r"\s+(?:on|for|over|upon)\s+(?P<rest>.+)"
)
_OFFICE_NOUNS = frozenset("monarch leader leadership counterpart king queen emir sultan".split())
_COUNTERPART = re.compile(
    r"^(?:to\s+)?(?:the|his|her|their)\s+(?:\w+\s+){0,2}?(?:interlocutor|counterpart|colleague|host|"
    # "his new Chinese colleague Qin Gang for": the colleague named
    r"guest)s?\s+(?:[A-Z][\w\-]*\s+){0,3}(?:for|on|over)\s+",
    re.I,
)
#: nouns whose infinitive is their complement, not a purpose ("efforts to defend")
_INFINITIVE_NOUNS = frozenset(
    "effort efforts attempt attempts bid bids decision decisions plan plans right ability".split()
)
#: words that are no topic on their own
_GENERIC_WORDS = frozenset(
    "support act response according way ways fact things matter matters issue issues "
    "area areas field fields aspect aspects sides side turn get hands topics up then others other etc "
    "following follows".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_GENERIC_NOUNS = frozenset(
    "issues challenges topics things priorities matters areas fields sectors spheres domains".split()
)
_DEGREE = frozenset("necessary further additional more urgent possible".split())


def _either_case(title: str) -> str:
    """A title pattern whose words may start in either case ("Acting President",
    "acting president").

    >>> re.fullmatch(_either_case("Foreign Secretary"), "foreign Secretary") is not None
    True
    """
    return r"\s+".join(
        f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w[:1].isalpha() else re.escape(w)
        for w in title.split()
    )


def _same_inflection(first: str, second: str) -> bool:
    """Whether two verbs are both third-person present or both past tense.

    >>> _same_inflection("understands", "supports"), _same_inflection("welcomed", "supports")
    (True, False)
    """
    first, second = first.lower(), second.lower()
    return (first.endswith("ed") and second.endswith("ed")) or (
        first.endswith("s")
        and second.endswith("s")
        and not first.endswith("ss")
        and not second.endswith("ss")
    )


def _family_first(words: list[str]) -> str:
    """ "KISHIDA Fumio" -> "Fumio Kishida": a family name in capitals comes first in
    Japanese readouts; any other name is returned as written.

    >>> _family_first(["KISHIDA", "Fumio"]), _family_first(["Fumio", "Kishida"])
    ('Fumio Kishida', 'Fumio Kishida')
    """
    if len(words) == 2 and len(words[0]) > 1 and words[0].isupper() and not words[1].isupper():
        return f"{words[1]} {words[0].title()}"
    return " ".join(words)


def _not_infinitive(word: str) -> bool:
    """Whether ``word`` after "to" cannot start an infinitive: a determiner, a
    name, or a plural noun ("access to vaccines", "to the market", "to Africa").

    >>> _not_infinitive("vaccines"), _not_infinitive("address"), _not_infinitive("ensure")
    (True, False, False)
    """
    low = word.lower().rstrip(",.;")
    return (
        low in _DETERMINERS
        or word[:1].isupper()
        or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3)
        # "a transition to democracy", "a return to normality": a noun's suffix
        or (
            low.endswith(("acy", "ism", "ity", "tion", "sion", "ness", "ship", "hood"))
            and low not in _TION_VERBS
        )
    )


#: verbs that look like nouns after "to" ("to sanction", "to question")
_TION_VERBS = frozenset("sanction question mention function position condition caution".split())


class _NameFinder:
    """The names minted in one readout, found by plain string search: a handful of
    names, where compiling a regex per readout cost more than the search itself, and
    where :class:`~kg.lexicon.LabelMatcher` (which tokenises the whole sentence) takes
    3.5 times as long per sentence (3.2 against 11.6 µs, measured).

    >>> _NameFinder({"Don": None, "Don Pramudwinai": None}).find("Don Pramudwinai's visit; Don said")
    [(0, 17, "Don Pramudwinai's"), (25, 28, 'Don')]
    """

    def __init__(self, minted: dict[str, object]) -> None:
        self._names = sorted(minted, key=lambda n: (-len(n), n))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, surface) mentions, a possessive "'s" included."""
        found: list[tuple[int, int]] = []
        size = len(text)
        for name in self._names:
            i = text.find(name)
            while i != -1:
                j = i + len(name)
                if i == 0 or not _word_char(text[i - 1]):
                    k = j
                    if k < size and text[k] in "'\u2019":
                        k += 1
                        if k < size and text[k] == "s":
                            k += 1
                        if k < size and _word_char(text[k]):
                            k = j  # "'" then a word: the name alone, if it ends there
                    if k != j or j >= size or not _word_char(text[j]):
                        found.append((i, k))
                i = text.find(name, i + 1)
        found.sort(key=lambda span: (span[0], span[0] - span[1]))
        out: list[tuple[int, int, str]] = []
        last = 0
        for a, b in found:
            if a >= last:
                out.append((a, b, text[a:b]))
                last = b
        return out


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _semicolon_list(text: str) -> str:
    """``text`` with the semicolons of a list of short noun phrases read as commas (same
    length, so offsets hold): "deepening cooperation on economic growth; energy;
    maritime issues; defense; and global health" lists fields, it ends no clauses.

    >>> _semicolon_list("cooperation on trade; energy; defense; and health.")
    'cooperation on trade, energy, defense, and health.'
    >>> _semicolon_list("We agreed on trade; the President will visit in May.")
    'We agreed on trade; the President will visit in May.'
    """
    if text.count(";") < 2:
        return text
    parts = text.split(";")
    middle = parts[1:-1]
    last = re.split(r"[.,]", parts[-1], maxsplit=1)[0]
    if all(0 < len(p.split()) <= 6 and not _FINITE_WORD.search(p) for p in [*middle, last]):
        return text.replace(";", ",")
    return text


def _noun_use(text: str, end: int) -> bool:
    """Whether a verb cue ending at ``end`` is used as a noun ("support during ...")."""
    return bool(_NOUN_USE.match(text, end))


def _find_topics(lex: Lexicon, text: str) -> list[tuple[int, int, str]]:
    """Topic matches in ``text``, memoised on the lexicon (the same spans are asked about often).

    The memo lives on the lexicon object itself: keyed by anything else (an
    ``id()``), a new lexicon could be served an old one's answers.
    """
    cache = lex.topic_cache
    hit = cache.get(text)
    if hit is None:
        if len(cache) > 20_000:
            cache.clear()
        hit = cache[text] = lex.topic_matcher.find(text) if lex.topic_matcher else []
    return hit


def _list_parts(text: str) -> list[str]:
    """The items of a short list: "A, B and C" -> ["A", "B", "C"]."""
    return [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text.strip()) if p]


def _alternation(words: frozenset[str] | set[str], flags: int = 0) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + longest_first(words, fold=bool(flags & re.I)) + r")\b", flags)


def _owned_titles(actors: list[Actor], text: str) -> list[Actor]:
    """ "Kazakhstan's President Kassym-Jomart Tokayev": the state owning a title is part
    of the person's mention (one actor), so "Lavrov and Kazakhstan's President Tokayev
    agreed" coordinates two people, not a person and a possessive."""
    out: list[Actor] = []
    for actor in actors:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "state"
            and prev.possessive
            and actor.kind == "person"
            and actor.states == prev.states
            and _TITLE_WORDS.fullmatch(text, prev.end, actor.start)
        ):
            out[-1] = Actor(
                prev.start, actor.end, "person", actor.states, actor.person, actor.possessive
            )
        else:
            out.append(actor)
    return out


def _merge_coordinated(actors: list[Actor], text: str) -> list[Actor]:
    """ "China and Kyrgyzstan", "Moscow and Beijing's": one joint actor of both states."""
    single: list[Actor] = []
    for actor in _owned_titles(actors, text):
        if (
            single
            and actor.kind == "person"
            and single[-1].kind == "person"
            and actor.person is not None
            and actor.person == single[-1].person
            and re.fullmatch(r"\s+(?:[A-Z][a-z]+\s+){0,2}", text[single[-1].end : actor.start])
        ):
            # "Jair Messias Bolsonaro": a middle name between two mentions of one person
            prev = single.pop()
            single.append(dataclasses.replace(prev, end=actor.end, possessive=actor.possessive))
        else:
            single.append(actor)
    out: list[Actor] = []
    for actor in single:
        if (
            out
            and actor.kind in ("state", "person")
            and out[-1].kind in ("state", "person")
            and re.fullmatch(
                # "Secretary Blinken and Minister Pandor": a title may stand before a name
                # ("President Joseph R. Biden, Jr. and ...": the period of "Jr."; "neither the
                # United States nor Russia")
                r"\.?\s+(?:and|nor)\s+(?:the\s+)?"
                # "and Deputy Prime Minister-Foreign Minister Nurtleu": hyphens join titles
                + (r"(?:[A-Z][a-z]+(?:\s+|-)){0,5}" if actor.kind == "person" else ""),
                text[out[-1].end : actor.start],
            )
        ):
            prev = out.pop()
            states = tuple(dict.fromkeys(prev.states + actor.states))
            out.append(
                Actor(
                    prev.start,
                    actor.end,
                    "joint" if len(states) > 1 else actor.kind,
                    states,
                    actor.person if len(states) == 1 else None,
                    actor.possessive,
                )
            )
        else:
            out.append(actor)
    return out


def _clause_end(text: str, reporting: re.Pattern[str] | None = None):
    """A function giving where the clause that starts at ``i`` ends.

    Clauses end at semicolons, at "..., adding that", "..., while", and at
    "and noted that" (a new reporting verb opens a new clause).
    """
    stops = [m.start() for m in _CLAUSE_STOPS.finditer(text)]
    if reporting is not None:
        for m in reporting.finditer(text):
            before = _AND_END.search(text[: m.start()])
            if before:
                stops.append(before.start())
    stops += [m.start() for m in _ATTRIBUTION.finditer(text)]
    stops.sort()
    stops.append(len(text))

    def end(i: int) -> int:
        return stops[bisect.bisect_left(stops, i)]

    return end


def _trim_end(text: str, start: int, end: int) -> int:
    """Pull ``end`` back over trailing ", and" / " and" / commas."""
    piece = text[start:end]
    trimmed = re.sub(r"(?:,?\s*\band\b)?[\s,]*$", "", piece)
    return start + len(trimmed)


def _inside_label(ext: RuleExtractor, text: str, start: int, end: int) -> bool:
    """Whether a cue match lies inside a topic label ("Security Council")."""
    for a, b in ext._label_spans(text[max(0, start - 40) : end + 40]):
        a += max(0, start - 40)
        b += max(0, start - 40)
        if a <= start and end <= b and (b - a) > (end - start):
            return True
    return False


def extract(readout: Readout, extractor: Extractor | None = None) -> Extraction:
    """Extract positions from one readout with the default rule extractor.

    >>> from kg.readout import parse_readout
    >>> r = parse_readout("---\\ndate: 2021-01-01\\n---\\nNothing to see.", "x.txt")
    >>> extract(r).positions
    ()
    """
    return (extractor or default_extractor()).extract(readout)


_DEFAULT: RuleExtractor | None = None


def default_extractor() -> RuleExtractor:
    """The process-wide rule extractor (its lexicon is built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RuleExtractor()
    return _DEFAULT


def position_record(pos: Position, readout: Readout) -> dict[str, object]:
    """A position as the JSON object of ``kg extract --format json`` (the scorer's contract).

    >>> from kg.readout import parse_readout
    >>> r = parse_readout("---\\ndate: 2020-05-26\\n---\\nChina supports multilateralism.", "x.txt")
    >>> sorted(position_record(extract(r).positions[0], r))[:4]
    ['addressee', 'curated', 'date', 'end']
    """
    return {
        "file": readout.path,
        "date": pos.date.isoformat(),
        "holder": pos.holder.label,
        "holder_code": pos.holder.code,
        "stance": pos.stance,
        # the topic as the text names it; for a scheme topic named in other words, the
        # scheme label is "topic_label" and both are among "topic_labels"
        "topic": pos.topic.surface or pos.topic.label,
        "topic_label": pos.topic.label,
        # ... and last the phrase it was named in, as written
        "topic_labels": list(
            dict.fromkeys(
                ([pos.topic.surface] if pos.topic.surface else [])
                + list(pos.topic.labels)
                + ([pos.topic.context] if pos.topic.context else [])
                + ([pos.topic.action] if pos.topic.action else [])
            )
        ),
        "topic_text": pos.topic.surface or pos.topic.label,
        "curated": pos.topic.curated,
        "addressee": pos.addressee.label if pos.addressee else None,
        "voiced_by": pos.voiced_by.name if pos.voiced_by else None,
        "evidence": pos.evidence,
        "start": pos.start,
        "end": pos.end,
    }


# Patterns of the hot paths, compiled once (re's own cache lookup per call cost ~4 %).
_AND_SPACED = re.compile(r"\s+and\s+")
_AS_WELL_AS_LEAD = re.compile(r"^(?:as well as|along with)\s+")
#: "Both agreed ...", "..., where both expressed ...": both parties as a pronoun
_BOTH_VERB = re.compile(
    r"(?:^\s*(Both)|,\s*(?:where|(?:during|in|at)\s+which)\s+(both))\s+(?=[a-z]+(?:ed|s)?\b)"
)
_DEMONYM_SIDE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<dem>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+(?:{_SIDE_NOUNS})\b"
)
_DEMONYM_TITLE = re.compile(
    r"\b(?:the\s+)?(?P<dem>[A-Z][\w.\-]*)(?:['\u2019]s)?\s+(?P<title>[Ff]oreign [Mm]inister|FM|PM|"
    r"[Dd]eputy [Ff]oreign [Mm]inister|[Vv]ice [Ff]oreign [Mm]inister|[Dd]eputy [Pp]rime [Mm]inister|"
    r"[Vv]ice [Pp]resident|[Vv]ice [Pp]remier|[Cc]rown [Pp]rince|[Ff]oreign [Ss]ecretary|[Pp]resident|"
    r"[Pp]rime [Mm]inister|[Pp]remier|[Ss]ecretary of [Ss]tate|[Mm]inister|[Ll]eader|[Hh]ead of [Ss]tate|"
    # "the Thai king", "the Qatari Emir"
    r"[Kk]ing|[Qq]ueen|[Ee]mir|[Aa]mir|[Ss]ultan|[Mm]onarch|[Cc]hancellor)\b(?!\s+[A-Z])"
)
_LEADING_ADVERBS = re.compile(r"^(?:(?:well|" + _ADVERB + r")\s+)+")
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|\bno longer|n['\u2019]t)\s+(?:\w+\s+)?$")
_TITLED_PERSON_ON = re.compile(
    r"(?P<who>(?:the\s+)?[A-Z][\w.\u2019'\-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.\u2019'\-]*){1,6})"
    r"\s+(?:on|upon|for)\s+(?P<rest>\S.*)",
    re.S,
)
_NAME_AND_PEOPLE_ON = re.compile(
    r"(?:[A-Z][\w.\-\u2019']*\s+){1,4}and\s+(?P<people>(?:the\s+)?(?:(?:brotherly|friendly|fraternal|"
    r"entire|whole)\s+)?(?:[A-Z][\w\-]+\s+)?(?:people|nation)(?:\s+of\s+(?:the\s+)?[A-Z][\w\-\u2019']*"
    r"(?:\s+[A-Z][\w\-\u2019']*){0,2})?)\s+(?:on|upon|for)\s+(?P<rest>\S.*)",
    re.S,
)
_PERSON_ON = re.compile(
    r"^(?:him|her|them|the\s+(?:latter|former))\s+(?:on|upon|for)\s+(?:the\s+occasion\s+of\s+)?"
)
_POSSESSIVE_WORD = re.compile(r"['\u2019]s$")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{1,80}[\"\u201d]")
#: (an opening single quote too: "combat the 'three evil forces'"; a closing one may be a
#: plural possessive, "external forces' interference")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\u2018]|(?<![\w.])'(?=\w)")
#: the last word of a noun cue whose complement is a noun ("offer of", "admiration for"),
#: never an infinitive ("readiness to cooperate")
_NOUN_PREPOSITIONS = frozenset({"of", "for", "on", "about", "over", "with", "at", "regarding"})
_DOMAIN_ITEM = r"[A-Za-z][\w\-]*(?:\s+(?!and\b|other\b)[\w\-]+){0,2}"
_DOMAIN_END = r"(?=\s*(?:[,.;]|with\b|between\b|$))"
#: ", Prime Minister Modi reiterated India's": a new subject and its verb, then the noun's owner
_COMMA_SUBJECT_VERB_END = re.compile(
    r",\s+(?P<subject>(?:the\s+)?(?:[A-Z][\w.\-\u2019']*\s+){1,5})(?:also\s+|\w+ly\s+)?[a-z]{3,}ed\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['\u2019]s\s+|(?:his|her|their|its|the)\s+)"
    r"(?:[a-z]+\s+)?$"
)
#: one word of a person's name: "Kiir", "Al-Thani", "O'Neill"
_CAPITALISED_NAME = re.compile(r"[A-Z][a-z]+(?:[\-\u2019'][A-Za-z]+)*")
#: words that only grade an adverb ("even more actively")
_DEGREE_WORDS = frozenset({"and", "or", "more", "even", "most", "very", "much", "both"})
#: "form a new government": the state's new government is the news
_GOVERNMENT_WORDS = frozenset({"government", "cabinet", "administration"})
#: an adverb of manner after a noun ("quickly", "expeditiously"), not "family" or "Italy"
_MANNER_ADVERB = re.compile(
    r"[a-z]{2,}(?:ously|ively|ently|antly|ately|ically|fully|ably|ibly|edly|ingly|ckly|tly|rly|ssly|ally)"
)
#: "the strength of bilateral ties and the keenness of ...": a second noun phrase
_AND_THE_END = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?the\s+(?:[\w\-]+\s+)?$")
#: "(Germany will) be open to Chinese enterprises": what the party is to welcome
_BE_OPEN_TO = re.compile(
    r"(?:be|remain)\s+(?:more\s+|fully\s+)?(?:open|receptive|welcoming|friendly)\s+"
    r"(?:to|toward|towards)\s+(?P<what>\w.+)"
)
#: "will be united and overcome these difficulties": a party's state, then its own act
_BE_STATE_AND_VERB = re.compile(r"(?:be|being|been)\s+\w+\s+and\s+(?!be\b)(?P<verb_phrase>\w.+)")
_COPULA_AFTER_SUBJECT = re.compile(
    r"\s*(?:is|are|was|were|remains?|remained|stands?|stood)\s+(?:(?:still|also|fully|firmly|"
    r"always|deeply|strongly)\s+)?"
)
_OWNER_LED = re.compile(r"(?:his|her|their|our)\s+(?:\w+\s+){0,2}[a-z]+")
#: "the contributions President X has made to Y": what was contributed to
_MADE_TO = re.compile(
    r"(?:[A-Z][\w.\-\u2019']*\s+){1,4}(?:has|have|had)\s+(?:\w+ly\s+)?(?:made|played|given|"
    r"provided|rendered)\s+(?:to|in|for)\s+(?P<what>\S.*)",
    re.S,
)
_WAYS_TO = re.compile(
    r"(?:the\s+)?(?:ways|means|steps|measures|opportunities|prospects|possibilities)\s+"
    r"(?:to|of|for)\s+[a-z]"
)
_NOUN_CUE_DETERMINER = re.compile(r"the\s+(?=[a-z])")
_DEICTIC_FIELD = re.compile(
    r"\s+(?:in|on|within)\s+(?:this|these|that|those)\s+(?:field|area|regard|sphere|direction|"
    r"respect|domain|sector|issue|matter)s?\s*[.,;]?$"
)
#: what a field list hangs on without naming fields ("relations in politics, security, ...")
_DOMAIN_HEAD = r"(?:relations|cooperation|ties|partnership|interaction|collaboration)"
#: the cheap test before :data:`_DOMAIN_LISTS` are tried
_DOMAIN_WORD = re.compile(rf"\b{_DOMAIN_NOUN}\b|\b{_DOMAIN_HEAD} in [a-z][\w\-]*,")
_PLURAL_NOUN = re.compile(r"[a-z]+[^su]s")
_HELD = re.compile(r" ?\x00(\d+)\x00")
#: see :meth:`RuleExtractor._domain_list`; "keep" is what stays in the head
_DOMAIN_LISTS = (
    # "in the economic, investment, tourism, trade and other fields"
    re.compile(
        rf"\s+(?:in|across)\s+(?:the\s+)?(?P<list>{_DOMAIN_ITEM}(?:,\s+{_DOMAIN_ITEM})*),?\s+and\s+"
        rf"(?:in\s+)?(?:other|related|various|many)\s+{_DOMAIN_NOUN}\b"
    ),
    # "in the political, economic and humanitarian spheres" (not the formula "in political
    # and economic spheres")
    re.compile(
        rf"\s+(?:in|across)\s+(?:the\s+)?(?P<list>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+and\s+"
        rf"[a-z][\w\-]*)\s+{_DOMAIN_NOUN}\b"
    ),
    # "in the fields of energy, infrastructure and investment"
    re.compile(
        rf"\s+(?:in|across)\s+(?:the\s+)?{_DOMAIN_NOUN}\s+of\s+"
        rf"(?P<list>{_DOMAIN_ITEM}(?:,\s+{_DOMAIN_ITEM})*,?\s+and\s+{_DOMAIN_ITEM}){_DOMAIN_END}"
    ),
    # "will coordinate with Indonesia including in such fields as A, B, C and D"
    re.compile(
        rf",?\s+(?:including|especially|particularly)\s+in\s+(?:such\s+|the\s+)?{_DOMAIN_NOUN}\s+"
        rf"(?:as|of|like)\s+"
        rf"(?P<list>{_DOMAIN_ITEM}(?:,\s+{_DOMAIN_ITEM})*,?\s+and\s+{_DOMAIN_ITEM}){_DOMAIN_END}"
    ),
    # "the development of relations in politics, security, economy, trade and culture"
    re.compile(
        rf"(?P<keep>\b{_DOMAIN_HEAD})\s+in\s+"
        r"(?P<list>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*){2,},?\s+and\s+[a-z][\w\-]*)(?=\s*(?:[.;]|$))"
    ),
    # "in a variety of fields, including politics, economics and security"
    re.compile(
        rf"(?P<keep>\s+(?:in|across)\s+(?:a\s+(?:wide\s+|broad\s+)?(?:variety|range|number)\s+of|"
        rf"various|many|all|multiple|different|diverse|key|priority)\s+{_DOMAIN_NOUN}),?\s+"
        rf"(?:including|such as|like|notably|especially)\s+"
        rf"(?P<list>{_DOMAIN_ITEM}(?:,\s+{_DOMAIN_ITEM})*,?\s+and\s+{_DOMAIN_ITEM}){_DOMAIN_END}"
    ),
)
_AS_ROLE = re.compile(r"as\s+(?=(?:an?|the)\s)")
_ROLE_VERB = re.compile(r"\b(?:serv|act|function)(?:e|es|ed|ing|s)?\s*$")
_RECIPROCAL_ON = re.compile(
    r"(?:each other|one another)\s+(?:on|over|regarding|with regard to)\s+(?P<what>\w.*)", re.S
)
#: (not "each other's core interests": a possessive names what is meant)
_RECIPROCAL = re.compile(r"(?:each other|one another)\b(?!['\u2019]s?\s)")
_SPEAKER_WORDS = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ww]e|[Hh]is country|[Hh]er country|[Oo]ur country|I)\b"
)
_MUTUAL_VERBS = re.compile(
    r"(?P<verbs>[a-z]+(?:(?:,|\s+and)\s+[a-z]+){0,3})\s+(?:each other|one another)"
)
_HELPED_PARTY = re.compile(
    r"\b(?:help|assist|enabl|allow)\w*\s+(?P<who>(?:the\s+)?[A-Z][^,;]{0,40}?)\s+"
    r"(?:to\s+)?[a-z]+\s*$"
)
_ADVERBIAL_TAIL = re.compile(
    r"(?:(?:again|soon|regularly|often|frequently|shortly|later|further|closely|together)\s*)+"
)
_PARTY_PREP = re.compile(
    r"(?:to\s+|with\s+)?(?P<who>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}"
    r"(?:\s+(?:government|side|people|government and people|people and government|"
    r"leadership))?)"
    r"\s+(?P<prep>on|in|for|over|about|against|with|from)\s+(?P<rest>.+)"
)
#: thanks with no object: "expressed his gratitude.", "conveyed her thanks."
_BARE_THANKS = re.compile(
    r"\b(?:expressed|conveyed|extended)\s+(?:his|her|their)\s+(?:\w+\s+)?"
    r"(?:gratitude|thanks|appreciation)\s*[.;]?\s*$"
)
#: a noun with one modifier ("Euro-Atlantic aspirations", "economic development")
_MODIFIED_NOUN = re.compile(r"(?:[A-Z][\w\-]*|[a-z][a-z\-]*[a-z])\s+[a-z]{4,}")
#: a finite verb of the subject's own, outside a relative clause
_FINITE_IN_SUBJECT = re.compile(
    r"^(?:(?!\b(?:that|which|who)\b).)*?\b(?:have|has|had)\s+(?:\w+ly\s+)?\w+ed\b"
)
_ITS = re.compile(r"\b(?:given|amid|despite|over|for|against|to)\s+its\s")
#: no month name next ("on April 4th" is when, not against whom)
_NO_MONTH = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)"
)
#: a modifier before a conduct noun ("dangerous and", "unprovoked,", "continued")
_MOD_WORD = r"(?:[a-z][a-z\-]*(?:,?\s+and\s+|,\s+|\s+))"
#: up to three modifier words right before a conduct noun
_MODS_BEFORE = re.compile(r"(?<![\w’'])" + _MOD_WORD + r"{1,3}$")
#: the state a condemned act is against ("... war of aggression against Ukraine")
_VICTIM = (
    r"(?P<obj>\s+(?:against|of|on)\s+(?:the\s+)?"
    + _NO_MONTH
    + r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?"
)
#: "(thanked Y) during a telephone conversation (for X)": the occasion, no topic
_TALK_BEFORE_FOR = re.compile(
    r"\s+(?:during|in|at)\s+(?:a|the|their|today['\u2019]s)\s+(?:\w+\s+)?"
    r"(?:conversation|call|talks|meeting)(?=\s+for\s)"
)
#: the simple past of a verb of giving ("provided", "shared", "donated", "sent")
_PAST_GIVING = re.compile(
    r"(?:provid|shar|donat|deliver|suppli|render|dispatch|transferr)ed|sent|gave"
)
#: "(supported) and looked out for each other", "(respected), understood and trusted each other"
_MUTUAL_PAST_AFTER = re.compile(
    r"(?:,?\s+(?:and\s+)?(?:always\s+)?[a-z]+ed(?:\s+(?:out|up))?)*\s+(?:for\s+)?each\s+other\b"
)
#: what makes a past form no narrative ("was provided", "would have shared", "ready to")
_AUX_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are|to|will|would)\s+(?:\w+ly\s+)?$")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[\-’'][^\W\d_]+)*")
#: "some forces have been smearing X": unnamed others and their ongoing acts
_SOME_FORCES = re.compile(
    r"\b(?:[Ss]ome|[Cc]ertain|[Aa] few)\s+(?:\w+\s+)?(?:forces|countries|politicians|"
    r"individuals|quarters|people|media outlets)\s+(?:have\s+been|has\s+been|are|were|kept|keep|"
    r"continue\s+to|keep\s+on)\s+(?:\w+ly\s+)?"
    # "are attempting to control the market, get a head start, and even monopolize resources"
    r"(?:(?P<attempt>attempting|trying|seeking)\s+to\s+)?(?P<acts>[a-z]+\b[^;]*)"
)
#: between two gerund acts ("smearing X and creating Y", "politicizing X, smearing Y")
_GERUND_SPLIT = re.compile(r",?\s+and\s+(?=[a-z]+ing\b)|,\s+(?=[a-z]+ing\b)")
#: between two acts after "attempting to" ("control the market, get a head start, and ...")
_INFINITIVE_SPLIT = re.compile(r",?\s+and\s+|,\s+")
#: where the acts end: ", Wang warned", ", adding that"
_ACTS_END = re.compile(
    r",\s+(?:[A-Z][\w.]*\s+){0,3}(?:said|warned|noted|added|stressed|stated|pointed out)\b"
    r"|,\s+(?:adding|saying|noting|stressing)\b|;"
)
_GOING_AS_FAR = re.compile(r"^(?:going\s+(?:so|as)\s+far\s+as|even)\s+")
#: where an act's object ends ("smearing China out of self-serving purposes")
_ACT_TAIL = re.compile(r"\s+(?:out of|in order|so as|to|which|that|for)\s|,")
_AMID = re.compile(r",?\s+amid(?:st)?\s")
#: "(continued) support for Georgia": a state as all that is backed
_BACKED_PARTY = re.compile(
    r"\s*(?P<noun>(?:(?:the|their|its|our|his|her|continued|continuing|further|full|firm|"
    r"strong|steadfast|unwavering|unflinching|resolute)\s+)*(?:support|assistance|solidarity)"
    r"\s+(?:to|for|with)\s+)?(?:the\s+)?(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
    # "... to Georgia in the face of Russia's occupation": an adjunct, no topic of its own
    r"(?:,?\s+(?:in\s+the\s+face\s+of|amid|despite|against|during|in\s+its|in\s+their)\s[^.;]*)?"
    r"\s*[.,;]?\s*"
)
#: "thanked X for its support to China on Y", "for firmly supporting China on Y"
_SUPPORT_TO_PARTY = re.compile(
    r"(?:(?:(?:his|her|its|their|the)\s+)?(?:support|assistance|help)\s+(?:to|for)\s+"
    r"|(?:\w+ly\s+)?(?:supporting|backing)\s+)"
    r"(?P<who>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+(?:on|over|regarding|in)\s+"
    r"(?P<rest>.+)"
)
_SHARED_MODIFIER = re.compile(r"(?:the\s+)?(?P<mod>[a-z\-]+)\s+(?P<a>[a-z]+)\s+and\s+(?P<b>[a-z]+)")
_LIST_MARKS = re.compile(
    r",\s+including\s+|,?\s+(?:such as|especially|particularly|as well as|along with)\s+|,\s+and\s+|,\s+"
)
_AREAS_INCLUDING = re.compile(
    r"\b(?:fields|areas|sectors|spheres|issues|matters|domains)(\s+including\s+)"
)
_PURPOSE_PIECE = re.compile(r"(?:so as |in order |in a bid |in an effort |with a view )?to\s+\w+")
#: ", while expanding cooperation in X": the frame before the comma goes on
_WHILE_GERUNDS = (
    r"(?:advancing|expanding|promoting|strengthening|deepening|enhancing|boosting|developing)"
)
_WHILE_GERUND = re.compile(_WHILE_GERUNDS)
_CLAUSE_STOPS = re.compile(
    r";|,\s*(?:adding|saying|noting|stressing|vowing|pledging|promising|"
    r"making(?:\s+it)?\s+clear)(?:\s+that)?\b"
    # (", while advancing cooperation in traditional areas": the same frame goes on)
    r"|,\s*(?:while(?!\s+" + _WHILE_GERUNDS + r"\b)|whereas|but)\s"
    # "delivered President Trump's strong message: the United States is committed to ...":
    # a clause after a colon is a statement of its own
    r"|:\s+(?=(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[\w.\-]+){0,4}\s+(?:is|are|will|would|has|have)\b)"
    # "held phone talks on Wednesday, during which they agreed to ...": the talk's own clause
    r"|,\s*(?:(?:during|in|at|after)\s+which|where)\s+(?=(?:they|both|the\s+two)\b)"
    r"|,\s*(?:and\s+)?(?:emphasi[sz]ing|stressing|underlining|underscoring|highlighting|"
    r"reaffirming|reiterating|wished|wishing|expressing|voicing|conveying|conveyed|"
    # "expressed gratitude for the reception, conveyed cordial greetings, ... and handed over a
    # written message": the guest's next acts
    r"handed\s+over|passed\s+on)\b"
    r"|\s+wishing\s+(?:him|her|them)\b"
    # "China calls for more support to Africa and actively takes part in X", "attaches great
    # importance to Y, and always views Z": the subject's next finite verb, a clause of its own
    r"|,?\s+and\s+(?:always|also|actively|firmly|consistently|further|still)\s+"
    r"(?!(?:is|has|was|does)\b)[a-z]{3,}(?<!ss)s\b"
    # "the sides discussed issues of X, noted the high level of Y": a predicate of its own
    r"|,\s*(?:and\s+)?(?:also\s+)?(?:noted|stressed|emphasi[sz]ed|underlined|underscored|"
    r"highlighted|reaffirmed|reiterated|welcomed|praised)\s+(?=the\b|that\b|their\b|its\b)"
)
_TO_AFTER = re.compile(r"\s+to\s")
_TO_VERB_IN_PIECE = re.compile(r"\bto\s+(?:\w+ly\s+)?(?!the\b|a\b|an\b|its\b|their\b)[a-z]+")
_TRIP_AT_END = re.compile(r"\b" + _TRIP + r"\s*$")
_WELL_OR_ADVERB = re.compile("well|" + _ADVERB)
_WHO_RELATIVE = re.compile(
    r"(?:to\s+)?(?P<who>(?:[A-Z][\w.’'\-]*\s+){1,4}?)who\s+(?P<rest>.+)", re.S
)
_PASSIVE_AFTER = re.compile(r"\s*(?:be|being|been)\s+(?:\w+ly\s+)?\w+ed\b")
_INFINITIVE_SUBJECT = re.compile(r"\s*(?:for\s+)?([^,]{2,40}?)\s+to\s+(?=\w)")
_ING_WORD = re.compile(r"[a-z]+ing\s")
_TO_INFINITIVE = re.compile(r"\s+to\s+(?=(?:\w+ly\s+)?\w+)")
_TRIP_LEAD = re.compile(r"(?:pay\s+a\s+)?" + _TRIP + r"\s+(.+)$")
_LOWER_WORD = re.compile(r"[a-z][a-z\-']{2,}")
_RELATIVE_CUT = re.compile(r"\s+(?:that|which|who|whom|whose|he|she|they|we)\s")
_OF_STATE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w\s]*$")
_OWN_LEADERS = re.compile(
    r"(?:leaders?|heads?|presidents?|people|government)\s+of\s+(?:our|their|his|her|its)\s+"
    r"(?:country|state|nation)"
)
_AND_OTHERS_TAIL = re.compile(r"\s+and\s+(?:other|all|its|their)\s+\w+$")
_PARTY_NOUN_TAIL = re.compile(r"\s+(?:side|sides|people|peoples|government)$")
_S_TAIL = re.compile(r"(?:s|'s|\u2019s)$")
_PLACE_PREP_END = re.compile(r"\s(?:in|across|throughout|within|around)\s+(?:the\s+)?$")
_POSSESSIVE_TOKEN = re.compile(r"\w+['\u2019]s$")
_AND_END = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?$")
_OWNER_HEAD = re.compile(r"(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?['\u2019]s?)\s")
_PARTICIPLE = re.compile(r"[a-z]+ed|taken|made|done|given|imposed|reached|set")
#: nouns the participle pattern would take for verbs: "stopping the bloodshed", "the need"
_ED_NOUNS = frozenset({"bloodshed", "need", "speed", "hatred", "greed", "seed", "creed", "deed"})
_THE_LEAD = re.compile(r"^the\s+", re.I)
_HOW_LEAD = re.compile(r"\s*how\s")
_VERB_PARTICLE = re.compile(r"([a-z][a-z\-]+)\s+(?:(?:to|on|with|into|up|out|for|in|from)\s+)?")
_TITLE_WORDS = re.compile(r"\s+(?:[A-Z][a-z]+(?:\s+|-)){1,5}")
_PAREN_ACRONYM = re.compile(r"\([A-Z][A-Za-z.]{1,7}\),?")
_NOUN_OPENING = re.compile(
    r"(?!(?:It|This|That|These|Those|They|He|She|We|I)\b)(?:the\s+)?[A-Za-z][a-z\-]+\s+[a-z]", re.I
)
_REPORTING_IN = re.compile(
    r"\b(?:said|says|noted|stressed|added|that|who|which)\b|[;:\"\u201c\u201d]"
)
_DETERMINER_ADVERB = re.compile(r"\b(?:" + "|".join(sorted(_DETERMINERS)) + r")\s+\w+ly\s+$", re.I)
_DELEGATES_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:representatives|delegations|heads|members|officials)\s+of\s+$"
)
_EXPRESSED_BEFORE = re.compile(
    r"\b(?P<verb>expressed|voiced|showed|reaffirmed|confirmed|reiterated)\s+"
    r"(?:(?:their|its|his|her|the|a|an)\s+)?(?:[a-z\-]+\s+){0,2}$"
)
# "..., as well as confirmed", "... and expressed": a verb sharing an earlier subject
_COORDINATED_END = re.compile(r"(?:\band|\bas well as|,)\s*$")
_GREETING_ADJECTIVES = frozenset({"best", "warm", "warmest", "good", "cordial", "sincere", "kind"})
_APPOSITIVE_DEMONYM = re.compile(
    r"(?<=[^\W\d_]),\s+(?:the\s+)?(?P<dem>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+"
    r"(?i:(?:(?:deputy|first|vice|acting)\s+)?(?:prime\s+minister|foreign\s+minister|minister|"
    r"president|premier|secretary|chancellor))\b"
)
_OUR_JOINT = re.compile(r"\b(?:[Oo]ur|[Tt]heir)\s+(?:joint|shared|mutual)\b")

# "Crown Prince Mohammad said": a title and one name word the vocabulary may spell otherwise
_TITLED_SHORT_NAME = re.compile(
    r"\b(?:Crown Prince|Prince|King|Emir|Amir|Sheikh|President|Prime Minister|Minister|"
    r"Secretary|Chancellor|Premier)\s+(?P<name>[A-Z][a-z]{4,})\b(?![\s\-]+[A-Z])"
)
