"""Benchmark of the returns analysis: detection on simulated orders, and the speed of a million lines.

    .venv/bin/python scripts/bench_returns.py [--ansur ../shared/data/ansur2] [--listings 60] [--seed 11]
                                              [--lines 1000000] [--skip-speed] [--json]

1. Accuracy: for 200, 1,000 and 10,000 orders per listing, a simulated catalogue (sizer.returns.
   simulate; ANSUR II shoppers when the folder is there, else the fallback population) with
   sizes planted 3 cm off; prints the recall of planted sizes (flagged the right way), the
   false-flag rate of true-to-size sizes and the error of the estimated offsets (cm).
   Targets at 1,000 orders per listing: recall >= 0.90, false flags <= 0.05, offsets within 1.5 cm.
   The model's thresholds were set on seed 3; the default seed here is another.
2. Speed: a Sizer orders file of ``--lines`` order lines is written, then imported and analysed
   (target: under 10 s for 1,000,000 lines). Wall-clock and CPU seconds are both printed: on a
   machine shared with other jobs the CPU time is the steadier figure.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sizer.cli import print_figures  # noqa: E402
from sizer.returns.analysis import analyse  # noqa: E402
from sizer.returns.importers import import_orders  # noqa: E402
from sizer.returns.simulate import load_population, score, simulate  # noqa: E402

DEFAULT_ANSUR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ansur2"
TARGETS = {"recall": 0.90, "false_flag_rate": 0.05, "offset_p90_abs_error_cm": 1.5}


def accuracy(ansur: Path | None, listings: int, seed: int) -> dict:
    population = load_population(ansur, seed)
    figures: dict = {"population": population.source, "listings": listings, "seed": seed}
    for orders in (200, 1000, 10_000):
        simulation = simulate(n_listings=listings, orders_per_listing=orders, seed=seed, population=population)
        result = score(simulation, analyse(simulation.lines).findings)
        for key in ("recall", "false_flag_rate", "offset_mean_abs_error_cm", "offset_p90_abs_error_cm"):
            figures[f"{orders}_orders_{key}"] = round(result[key], 3)
        figures[f"{orders}_orders_planted_sizes"] = result["planted_sizes"]
        figures[f"{orders}_orders_true_sizes"] = result["true_sizes"]
    at_1000 = {key: figures[f"1000_orders_{key}"] for key in TARGETS}
    figures["targets_met_at_1000_orders"] = (at_1000["recall"] >= TARGETS["recall"]
                                            and at_1000["false_flag_rate"] <= TARGETS["false_flag_rate"]
                                            and at_1000["offset_p90_abs_error_cm"] <= TARGETS["offset_p90_abs_error_cm"])
    return figures


def speed(lines: int, seed: int) -> dict:
    per_listing = 1000
    # Some simulated shoppers find no size and buy nothing: a few more listings make up for them.
    simulation = simulate(n_listings=max(1, -(-lines // (per_listing * 95 // 100))), orders_per_listing=per_listing,
                          seed=seed, keep_rows=True)
    with tempfile.TemporaryDirectory() as folder:
        catalog_path = Path(folder) / "catalogue.csv"
        orders_path = simulation.write_csv(Path(folder) / "orders.csv")
        from sizer.catalog.writer import save_catalog

        save_catalog(catalog_path, simulation.catalog)
        from sizer.catalog.importer import import_catalog

        catalog = import_catalog(catalog_path).catalog
        start, start_cpu = time.perf_counter(), time.process_time()
        imported = import_orders(orders_path, catalog)
        read_s, read_cpu_s = time.perf_counter() - start, time.process_time() - start_cpu
        analysis = analyse(imported)
        total_s, total_cpu_s = time.perf_counter() - start, time.process_time() - start_cpu
        size_mb = orders_path.stat().st_size / 1e6
    return {"order_lines": len(imported), "file_mb": round(size_mb, 1), "import_s": round(read_s, 2),
            "analyse_s": round(total_s - read_s, 2), "import_and_analyse_s": round(total_s, 2),
            "import_cpu_s": round(read_cpu_s, 2), "import_and_analyse_cpu_s": round(total_cpu_s, 2),
            "sizes_judged": len(analysis.findings), "target_s": 10.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ansur", type=Path, default=DEFAULT_ANSUR)
    parser.add_argument("--listings", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = accuracy(args.ansur if args.ansur.exists() else None, args.listings, args.seed)
    if not args.skip_speed:
        figures.update(speed(args.lines, args.seed))
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
