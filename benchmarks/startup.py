"""Start-up wall times of the commands that need no model: `parley --help` and a store query.

Each command runs 5 times in a fresh process (`.venv/bin/parley` as a user runs it); the
median wall time is printed against the 0.5 s target as PASS or FAIL, beside the median CPU
time (user + system) of the process, which other load on the machine inflates less, and the
load average, so that a FAIL on a busy machine can be told from a slow start. The store query,
`parley status USA CHN`, reads a demo store built first with `parley demo` (the bundled
corpus; that build is not timed). A bare interpreter (`python -c pass`) is timed the same way
as the baseline of the run.

Run: ``.venv/bin/python benchmarks/startup.py [--runs N] [--strict]`` (``--strict``: exit
code 1 when a command misses the target). ``make bench`` runs it after the other benchmarks.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.5
RUNS = 5


def parley_command() -> list[str]:
    """The installed `parley` script next to this interpreter, else `python -m parley`."""
    script = Path(sys.executable).with_name("parley")
    if script.is_file():
        return [str(script)]
    found = shutil.which("parley")
    return [found] if found else [sys.executable, "-m", "parley"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall_and_cpu_times(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of `runs` runs of a command (each must exit 0; 120 s bound)."""
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        cpu, start = _children_cpu(), time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
    return walls, cpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="runs per command (median)")
    parser.add_argument("--strict", action="store_true",
                        help="exit code 1 when a command misses the target")
    args = parser.parse_args(argv)
    parley = parley_command()
    with tempfile.TemporaryDirectory(prefix="parley-startup-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'demo.db'}"
        subprocess.run([*parley, "demo", "--db", url, "--quiet"], check=True,
                       stdout=subprocess.DEVNULL, timeout=600)
        commands = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "parley --help": [*parley, "--help"],
            "parley status USA CHN (demo store)": [*parley, "status", "USA", "CHN", "--db", url],
        }
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"start-up: median of {args.runs} runs, each in a fresh process "
              f"({os.cpu_count()} CPUs, load average {load})")
        print(f"{'command':<36}{'wall s':>8}{'min s':>8}{'max s':>8}{'cpu s':>8}"
              f"{'target':>7}  verdict")
        print("-" * 80)
        missed = 0
        for label, command in commands.items():
            times, cpus = wall_and_cpu_times(command, args.runs)
            median = statistics.median(times)
            baseline = label.endswith("(baseline)")
            ok = median < TARGET_SECONDS
            missed += not ok and not baseline
            verdict = "" if baseline else "PASS" if ok else "FAIL"
            print(f"{label:<36}{median:>8.3f}{min(times):>8.3f}{max(times):>8.3f}"
                  f"{statistics.median(cpus):>8.3f}{TARGET_SECONDS:>7.1f}  {verdict}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
