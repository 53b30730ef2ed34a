"""The recommender's speed work changes no decision: on a seeded random set (synthetic catalogue
and bodies of scripts/bench_recommend.py), every size, runner-up, status and tie-breaker equals
the one recorded from the engine before it was restructured (scripts/bench_recommend_golden.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_recommend_golden import golden_inputs, size_index  # noqa: E402
from sizer.recommend import recommend_many  # noqa: E402

GOLDEN = Path(__file__).with_name("recommend_golden.npz")


def test_decisions_equal_the_recorded_ones():
    catalog, profiles = golden_inputs()
    batch = recommend_many(profiles, catalog, details=True)
    golden = np.load(GOLDEN)
    for name, now in (("best_size", size_index(catalog, batch.best_row)),
                      ("alternative_size", size_index(catalog, batch.alternative_row)),
                      ("status", batch.status), ("decided_by", batch.decided_by)):
        differ = np.argwhere(now != golden[name])
        assert not len(differ), f"{name}: {len(differ)} of {now.size} differ, first (profile, listing) {differ[:5].tolist()}"
