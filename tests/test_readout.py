"""Stage 1: loading readouts from text, HTML, JSON Lines and directories."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import kg.readout as readout_mod
from kg.errors import KGError, ReadoutError
from kg.readout import (
    content_hash,
    expand_paths,
    load_file,
    parse_date,
    parse_readout,
)

D = dt.date


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def load_one(path: Path, **kw: object) -> readout_mod.Readout:
    readouts = load_file(path, **kw)
    assert len(readouts) == 1
    return readouts[0]


def load_error(path: Path | str, **kw: object) -> str:
    """Load a file that must fail; return the message after checking it is one line."""
    with pytest.raises(ReadoutError) as info:
        load_file(path, **kw)
    message = str(info.value)
    assert isinstance(info.value, KGError)
    assert "\n" not in message, f"error message is not one line: {message!r}"
    assert str(path) in message, f"error does not name the file: {message!r}"
    return message


# ---------------------------------------------------------------- front matter


def test_front_matter_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "call.txt",
        "---\n"
        "title: 'Foreign Ministers Talk: A Test Readout'\n"
        "date: 2021-03-08\n"
        'publisher: "Ministry of Tests"\n'
        "source: https://example.org/readouts/42\n"
        "language: en\n"
        "---\n"
        "On Monday the two ministers spoke by phone.\n\n"
        "China firmly supports multilateralism.\n",
    )
    r = load_one(path)
    assert r.title == "Foreign Ministers Talk: A Test Readout"
    assert r.date == D(2021, 3, 8)
    assert r.published == D(2021, 3, 8)
    assert r.publisher == "Ministry of Tests"
    assert r.source == "https://example.org/readouts/42"
    assert r.path == str(path)
    assert r.meta == (("language", "en"),)
    # the front matter is not part of the text
    assert (
        r.text
        == "On Monday the two ministers spoke by phone.\n\nChina firmly supports multilateralism."
    )
    assert r.content_hash == content_hash(r.text)


def test_front_matter_date_wins_over_weekday(tmp_path: Path) -> None:
    """Front matter states the encounter date: "on Monday" in the text does not move it."""
    path = write(tmp_path, "a.txt", "---\ndate: 2021-03-10\n---\nThe ministers spoke on Monday.")
    assert load_one(path).date == D(2021, 3, 10)


def test_front_matter_with_crlf_and_bom(tmp_path: Path) -> None:
    raw = "\ufeff---\r\ntitle: Windows file\r\ndate: 2019-12-31\r\n---\r\nThe ministers met.\r\n"
    r = load_one(write(tmp_path, "win.txt", raw.encode("utf-8")))
    assert (r.title, r.date, r.text) == ("Windows file", D(2019, 12, 31), "The ministers met.")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2020-13-45", "2020-13-45"),
        ("2021-02-30", "2021-02-30"),
        ("next Tuesday", "next Tuesday"),
    ],
)
def test_front_matter_invalid_date(tmp_path: Path, value: str, fragment: str) -> None:
    path = write(tmp_path, "bad-date.txt", f"---\ndate: {value}\n---\nThe ministers met.\n")
    message = load_error(path)
    assert fragment in message
    assert "YYYY-MM-DD" in message


def test_front_matter_only_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "meta-only.txt", "---\ntitle: Nothing\ndate: 2021-01-01\n---\n\n")
    assert "no readout text" in load_error(path)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-05-26", D(2020, 5, 26)),
        ("26 May 2020", D(2020, 5, 26)),
        ("May 26, 2020", D(2020, 5, 26)),
        ("Nov. 16, 2020", D(2020, 11, 16)),
        ("Sept. 3, 2021", D(2021, 9, 3)),
        ("06.05.2020", D(2020, 5, 6)),
        # an ISO 8601 timestamp, as in <meta property="article:published_time">
        ("2020-05-26T09:30:00+08:00", D(2020, 5, 26)),
    ],
)
def test_parse_date(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "default", "date", "published"),
    [
        pytest.param(
            # Nov. 16, 2020 was a Monday; the dateline has no year, --date anchors it
            "BEIJING, Nov. 16 (Xinhua) -- The foreign minister held talks on Monday "
            "with his visiting counterpart.",
            D(2020, 11, 17),
            D(2020, 11, 16),
            D(2020, 11, 16),
            id="xinhua-monday-same-day",
        ),
        pytest.param(
            # dateline on a Wednesday: "on Monday" is the Monday before it
            "BEIJING, Nov. 18 (Xinhua) -- The foreign minister held talks on Monday "
            "with his visiting counterpart.",
            D(2020, 11, 20),
            D(2020, 11, 16),
            D(2020, 11, 18),
            id="xinhua-monday-before",
        ),
        pytest.param(
            "BEIJING, Nov. 18, 2020 (Xinhua) -- The two ministers spoke on Monday by phone.",
            None,
            D(2020, 11, 16),
            D(2020, 11, 18),
            id="xinhua-with-year",
        ),
        pytest.param(
            # Jan. 2, 2021 was a Saturday: the Monday before is in the previous year
            "BEIJING, Jan. 2 (Xinhua) -- The envoys met on Monday in the capital.",
            D(2021, 1, 4),
            D(2020, 12, 28),
            D(2021, 1, 2),
            id="xinhua-across-new-year",
        ),
        pytest.param(
            "DUSHANBE, 06.05.2020. (Agency) \u2013 Yesterday the two foreign ministers held "
            "a telephone conversation.",
            None,
            D(2020, 5, 5),
            D(2020, 5, 6),
            id="dushanbe-yesterday",
        ),
        pytest.param(
            "The two ministers spoke by phone on Thursday.",
            D(2021, 3, 6),  # a Saturday
            D(2021, 3, 4),
            D(2021, 3, 6),
            id="default-date-weekday",
        ),
        pytest.param(
            "The two ministers spoke by phone.",
            D(2021, 3, 6),
            D(2021, 3, 6),
            D(2021, 3, 6),
            id="default-date-plain",
        ),
    ],
)
def test_dateline_dates(
    text: str, default: dt.date | None, date: dt.date, published: dt.date
) -> None:
    r = parse_readout(text, "dateline.txt", default_date=default)
    assert r.date == date
    assert r.published == published
    assert r.text == text


def test_dateline_date_is_not_overridden_by_default(tmp_path: Path) -> None:
    """--date is only a fallback: a full dateline wins."""
    path = write(
        tmp_path, "dl.txt", "WASHINGTON, May 26, 2020 (Wire) -- The president spoke today."
    )
    assert load_one(path, default_date=D(2001, 1, 1)).date == D(2020, 5, 26)


def test_leading_date_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "lead.txt",
        "date 2020-11-17\nBEIJING, Nov. 16 (Xinhua) -- The foreign minister held a phone "
        "call on Monday with his counterpart.",
    )
    r = load_one(path)
    assert r.published == D(2020, 11, 17)
    assert r.date == D(2020, 11, 16)
    assert r.text.startswith("BEIJING, Nov. 16 (Xinhua)")
    assert "2020-11-17" not in r.text


def test_leading_date_line_without_dateline(tmp_path: Path) -> None:
    path = write(tmp_path, "lead2.txt", "date 2020-11-17 The ministers spoke by phone.")
    r = load_one(path)
    assert (r.date, r.text) == (D(2020, 11, 17), "The ministers spoke by phone.")


def test_no_date_at_all(tmp_path: Path) -> None:
    path = write(tmp_path, "undated.txt", "The two ministers spoke by phone about trade.\n")
    message = load_error(path)
    assert "--date" in message
    assert "date:" in message


def test_no_date_at_all_with_default_date(tmp_path: Path) -> None:
    path = write(tmp_path, "undated.txt", "The two ministers spoke by phone about trade.\n")
    r = load_one(path, default_date=D(2022, 2, 22))
    assert r.date == D(2022, 2, 22)
    assert r.published == D(2022, 2, 22)


def test_standalone_headline_becomes_title(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "headline.txt",
        "Ministers Discuss Apricot Trade\n\nThe two ministers spoke by phone on Friday.",
    )
    r = load_one(path, default_date=D(2021, 6, 12))
    assert r.title == "Ministers Discuss Apricot Trade"
    assert r.text == "The two ministers spoke by phone on Friday."
    assert r.date == D(2021, 6, 11)


# ---------------------------------------------------------------- HTML

HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Ministers   Discuss
  Apricot Trade</title>
<meta property="article:published_time" content="{published}">
<script>var banner = "China opposes the script text";</script>
<style>p {{ color: red; }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">Latest news menu</a></nav>
<header>Site header words</header>
<article>
  <p>The two foreign ministers held a phone call.</p>
  <p>China firmly supports   multilateralism &amp; open trade.</p>
  <script>trackReader("article script");</script>
</article>
<aside>Related: unrelated sidebar story</aside>
<footer>Copyright notice</footer>
</body></html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_page(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, f"page{suffix}", HTML_PAGE.format(published="2021-04-07"))
    r = load_one(path)
    assert r.text == (
        "The two foreign ministers held a phone call.\n\n"
        "China firmly supports multilateralism & open trade."
    )
    for dropped in ("Home", "menu", "script", "banner", "color", "header", "sidebar", "Copyright"):
        assert dropped not in r.text
    assert r.title == "Ministers Discuss Apricot Trade"
    assert r.date == D(2021, 4, 7)


def test_html_published_time_timestamp(tmp_path: Path) -> None:
    """article:published_time is an ISO 8601 date-time (Open Graph); its date must be used."""
    path = write(tmp_path, "page.html", HTML_PAGE.format(published="2021-04-07T09:30:00+08:00"))
    assert load_one(path).date == D(2021, 4, 7)


def test_html_without_suffix_is_sniffed(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><meta name='dc.date' content='2020-06-07'>"
        "<meta property='og:title' content='Sniffed page'></head>"
        "<body><main><p>The envoys met.</p></main></body></html>"
    )
    r = load_one(write(tmp_path, "page-no-suffix", page))
    assert (r.text, r.title, r.date) == ("The envoys met.", "Sniffed page", D(2020, 6, 7))


def test_html_without_article_uses_body(tmp_path: Path) -> None:
    page = "<html><body><div>First block.</div><div>Second block.</div></body></html>"
    r = load_one(write(tmp_path, "plain.html", page), default_date=D(2020, 1, 2))
    assert r.text == "First block.\n\nSecond block."
    assert r.date == D(2020, 1, 2)


# ---------------------------------------------------------------- JSON Lines

JSONL_GOOD = (
    '{"text": "China firmly supports multilateralism.", "date": "2020-05-26", '
    '"title": "First", "publisher": "Ministry A"}\n'
    "\n"
    '{"text": "Kyrgyzstan supports the one-China policy.", "date": "2020-05-27", '
    '"source": "https://example.org/2"}\n'
    '{"text": "BEIJING, Nov. 18, 2020 (Xinhua) -- The ministers spoke on Monday."}\n'
)


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_many_readouts(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, f"batch{suffix}", JSONL_GOOD)
    readouts = load_file(path)
    assert [r.path for r in readouts] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert [r.date for r in readouts] == [D(2020, 5, 26), D(2020, 5, 27), D(2020, 11, 16)]
    assert readouts[0].title == "First"
    assert readouts[0].publisher == "Ministry A"
    assert readouts[1].source == "https://example.org/2"
    assert readouts[1].text == "Kyrgyzstan supports the one-China policy."
    assert len({r.content_hash for r in readouts}) == 3


@pytest.mark.parametrize(
    ("bad_line", "fragment"),
    [
        ('{"text": "unterminated', "not valid JSON"),
        ('["a", "list"]', "'text' string"),
        ('{"title": "no text key", "date": "2020-01-01"}', "'text' string"),
        ('{"text": "A readout without any date."}', "--date"),
    ],
)
def test_jsonl_bad_line_names_line_number(tmp_path: Path, bad_line: str, fragment: str) -> None:
    path = write(tmp_path, "batch.jsonl", JSONL_GOOD + bad_line + "\n")
    message = load_error(path)
    assert f"{path}:5:" in message
    assert fragment in message


def test_jsonl_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.jsonl", "\n\n   \n")
    assert "empty" in load_error(path)


# ---------------------------------------------------------------- directories


def test_expand_paths_sorted_and_filtered(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a.md",
        "c.html",
        "sub/d.jsonl",
        "sub/deeper/e.htm",
        ".hidden.txt",
        "sub/.also-hidden.md",
        "notes.csv",
        "image.png",
        "no-suffix",
        "README.md",
        "INDEX.tsv",
    ):
        write(tmp_path, name, "x")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert got == ["a.md", "b.txt", "c.html", "sub/d.jsonl", "sub/deeper/e.htm"]


def test_expand_paths_skips_hidden_directories(tmp_path: Path) -> None:
    write(tmp_path, "visible.txt", "x")
    write(tmp_path, ".trash/old.txt", "x")
    write(tmp_path, "sub/.ipynb_checkpoints/copy-checkpoint.txt", "x")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert got == ["visible.txt"]


def test_expand_paths_keeps_files_named_and_their_order(tmp_path: Path) -> None:
    z = write(tmp_path, "z.txt", "x")
    write(tmp_path, "dir/b.txt", "x")
    write(tmp_path, "dir/a.txt", "x")
    got = expand_paths([str(z), str(tmp_path / "dir"), "missing.txt"])
    assert got == [str(z), str(tmp_path / "dir/a.txt"), str(tmp_path / "dir/b.txt"), "missing.txt"]


def test_directory_of_readouts_loads(tmp_path: Path) -> None:
    write(tmp_path, "one.txt", "---\ndate: 2021-01-01\n---\nThe first readout.")
    write(tmp_path, "two.md", "---\ndate: 2021-01-02\n---\nThe second readout.")
    write(tmp_path, "more/three.jsonl", '{"text": "The third readout.", "date": "2021-01-03"}\n')
    dates = [r.date for p in expand_paths([str(tmp_path)]) for r in load_file(p)]
    assert dates == [D(2021, 1, 3), D(2021, 1, 1), D(2021, 1, 2)]


def test_directory_itself_is_not_a_file(tmp_path: Path) -> None:
    assert "not a regular file" in load_error(tmp_path)


# ---------------------------------------------------------------- content hash


@pytest.mark.parametrize(
    "variant",
    [
        "China firmly supports multilateralism.\n\nKyrgyzstan agrees.",
        "  China   firmly supports multilateralism.  Kyrgyzstan agrees.  ",
        "China\tfirmly\nsupports\r\nmultilateralism.\n\n\n\nKyrgyzstan agrees.\n",
        "China firmly supports multilateralism.\u00a0Kyrgyzstan agrees.",
    ],
)
def test_content_hash_ignores_whitespace(variant: str) -> None:
    base = content_hash("China firmly supports multilateralism. Kyrgyzstan agrees.")
    assert content_hash(variant) == base
    r = parse_readout(variant, "v.txt", default_date=D(2021, 1, 1))
    assert r.content_hash == base


def test_content_hash_nfc_and_words() -> None:
    composed = "Caf\u00e9 diplomacy is welcome."
    decomposed = "Cafe\u0301 diplomacy is welcome."
    assert content_hash(composed) == content_hash(decomposed)
    assert content_hash(composed) != content_hash("Cafe diplomacy is welcome.")
    assert content_hash("China supports it.") != content_hash("China opposes it.")
    assert re.fullmatch(r"[0-9a-f]{64}", content_hash("x"))


def test_content_hash_ignores_front_matter(tmp_path: Path) -> None:
    a = load_one(write(tmp_path, "a.txt", "---\ndate: 2021-01-01\ntitle: A\n---\nSame words."))
    b = load_one(write(tmp_path, "b.txt", "---\ndate: 2022-02-02\n---\n\n  Same   words.\n"))
    assert a.content_hash == b.content_hash


# ---------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \r\n", "empty"),
        ("nul.txt", b"---\ndate: 2021-01-01\n---\nText with a \x00 NUL byte.", "binary"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "binary"),
        ("scan.pdf", b"%PDF-1.4\nstream\nendstream\n", "binary"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "binary"),
        ("controls.txt", b"date: 2021-01-01\n" + bytes(range(1, 9)) * 3, "binary"),
        # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are undefined in Windows-1252 too
        ("undecodable.txt", b"---\ndate: 2021-01-01\n---\nBytes \x81\x8d\x8f\x90\x9d.", "UTF-8"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    message = load_error(write(tmp_path, name, data))
    assert fragment in message


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("latin-1", "Le ministre a d\u00e9clar\u00e9 que la coop\u00e9ration continue."),
        ("cp1252", "Wang said \u201cwe will cooperate\u201d \u2013 and so it will be."),
    ],
)
def test_legacy_encodings_fall_back(tmp_path: Path, encoding: str, text: str) -> None:
    data = f"---\ndate: 2021-01-01\n---\n{text}".encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    r = load_one(write(tmp_path, f"{encoding}.txt", data))
    assert r.text == text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    r = load_one(write(tmp_path, "bom.txt", "\ufeffdate 2021-05-05\nThe ministers met.".encode()))
    assert (r.date, r.text) == (D(2021, 5, 5), "The ministers met.")


def test_file_over_max_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "---\ndate: 2021-01-01\n---\nThe ministers met and talked for a long while."
    path = write(tmp_path, "big.txt", text)
    assert load_one(path).date == D(2021, 1, 1)
    monkeypatch.setattr(readout_mod, "MAX_BYTES", 32)
    message = load_error(path)
    assert "larger" in message
    assert "32" in message


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "readout.txt"
    assert "no such file" in load_error(path)
    assert not path.parent.exists()


# ---------------------------------------------------------------- the shared dev corpus

_DEV = Path(__file__).parents[1].parent / "shared" / "corpus" / "dev"
_DEV_FILES = sorted(p.name for p in _DEV.glob("*.txt")) if _DEV.is_dir() else ["(absent)"]
_FRONT_DATE = re.compile(r"\A---\s*\n(?:.*\n)*?date:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.M)


@pytest.mark.parametrize("name", _DEV_FILES)
def test_dev_corpus_dates(shared_dir: Path, name: str) -> None:
    path = shared_dir / "corpus" / "dev" / name
    if not path.parent.is_dir():
        pytest.skip(f"{path.parent} is absent")
    raw = path.read_text(encoding="utf-8-sig")
    m = _FRONT_DATE.match(raw)
    assert m, f"{name} has no front-matter date"
    readouts = load_file(path)
    assert len(readouts) == 1
    assert readouts[0].date == dt.date.fromisoformat(m.group(1))
    assert readouts[0].text.strip()
