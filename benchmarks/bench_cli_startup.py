"""CLI start-up time: median wall time of 10 fresh ``autark --help`` processes, against ``python -c pass``.

Run: .venv/bin/python benchmarks/bench_cli_startup.py [--runs N]
The target is < 300 ms for ``autark --help``. Also lists the slowest imports (``python -X importtime``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _median_ms(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, capture_output=True, check=True)  # one warm-up so the OS file cache is not measured
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _slowest_imports(cmd: list[str], top: int = 8) -> list[tuple[int, str]]:
    out = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], capture_output=True, text=True).stderr
    rows = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    script = Path(sys.executable).with_name("autark")
    help_cmd = [str(script), "--help"] if script.exists() else [sys.executable, "-m", "autark.cli.main", "--help"]
    py_cmd = [sys.executable, "-c", "pass"]
    baseline = _median_ms(py_cmd, args.runs)
    cli = _median_ms(help_cmd, args.runs)
    print(f"python -c pass : median {baseline:7.1f} ms over {args.runs} runs")
    print(f"autark --help  : median {cli:7.1f} ms over {args.runs} runs  (target < 300 ms)")
    print(f"ratio          : {cli / baseline:.1f}x python start-up; autark's own share {cli - baseline:.1f} ms")
    probe = [sys.executable, "-c", "from autark.cli.main import app\ntry:\n app(['--help'])\nexcept SystemExit:\n pass"]
    print("slowest imports (cumulative us):")
    for us, name in _slowest_imports(probe):
        print(f"  {us:8d}  {name.strip()}")


if __name__ == "__main__":
    main()
