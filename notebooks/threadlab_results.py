"""Thread Lab run folders as pandas DataFrames, for the lab sheets.

A run folder (``results/<run-id>/``) holds what one run measured:

* ``results.json`` -- schema ``threadlab.results/1``: one row per measured run (the lab's own
  experiments and, merged in, the Python baseline's);
* ``python-baseline.json`` -- the Python baseline's own file, with Python's environment, or the
  reason it was skipped;
* ``jmh.json`` -- JMH's JSON results (``-rf json``);
* ``jcstress/summary.json`` -- schema ``threadlab.jcstress/1``: each stress test's verdict and
  outcomes.

Which folder: the ``run`` argument, else the ``THREADLAB_RUN`` environment variable, else the
newest run folder under the nearest ``results/`` (looked for here and in the folders above).
Every sheet loads its data through this module; none parses the files itself.

A run that this machine could not make (the OS lacks a channel or a transport) carries
``notMeasured`` (why) in results.json: it is not a failure and has no numbers, so ``runs`` leaves
it out and ``Run.not_measured`` lists it. Older run folders have no such field and read as before.

Needs pandas 1.1 or newer (``groupby(..., dropna=False)`` came with 1.1) and, for the drawings,
matplotlib. Importing this module with an older pandas stops with one line saying so.
"""

import json
import math
import os
import warnings
from pathlib import Path

import pandas as pd

MIN_PANDAS = (1, 1)


def _version_tuple(text):
    parts = []
    for piece in str(text).split(".")[:2]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


if _version_tuple(pd.__version__) < MIN_PANDAS:
    raise ImportError("threadlab_results needs pandas %d.%d or newer; this kernel has pandas %s (upgrade it in the kernel's"
                      " Python: python -m pip install --upgrade pandas)" % (MIN_PANDAS + (pd.__version__,)))

ENV_VAR = "THREADLAB_RUN"
RESULTS_SCHEMA = "threadlab.results/1"
JCSTRESS_SCHEMA = "threadlab.jcstress/1"
PYTHON_EXPERIMENT = "python-baseline"


# --- finding the run folder -------------------------------------------------------------------------

def results_root(start=None):
    """The nearest ``results/`` folder at or above ``start`` (default: the working directory)."""
    here = Path(start or os.getcwd()).resolve()
    for folder in [here, *here.parents]:
        candidate = folder / "results"
        if candidate.is_dir():
            return candidate
    return None


def run_folder(run=None):
    """The run folder to read: ``run``, else $THREADLAB_RUN, else the newest under ``results/``."""
    chosen = run or os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen).expanduser().resolve()
        if not (path / "results.json").is_file():
            raise FileNotFoundError("%s has no results.json: is it a Thread Lab run folder?" % path)
        return path
    root = results_root()
    if root is None:
        raise FileNotFoundError("no results/ folder here or above, and $%s is not set: run the lab first"
                                " (mvn verify, or java -jar lab/target/lab.jar run all --quick)" % ENV_VAR)
    runs = [p for p in root.iterdir() if (p / "results.json").is_file()]
    if not runs:
        raise FileNotFoundError("%s holds no run folder with a results.json yet" % root)
    return max(runs, key=lambda p: (p / "results.json").stat().st_mtime)


# --- the files ----------------------------------------------------------------------------------------

def _read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _bound(mode):
    """4 of ``platform-pool:4``, 2 of ``python-process-pool:2 chunk=100``; NaN without one."""
    head = mode.split(" ")[0]
    if ":" not in head:
        return math.nan
    try:
        return int(head.split(":", 1)[1].replace("_", ""))
    except ValueError:
        return math.nan


def _chunk(mode):
    for part in mode.split(" ")[1:]:
        if part.startswith("chunk="):
            return int(part.split("=", 1)[1])
    return 1


NOT_RECORDED = "not recorded"


def _flatten(run):
    """One results.json run as a flat row: nested latency, prediction and child start spread out."""
    row = {k: v for k, v in run.items() if not isinstance(v, dict)}
    for name in ("latencyMs", "childStartMs"):
        for p, value in (run.get(name) or {}).items():
            row["%s_%s" % (name, p)] = value
    prediction = run.get("prediction") or {}
    row["predictedModel"] = prediction.get("model")
    # the bound that binds, and why a run missed it (absent in folders from before they were recorded)
    row["predictedBound"] = (prediction.get("bound") or NOT_RECORDED) if prediction else None
    row["predictedCause"] = prediction.get("cause")
    row["predictedWallSeconds"] = prediction.get("wallSeconds")
    row["predictedThroughputPerSecond"] = prediction.get("throughputPerSecond")
    return row


def runs_frame(document):
    """Every run of a ``threadlab.results/1`` document, one row each, with derived columns:
    ``language`` (Java or Python), ``family`` (the mode without its bound), ``workers`` (the
    bound, NaN without one), ``chunk`` (tasks per message to a process pool) and
    ``perTaskMicros`` (wall time over tasks)."""
    rows = [_flatten(r) for r in document.get("runs") or [] if r and r.get("mode") and r.get("workload")
            and not r.get("notMeasured")]
    df = pd.DataFrame(rows)
    if df.empty:
        return pd.DataFrame(columns=["experiment", "workload", "nature", "mode", "tasks", "repeat", "wallSeconds",
                                     "language", "family", "workers", "chunk", "perTaskMicros"])
    for column in ("latencyMs_p50", "latencyMs_p90", "latencyMs_p99", "latencyMs_max", "pinnedEvents", "lostUpdates",
                   "cpuSeconds", "peakRssBytes", "efficiency", "error", "predictedWallSeconds", "predictedThroughputPerSecond",
                   "predictedBound", "predictedCause", "noPrediction"):
        if column not in df.columns:
            df[column] = None
    df["language"] = ["Python" if e == PYTHON_EXPERIMENT or m.startswith("python-") else "Java"
                      for e, m in zip(df["experiment"], df["mode"])]
    df["family"] = [m.split(" ")[0].split(":")[0] for m in df["mode"]]
    df["workers"] = [_bound(m) for m in df["mode"]]
    df["chunk"] = [_chunk(m) for m in df["mode"]]
    df["perTaskMicros"] = df["wallSeconds"] / df["tasks"] * 1e6
    return df


def not_measured_frame(document):
    """The runs this machine could not make: experiment, workload, mode, tasks and why (``notMeasured``)."""
    rows = [{k: r.get(k) for k in ("experiment", "workload", "mode", "tasks", "notMeasured")}
            for r in document.get("runs") or [] if r and r.get("notMeasured")]
    return pd.DataFrame(rows, columns=["experiment", "workload", "mode", "tasks", "notMeasured"])


class Run:
    """One run folder, read: ``runs`` (a DataFrame), ``not_measured`` (the runs this machine
    could not make, and why), ``environment`` (the JVM's machine, with ``machine``: its limits),
    ``python`` (the Python baseline's environment, or None), ``python_skipped`` (why it did not
    run, or None), ``jmh`` and ``jcstress_tests`` / ``jcstress_outcomes`` (DataFrames, or None
    when the folder lacks them)."""

    def __init__(self, folder):
        self.dir = Path(folder)
        document = _read_json(self.dir / "results.json")
        if document.get("schema") != RESULTS_SCHEMA:
            raise ValueError("%s: schema %r, expected %r" % (self.dir / "results.json", document.get("schema"), RESULTS_SCHEMA))
        self.run_id = document.get("runId")
        self.started_at = document.get("startedAt")
        self.environment = document.get("environment") or {}
        self.runs = runs_frame(document)
        self.not_measured = not_measured_frame(document)
        self.python, self.python_skipped = _python_side(self.dir)
        self.jmh = jmh_frame(self.dir / "jmh.json") if (self.dir / "jmh.json").is_file() else None
        summary = self.dir / "jcstress" / "summary.json"
        self.jcstress_tests, self.jcstress_outcomes = jcstress_frames(summary) if summary.is_file() else (None, None)

    @property
    def cores(self):
        return int(self.environment.get("cores") or os.cpu_count() or 1)

    def has(self, experiment):
        """Whether this run measured the experiment."""
        return bool((self.runs["experiment"] == experiment).any()) if not self.runs.empty else False

    def experiment(self, experiment):
        """The rows of one experiment (empty when it is not in this run)."""
        return self.runs[self.runs["experiment"] == experiment].copy() if not self.runs.empty else self.runs

    def describe(self):
        """One paragraph: which folder, which machine, which JDK and which Python."""
        env = self.environment
        text = "Run folder %s (started %s): %s cores, %s, %s; JDK %s (%s)." % (
            self.dir, self.started_at, env.get("cores"), env.get("cpu"), env.get("os"), env.get("jdk"), env.get("vendor"))
        if self.python:
            text += " Python %s (%s), process start method '%s'." % (
                self.python.get("python"), self.python.get("pythonImplementation"), self.python.get("processStartMethod"))
        elif self.python_skipped:
            text += " Python baseline skipped: %s." % self.python_skipped
        else:
            text += " No Python baseline in this run."
        return text


def _python_side(folder):
    path = folder / "python-baseline.json"
    if not path.is_file():
        return None, None
    document = _read_json(path)
    if document.get("skipped"):
        return None, document["skipped"]
    return document.get("environment"), None


def load(run=None):
    """Reads a run folder (see :func:`run_folder` for which)."""
    return Run(run_folder(run))


# --- summaries over repeats ---------------------------------------------------------------------------

KEYS = ["experiment", "language", "workload", "nature", "tasks", "mode", "family", "workers", "chunk"]


_MEDIANS = {
    "throughputPerSecond": "throughputPerSecond", "perTaskMicros": "perTaskMicros", "p50Ms": "latencyMs_p50",
    "p99Ms": "latencyMs_p99", "cpuSeconds": "cpuSeconds", "peakThreads": "peakThreads", "peakRssBytes": "peakRssBytes",
    "pinnedEvents": "pinnedEvents", "lostUpdates": "lostUpdates", "efficiency": "efficiency",
    "predictedWallSeconds": "predictedWallSeconds", "predictedThroughputPerSecond": "predictedThroughputPerSecond",
}
CELL_COLUMNS = KEYS + ["runs", "wallSeconds", "wallMin", "wallMax"] + list(_MEDIANS) + ["bound", "cause", "errors"]


def cells(df):
    """One row per experiment x workload x tasks x mode: medians over the repeats, the wall time's
    min and max, and how many repeats and errors went in."""
    if df.empty:
        return pd.DataFrame(columns=CELL_COLUMNS)
    df = df.copy()
    for source in _MEDIANS.values():
        if source not in df.columns:
            df[source] = math.nan
        df[source] = pd.to_numeric(df[source], errors="coerce")
    grouped = df.groupby(KEYS, dropna=False, sort=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # the median of a metric a run did not record is NaN, said once here
        out = grouped.agg(
            runs=("wallSeconds", "size"),
            wallSeconds=("wallSeconds", "median"),
            wallMin=("wallSeconds", "min"),
            wallMax=("wallSeconds", "max"),
            **{name: (source, "median") for name, source in _MEDIANS.items()},
            bound=("predictedBound", _first),
            cause=("predictedCause", _first),
            errors=("error", lambda e: int(e.notna().sum())),
        ).reset_index()
    return out[CELL_COLUMNS]


def _first(values):
    """The first value a cell's runs recorded (None if none did): its bound, or the first cause of a miss."""
    present = [v for v in values if isinstance(v, str)]
    return present[0] if present else None


def speedups(cell_df):
    """Each cell's speedup over ``sequential`` of the same experiment, workload and task count
    (median wall time over median wall time); cells without a sequential partner get NaN."""
    if cell_df.empty:
        return cell_df.assign(speedup=[])
    base = cell_df[cell_df["mode"] == "sequential"].set_index(["experiment", "workload", "tasks"])["wallSeconds"]
    out = cell_df.copy()
    out["speedup"] = [base.get((e, w, t), math.nan) / wall if wall else math.nan
                      for e, w, t, wall in zip(out["experiment"], out["workload"], out["tasks"], out["wallSeconds"])]
    return out


def not_in_run(run, experiment, how=None):
    """Says plainly that an experiment is absent from the run, and how to produce it."""
    how = how or "java -jar lab/target/lab.jar run %s --quick" % experiment
    print("%s: not in this run (%s). To produce it: %s" % (experiment, run.dir.name, how))


# --- JMH ------------------------------------------------------------------------------------------------

def jmh_frame(path):
    """JMH's JSON as one row per benchmark (and parameter set): score, error, the 99.9% confidence
    interval JMH computed, the unit and every measured iteration."""
    rows = []
    for b in _read_json(path):
        metric = b.get("primaryMetric") or {}
        ci = metric.get("scoreConfidence") or [math.nan, math.nan]
        raw = [x for fork in metric.get("rawData") or [] for x in fork]
        name = b.get("benchmark", "")
        params = b.get("params") or {}
        rows.append({
            "benchmark": name,
            "class": name.rsplit(".", 2)[-2] if name.count(".") >= 1 else name,
            "method": name.rsplit(".", 1)[-1],
            "params": ", ".join("%s=%s" % kv for kv in sorted(params.items())),
            "mode": b.get("mode"),
            "threads": b.get("threads"),
            "forks": b.get("forks"),
            "score": metric.get("score"),
            "scoreError": metric.get("scoreError"),
            "ciLow": ci[0],
            "ciHigh": ci[1],
            "unit": metric.get("scoreUnit"),
            "iterations": len(raw),
            "raw": [_number(x) for x in raw],
        })
    df = pd.DataFrame(rows)
    for column in ("score", "scoreError", "ciLow", "ciHigh"):
        if column in df.columns:
            df[column] = [_number(x) for x in df[column]]
    return df


def _number(value):
    """A JMH number: JSON numbers as they are; "NaN" (JMH's word for an error it could not compute) as NaN."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


# --- jcstress ---------------------------------------------------------------------------------------------

def jcstress_frames(path):
    """The jcstress summary as two DataFrames: tests (verdict, samples, forbidden and interesting
    samples) and outcomes (each observed outcome with its expectation and frequency)."""
    document = _read_json(path)
    if document.get("schema") not in (None, JCSTRESS_SCHEMA):
        raise ValueError("%s: schema %r, expected %r" % (path, document.get("schema"), JCSTRESS_SCHEMA))
    tests, outcomes = [], []
    for t in document.get("tests") or []:
        name = t.get("test", "")
        short = name.rsplit(".", 1)[-1]
        samples = sum(o.get("samples", 0) for o in t.get("outcomes") or [])
        tests.append({
            "test": short, "family": t.get("family"), "verdict": t.get("verdict"), "samples": samples,
            "forbidden": sum(o.get("samples", 0) for o in t.get("outcomes") or [] if o.get("expect") == "FORBIDDEN"),
            "interesting": sum(o.get("samples", 0) for o in t.get("outcomes") or [] if o.get("expect") == "ACCEPTABLE_INTERESTING"),
        })
        for o in t.get("outcomes") or []:
            outcomes.append({
                "test": short, "family": t.get("family"), "outcome": o.get("outcome"), "expect": o.get("expect"),
                "samples": o.get("samples", 0), "frequency": o.get("samples", 0) / samples if samples else math.nan,
                "desc": o.get("desc"),
            })
    return pd.DataFrame(tests), pd.DataFrame(outcomes)


# --- a generic drawing, for experiments a sheet has no special plot for -------------------------------

def bars_by_mode(cell_df, metrics, title=None):
    """One horizontal bar chart per metric and workload: each mode's median, as measured. Metrics
    a run did not record (all NaN) are left out. Returns the metrics drawn."""
    import matplotlib.pyplot as plt

    drawn = []
    for metric in metrics:
        if metric not in cell_df.columns or cell_df[metric].isna().all():
            continue
        for (workload, tasks), rows in cell_df.groupby(["workload", "tasks"], sort=False):
            rows = rows.dropna(subset=[metric])
            if rows.empty:
                continue
            fig, ax = plt.subplots(figsize=(9, 0.45 * len(rows) + 1.4))
            ax.barh(rows["mode"], rows[metric], color="tab:blue")
            ax.invert_yaxis()
            ax.set_xlabel(metric)
            ax.set_title("%s%s x %d: %s" % ("" if title is None else title + " - ", workload, tasks, metric))
            plt.tight_layout()
            plt.show()
        drawn.append(metric)
    return drawn


# --- Spreads and claims: the report's noise rule (threadlab.report.Spread, Claim), for the sheets ---

NO_DIFFERENCE = "no difference measurable here"


def median_interval(values, miss=0.05):
    """(n, median, low, high) of ``values`` (NaN left out), as threadlab.report.Spread: from 5 values
    low..high is the order-statistic interval for the median, the k-th smallest to the k-th largest
    value, with k the largest for which P(binomial(n, 1/2) < k) <= miss / 2 (min..max up to 8, which
    holds the median 94% of the time for 5). Below 5, where min..max holds it only half the time for
    2 values and 3 in 4 for 3, the interval is the median +- the range, never below 0 for values that
    are not."""
    v = sorted(float(x) for x in values if x is not None and not math.isnan(float(x)))
    n = len(v)
    if n == 0:
        return 0, math.nan, math.nan, math.nan
    median = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
    if 2 <= n < 5:
        spread = v[-1] - v[0]
        low = median - spread
        return n, median, max(0.0, low) if v[0] >= 0 else low, median + spread
    k, below = 1, 0.5 ** n
    for j in range(1, n // 2):
        term = math.comb(n, j) * 0.5 ** n
        if below + term > miss / 2:
            break
        below += term
        k = j + 1
    return n, median, v[k - 1], v[n - k]


def noise(run):
    """The machine's relative noise (threadlab.report.Noise): the larger of the noise floor's two
    cells' max - min over median; 0 in folders without a floor."""
    floor = run.environment.get("noiseFloor") or {}
    shares = []
    for name in ("cpu", "sleep"):
        values = [float(x) for x in ((floor.get(name) or {}).get("seconds") or [])]
        n, median, _, _ = median_interval(values)
        if n >= 2 and median:
            shares.append((max(values) - min(values)) / median)
    return max(shares, default=0.0)


def spreads(df, metric, noise=0.0):
    """One row per cell (experiment x workload x tasks x mode) with ``metric``'s runs, median and
    interval for the median (low..high), as the report computes them: at least the median +- the
    machine's ``noise`` (see :func:`noise`), which also gives a single run an interval."""
    rows = []
    for key, group in df.groupby(KEYS, dropna=False, sort=False):
        n, median, low, high = median_interval(pd.to_numeric(group[metric], errors="coerce"))
        if n > 0 and noise > 0:
            half = abs(median) * noise
            low, high = min(low, max(0.0, median - half) if median >= 0 else median - half), max(high, median + half)
        rows.append(dict(zip(KEYS, key), runs=n, median=median, low=low, high=high))
    return pd.DataFrame(rows, columns=KEYS + ["runs", "median", "low", "high"])


def apart(a, b):
    """Whether two rows of :func:`spreads` differ by more than their intervals: the only case in
    which a sheet may say one is faster."""
    return a["runs"] > 0 and b["runs"] > 0 and (a["high"] < b["low"] or b["high"] < a["low"])


def leader(rows, unit=""):
    """The sentence naming the highest ``median`` among ``rows`` (rows of :func:`spreads`) only if
    it lies apart from the runner-up; otherwise it says no difference is measurable, with the
    numbers."""
    ranked = rows.sort_values("median", ascending=False)
    best = ranked.iloc[0]
    if len(ranked) == 1:
        return f"{best['mode']}: {best['median']:,.4g}{unit} ({best.runs} runs)"
    second = ranked.iloc[1]
    if apart(best, second):
        return (f"{best['mode']} led with {best['median']:,.4g}{unit} ({best.runs} runs, {best.low:,.4g}..{best.high:,.4g}), "
                f"ahead of {second['mode']} ({second['median']:,.4g}{unit}, {second.low:,.4g}..{second.high:,.4g})")
    return (f"{best['mode']} and {second['mode']}: {NO_DIFFERENCE} ({best.runs} runs, {best.low:,.4g}..{best.high:,.4g}; "
            f"{second.runs} runs, {second.low:,.4g}..{second.high:,.4g}{unit})")


def noise_floor(run):
    """The machine's noise floor recorded before the runs, as a sentence; None in folders without one."""
    floor = run.environment.get("noiseFloor")
    if not floor:
        return None
    parts = []
    for name in ("cpu", "sleep"):
        cell = floor.get(name) or {}
        n, median, _, _ = median_interval(cell.get("seconds") or [])
        values = cell.get("seconds") or []
        if n >= 2 and median:
            parts.append(f"{cell.get('what')}: {(max(values) - min(values)) / median:.0%} ({n} runs, "
                         f"{min(values):.4f}..{max(values):.4f} s)")
    load = floor.get("loadAverage")
    return "Noise floor before the runs: " + "; ".join(parts) + (f"; load average {load:.2f}" if load is not None else "")
