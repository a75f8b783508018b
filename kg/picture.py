"""The stance network as a picture: self-contained SVG, or an HTML page around it.

States stand in a column on the left, topics in a column on the right, both
ordered by NetworkX-projected neighbourhoods so that edges cross little
(barycentre ordering); each (state, stance, topic) is one curve coloured by
stance and labelled with its date(s). Hovering a state shows its edges
alone; hovering an edge shows the evidence. No script, no fonts, no network:
the file opens anywhere.

>>> from kg.analysis import row
>>> pic = draw([row("KGZ", "support", "taiwan", "2020-05-26", addressee="CHN")])
>>> pic.states, pic.topics, pic.edges, "<svg" in pic.html
(1, 1, 1, True)
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.analysis import PositionRow

#: Stance colours (Okabe-Ito: told apart by colour-blind readers too).
STANCE_COLOURS = {
    "support": "#009E73",
    "oppose": "#D55E00",
    "offer": "#0072B2",
    "request": "#E69F00",
    "appreciate": "#CC79A7",
    "commit": "#56B4E9",
}

ROW = 24  # vertical pitch of topics
TOP = 96  # room for title and legend
LEFT = 250  # x of the state column
GAP = 560  # horizontal distance from states to topics
LABEL_CHARS = 46


@dataclass(frozen=True)
class Picture:
    """A drawn stance network: the SVG document, the HTML page, and what it shows."""

    svg: str
    html: str
    states: int
    topics: int
    edges: int
    positions: int
    hidden_topics: int
    title: str


@dataclass(frozen=True)
class _Edge:
    state: str
    topic: str
    stance: str
    dates: tuple[str, ...]
    rows: tuple[PositionRow, ...]


def _order(
    left: list[str], right: list[str], links: dict[str, set[str]], rounds: int = 12
) -> tuple[list[str], list[str]]:
    """Barycentre ordering of a two-column graph: few crossings, stable ties."""
    back: dict[str, set[str]] = {}
    for a, bs in links.items():
        for b in bs:
            back.setdefault(b, set()).add(a)

    def sort(side: list[str], other: list[str], nbrs: dict[str, set[str]]) -> list[str]:
        pos = {n: i for i, n in enumerate(other)}
        old = {n: i for i, n in enumerate(side)}

        def key(n: str) -> tuple[float, int]:
            ps = [pos[m] for m in nbrs.get(n, ()) if m in pos]
            return (sum(ps) / len(ps) if ps else old[n], old[n])

        return sorted(side, key=key)

    for _ in range(rounds):
        right = sort(right, left, back)
        left = sort(left, right, links)
    return left, right


def _bezier(p0: float, p1: float, p2: float, p3: float, t: float) -> float:
    u = 1 - t
    return u**3 * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t**3 * p3


def _darker(colour: str, factor: float = 0.62) -> str:
    """A darker shade of ``#rrggbb``, for text in that colour on white."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * factor):02x}" for c in (r, g, b))


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _cut(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _dates_label(dates: tuple[str, ...]) -> str:
    if len(dates) <= 2:
        return ", ".join(dates)
    return f"{dates[0]}, {dates[1]} +{len(dates) - 2}"


def draw(
    rows: Iterable[PositionRow], *, max_topics: int = 50, title: str = "Stance network"
) -> Picture:
    """Draw positions as a two-column stance network (states left, topics right).

    Topics beyond ``max_topics`` (those with the fewest positions) are left
    out and counted in ``hidden_topics``; narrow the rows to see them.

    >>> from kg.analysis import row
    >>> pic = draw([row("CHN", "offer", "vaccines", "2020-11-16"),
    ...             row("CHN", "offer", "medical-supplies", "2020-05-26")], max_topics=1)
    >>> pic.topics, pic.hidden_topics
    (1, 1)
    """
    from kg.analysis import project

    graph = project(rows)
    grouped: dict[tuple[str, str, str], list[PositionRow]] = {}
    from kg.analysis import positions_in

    for r in positions_in(graph):
        grouped.setdefault((r.holder, r.topic, r.stance), []).append(r)
    per_topic: dict[str, int] = {}
    for (_, t, _), rs in grouped.items():
        per_topic[t] = per_topic.get(t, 0) + len(rs)
    labels: dict[str, str] = {}
    curated: dict[str, bool] = {}
    for (s, t, _), rs in grouped.items():
        labels[f"s:{s}"] = rs[0].holder_label
        labels[f"t:{t}"] = rs[0].topic_label
        curated[t] = rs[0].curated
    ranked = sorted(per_topic, key=lambda t: (-per_topic[t], labels[f"t:{t}"].casefold()))
    kept = set(ranked[:max_topics])
    hidden = len(ranked) - len(kept)
    edges = [
        _Edge(s, t, st, tuple(sorted({r.date for r in rs})), tuple(rs))
        for (s, t, st), rs in sorted(grouped.items())
        if t in kept
    ]
    links: dict[str, set[str]] = {}
    for e in edges:
        links.setdefault(e.state, set()).add(e.topic)
    states = sorted(links, key=lambda s: labels[f"s:{s}"].casefold())
    topics = sorted(kept, key=lambda t: labels[f"t:{t}"].casefold())
    states, topics = _order(states, topics, links)

    height = TOP + max(len(topics) * ROW, len(states) * 56, 120) + 40
    width = LEFT + GAP + 380
    ty = {t: TOP + 20 + i * ROW for i, t in enumerate(topics)}
    span = (len(topics) - 1) * ROW if len(topics) > 1 else 0
    # states spread over the topics' height, at the mean height of their topics when room allows
    step = max(span / max(len(states) - 1, 1), 0)
    sy: dict[str, float] = {}
    for i, s in enumerate(states):
        even = TOP + 20 + (i * step if len(states) > 1 else span / 2)
        mean = sum(ty[t] for t in links[s]) / len(links[s])
        sy[s] = (even + mean) / 2
    # keep states at least 44 px apart, in order
    for i in range(1, len(states)):
        sy[states[i]] = max(sy[states[i]], sy[states[i - 1]] + 44)
    overflow = (sy[states[-1]] - (height - 50)) if states else 0
    if overflow > 0:
        height += int(overflow) + 10
    x1, x2 = LEFT, LEFT + GAP
    placed: list[tuple[float, float, float, float]] = []

    def free(box: tuple[float, float, float, float]) -> bool:
        a0, b0, a1, b1 = box
        return all(a1 < c0 or c1 < a0 or b1 < d0 or d1 < b0 for c0, d0, c1, d1 in placed)

    esc = html.escape
    parts: dict[str, list[str]] = {s: [] for s in states}
    counts: dict[str, int] = {}
    fan: dict[tuple[str, str], int] = {}
    for e in edges:
        counts[e.stance] = counts.get(e.stance, 0) + len(e.rows)
        k = fan.get((e.state, e.topic), 0)
        fan[(e.state, e.topic)] = k + 1
        ya, yb = sy[e.state], ty[e.topic] + (k * 4 - 2 if k else 0)
        xm = (x1 + x2) / 2
        colour = STANCE_COLOURS.get(e.stance, "#555")
        width_px = 1.6 + 0.9 * (len(e.dates) - 1)
        head = f"{labels['s:' + e.state]} {e.stance} {labels['t:' + e.topic]}: {', '.join(e.dates)}"
        tip = "\n".join([head] + [f"{r.date} \u201c{r.evidence}\u201d" for r in e.rows[:3]])
        parts[e.state].append(
            f'<path class="edge" d="M{x1 + 8},{ya:.1f} C{xm:.1f},{ya:.1f} {xm:.1f},{yb:.1f} '
            f'{x2 - 6},{yb:.1f}" stroke="{colour}" stroke-width="{width_px:.1f}" fill="none">'
            f"<title>{esc(tip)}</title></path>"
        )
        text = _dates_label(e.dates)
        w = 5.9 * len(text) + 4
        for t in (0.8, 0.72, 0.88, 0.64, 0.56, 0.48, 0.4, 0.32):
            lx = _bezier(x1 + 8, xm, xm, x2 - 6, t)
            ly = _bezier(ya, ya, yb, yb, t)
            box = (lx - w / 2, ly - 8, lx + w / 2, ly + 3)
            if free(box):
                placed.append(box)
                parts[e.state].append(
                    f'<text class="date" x="{lx:.1f}" y="{ly:.1f}" fill="{_darker(colour)}">'
                    f"{esc(text)}</text>"
                )
                break
    body: list[str] = []
    for s in states:
        y = sy[s]
        name = labels[f"s:{s}"]
        n = sum(len(e.rows) for e in edges if e.state == s)
        body.append(
            f'<g class="state">{"".join(parts[s])}'
            f'<circle cx="{x1}" cy="{y:.1f}" r="7" class="snode"/>'
            f'<text class="slabel" x="{x1 - 14}" y="{y + 5:.1f}">{esc(name)}'
            f"<title>{esc(name)}: {n} position(s)</title></text></g>"
        )
    for t in topics:
        y = ty[t]
        name = labels[f"t:{t}"]
        cls = "tnode" if curated.get(t, True) else "tnode minted"
        body.append(
            f'<circle cx="{x2}" cy="{y}" r="4.5" class="{cls}"/>'
            f'<text class="tlabel" x="{x2 + 12}" y="{y + 4}">{esc(_cut(name))}'
            f"<title>{esc(name)}: {per_topic[t]} position(s)</title></text>"
        )
    legend = []
    lx = 20
    for stance, colour in STANCE_COLOURS.items():
        legend.append(
            f'<line x1="{lx}" y1="58" x2="{lx + 28}" y2="58" stroke="{colour}" stroke-width="4"/>'
            f'<text class="legend" x="{lx + 34}" y="62">{stance} ({counts.get(stance, 0)})</text>'
        )
        lx += 34 + 8 * len(f"{stance} ({counts.get(stance, 0)})") + 22
    all_dates = sorted({d for e in edges for d in e.dates})
    n_pos = sum(len(e.rows) for e in edges)
    caption = (
        f"{_n(len(states), 'state')}, {_n(len(topics), 'topic')}, {_n(n_pos, 'position')}"
        + (f", {all_dates[0]} to {all_dates[-1]}" if all_dates else "")
        + (
            f"; {hidden} topic{'s' if hidden > 1 else ''} with fewer positions not shown"
            " (narrow with --holder/--topic)"
            if hidden
            else ""
        )
        + ". Edge labels: dates. Hover a state or an edge for details."
    )
    style = (
        "text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif}"
        ".title{font-size:20px;font-weight:bold;fill:#222}"
        ".caption{font-size:12px;fill:#555}.legend{font-size:13px;fill:#333}"
        ".slabel{font-size:14px;font-weight:bold;text-anchor:end;fill:#222}"
        ".tlabel{font-size:12.5px;fill:#222}"
        ".date{font-size:10px;text-anchor:middle;paint-order:stroke;stroke:#fff;"
        "stroke-width:3px;stroke-linejoin:round}"
        ".snode{fill:#333}.tnode{fill:#777}.tnode.minted{fill:#fff;stroke:#777;stroke-width:1.5}"
        ".edge{stroke-opacity:.7}.edge:hover{stroke-opacity:1;stroke-width:4}"
        "svg.net:hover .state .edge,svg.net:hover .state .date{opacity:.25}"
        "svg.net .state:hover .edge,svg.net .state:hover .date{opacity:1}"
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="net" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">'
        f"<style>{style}</style>"
        f'<rect width="100%" height="100%" fill="#fff"/>'
        f'<text class="title" x="20" y="28">{esc(title)}</text>'
        f'<text class="caption" x="20" y="44">{esc(caption)}</text>'
        + "".join(legend)
        + f'<text class="caption" x="{x1 - 14}" y="{TOP - 6}" text-anchor="end">states</text>'
        + f'<text class="caption" x="{x2 + 12}" y="{TOP - 6}">topics (hollow: minted, not curated)</text>'
        + "".join(body)
        + "</svg>"
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        "<style>body{margin:0;background:#fff}</style></head><body>\n" + svg + "\n</body></html>\n"
    )
    return Picture(
        svg='<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n",
        html=page,
        states=len(states),
        topics=len(topics),
        edges=len(edges),
        positions=n_pos,
        hidden_topics=hidden,
        title=title,
    )
