"""Measure kg on synthetic corpora and write ``benchmarks/RESULTS.md``.

Every figure comes from a fresh ``kg`` process (or a fresh Python process for
in-process measurements) run under ``/usr/bin/time``, so that start-up is
counted and peak memory is known; a sampler adds up the proportional set size
(PSS) of the whole process tree, which is what ``--jobs 2`` costs in memory
(the max RSS of the largest process alone under-counts it).

The machine may be shared: the load average is recorded before and after
each step, and CPU time (user + system, all processes of the step) is
reported next to wall time; CPU time is the figure that does not depend on
what else the machine was doing.

Usage::

    python benchmarks/run.py                      # everything (about an hour on 2 cores)
    python benchmarks/run.py --steps extract,ingest-1k --sizes 1000
    python benchmarks/run.py --render             # rewrite RESULTS.md from results.json

Results accumulate in ``benchmarks/data/results.json`` (one entry per step,
the latest run wins) and are rendered into ``benchmarks/RESULTS.md``, followed
by the hand-written analysis in ``benchmarks/results-notes.md`` (update it when
the figures change).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS_JSON = DATA / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
NOTES_MD = HERE / "results-notes.md"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
BIN = Path(sys.executable).parent
KG = str(BIN / "kg") if (BIN / "kg").exists() else "kg"
TIME = "/usr/bin/time"

PREFIXES = """PREFIX kg: <https://w3id.org/kg-readouts/ontology#>
PREFIX id: <https://w3id.org/kg-readouts/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
#: The group-by query: positions per holder and stance.
GROUP_BY = (
    PREFIXES
    + """SELECT ?holder ?stance (COUNT(?p) AS ?n)
WHERE { ?p a kg:Position ; kg:holder ?holder ; kg:stance ?stance }
GROUP BY ?holder ?stance ORDER BY DESC(?n) ?holder ?stance LIMIT 20"""
)
#: "who supports one-China" as one SPARQL query (the topic and its narrower topics).
WHO_SUPPORTS = (
    PREFIXES
    + """SELECT ?holder ?label ?date ?evidence
WHERE {
  ?p a kg:Position ; kg:stance kg:support ; kg:topic ?topic ; kg:holder ?holder ;
     dcterms:date ?date ; kg:evidence ?evidence .
  ?topic skos:broader* <https://w3id.org/kg-readouts/id/topic/one-china-policy> .
  ?holder skos:prefLabel ?label .
} ORDER BY ?date ?holder ?evidence"""
)
QUERIES = {"group-by": GROUP_BY, "who-supports": WHO_SUPPORTS}

TARGETS = {
    "extract": ("extraction, sentences/s on one core", ">= 2,000"),
    "ingest-10k": ("ingest 10k readouts with validation", "<= 180 s"),
    "ask": ("`kg ask` cold, 10k store", "<= 0.5 s"),
    "help": ("`kg --help` cold", "<= 0.3 s"),
    "naive": ("SPARQL on the store vs rdflib parse + query", ">= 20x"),
    "memory": ("peak memory of the 10k ingest", "<= 1 GB"),
}


# ---------------------------------------------------------------- measuring processes


@dataclass
class Run:
    """One measured process: wall and CPU seconds, memory, load around it."""

    command: list[str]
    wall: float
    cpu: float
    max_rss_mb: float
    tree_pss_mb: float
    returncode: int
    load_before: float
    load_after: float
    stdout: str = ""
    stderr_tail: str = ""


def loadavg() -> float:
    """The one-minute load average."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                children = Path(f"/proc/{p}/task/{task}/children").read_text().split()
                todo.extend(int(c) for c in children)
        except OSError:
            continue
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed PSS of a process tree until stopped; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            total = sum(_pss_kb(p) for p in _descendants(self.pid))
            self.peak_kb = max(self.peak_kb, total)
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def measure(
    command: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    keep_stdout: bool = False,
    interval: float = 0.1,
    timeout: float | None = None,
) -> Run:
    """Run ``command`` under /usr/bin/time: wall, user+sys of the tree, max RSS, peak tree PSS.

    After ``timeout`` seconds the process group is killed and the run has
    return code -9 and wall time ``timeout``.
    """
    if env is None:
        # a user's Python writes bytecode caches; a sandbox with PYTHONDONTWRITEBYTECODE
        # would recompile kg's modules in every cold process (~40 ms of each `kg ask`)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = [TIME, "-f", "%e %U %S %M", "-o", report.name, *command]
        before = loadavg()
        proc = subprocess.Popen(
            full,
            stdout=subprocess.PIPE if keep_stdout else subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
        )
        sampler = TreeSampler(proc.pid, interval)
        sampler.start()
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            out, err = proc.communicate()
            sampler.stop()
            return Run(
                list(command),
                timeout or 0.0,
                0.0,
                0.0,
                sampler.peak_kb / 1024,
                -9,
                before,
                loadavg(),
                "",
                "timed out",
            )
        sampler.stop()
        fields = Path(report.name).read_text().strip().splitlines()[-1].split()
    wall, user, system, rss_kb = (float(x) for x in fields)
    return Run(
        command=list(command),
        wall=wall,
        cpu=user + system,
        max_rss_mb=rss_kb / 1024,
        tree_pss_mb=sampler.peak_kb / 1024,
        returncode=proc.returncode,
        load_before=before,
        load_after=loadavg(),
        stdout=out.decode("utf-8", "replace") if keep_stdout and out else "",
        stderr_tail=err.decode("utf-8", "replace")[-600:],
    )


def cold(command: Sequence[str], runs: int = 5, timeout: float = 300) -> dict[str, object]:
    """``runs`` cold processes (one warm-up first): median, min, max wall; the peak memory.

    A command that runs longer than ``timeout`` seconds is stopped and
    reported as timed out (no further runs).
    """
    first = measure(command, timeout=timeout)  # warms the page cache: "cold" = new process
    if first.returncode not in (-9, 0):
        return {"command": shlex.join(command), "error": first.stderr_tail.strip()[-300:]}
    if first.returncode == -9:
        return {
            "command": shlex.join(command),
            "timed_out": timeout,
            "load": [first.load_before, first.load_after],
        }
    done = [measure(command, timeout=timeout) for _ in range(runs)]
    walls = [r.wall for r in done]
    failed = [r for r in done if r.returncode != 0]
    if failed:
        return {"command": shlex.join(command), "error": failed[0].stderr_tail.strip()[-300:]}
    return {
        "command": shlex.join(command),
        "median": statistics.median(walls),
        "min": min(walls),
        "max": max(walls),
        "cpu_median": statistics.median(r.cpu for r in done),
        "max_rss_mb": max(r.max_rss_mb for r in done),
        "load": [done[0].load_before, done[-1].load_after],
    }


# ---------------------------------------------------------------- environment


def machine() -> dict[str, object]:
    """nproc, memory, CPU model, kernel."""
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return {
        "nproc": nproc,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "cpu": model,
        "kernel": platform.release(),
    }


def versions() -> dict[str, str]:
    """Python and the versions of kg and its main dependencies."""
    from importlib.metadata import version

    out = {"python": platform.python_version()}
    for name in ("kg", "rdflib", "pyoxigraph", "pyshacl", "networkx"):
        try:
            out[name] = version(name)
        except Exception:  # noqa: BLE001 - a missing package is reported, not fatal
            out[name] = "not installed"
    return out


# ---------------------------------------------------------------- steps


def corpus(size: int) -> Path:
    """The generated corpus of ``size`` readouts (generated on first use)."""
    name = f"corpus-{size // 1000}k" if size % 1000 == 0 else f"corpus-{size}"
    path = DATA / name
    if len(list(path.glob("*.txt"))) != size:
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--count", str(size), "--out", str(path)],
            check=True,
        )
    return path


_EXTRACT_SCRIPT = r"""
import json, sys, time
from kg.extract import default_extractor
from kg.readout import expand_paths, load_batch
from kg.text import split_sentences
readouts = [r for f in expand_paths([sys.argv[1]]) for r in load_batch(f).readouts]
t0 = time.perf_counter()
extractor = default_extractor()
extractor.extract(readouts[0])
startup = time.perf_counter() - t0
sentences = sum(len(split_sentences(r.text)) for r in readouts)
best = None
for _ in range(3):
    w, c = time.perf_counter(), time.process_time()
    positions = sum(len(extractor.extract(r).positions) for r in readouts)
    w, c = time.perf_counter() - w, time.process_time() - c
    best = min(best or (w, c), (w, c))
print(json.dumps({"readouts": len(readouts), "sentences": sentences, "positions": positions,
                  "wall": best[0], "cpu": best[1], "lexicon_s": startup}))
"""


def step_extract(name: str, folder: Path) -> dict[str, object]:
    """Sentences per second of the rule extractor, one process, best of three passes."""
    run = measure([sys.executable, "-c", _EXTRACT_SCRIPT, str(folder)], keep_stdout=True)
    if run.returncode != 0:
        raise SystemExit(f"extraction benchmark failed: {run.stderr_tail}")
    data = json.loads(run.stdout)
    return {
        "corpus": os.path.relpath(folder, ROOT),
        **data,
        "sentences_per_s_wall": data["sentences"] / data["wall"],
        "sentences_per_s_cpu": data["sentences"] / data["cpu"],
        "max_rss_mb": run.max_rss_mb,
        "load": [run.load_before, run.load_after],
    }


def store_path(size: int, jobs: int) -> Path:
    """Where the store of ``size`` readouts ingested with ``jobs`` lives."""
    return DATA / "stores" / f"{size}-j{jobs}"


def step_ingest(size: int, jobs: int) -> dict[str, object]:
    """``kg ingest --jobs N`` of a fresh store: readouts/s, CPU, memory."""
    folder = corpus(size)
    store = store_path(size, jobs)
    shutil.rmtree(store, ignore_errors=True)
    store.parent.mkdir(parents=True, exist_ok=True)
    command = [KG, "--store", str(store), "ingest", "--jobs", str(jobs), str(folder)]
    run = measure(command, interval=0.5)
    if run.returncode not in (0, 1):
        raise SystemExit(f"ingest failed: {run.stderr_tail}")
    summary = run.stderr_tail.strip().splitlines()[-1]
    return {
        "command": shlex.join(command),
        "readouts": size,
        "summary": summary,
        "wall": run.wall,
        "cpu": run.cpu,
        "readouts_per_s": size / run.wall,
        "readouts_per_cpu_s": size / run.cpu,
        "max_rss_mb": run.max_rss_mb,
        "tree_pss_mb": run.tree_pss_mb,
        "load": [run.load_before, run.load_after],
        "store_mb": sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20,
    }


def step_same(size: int) -> dict[str, object]:
    """Whether the --jobs 1 and --jobs 2 stores export the same N-Triples."""
    digests = {}
    for jobs in (1, 2):
        out = subprocess.run(
            [KG, "--store", str(store_path(size, jobs)), "export", "--format", "nt"],
            capture_output=True,
            check=True,
        ).stdout
        digests[jobs] = (hashlib.sha256(out).hexdigest(), out.count(b"\n"))
    return {
        "size": size,
        "identical": digests[1] == digests[2],
        "sha256": digests[1][0],
        "triples": digests[1][1],
    }


def step_latency(size: int) -> dict[str, object]:
    """Cold-process latency of --help, ask and two SPARQL queries on the store."""
    store = str(store_path(size, 2 if store_path(size, 2).exists() else 1))
    out: dict[str, object] = {"store": store}
    out["help"] = cold([KG, "--help"])
    out["ask"] = cold([KG, "--store", store, "ask", "who supports one-China"], timeout=120)
    for name, query in QUERIES.items():
        out[f"sparql {name}"] = cold([KG, "--store", store, "sparql", query])
        out[f"sparql {name} (csv)"] = cold(
            [KG, "--store", store, "sparql", "--format", "csv", query]
        )
    if "timed_out" not in out["ask"]:
        answer = subprocess.run(
            [KG, "--store", store, "ask", "who supports one-China"], capture_output=True, text=True
        )
        out["ask_summary"] = answer.stdout.splitlines()[0] if answer.stdout else answer.stderr
    return out


_NAIVE_SCRIPT = r"""
import json, sys, time
from rdflib import Graph
queries = json.loads(sys.argv[2])
t = time.perf_counter()
g = Graph()
g.parse(sys.argv[1], format="turtle")
out = {"parse": time.perf_counter() - t, "triples": len(g)}
for name, q in queries.items():
    t = time.perf_counter()
    rows = list(g.query(q))
    out[name] = time.perf_counter() - t
    out[name + " rows"] = len(rows)
print(json.dumps(out))
"""


def step_naive(size: int) -> dict[str, object]:
    """`kg export` to Turtle, then rdflib parse + the same queries, in one fresh process."""
    store = str(store_path(size, 2 if store_path(size, 2).exists() else 1))
    ttl = DATA / f"export-{size}.ttl"
    export = measure([KG, "--store", store, "export", "--format", "turtle", "-o", str(ttl)])
    if export.returncode != 0:
        raise SystemExit(f"export failed: {export.stderr_tail}")
    run = measure(
        [sys.executable, "-c", _NAIVE_SCRIPT, str(ttl), json.dumps(QUERIES)],
        keep_stdout=True,
        interval=1.0,
    )
    if run.returncode != 0:
        raise SystemExit(f"naive rdflib run failed: {run.stderr_tail}")
    data = json.loads(run.stdout)
    return {
        "export": {"wall": export.wall, "max_rss_mb": export.max_rss_mb},
        "ttl_mb": ttl.stat().st_size / 2**20,
        **data,
        "wall": run.wall,
        "max_rss_mb": run.max_rss_mb,
        "load": [run.load_before, run.load_after],
    }


def step_validate(size: int) -> dict[str, object]:
    """`kg validate` on the whole store."""
    store = str(store_path(size, 2 if store_path(size, 2).exists() else 1))
    command = [KG, "--store", store, "validate"]
    run = measure(command, interval=0.5)
    return {
        "command": shlex.join(command),
        "wall": run.wall,
        "cpu": run.cpu,
        "max_rss_mb": run.max_rss_mb,
        "returncode": run.returncode,
        "tail": run.stderr_tail.strip().splitlines()[-1:] if run.stderr_tail else [],
        "load": [run.load_before, run.load_after],
    }


# ---------------------------------------------------------------- results


def load_results() -> dict[str, object]:
    """What earlier runs measured."""
    if RESULTS_JSON.is_file():
        return json.loads(RESULTS_JSON.read_text())
    return {"steps": {}}


def save(results: dict[str, object]) -> None:
    """Write results.json and RESULTS.md."""
    DATA.mkdir(parents=True, exist_ok=True)
    RESULTS_JSON.write_text(json.dumps(results, indent=1))
    RESULTS_MD.write_text(render(results))


def _s(x: float) -> str:
    return f"{x:.2f} s" if x < 10 else f"{x:,.0f} s"


def _mb(x: float) -> str:
    return f"{x:,.0f} MB"


def _load(run: dict) -> str:
    a, b = run.get("load", [0, 0])
    return f"{a:.1f}→{b:.1f}"


def render(results: dict) -> str:  # noqa: C901 - one table, many optional rows
    """RESULTS.md from the results."""
    steps = results["steps"]
    m, v = results.get("machine", {}), results.get("versions", {})
    lines = [
        "# kg benchmarks",
        "",
        "Produced by `benchmarks/run.py` (see its docstring); corpora generated by",
        "`benchmarks/generate.py` (synthetic readouts, seed 0). Commands:",
        "",
    ]
    for cmd in results.get("commands", []):
        lines.append(f"    {cmd}")
    lines += [
        "",
        f"Machine: {m.get('nproc')} CPUs ({m.get('cpu')}), {m.get('memory_gb')} GB RAM, "
        f"Linux {m.get('kernel')}. Versions: "
        + ", ".join(f"{k} {val}" for k, val in v.items())
        + ".",
        f"Measured {results.get('date', '?')}.",
        "",
        "The machine was shared with other jobs while these ran: the column *load* is the",
        "1-minute load average before→after each step (2.0 = both CPUs busy). Wall times",
        "are what a user waited; CPU times (user + system of all the step's processes) do not",
        "depend on the neighbours. Peak memory: max RSS of the largest process",
        "(`/usr/bin/time`), and for ingest also the peak summed PSS of the process tree.",
        "",
        "| measurement | result | wall | CPU | peak memory | load | target | met? |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]

    def row(what, result, wall, cpu, mem, load, target="", met=""):
        lines.append(f"| {what} | {result} | {wall} | {cpu} | {mem} | {load} | {target} | {met} |")

    for key in ("extract 1k", "extract dev"):
        e = steps.get(key)
        if not e:
            continue
        target, met = "", ""
        if key == "extract 1k":
            target = TARGETS["extract"][1]
            met = "yes" if e["sentences_per_s_wall"] >= 2000 else "no"
            if met == "no" and e["sentences_per_s_cpu"] >= 2000:
                met = "no (yes in CPU time)"
        row(
            f"extraction, {e['corpus']} ({e['readouts']:,} readouts, {e['sentences']:,} sentences)",
            f"**{e['sentences_per_s_wall']:,.0f} sentences/s** ({e['sentences_per_s_cpu']:,.0f}/CPU-s)",
            _s(e["wall"]),
            _s(e["cpu"]),
            _mb(e["max_rss_mb"]),
            _load(e),
            target,
            met,
        )
    for size in (1000, 10000):
        for jobs in (1, 2):
            i = steps.get(f"ingest {size} j{jobs}")
            if not i:
                continue
            target = met = ""
            if size == 10000:
                target = f"{TARGETS['ingest-10k'][1]}; memory {TARGETS['memory'][1]}"
                t_ok = i["wall"] <= 180
                m_ok = max(i["max_rss_mb"], i["tree_pss_mb"]) <= 1024
                met = f"time {'yes' if t_ok else 'no'}; memory {'yes' if m_ok else 'no'}"
            row(
                f"`kg ingest --jobs {jobs}`, {size:,} readouts (with SHACL)",
                f"**{i['readouts_per_s']:,.1f} readouts/s** ({i['readouts_per_cpu_s']:,.1f}/CPU-s)",
                _s(i["wall"]),
                _s(i["cpu"]),
                f"{_mb(i['max_rss_mb'])} (tree PSS {_mb(i['tree_pss_mb'])})",
                _load(i),
                target,
                met,
            )
    same = steps.get("same 1000")
    if same:
        row(
            "`--jobs 2` store = `--jobs 1` store (N-Triples export, 1k)",
            f"{'identical' if same['identical'] else 'DIFFERENT'} ({same['triples']:,} triples)",
            "",
            "",
            "",
            "",
        )
    lat = steps.get("latency 10000")
    if lat:
        for key, label, tkey, limit in (
            ("help", "`kg --help` cold", "help", 0.3),
            ("ask", '`kg ask "who supports one-China"` cold, 10k store', "ask", 0.5),
            ("sparql group-by", "`kg sparql '<group-by>'` cold, 10k store (table)", "", 0),
            ("sparql group-by (csv)", "`kg sparql --format csv '<group-by>'` cold", "", 0),
            ("sparql who-supports", "`kg sparql '<who supports one-China>'` cold (table)", "", 0),
            ("sparql who-supports (csv)", "`kg sparql --format csv '<who supports>'` cold", "", 0),
        ):
            c = lat.get(key)
            if not c:
                continue
            if "error" in c:
                row(label, f"failed: {c['error'][:120]}", "", "", "", "", "", "")
                continue
            if "timed_out" in c:
                row(
                    label,
                    f"**did not finish in {c['timed_out']:.0f} s** (stopped)",
                    f"> {c['timed_out']:.0f} s",
                    "",
                    "",
                    f"{c['load'][0]:.1f}→{c['load'][1]:.1f}",
                    TARGETS[tkey][1] if tkey else "",
                    "no" if tkey else "",
                )
                continue
            row(
                label,
                f"**{c['median']:.3f} s** median of 5 (min {c['min']:.3f}, max {c['max']:.3f})",
                _s(c["median"]),
                _s(c["cpu_median"]),
                _mb(c["max_rss_mb"]),
                f"{c['load'][0]:.1f}→{c['load'][1]:.1f}",
                TARGETS[tkey][1] if tkey else "",
                ("yes" if c["median"] <= limit else "no") if tkey else "",
            )
    naive = steps.get("naive 10000")
    if naive and lat:
        row(
            f"`kg export --format turtle`, 10k store ({naive['ttl_mb']:,.0f} MB)",
            "",
            _s(naive["export"]["wall"]),
            "",
            _mb(naive["export"]["max_rss_mb"]),
            "",
        )
        row(
            f"naive: `rdflib.Graph().parse(export.ttl)` ({naive['triples']:,} triples)",
            "",
            _s(naive["parse"]),
            "",
            _mb(naive["max_rss_mb"]),
            _load(naive),
        )
        for name in QUERIES:
            kg_cold = lat.get(f"sparql {name} (csv)", {}).get("median")
            if not kg_cold:
                continue
            total = naive["parse"] + naive[name]
            ratio = total / kg_cold
            row(
                f"naive `graph.query(<{name}>)` after the parse ({naive[name + ' rows']:,} rows)",
                f"parse+query / kg sparql = **{ratio:,.0f}x**; query alone = "
                f"{naive[name] / kg_cold:,.1f}x",
                _s(naive[name]),
                "",
                "",
                "",
                TARGETS["naive"][1],
                "yes" if ratio >= 20 else "no",
            )
    val = steps.get("validate 10000")
    if val:
        verdict = "conforms" if val["returncode"] == 0 else f"exit {val['returncode']} (see below)"
        row(
            "`kg validate`, whole 10k store",
            verdict,
            _s(val["wall"]),
            _s(val["cpu"]),
            _mb(val["max_rss_mb"]),
            _load(val),
        )
    if NOTES_MD.is_file():  # the analysis of these figures, written by hand
        lines += ["", NOTES_MD.read_text(encoding="utf-8").rstrip()]
    lines += ["", "What the commands reported:", ""]
    if lat and "ask_summary" in lat:
        summary = lat["ask_summary"]
        summary = summary if len(summary) <= 160 else summary[:159] + "\u2026"
        lines.append(f"- `kg ask` (first line): {summary}")
    for key in sorted(steps):
        if key.startswith("ingest"):
            lines.append(f"- `{key}`: {steps[key]['summary']}")
    return "\n".join(lines).rstrip() + "\n"


STEPS = ("extract", "ingest", "same", "latency", "naive", "validate")


def main(argv: list[str] | None = None) -> int:
    """Run the chosen steps; merge into results.json; write RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", default=",".join(STEPS), help=f"any of {','.join(STEPS)}")
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes for ingest")
    parser.add_argument("--render", action="store_true", help="only rewrite RESULTS.md")
    args = parser.parse_args(argv)
    results = load_results()
    if args.render:
        save(results)
        return 0
    steps = set(args.steps.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    results["machine"], results["versions"] = machine(), versions()
    results["date"] = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = shlex.join(["python", "benchmarks/run.py", *(argv or sys.argv[1:])])
    results.setdefault("commands", [])
    if command not in results["commands"]:
        results["commands"].append(command)
    done = results["steps"]

    def record(name: str, value: dict) -> None:
        done[name] = value
        save(results)
        print(f"{name}: {json.dumps(value)[:300]}", file=sys.stderr)

    if "extract" in steps:
        record("extract 1k", step_extract("extract 1k", corpus(1000)))
        if DEV_CORPUS.is_dir():
            record("extract dev", step_extract("extract dev", DEV_CORPUS))
    for size in sizes:
        if "ingest" in steps:
            for jobs in (1, 2):
                record(f"ingest {size} j{jobs}", step_ingest(size, jobs))
        if "same" in steps and size == 1000:
            record("same 1000", step_same(size))
    big = max(sizes)
    if "latency" in steps:
        record(f"latency {big}", step_latency(big))
    if "naive" in steps:
        record(f"naive {big}", step_naive(big))
    if "validate" in steps:
        record(f"validate {big}", step_validate(big))
    return 0


if __name__ == "__main__":
    sys.exit(main())
