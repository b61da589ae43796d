"""Start-up wall times of the commands that need no model: `parley --help` and a store query.

Each command runs 5 times in a fresh process (`.venv/bin/parley` as a user runs it); the
median wall time is printed against the 0.5 s target as PASS or FAIL. The store query,
`parley status USA CHN`, reads a demo store built first with `parley demo` (the bundled
corpus; that build is not timed).

Run: ``.venv/bin/python benchmarks/startup.py [--runs N] [--strict]`` (``--strict``: exit
code 1 when a command misses the target). ``make bench`` runs it after the other benchmarks.
"""

from __future__ import annotations

import argparse
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


def wall_times(command: list[str], runs: int) -> list[float]:
    """Wall seconds of `runs` runs of a command (each must exit 0; 120 s bound each)."""
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
        times.append(time.perf_counter() - start)
    return times


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
            "parley --help": [*parley, "--help"],
            "parley status USA CHN (demo store)": [*parley, "status", "USA", "CHN", "--db", url],
        }
        print(f"start-up: median wall time of {args.runs} runs, each in a fresh process")
        print(f"{'command':<38}{'median s':>10}{'min s':>8}{'max s':>8}{'target':>8}  verdict")
        print("-" * 80)
        missed = 0
        for label, command in commands.items():
            times = wall_times(command, args.runs)
            median = statistics.median(times)
            ok = median < TARGET_SECONDS
            missed += not ok
            print(f"{label:<38}{median:>10.3f}{min(times):>8.3f}{max(times):>8.3f}"
                  f"{TARGET_SECONDS:>8.1f}  {'PASS' if ok else 'FAIL'}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
