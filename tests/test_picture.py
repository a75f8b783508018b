"""kg.picture and ``kg graph``: the stance network as self-contained HTML and SVG.

The last test renders the page in headless Chromium (Debian's ``chromium``)
and reads the screenshot's pixels; it is skipped where Chromium is absent.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
from conftest import run_cli as run

from kg.analysis import PositionRow, row
from kg.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from kg.picture import STANCE_COLOURS, draw

SVG = "{http://www.w3.org/2000/svg}"


def sample() -> list[PositionRow]:
    return [
        row("KGZ", "support", "taiwan", "2020-05-26", addressee="CHN"),
        row("KGZ", "support", "taiwan", "2020-11-16", addressee="CHN"),
        row("KGZ", "oppose", "non-interference", "2020-11-16", addressee="CHN"),
        row("CHN", "offer", "vaccines", "2020-11-16", addressee="KGZ"),
        row("CHN", "request", "trade", "2020-05-26", addressee="KGZ"),
        row("CHN", "appreciate", "covid-19", "2020-05-26", addressee="KGZ"),
        row("CHN", "commit", "belt-and-road", "2020-11-16", addressee="KGZ"),
    ]


def parse_svg(text: str) -> ET.Element:
    return ET.fromstring(text.split("?>", 1)[1] if text.startswith("<?xml") else text)


def test_draw_shows_states_topics_stances_and_dates() -> None:
    pic = draw(sample(), title="Kyrgyzstan & China")
    assert (pic.states, pic.topics, pic.edges, pic.positions) == (2, 6, 6, 7)
    root = parse_svg(pic.svg)
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") in ("slabel", "tlabel")]
    assert {"China", "Kyrgyzstan"} <= set(labels)
    assert {"Taiwan", "vaccines", "Belt and Road Initiative"} <= set(labels)
    # one curve per (state, stance, topic), coloured by its stance
    strokes = [p.get("stroke") for p in root.iter(f"{SVG}path") if p.get("class") == "edge"]
    assert sorted(strokes) == sorted(STANCE_COLOURS[s] for s in (
        "support", "oppose", "offer", "request", "appreciate", "commit"))  # fmt: skip
    # edge labels carry the dates; the restated position carries both
    dates = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "date"]
    assert "2020-05-26, 2020-11-16" in dates
    assert len(dates) == 6
    # the legend names every stance with its count, the caption the extent
    assert "support (2)" in texts and "oppose (1)" in texts
    assert any("2 states, 6 topics, 7 positions, 2020-05-26 to 2020-11-16" in t for t in texts)
    # evidence on hover
    tips = [t.text for t in root.iter(f"{SVG}title")]
    assert any(
        t and t.startswith("Kyrgyzstan support Taiwan: 2020-05-26, 2020-11-16") for t in tips
    )


def test_html_is_self_contained() -> None:
    pic = draw(sample())
    assert pic.html.startswith("<!DOCTYPE html>")
    assert "<script" not in pic.html
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", pic.html))
    assert urls == {"http://www.w3.org/2000/svg"}  # a namespace name, never fetched
    assert pic.svg.split("\n", 1)[1].strip() in pic.html


def test_text_is_escaped() -> None:
    evil = row(
        "CHN", "support", "x-evil", "2020-01-01", evidence='<script>alert("x")</script> & co'
    )
    evil = PositionRow(**{**vars(evil), "topic_label": '<b>bold</b> & "quoted"'})
    pic = draw([evil])
    assert "<script>" not in pic.svg and "<b>" not in pic.svg
    root = parse_svg(pic.svg)  # still well-formed XML
    assert any(t.text == '<b>bold</b> & "quoted"' for t in root.iter(f"{SVG}text"))


def test_topics_beyond_the_limit_are_counted() -> None:
    rows = [row("CHN", "support", "taiwan", f"2020-0{m}-01") for m in range(1, 4)]
    rows += [
        row("CHN", "offer", "vaccines", "2020-01-01"),
        row("CHN", "offer", "trade", "2020-01-02"),
    ]
    pic = draw(rows, max_topics=2)
    assert (pic.topics, pic.hidden_topics) == (2, 1)
    root = parse_svg(pic.svg)
    labels = {t.text for t in root.iter(f"{SVG}text") if t.get("class") == "tlabel"}
    assert "Taiwan" in labels and len(labels) == 2
    assert "1 topic with fewer positions not shown" in pic.svg
    assert "2020-01-01, 2020-02-01 +1" in pic.svg


def test_order_keeps_neighbours_together() -> None:
    rows = [row("KGZ", "support", t, "2020-01-01") for t in ("taiwan", "tibet", "xinjiang")]
    rows += [row("USA", "support", t, "2021-01-01") for t in ("quad", "democracy", "ukraine")]
    root = parse_svg(draw(rows).svg)
    order = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "tlabel"]
    first, second = set(order[:3]), set(order[3:])
    assert {frozenset(first), frozenset(second)} == {
        frozenset({"Taiwan", "Tibet", "Xinjiang"}),
        frozenset({"Quad", "democracy", "Ukraine"}),
    }


# ---------------------------------------------------------------- kg graph


def test_cli_graph_html_and_svg(seed_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "stance-network.html"
    code, out, err = run("--store", str(seed_store), "graph", "-o", str(page))
    assert code == EXIT_OK, err
    assert out == "" and err.startswith(f"wrote {page}: 2 states, ")
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "one-China policy" in text
    picture = tmp_path / "kgz.svg"
    code, _, err = run(
        "--store", str(seed_store), "graph", "--holder", "Kyrgyz", "--topic", "core interests",
        "--since", "2020-11", "-o", str(picture),
    )  # fmt: skip
    assert code == EXIT_OK, err
    root = parse_svg(picture.read_text(encoding="utf-8"))
    states = {t.text for t in root.iter(f"{SVG}text") if t.get("class") == "slabel"}
    topics = {t.text for t in root.iter(f"{SVG}text") if t.get("class") == "tlabel"}
    assert states == {"Kyrgyzstan"}
    assert {"Taiwan", "Xinjiang", "Tibet", "Hong Kong"} <= topics and "vaccines" not in topics
    dates = {t.text for t in root.iter(f"{SVG}text") if t.get("class") == "date"}
    assert dates == {"2020-11-16"}


def test_cli_graph_refusals(seed_store: Path, tmp_path: Path) -> None:
    code, _, err = run("--store", str(seed_store), "graph", "-o", str(tmp_path / "x.png"))
    assert code == EXIT_USAGE and ".html or .svg" in err
    code, _, err = run(
        "--store", str(seed_store), "graph", "--since", "2030", "-o", str(tmp_path / "x.svg")
    )
    assert code == EXIT_ERROR and "no stored position matches" in err
    assert not (tmp_path / "x.svg").exists()


# ---------------------------------------------------------------- in a real browser


def png_rows(data: bytes, limit: int) -> tuple[int, list[bytes]]:
    """Width and the first ``limit`` decoded scanlines (RGB or RGBA, 8 bit) of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompressobj().decompress(idat, (width * bpp + 1) * limit)
    stride, prev, out = width * bpp, bytearray(width * bpp), []
    for y in range(min(limit, height)):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(bytes(line[j] for j in range(stride) if bpp == 3 or j % 4 != 3))
        prev = line
    return width, out


def near(pixel: tuple[int, int, int], colour: str, tolerance: int = 40) -> bool:
    want = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(p - w) <= tolerance for p, w in zip(pixel, want, strict=True))


def test_page_renders_in_headless_chromium(seed_store: Path, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    page = tmp_path / "stance-network.html"
    code, _, err = run("--store", str(seed_store), "graph", "-o", str(page))
    assert code == EXIT_OK, err
    shot = tmp_path / "shot.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={profile}", f"--screenshot={shot}",
                "--window-size=1400,700", page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )  # fmt: skip
    assert shot.is_file() and shot.stat().st_size > 10_000, "no screenshot"
    width, lines = png_rows(shot.read_bytes(), 300)
    assert width == 1400
    pixels = [tuple(line[i : i + 3]) for line in lines for i in range(0, len(line), 3)]
    # the legend and the curves: every stance colour is on screen
    for stance, colour in STANCE_COLOURS.items():
        assert any(near(p, colour) for p in pixels), f"no {stance} colour on the page"
    dark = sum(1 for p in pixels if max(p) < 80)  # text and state nodes
    assert dark > 2_000
