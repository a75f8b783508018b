"""Generate synthetic readout corpora for the benchmarks.

Every readout is built from templates written for this benchmark and from the
vocabularies in ``ontology/*.ttl`` (through :func:`kg.lexicon.load_lexicon`):
two officials in office on the readout's date (or, for states without one in
the vocabulary, a minted name with a title), their states, capitals and
demonyms, topics of the scheme under any of their labels, plus some noun
phrases the extractor has to mint as uncurated topics. Each readout has front
matter (title, date, publisher, source), an opening paragraph and six to
twelve paragraphs drawn from about thirty sentence forms of the genre: stance
statements, gratitude, agreements, lists of topics, hopes, neutral exchanges
and background sentences that carry no position.

Output is deterministic for a given ``--seed`` and ``--count``::

    python benchmarks/generate.py --count 1000 --out benchmarks/data/corpus-1k
    python benchmarks/generate.py --count 10000 --out benchmarks/data/corpus-10k
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.lexicon import Lexicon, PersonInfo, StateInfo, load_lexicon

#: Dates readouts are spread over.
FIRST_DAY = dt.date(2016, 1, 1)
LAST_DAY = dt.date(2024, 12, 31)

#: Titles written before an official's name, by office kind.
TITLE_OF_KIND = {
    "ForeignMinister": ("Foreign Minister", "Minister of Foreign Affairs"),
    "HeadOfState": ("President",),
    "HeadOfGovernment": ("Prime Minister",),
    "DeputyHeadOfGovernment": ("Vice Premier", "Deputy Prime Minister"),
    "NationalSecurityAdvisor": ("National Security Advisor",),
}
PUBLISHERS = (
    "Ministry of Foreign Affairs of {state}",
    "Xinhua",
    "Press service of the President of {state}",
    "Embassy of {state}",
    "{demonym} News Agency",
)
FIRST_NAMES = (
    "Amir Anvar Carla Daniel Elena Farid Gulnara Hassan Ines Jonas Karim Leila Marco Nadia "
    "Omar Petra Rustam Sofia Tomas Ulla Viktor Yasmin Zarina Bakyt Aigerim Luis Mei Kofi"
).split()
LAST_NAMES = (
    "Abdullaev Benali Costa Dimitrov Esposito Fischer Gashi Haddad Ivanova Jansen Kareem "
    "Lindqvist Mensah Novak Okafor Petrov Quispe Rahimov Santos Tanaka Usmonov Vargas "
    "Wojcik Yilmaz Zhakenov Almeida Borisov Castillo"
).split()
#: Noun phrases outside the topic scheme: the extractor mints them as uncurated topics.
FREE_TOPICS = (
    "green agricultural exports",
    "cross-border e-commerce",
    "the modernisation of border crossings",
    "joint archaeological research",
    "vocational training centres",
    "the protection of migratory birds",
    "cold-chain logistics",
    "satellite remote sensing",
    "desert control projects",
    "youth exchange programmes",
    "the reconstruction of irrigation canals",
    "mutual recognition of diplomas",
    "new direct flights",
    "seismic monitoring networks",
    "sister-city partnerships",
    "the digitisation of customs procedures",
    "joint film productions",
    "renewable hydrogen projects",
    "rural broadband",
    "the training of diplomats",
)
OUTCOMES = (
    "make new progress",
    "bring more benefits to the two peoples",
    "reach a new level",
    "yield fruitful results",
    "play a constructive role",
    "contribute to regional peace and development",
)
VERBS = (
    "advance",
    "deepen",
    "expand",
    "promote",
    "uphold",
    "strengthen",
    "safeguard",
)


@dataclass(frozen=True)
class Official:
    """An official as the readout names them: full name, short name, title, pronoun."""

    name: str
    short: str
    title: str
    state: StateInfo
    his: str


@dataclass
class Scene:
    """What one readout is about: date, host, guest, the kind of encounter, topics."""

    rng: random.Random
    lex: Lexicon
    date: dt.date
    host: Official
    guest: Official
    kind: str
    topics: list[str]

    def topic(self) -> str:
        """One topic phrase, drawn mostly from the readout's own topics."""
        if self.rng.random() < 0.12:
            return self.rng.choice(FREE_TOPICS)
        return self.rng.choice(self.topics)

    def topic_list(self, low: int = 2, high: int = 4) -> str:
        """``a, b and c``: distinct topics joined as in a readout."""
        items: list[str] = []
        for _ in range(20):
            if len(items) >= self.rng.randint(low, high):
                break
            t = self.topic()
            if t not in items:
                items.append(t)
        return join(items)


def join(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else name


def _official(
    rng: random.Random, lex: Lexicon, state: StateInfo, day: dt.date, person: PersonInfo | None
) -> Official:
    his = rng.choice(("his", "his", "her"))
    if person is not None:
        kinds = [t.kind for t in person.terms if t.covers(day) and t.kind in TITLE_OF_KIND]
        title = rng.choice(TITLE_OF_KIND[kinds[0]]) if kinds else "Minister"
        words = person.name.split()
        singles = [a for a in person.aliases if " " not in a and a in words]
        short = singles[0] if singles else _surname(person.name)
        return Official(person.name, short, title, state, his)
    first, last = _invented_name(lex, state.code, rng.randrange(2))
    title = rng.choice(("Foreign Minister", "Foreign Minister", "Prime Minister", "President"))
    return Official(f"{first} {last}", last, title, state, his)


def _invented_name(lex: Lexicon, code: str, which: int) -> tuple[str, str]:
    """One of two invented officials of a state the vocabulary names nobody for.

    Names are unique per state (a person represents one state: the same
    invented name for two states would be a contradiction the whole-store
    SHACL check rightly reports).
    """
    index = 2 * sorted(lex.states).index(code) + which
    return FIRST_NAMES[index % len(FIRST_NAMES)], LAST_NAMES[index // len(FIRST_NAMES)]


def _in_office(lex: Lexicon, day: dt.date) -> dict[str, list[PersonInfo]]:
    out: dict[str, list[PersonInfo]] = {}
    for person in lex.persons.values():
        if any(t.covers(day) and t.kind in TITLE_OF_KIND for t in person.terms):
            out.setdefault(person.state, []).append(person)
    return out


def _topic_phrases(lex: Lexicon) -> list[str]:
    """Every label of every topic, the way a readout would write it."""
    phrases = []
    for topic in lex.topics.values():
        for label in topic.labels:
            if label[:1].isupper() and " " in label and not label.split()[0].isupper():
                phrases.append(f"the {label}")  # "the Belt and Road Initiative"
            else:
                phrases.append(label)
    return sorted(set(phrases))


def dem(o: Official) -> str:
    """The official's demonym (``Kyrgyz``), else ``the {state}`` as an adjective."""
    return o.state.demonyms[0] if o.state.demonyms else o.state.label


def poss(state: StateInfo) -> str:
    """``China's``."""
    return f"{state.label}'s" if not state.label.endswith("s") else f"{state.label}'"


# ---------------------------------------------------------------- sentence forms

Form = Callable[[Scene, Official, Official], str]

STANCE_FORMS: list[Form] = [
    lambda s, a, b: f"{a.short} said {a.state.label} firmly supports {s.topic_list(1, 3)}.",
    lambda s, a, b: (
        f"For {a.his} part, {a.short} expressed gratitude for {poss(b.state)} support on "
        f"{s.topic()} and said {a.state.label} is ready to deepen cooperation in {s.topic_list()}."
    ),
    lambda s, a, b: (
        f"The two sides agreed to {s.rng.choice(VERBS)} cooperation in {s.topic_list(2, 4)}."
    ),
    lambda s, a, b: (
        f"{a.state.label} hopes that {b.state.label} will continue to {s.rng.choice(VERBS)} "
        f"{s.topic()}, {a.short} said."
    ),
    lambda s, a, b: (
        f"{a.short} noted that {a.state.label} is willing to work with {b.state.label} to "
        f"{s.rng.choice(VERBS)} {s.topic()} and {s.topic()}."
    ),
    lambda s, a, b: (
        f"{a.state.label} opposes any interference in {poss(b.state)} internal affairs and "
        f"supports {s.topic()}, {a.short} stressed."
    ),
    lambda s, a, b: (
        f"{a.short} said {a.state.label} appreciates {poss(b.state)} assistance in "
        f"{s.topic()} and will provide support for {s.topic()}."
    ),
    lambda s, a, b: (
        f"{a.state.label} reaffirmed its commitment to {s.topic()} and its support for {s.topic()}."
    ),
    lambda s, a, b: f"Both sides called for {s.topic()} and {s.topic()}.",
    lambda s, a, b: (
        f"{a.title} {a.short} underlined that {a.state.label} stands ready to offer "
        f"assistance in {s.topic()}."
    ),
    lambda s, a, b: (
        f"{a.short} thanked {b.state.label} for its help with {s.topic()} and welcomed "
        f"closer ties in {s.topic_list(2, 3)}."
    ),
    lambda s, a, b: (
        f"The {dem(a)} side firmly opposes {s.rng.choice(('unilateral sanctions', 'protectionism', 'hegemonism', 'bloc confrontation', 'terrorism'))}"
        f" and supports {s.topic()}, {a.short} said."
    ),
    lambda s, a, b: (
        f"{a.state.label} is committed to {s.topic()} and will take measures to protect "
        f"{s.topic()}, according to {a.short}."
    ),
    lambda s, a, b: (
        f"{a.short} expressed the hope that the two countries will strengthen coordination on "
        f"{s.topic()} so that bilateral relations will {s.rng.choice(OUTCOMES)}."
    ),
    lambda s, a, b: (
        f"Noting that {a.state.label} and {b.state.label} are good partners, {a.short} said "
        f"{a.state.label} welcomes {s.topic()} and supports {s.topic()}."
    ),
    lambda s, a, b: (
        f"{a.state.label} requests that {b.state.label} ensure {s.topic()}, the {dem(a)} "
        f"{a.title.lower()} said."
    ),
    lambda s, a, b: (
        f"{a.short} voiced {a.state.label}'s readiness to share experience in {s.topic()} "
        f"with the {dem(b)} side."
    ),
    lambda s, a, b: (
        f"{a.state.label} values {poss(b.state)} position on {s.topic()} and backs "
        f"{s.topic_list(1, 2)}, {a.short} added."
    ),
]
NEUTRAL_FORMS: list[Form] = [
    lambda s, a, b: f"The two sides also exchanged views on {s.topic()} and {s.topic()}.",
    lambda s, a, b: (
        f"{a.short} said that {a.state.label} and {b.state.label} are linked by "
        f"{s.rng.choice(('a long history of friendship', 'mountains and rivers', 'common interests', 'shared aspirations'))}."
    ),
    lambda s, a, b: (
        f"{a.short} congratulated {b.short} on {s.rng.choice(('taking office', 'the national day', 'the successful elections', 'the anniversary of diplomatic ties'))}."
    ),
    lambda s, a, b: (
        f"This year marks the {s.rng.choice(('20th', '25th', '30th', '35th', '50th'))} "
        f"anniversary of diplomatic relations between the two countries."
    ),
    lambda s, a, b: f"{a.short} briefed {b.short} on the situation in {s.topic()}.",
    lambda s, a, b: (
        f"Over the past years, trade between {a.state.label} and {b.state.label} has grown "
        f"steadily despite the difficulties."
    ),
]
CLOSING_FORMS: list[Form] = [
    lambda s, a, b: (
        f"The two sides agreed to maintain close communication at all levels and to "
        f"{s.rng.choice(VERBS)} {s.topic()}."
    ),
    lambda s, a, b: (
        f"{a.short} invited {b.short} to visit {a.state.capitals[0] if a.state.capitals else a.state.label} "
        f"at a convenient time, and {b.short} accepted the invitation with pleasure."
    ),
    lambda s, a, b: (
        f"Both ministers agreed to meet again {s.rng.choice(('soon', 'next year', 'on the sidelines of the summit'))}."
    ),
]


def _opening(s: Scene) -> str:
    h, g = s.host, s.guest
    when = f"{s.date.day} {s.date.strftime('%B')}"
    if s.kind == "call":
        verb = s.rng.choice(("spoke on the phone with", "held a telephone conversation with"))
        return f"On {when}, {h.title} {h.name} {verb} {dem(g)} {g.title} {g.name}."
    place = h.state.capitals[0] if h.state.capitals else h.state.label
    verb = s.rng.choice(("held talks with", "met with"))
    return f"On {when}, {h.title} {h.name} {verb} {dem(g)} {g.title} {g.name} in {place}."


def _title(s: Scene) -> str:
    h, g = s.host, s.guest
    verb = {"call": "Speaks with", "meeting": "Holds Talks with"}[s.kind]
    return f"{h.title} {h.name} {verb} {dem(g)} {g.title} {g.name}"


def _paragraph(s: Scene) -> str:
    a, b = (s.host, s.guest) if s.rng.random() < 0.55 else (s.guest, s.host)
    count = s.rng.choice((1, 1, 2, 2, 3))
    sentences = []
    for _ in range(count):
        forms = STANCE_FORMS if s.rng.random() < 0.78 else NEUTRAL_FORMS
        sentences.append(s.rng.choice(forms)(s, a, b))
    return " ".join(_capitalise(x) for x in sentences)


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def readout(rng: random.Random, lex: Lexicon, phrases: list[str], number: int) -> tuple[str, str]:
    """One readout: (file name, text with front matter)."""
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    office = _in_office(lex, day)
    host_code = rng.choice(sorted(office))
    candidates = [c for c in lex.states if c != host_code]
    guest_code = rng.choice(candidates)
    host = _official(rng, lex, lex.states[host_code], day, rng.choice(office[host_code]))
    guest_person = rng.choice(office[guest_code]) if office.get(guest_code) else None
    guest = _official(rng, lex, lex.states[guest_code], day, guest_person)
    scene = Scene(
        rng, lex, day, host, guest, rng.choice(("call", "meeting")), rng.sample(phrases, 12)
    )
    body = [_opening(scene)]
    body += [_paragraph(scene) for _ in range(rng.randint(6, 12))]
    body.append(_capitalise(rng.choice(CLOSING_FORMS)(scene, host, guest)))
    publisher = rng.choice(PUBLISHERS).format(state=host.state.label, demonym=dem(host))
    front = [
        "---",
        f"title: {_title(scene)}",
        f"date: {day.isoformat()}",
        f"publisher: {publisher}",
        f"source: synthetic readout {number} (kg benchmarks/generate.py)",
        "---",
    ]
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host.short} {guest.short} {scene.kind}".lower())
    name = f"{number:05d}_{slug.strip('-')}-{day.isoformat()}.txt"
    return name, "\n".join(front) + "\n" + "\n\n".join(body) + "\n"


def generate(out: Path, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` readouts to ``out`` (created; existing ``*.txt`` files are removed)."""
    lex = load_lexicon()
    phrases = _topic_phrases(lex)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    written = []
    for number in range(count):
        rng = random.Random(f"{seed}:{number}")
        name, text = readout(rng, lex, phrases, number)
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--count N --out DIR [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} readouts to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
