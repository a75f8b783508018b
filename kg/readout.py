"""Stage 1: load readout files into :class:`Readout` records.

Accepted inputs: ``.txt``/``.md`` with an optional ``---`` front-matter block
(title, date, publisher, source), plain text without one (the date then comes
from the dateline, e.g. ``BEIJING, Nov. 16 (Xinhua) -- ... on Monday``), HTML
pages (main text only), JSON Lines (one readout per line: ``text`` plus the
metadata keys) and directories of those.

>>> r = parse_readout("---\\ndate: 2020-05-26\\n---\\nWang said China supports X.", "a.txt")
>>> r.date.isoformat(), r.text
('2020-05-26', 'Wang said China supports X.')
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import ReadoutError

#: Larger files are refused: the longest real readouts are a few dozen KB.
MAX_BYTES = 2_000_000
TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_KEYS = ("title", "date", "publisher", "source")


@dataclass(frozen=True)
class Readout:
    """One readout: its body text, its metadata and its identity.

    ``date`` is the date of the encounter the readout reports (what positions
    are dated with); ``published`` is the publication date when known.
    ``content_hash`` is the SHA-256 of the normalised text: the readout's identity.
    """

    text: str
    date: dt.date
    path: str
    content_hash: str
    title: str | None = None
    publisher: str | None = None
    source: str | None = None
    published: dt.date | None = None
    meta: tuple[tuple[str, str], ...] = field(default=())

    @property
    def name(self) -> str:
        """The file name the readout came from (``file`` in the JSON contract)."""
        return self.path


def normalise(text: str) -> str:
    """NFC-normalise and fold whitespace: the text the content hash is taken of."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- dates

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")  # also "2020-05-26T09:30"
_DMY_DOTS = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
_MD = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})", re.I)
_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\b(?!\.?,?\s*\d{{4}})", re.I)
# "BEIJING, Nov. 16 (Xinhua) --", "DUSHANBE, 06.05.2020. (NIAT Khovar) –"
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'\-]{1,40},\s*(?P<when>[^()\n]{3,30}?)\.?\s*\(", re.M)
_LEADING_DATE = re.compile(r"^\s*date:?\s*(\d{4}-\d{2}-\d{2})\s*", re.I)


def parse_date(value: str) -> dt.date:
    """Parse a full date: ISO, ``26 May 2020``, ``May 26, 2020`` or ``06.05.2020``.

    >>> parse_date("Nov. 16, 2020")
    datetime.date(2020, 11, 16)
    """
    value = value.strip()
    try:
        if m := _ISO.search(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MDY.search(value):
            return dt.date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
        if m := _DMY.search(value):
            return dt.date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        if m := _DMY_DOTS.search(value):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError as err:
        raise ReadoutError(f"invalid date {value!r}: {err}; write it as YYYY-MM-DD") from err
    raise ReadoutError(f"cannot read the date {value!r}; write it as YYYY-MM-DD")


def _month_day_near(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day closest before (or just after) the anchor."""
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= anchor + dt.timedelta(days=2):
            return candidate
    return None


def _dateline_date(text: str, anchor: dt.date | None) -> dt.date | None:
    """The date in a news dateline (``BEIJING, Nov. 16 (Xinhua) --``), if any."""
    m = _DATELINE.search(text[:400])
    if not m:
        return None
    when = m["when"]
    try:
        return parse_date(when)
    except ReadoutError:
        pass
    md = _MD.search(when)
    if md and anchor:
        return _month_day_near(_MONTHS[md[1].lower()], int(md[2]), anchor)
    return None


_RELATIVE = re.compile(
    r"\b(?:on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(yesterday|today)\b",
    re.I,
)
_ON_DAY = re.compile(
    rf"\b[Oo]n\s+(?:(\d{{1,2}})\s+({_MONTH_RE})|({_MONTH_RE})\.?\s+(\d{{1,2}}))\b(?!,?\s*\d{{4}})"
)


def encounter_date(text: str, published: dt.date) -> dt.date:
    """Resolve the encounter date against the publication date.

    Looks in the first paragraph for ``on Monday`` / ``Tuesday`` (the latest
    such weekday on or before publication), ``yesterday``/``today`` and
    ``On 26 May``; falls back to the publication date.

    >>> encounter_date("Wang held talks on Monday with ...", dt.date(2020, 11, 17))
    datetime.date(2020, 11, 16)
    """
    head = text[:600]
    m = _ON_DAY.search(head)
    if m:
        if m[1]:
            found = _month_day_near(_MONTHS[m[2].lower()], int(m[1]), published)
        else:
            found = _month_day_near(_MONTHS[m[3].lower()], int(m[4]), published)
        if found:
            return found
    m = _RELATIVE.search(head)
    if m:
        word = (m[1] or m[2] or m[3]).lower()
        if word == "today":
            return published
        if word == "yesterday":
            return published - dt.timedelta(days=1)
        back = (published.weekday() - _WEEKDAYS[word]) % 7
        return published - dt.timedelta(days=back)
    return published


# ---------------------------------------------------------------- text formats

_FRONT = re.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_BOILERPLATE = re.compile(r"^\s*(?:Suggest to a friend:?|Print|Share|Close)\s*$", re.M | re.I)


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(raw)
    if not m:
        return {}, raw
    meta: dict[str, str] = {}
    for line in m["body"].splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            key = key.strip().lower()
            value = value.strip().strip('"').strip("'")
            if key and value:
                meta[key] = value
    return meta, raw[m.end() :]


def parse_readout(
    raw: str,
    path: str,
    *,
    meta: dict[str, str] | None = None,
    default_date: dt.date | None = None,
) -> Readout:
    """Build a :class:`Readout` from a text with optional front matter.

    ``meta`` supplies metadata from outside the text (HTML ``<meta>``, JSON
    keys); front matter wins over it. ``default_date`` (the CLI's ``--date``)
    is used only when no date can be found in the text or its metadata.
    """
    found, body = _front_matter(raw)
    info = {**(meta or {}), **found}
    published: dt.date | None = None
    lead = _LEADING_DATE.match(body)
    if lead:
        published = parse_date(lead[1])
        body = body[lead.end() :]
    body = _BOILERPLATE.sub("", body).strip()
    if not body:
        raise ReadoutError(f"{path}: no readout text (the file holds only metadata or blanks)")
    title = info.get("title")
    if not title:
        # A first short line standing alone is the headline.
        first, sep, rest = body.partition("\n")
        if sep and len(first) < 200 and rest.startswith(("\n", "\r\n")) and first[-1:] not in ".:":
            title, body = first.strip(), rest.strip()
    if "date" in info:
        try:
            published = parse_date(info["date"])
        except ReadoutError as err:
            raise ReadoutError(f"{path}: front matter {err}") from None
    dateline = _dateline_date(body, published or default_date)
    if published is None:
        published = dateline or default_date
    if published is None:
        raise ReadoutError(
            f"{path}: no date found (no front matter 'date:', no dateline); "
            "add a 'date: YYYY-MM-DD' front matter line or pass --date"
        )
    # front matter states the encounter date; otherwise resolve "on Monday"
    date = published if "date" in info else encounter_date(body, dateline or published)
    return Readout(
        text=body,
        date=date,
        path=path,
        content_hash=content_hash(body),
        title=title,
        publisher=info.get("publisher"),
        source=info.get("source"),
        published=published,
        meta=tuple(sorted((k, v) for k, v in info.items() if k not in META_KEYS)),
    )


class _MainText(HTMLParser):
    """Collects the visible text of a page, preferring <article>/<main>."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article", "main"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.main: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._main_depth = 0
        self._in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self._skip += 1
        elif tag in ("article", "main"):
            self._main_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("og:title", "dc.title"):
                self.meta.setdefault("title", a.get("content", ""))
            elif key in ("article:published_time", "dc.date", "date", "pubdate"):
                self.meta.setdefault("date", a.get("content", ""))
            elif key in ("og:site_name", "dc.publisher", "publisher"):
                self.meta.setdefault("publisher", a.get("content", ""))
            elif key == "og:url":
                self.meta.setdefault("source", a.get("content", ""))
        elif tag == "time" and "datetime" in a:
            self.meta.setdefault("date", a["datetime"])
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag in ("article", "main") and self._main_depth:
            self._main_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self._main_depth:
            self.main.append(text)

    def text(self) -> str:
        chosen = "".join(self.main) if "".join(self.main).strip() else "".join(self.parts)
        paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", chosen))
        return "\n\n".join(p for p in paragraphs if p)


def parse_html(raw: str, path: str, *, default_date: dt.date | None = None) -> Readout:
    """A readout from an HTML page: the main text, title and date from its metadata."""
    parser = _MainText()
    try:
        parser.feed(raw)
        parser.close()
    except Exception as err:  # html.parser is lenient; guard anyway
        raise ReadoutError(f"{path}: cannot parse the HTML page: {err}") from None
    meta = {k: v.strip() for k, v in parser.meta.items() if v.strip()}
    if "title" not in meta and parser.title.strip():
        meta["title"] = " ".join(parser.title.split())
    if "date" in meta:
        try:
            parse_date(meta["date"])
        except ReadoutError:
            del meta["date"]
    return parse_readout(parser.text(), path, meta=meta, default_date=default_date)


@dataclass(frozen=True)
class Batch:
    """What one file yielded: its readouts, and one-line problems with parts of it.

    A JSON Lines file may hold good and bad lines: the good ones load, each
    bad one is a problem naming its line.
    """

    readouts: tuple[Readout, ...]
    problems: tuple[str, ...] = ()


def parse_jsonl(raw: str, path: str, *, default_date: dt.date | None = None) -> Batch:
    """Readouts from JSON Lines: one object per line with ``text`` and metadata keys.

    >>> b = parse_jsonl('{"text": "China supports X.", "date": "2021-01-02"}\\nnot json', "f.jsonl")
    >>> len(b.readouts), b.problems
    (1, ('f.jsonl:2: not valid JSON (Expecting value)',))
    """
    out: list[Readout] = []
    problems: list[str] = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not valid JSON ({err.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            problems.append(f"{where}: each line must be an object with a 'text' string")
            continue
        meta = {k: str(obj[k]) for k in META_KEYS if obj.get(k)}
        try:
            out.append(parse_readout(obj["text"], where, meta=meta, default_date=default_date))
        except ReadoutError as err:
            problems.append(str(err).replace("front matter ", ""))
    if not out and not problems:
        raise ReadoutError(f"{path}: no readouts (the JSON Lines file is empty)")
    return Batch(tuple(out), tuple(problems))


# ---------------------------------------------------------------- files


def decode(data: bytes, path: str) -> str:
    """Decode file bytes: UTF-8 (with or without BOM), else a clear error.

    Binary data (NUL bytes, many control characters) is refused; Windows-1252
    text is accepted as a fallback because scraped pages often are.
    """
    if not data.strip():
        raise ReadoutError(f"{path}: the file is empty")
    if b"\x00" in data[:4096] or data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04":
        raise ReadoutError(f"{path}: binary file, not a readout (give a text, HTML or JSONL file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadoutError(
                f"{path}: not UTF-8 text; convert it with e.g. 'iconv -t UTF-8'"
            ) from None
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 8:
        raise ReadoutError(f"{path}: binary file, not a readout (give a text, HTML or JSONL file)")
    return text


def load_batch(path: Path | str, *, default_date: dt.date | None = None) -> Batch:
    """Load one file: its readouts (a JSONL file may hold many) and problems with parts of it.

    Raises :class:`ReadoutError` when the file as a whole cannot be read.

    >>> load_batch("no/such/file.txt")
    Traceback (most recent call last):
    kg.errors.ReadoutError: no/such/file.txt: no such file
    """
    p = Path(path)
    shown = str(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise ReadoutError(f"{shown}: not a regular file")
        if size > MAX_BYTES:
            raise ReadoutError(
                f"{shown}: {size:,} bytes is larger than any readout (limit {MAX_BYTES:,}); "
                "split it or give one readout per file"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadoutError(f"{shown}: no such file") from None
    except PermissionError:
        raise ReadoutError(f"{shown}: permission denied") from None
    except OSError as err:
        raise ReadoutError(f"{shown}: cannot read ({err.strerror})") from None
    text = decode(data, shown)
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return parse_jsonl(text, shown, default_date=default_date)
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        return Batch((parse_html(text, shown, default_date=default_date),))
    return Batch((parse_readout(text, shown, default_date=default_date),))


def load_file(path: Path | str, *, default_date: dt.date | None = None) -> list[Readout]:
    """Load one file into readouts, strictly: any problem raises :class:`ReadoutError`.

    >>> load_file("no/such/file.txt")
    Traceback (most recent call last):
    kg.errors.ReadoutError: no/such/file.txt: no such file
    """
    batch = load_batch(path, default_date=default_date)
    if batch.problems:
        raise ReadoutError(batch.problems[0])
    return list(batch.readouts)


def expand_paths(paths: list[str] | tuple[str, ...]) -> list[str]:
    """Files named, with directories expanded to their readout files (sorted).

    A dangling symlink with a readout's name is kept, so that it is reported
    ("no such file") rather than silently left out.
    """
    wanted = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    out: list[str] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(p).parts)
                if (
                    (child.is_file() or (child.is_symlink() and not child.exists()))
                    and child.suffix.lower() in wanted - {""}
                    and not hidden
                    and child.name.upper() not in ("INDEX.TSV", "README.MD")
                ):
                    out.append(str(child))
        else:
            out.append(given)
    return out
