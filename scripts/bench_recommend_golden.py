"""Record the recommender's decisions on a seeded random set, so a faster engine can be checked
to decide the same (tests/test_recommend_speedup.py compares against the file).

    .venv/bin/python scripts/bench_recommend_golden.py [tests/recommend_golden.npz]

Run it only on an engine whose decisions are the reference (it was recorded before the
expected-cost evaluation was restructured for speed).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_recommend import synthetic_catalog, synthetic_profiles  # noqa: E402
from sizer.recommend import recommend_many  # noqa: E402

GOLDEN_LISTINGS, GOLDEN_CATALOG_SEED = 200, 11
GOLDEN_PROFILES, GOLDEN_PROFILE_SEED = 300, 12


def golden_inputs():
    return (synthetic_catalog(GOLDEN_LISTINGS, seed=GOLDEN_CATALOG_SEED),
            synthetic_profiles(GOLDEN_PROFILES, seed=GOLDEN_PROFILE_SEED))


def size_index(catalog, rows: np.ndarray) -> np.ndarray:
    """Catalogue size rows as the size's position in its listing (−1: none), small and compressible."""
    start = catalog.size_offsets[:-1][None, :]
    return np.where(rows >= 0, rows - start, -1).astype(np.int8)


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "recommend_golden.npz"
    catalog, profiles = golden_inputs()
    batch = recommend_many(profiles, catalog, details=True)
    np.savez_compressed(target, best_size=size_index(catalog, batch.best_row),
                        alternative_size=size_index(catalog, batch.alternative_row), status=batch.status,
                        decided_by=batch.decided_by)
    print(f"{target}: {len(profiles)} profiles x {len(catalog)} listings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
