"""Print how long loading every size chart and sizing 100,000 bodies (vectorised) take.

Targets: loading well under 100 ms; 100,000 bodies under 0.5 s. Same figures as `sizer bench-charts`.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sizer.sizing.benchmark import run_benchmark  # noqa: E402

if __name__ == "__main__":
    for key, value in run_benchmark(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000).items():
        print(f"{key:40s} {value}")
