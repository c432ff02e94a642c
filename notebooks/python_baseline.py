#!/usr/bin/env python3
"""Thread Lab's Python baseline: the lab's workloads on Python's own pools.

The same three workloads the lab runs on the JVM, run by CPython on
``concurrent.futures.ThreadPoolExecutor`` and ``ProcessPoolExecutor`` (and sequentially), written
in the lab's results schema (``threadlab.results/1``) so Java and Python land in one table:

* ``sleep:ms=N`` -- each task sleeps N ms and returns ``(i+1)+(i+2)``: the classic demo,
  3 tasks x 3 s (300 ms with ``--quick``) on 3 workers.
* ``cpu:work=N`` -- N rounds of the lab's 64-bit hashing, seeded by the task index, computed
  with Python integers masked to 64 bits: the same values as the JVM's, so the same workload
  spec gives the same checksum in both languages. Python runs the rounds about a hundred times
  slower than the JIT, so N is sized here for Python (calibrated to a time per task), and the
  Python rows carry their own spec, never the JVM's.
* ``sleep:ms=0`` -- the no-op: what handing a task to a pool and back costs, unbatched and with
  ``chunksize=100``.

Modes: ``sequential``, ``python-thread-pool:N``, ``python-process-pool:N`` (N = 1, 2, 4, ... and
the core count) and ``python-process-pool:N chunk=100``. Each pool is started and warmed before
its clock starts, as the lab does with its own pools, and closed after its run; the repeats go
round by round through every mode, so a change in the machine's load hits every mode alike. A task's latency is its service time (from the moment a worker
starts it to its end), as in the lab.

Standard library only. Usage::

    python3 python_baseline.py --out results/RUN/python-baseline.json [--quick] [--exit-when-stdin-closes]

The output file is rewritten atomically (temporary file, then one rename) after every run, and
progress goes to standard output, one line per run. Exit status 0 on success, 3 when this
Python is too old to run it, 4 when it was ended by ``--exit-when-stdin-closes`` (its standard
input closed: the program that started it is gone).
"""

import argparse
import concurrent.futures as futures
import datetime
import json
import math
import multiprocessing
import os
import platform
import sys
import tempfile
import threading
import time

MIN_PYTHON = (3, 8)
SCHEMA = "threadlab.results/1"
EXPERIMENT = "python-baseline"
MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15

try:
    import resource
except ImportError:  # Windows: no getrusage; peak memory is then unknown (null).
    resource = None


# --- the workloads: the same values as the lab's (threadlab.workload.*) ---------------------------

def burn(seed, rounds):
    """The lab's CPU round, h = (h ^ (h >>> 31)) * GOLDEN + r, in 64-bit wrapping arithmetic."""
    h = seed & MASK
    for r in range(rounds):
        h = ((h ^ (h >> 31)) * GOLDEN + r) & MASK
    return h


def mix(z):
    """SplitMix64's finaliser, as the lab's Checksums.mix."""
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def task_checksum(index, value):
    """The lab's Checksums.ofTask: a run's checksum is the wrapping sum of these over its tasks."""
    return mix((value & MASK) ^ mix((index + GOLDEN) & MASK))


def peak_rss_bytes():
    """This process's peak resident memory, or None where the platform cannot tell."""
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def run_task(kind, amount, index):
    """One task. Returns (value, started, ended, cpu seconds, pid, peak RSS) of the worker."""
    cpu = time.process_time()
    started = time.perf_counter()
    if kind == "sleep":
        if amount > 0:
            time.sleep(amount / 1000.0)
        value = (index + 1) + (index + 2)
    else:
        value = burn(index, amount)
    ended = time.perf_counter()
    return value, started, ended, time.process_time() - cpu, os.getpid(), peak_rss_bytes()


class Workload:
    """A workload spec in the lab's text form, and how to run one of its tasks."""

    def __init__(self, kind, amount):
        self.kind = kind
        self.amount = amount

    def __str__(self):
        return "sleep:ms=%d" % self.amount if self.kind == "sleep" else "cpu:work=%d" % self.amount

    @property
    def nature(self):
        return "IO" if self.kind == "sleep" else "CPU"

    def task(self, index):
        return run_task(self.kind, self.amount, index)


def warm_up_task(_index):
    """Keeps a worker busy for a moment, so the pool starts every worker before the clock does."""
    time.sleep(0.02)
    return 0


# --- modes ------------------------------------------------------------------------------------------

class Mode:
    """A way to run N tasks: in this thread, or on a warm pool of threads or processes."""

    # The script's standard input, when the pool's workers are to watch it too (see worker_watch).
    worker_stdin = None

    def __init__(self, kind, workers=1, chunk=1):
        self.kind = kind
        self.workers = workers
        self.chunk = chunk
        self.pool = None

    @property
    def id(self):
        if self.kind == "sequential":
            return "sequential"
        name = "python-%s-pool:%d" % (self.kind, self.workers)
        return name + (" chunk=%d" % self.chunk if self.chunk > 1 else "")

    def concurrency(self, tasks):
        return 1 if self.kind == "sequential" else min(tasks, self.workers)

    def start(self):
        if self.kind == "thread":
            self.pool = futures.ThreadPoolExecutor(max_workers=self.workers)
        elif self.kind == "process":
            if Mode.worker_stdin is None:
                self.pool = futures.ProcessPoolExecutor(max_workers=self.workers)
            else:
                self.pool = futures.ProcessPoolExecutor(max_workers=self.workers, initializer=worker_watch,
                                                        initargs=(Mode.worker_stdin,))
        if self.pool is not None:
            list(self.pool.map(warm_up_task, range(2 * self.workers)))

    def close(self):
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None

    def run(self, workload, tasks, on_result):
        """Runs the tasks; calls on_result(index, reply) as each ends (in order when batched)."""
        if self.pool is None:
            for i in range(tasks):
                on_result(i, workload.task(i))
        elif self.chunk > 1:
            for i, reply in enumerate(self.pool.map(workload.task, range(tasks), chunksize=self.chunk)):
                on_result(i, reply)
        else:
            pending = {self.pool.submit(workload.task, i): i for i in range(tasks)}
            for done in futures.as_completed(pending):
                on_result(pending[done], done.result())


# --- measurement ----------------------------------------------------------------------------------

def percentile(sorted_values, p):
    if not sorted_values:
        return None
    rank = max(1, int(math.ceil(p / 100.0 * len(sorted_values))))
    return sorted_values[rank - 1]


def peak_overlap(intervals):
    """The most intervals open at one instant: the run's peak in-flight tasks."""
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals], key=lambda x: (x[0], x[1]))
    live = peak = 0
    for _, step in events:
        live += step
        peak = max(peak, live)
    return peak


LOW, HIGH = 0.8, 1.15  # the band a run is said to fit its prediction in (threadlab.model.Deviation)


def prediction(workload, mode, tasks, cores, task_cpu_seconds):
    """The lab's bounds (threadlab.model.Bounds), the largest that applies: waiting (Little's law)
    for sleeping, the cores for computing (the task's CPU, calibrated on this thread, over
    min(cores, workers); a thread pool runs Python under one GIL, so its workers compute one at a
    time). None for a no-op task: what such a run takes is the pool's own hand-off."""
    in_flight = max(1, min(tasks, mode.concurrency(tasks)))
    if workload.kind == "sleep":
        if workload.amount <= 0:
            return None
        rounds = (tasks + in_flight - 1) // in_flight
        wall = rounds * workload.amount / 1000.0
        basis = "%d round(s) of %d in flight x %d ms per task" % (rounds, in_flight, workload.amount)
        bound, model = "waiting", "littles-law"
        figures = {"rounds": float(rounds), "inFlight": float(in_flight), "taskMs": float(workload.amount)}
    else:
        if task_cpu_seconds is None:
            return None
        one_at_a_time = mode.kind == "sequential" or (mode.kind == "thread" and gil_enabled())
        parallel = 1 if one_at_a_time else max(1, min(in_flight, cores))
        wall = tasks * task_cpu_seconds / parallel
        basis = "%d tasks x %.3f ms CPU on %d core(s)%s" % (
            tasks, task_cpu_seconds * 1e3, parallel, " (one GIL)" if mode.kind == "thread" and gil_enabled() else "")
        bound, model = "cpu", "amdahl"
        figures = {"taskCpuMs": task_cpu_seconds * 1e3, "parallel": float(parallel)}
    return {"model": model, "wallSeconds": wall, "throughputPerSecond": tasks / wall if wall > 0 else 0,
            "basis": basis, "bound": bound, "figures": figures}


def gil_enabled():
    """Whether this interpreter's threads compute one at a time (False on a free-threaded build)."""
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else check()


def no_prediction(workload):
    """Why a run has no prediction, in one line (the lab's noPrediction)."""
    if workload.kind == "sleep" and workload.amount <= 0:
        return ("a no-op task (no wait, no work): the run measures the pool's own cost of handing a task"
                " over and back, which no bound here models")
    return "the task was not calibrated"


def load_average():
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def machine_busy_seconds():
    """Every core's busy time since boot from /proc/stat (all but idle and I/O wait, in USER_HZ, 100 a
    second), as the lab's meter reads it; None where the file is absent (macOS, Windows)."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
        if len(fields) < 9 or fields[0] != "cpu":
            return None
        return sum(int(fields[i]) for i in (1, 2, 3, 6, 7, 8)) / 100.0
    except (OSError, ValueError):
        return None


# The machine's busy time counts in 10 ms ticks per core: over a shorter run a tick or two reads as
# cores' worth, so the others' share is not read there (as threadlab.model.Deviation).
BUSY_READABLE_SECONDS = 0.1


def cause(predicted, wall, cpu, cores, others_cpu):
    """The likely cause of a run outside the band, in words (as threadlab.model.Deviation); None inside.
    ``others_cpu``: the CPU other processes used during the run (None where unmeasured); where the OS
    keeps no such record the one-minute load average stands in, and the words say it is the load."""
    efficiency = predicted["wallSeconds"] / wall
    if LOW <= efficiency <= HIGH:
        return None
    if efficiency < LOW:
        own = cpu / wall
        if others_cpu is not None:
            others = others_cpu / wall
            if wall >= BUSY_READABLE_SECONDS and others >= 0.25 * cores and own + others >= 0.75 * cores:
                return ("below: machine busy (other processes used %.1f of the %d cores during the run, this run %.1f)"
                        % (others, cores, own))
        else:
            load = load_average()
            others = None if load is None else load - own
            if others is not None and others >= 0.5 * cores:
                return "below: machine busy (load %.1f on %d cores, about %.1f of it not this run)" % (
                    load, cores, others)
        calibrated = predicted["figures"].get("taskCpuMs")
        return "below: %.1f ms beyond the %s bound that no bound here accounts for (the pool's dispatch%s)" % (
            (wall - predicted["wallSeconds"]) * 1e3, predicted["bound"],
            ", and the GIL handed between threads" if calibrated is not None else "")
    return "above: the %s bound overestimates (%s): the run beat it by %.1f ms, so a figure it was calibrated with" \
           " was high for this run" % (predicted["bound"], predicted["basis"], (predicted["wallSeconds"] - wall) * 1e3)


def measure(workload, mode, tasks, repeat, cores, task_seconds, narrate):
    replies = {}

    def on_result(index, reply):
        replies[index] = reply
        if narrate:
            print("%d %s" % (reply[0], datetime.datetime.now().strftime("%H:%M:%S.%f")[:-3]), flush=True)

    threads_before = threading.active_count()
    busy_start = machine_busy_seconds()
    cpu_start = time.process_time()
    start = time.perf_counter()
    error = None
    try:
        mode.run(workload, tasks, on_result)
    except Exception as e:  # a broken pool or a failed task is data, as in the lab
        error = "%s: %s" % (type(e).__name__, e)
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    busy_end = machine_busy_seconds()
    if narrate:
        print("done!\nExecution time: %.3f s" % wall, flush=True)
    checksum = 0
    for index, reply in replies.items():
        checksum = (checksum + task_checksum(index, reply[0])) & MASK
    latencies = sorted((r[2] - r[1]) * 1e3 for r in replies.values())
    worker_rss = {}
    if mode.kind == "process":
        cpu += sum(r[3] for r in replies.values())
        for r in replies.values():
            if r[5] is not None:
                worker_rss[r[4]] = max(worker_rss.get(r[4], 0), r[5])
    own_rss = peak_rss_bytes()
    others_cpu = None if busy_start is None or busy_end is None else max(0.0, busy_end - busy_start - cpu)
    completed = len(replies)
    complete = completed == tasks and error is None
    predicted = prediction(workload, mode, tasks, cores, task_seconds) if complete else None
    if predicted is not None and wall > 0:
        predicted["cause"] = cause(predicted, wall, cpu, cores, others_cpu)
        if predicted["cause"] is None:
            del predicted["cause"]
    run = {
        "experiment": EXPERIMENT,
        "workload": str(workload),
        "nature": workload.nature,
        "mode": mode.id,
        "tasks": tasks,
        "concurrency": mode.concurrency(tasks),
        "repeat": repeat,
        "wallSeconds": wall,
        "throughputPerSecond": completed / wall if wall > 0 else 0,
        "latencyMs": None if not latencies else {
            "p50": percentile(latencies, 50), "p90": percentile(latencies, 90),
            "p99": percentile(latencies, 99), "max": latencies[-1]},
        "cpuSeconds": cpu,
        "otherCpuSeconds": others_cpu,
        "peakInFlight": peak_overlap([(r[1], r[2]) for r in replies.values()]),
        "peakThreads": max(threads_before, threading.active_count()),
        "peakRssBytes": None if own_rss is None else own_rss + sum(worker_rss.values()),
        "gcSeconds": None,
        "pinnedEvents": None,
        "checksum": "%016x" % checksum,
        "completed": completed,
        "failed": tasks - completed,
        "prediction": predicted,
        "efficiency": predicted["wallSeconds"] / wall if predicted and wall > 0 else None,
        "error": error,
    }
    if complete and predicted is None:
        run["noPrediction"] = no_prediction(workload)
    return run


def single_task_seconds(workload):
    """One task's CPU on this thread, for the CPU bound: the median of five, after one to warm up.
    CPU time (process_time), not wall time, so a busy machine does not inflate it; the median, not
    the best, so one lucky task does not make the bound too tight."""
    workload.task(0)
    samples = []
    for _ in range(5):
        start = time.process_time()
        workload.task(0)
        samples.append(time.process_time() - start)
    samples.sort()
    return samples[len(samples) // 2]


def cpu_rounds_for(milliseconds):
    """How many hashing rounds take about this long in this Python, to two significant digits."""
    rounds, elapsed = 10000, 0.0
    while elapsed < 0.05:
        rounds *= 2
        start = time.perf_counter()
        burn(1, rounds)
        elapsed = time.perf_counter() - start
    wanted = rounds / elapsed * milliseconds / 1000.0
    digits = int(math.floor(math.log10(wanted))) - 1
    return int(round(wanted, -digits))


# --- the plan and the file --------------------------------------------------------------------------

def usable_cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def worker_counts(cores):
    """1, 2, 4, ... below the core count, and the core count itself."""
    counts, n = [], 1
    while n < cores:
        counts.append(n)
        n *= 2
    return counts + [cores]


def plan(quick, cores):
    """Blocks of (workload, modes, tasks, repeats, narrated), in the order they run."""
    demo = Workload("sleep", 300 if quick else 3000)
    cpu = Workload("cpu", cpu_rounds_for(100 if quick else 250))
    cpu_modes = [Mode("sequential")]
    for workers in worker_counts(cores):
        cpu_modes += [Mode("thread", workers), Mode("process", workers)]
    noop = Workload("sleep", 0)
    return [
        (demo, [Mode("sequential"), Mode("thread", 3), Mode("process", 3)], 3, 1 if quick else 3, True),
        (cpu, cpu_modes, 4 * cores, 3, False),
        (noop, [Mode("thread", 1), Mode("process", 1), Mode("process", 2), Mode("process", 2, chunk=100)],
         5000 if quick else 50000, 3, False),
    ]


def environment(cores):
    memory = None
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        pass
    return {
        "jdk": None, "vendor": None, "vm": None,
        "cores": cores,
        "os": "%s %s" % (platform.system(), platform.release()),
        "arch": platform.machine(),
        "cpu": platform.processor() or None,
        "memoryBytes": memory,
        "maxHeapBytes": 0,
        "jvmArgs": [],
        "carrierParallelism": 0,
        "python": platform.python_version(),
        "pythonImplementation": platform.python_implementation(),
        "pythonExecutable": sys.executable,
        "processStartMethod": multiprocessing.get_start_method(),
    }


def write_atomically(path, document):
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix="." + os.path.basename(path), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=2)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.remove(temp)


def stdin_identity():
    """What this process's standard input is (device and inode), or None where it has none."""
    try:
        st = os.fstat(0)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def exit_when_stdin_closes(kill_children):
    """Ends this process (and, in the script, its pool workers) as soon as standard input ends.

    The lab starts the script with a pipe as its standard input and never writes to it. When the
    lab ends, however it ends (a SIGKILL, a crash, Windows' TerminateProcess), the OS closes the
    pipe's other end and a read here returns end of input: on every OS, and even when the lab died
    before this interpreter had started (a read then ends at once). A parent-pid watch has neither
    property: Windows never changes a parent pid, and a pid read after the parent's death (a slow
    start through a launcher or a version-manager shim) is already the adopter's.
    """
    def watch():
        try:
            while os.read(0, 4096):
                pass  # nothing is sent on standard input; only its end matters
        except OSError:
            pass
        if kill_children:
            for child in multiprocessing.active_children():
                child.kill()
        os._exit(4)

    threading.Thread(target=watch, name="stdin-closed-watch", daemon=True).start()


def worker_watch(parent_stdin):
    """A pool worker's initializer: the same watch, where the worker shares the script's stdin.

    Workers made by fork, and on POSIX by spawn, inherit the pipe; each then ends on its own when
    the lab does, also one started in the instant between the script's watch killing the
    workers it knew of and the script's exit. A worker whose standard input is anything else
    (Windows' spawn gives none) is ended by the script's watch instead.
    """
    # POSIX only: Windows reports no inode for a pipe, so two unrelated inputs could look alike there.
    if os.name == "posix" and parent_stdin is not None and stdin_identity() == parent_stdin:
        exit_when_stdin_closes(kill_children=False)


def main(argv):
    parser = argparse.ArgumentParser(description="Thread Lab's workloads on Python's thread and process pools.")
    parser.add_argument("--out", required=True, help="the results file to write (threadlab.results/1)")
    parser.add_argument("--quick", action="store_true", help="the quick profile: seconds, not minutes")
    parser.add_argument("--run-id", default=None, help="the run id written into the file")
    parser.add_argument("--exit-when-stdin-closes", action="store_true",
                        help="end (with the pool's workers) when standard input ends: how the lab ties the script to itself")
    args = parser.parse_args(argv)
    if args.exit_when_stdin_closes:
        exit_when_stdin_closes(kill_children=True)
        Mode.worker_stdin = stdin_identity()
    cores = usable_cores()
    print("Python %s (%s), %d cores, process start method '%s'" % (
        platform.python_version(), sys.executable, cores, multiprocessing.get_start_method()), flush=True)
    document = {
        "schema": SCHEMA,
        "runId": args.run_id or os.path.basename(os.path.dirname(os.path.abspath(args.out))),
        "experiment": EXPERIMENT,
        "startedAt": datetime.datetime.now().isoformat(),
        "environment": environment(cores),
        "runs": [],
    }
    write_atomically(args.out, document)
    blocks = plan(args.quick, cores)
    total = sum(len(modes) * repeats for _, modes, _, repeats, _ in blocks)
    done = 0
    for workload, modes, tasks, repeats, narrated in blocks:
        task_seconds = single_task_seconds(workload) if workload.kind == "cpu" else None
        # Round by round through every mode, so a change in the machine's load hits every mode alike.
        for repeat in range(repeats):
            for mode in modes:
                if narrated:
                    print("\n-- %s: %d x %s, up to %d at once" % (mode.id, tasks, workload, mode.concurrency(tasks)), flush=True)
                mode.start()
                try:
                    run = measure(workload, mode, tasks, repeat, cores, task_seconds, narrated)
                finally:
                    mode.close()
                document["runs"].append(run)
                write_atomically(args.out, document)
                done += 1
                limit = ", %d%% of the %s bound%s" % (
                    round(100 * run["efficiency"]), run["prediction"]["bound"],
                    " -- " + run["prediction"]["cause"] if "cause" in run["prediction"] else "") \
                    if run["efficiency"] is not None else ""
                print("[%d/%d] %s %s x%d #%d: %.3f s%s%s" % (done, total, mode.id, workload, tasks, repeat + 1, run["wallSeconds"],
                      limit, "" if run["error"] is None else " - " + run["error"]), flush=True)
    return 0


if __name__ == "__main__":
    if sys.version_info < MIN_PYTHON:
        sys.stderr.write("python_baseline.py needs Python %d.%d or newer; this is %s\n"
                         % (MIN_PYTHON + (platform.python_version(),)))
        sys.exit(3)
    sys.exit(main(sys.argv[1:]))
