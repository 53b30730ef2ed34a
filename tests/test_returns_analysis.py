"""The returns model: counts, bracketing, thin data, flags, offsets, whole listings, advice kept."""
from __future__ import annotations

import numpy as np
import pytest

from returns_support import SIZER_HEADER, orders_rows, small_catalog, write_csv
from sizer.returns.analysis import Scope, Verdict, analyse, offset_posterior
from sizer.returns.importers import import_orders


def _analyse(tmp_path, counts, extra_rows=()):
    rows = orders_rows(counts) + list(extra_rows)
    return analyse(import_orders(write_csv(tmp_path / "o.csv", SIZER_HEADER, rows), small_catalog()))


def _finding(analysis, listing_id, size):
    return next(f for f in analysis.findings if f.listing_id == listing_id and f.size_label == size)


BALANCED = (160, 10, 10, 12)


def test_a_size_with_many_too_small_returns_runs_small_with_a_negative_offset(tmp_path):
    counts = {("SH-1", s): BALANCED for s in ("S", "M", "L", "XL")}
    counts[("SH-1", "M")] = (120, 60, 2, 12)
    counts.update({("SH-2", s): BALANCED for s in ("S", "M", "L", "XL")})
    analysis = _analyse(tmp_path, counts)
    m = _finding(analysis, "SH-1", "M")
    assert m.verdict is Verdict.RUNS_SMALL and m.probability >= 0.9
    assert -5.0 < m.offset_cm < -1.0  # fits smaller bodies: its ranges move down
    assert m.scope is Scope.SIZE
    assert (m.orders, m.returned_too_small, m.returned_too_large, m.returned_other) == (194, 60, 2, 12)
    assert _finding(analysis, "SH-1", "L").verdict is Verdict.TRUE_TO_SIZE
    assert all(f.offset_cm is None for f in analysis.findings if f.verdict not in (Verdict.RUNS_SMALL,
                                                                                     Verdict.RUNS_LARGE))
    assert analysis.summary["runs_small"] == 1 and analysis.summary["runs_large"] == 0


def test_thin_data_is_not_enough_data_with_how_many_more_orders_would_settle_it(tmp_path):
    counts = {("SH-1", "M"): (6, 3, 0, 1), ("SH-1", "L"): (8, 1, 1, 0)}
    analysis = _analyse(tmp_path, counts)
    for f in analysis.findings:
        assert f.verdict is Verdict.NOT_ENOUGH_DATA and f.offset_cm is None
        assert f.more_orders_needed is not None and f.more_orders_needed >= 40 - f.orders
    # The same split of returns on ten times the orders is flagged.
    more = _analyse(tmp_path, {("SH-1", "M"): (60, 30, 0, 10), ("SH-1", "L"): (80, 10, 10, 0),
                               ("SH-1", "S"): (80, 10, 10, 0), ("SH-1", "XL"): (80, 10, 10, 0)})
    assert _finding(more, "SH-1", "M").verdict is Verdict.RUNS_SMALL


def test_a_whole_listing_running_small_is_told_apart_from_one_mis_graded_size(tmp_path):
    small_everywhere = (120, 50, 3, 10)
    counts = {("SH-1", s): small_everywhere for s in ("S", "M", "L", "XL")}
    counts.update({("SH-2", s): BALANCED for s in ("S", "M", "L", "XL")})
    counts[("SH-2", "L")] = (120, 2, 50, 10)
    analysis = _analyse(tmp_path, counts)
    sh1 = next(s for s in analysis.listings if s.listing_id == "SH-1")
    sh2 = next(s for s in analysis.listings if s.listing_id == "SH-2")
    assert sh1.verdict is Verdict.RUNS_SMALL and sh1.offset_cm < 0
    assert {f.scope for f in analysis.findings_of("SH-1")} == {Scope.LISTING}
    assert sh2.verdict is Verdict.TRUE_TO_SIZE and sh2.flagged_sizes == 1
    assert _finding(analysis, "SH-2", "L").verdict is Verdict.RUNS_LARGE
    assert _finding(analysis, "SH-2", "L").scope is Scope.SIZE and _finding(analysis, "SH-2", "L").offset_cm > 0


def test_bracketed_orders_are_counted_apart_and_left_out_of_the_model(tmp_path):
    counts = {("SH-1", s): BALANCED for s in ("S", "M", "L", "XL")}
    # 30 shoppers order M and L together and send M back as too small: bracketing, not a verdict on M.
    bracketing = []
    for k in range(30):
        bracketing.append([f"B{k}", "2025-04-01", "SH-1", "M", "1", "1", "", "too small", "", "", "", ""])
        bracketing.append([f"B{k}", "2025-04-01", "SH-1", "L", "1", "0", "", "", "", "", "", ""])
    with_brackets = _analyse(tmp_path, counts, bracketing)
    without = _analyse(tmp_path, counts)
    m = _finding(with_brackets, "SH-1", "M")
    assert (m.bracketed_orders, m.bracketed_returned) == (30, 30)
    assert m.returned_too_small == BALANCED[1] and m.orders == sum(BALANCED)
    assert m.verdict is _finding(without, "SH-1", "M").verdict
    # Only the demand they show (which sizes sell) enters, through the edge densities: a small nudge.
    assert m.estimated_offset_cm == pytest.approx(_finding(without, "SH-1", "M").estimated_offset_cm, abs=0.2)
    assert with_brackets.summary["bracketed_units"] == 60


def test_recommended_size_kept_rate_per_listing_and_overall(tmp_path):
    rows = []
    for k in range(10):  # advised M, bought M: 9 of 10 kept
        rows.append([f"R{k}", "2025-04-01", "SH-1", "M", "1", "1" if k == 0 else "0", "", "too small" if k == 0 else "",
                     "", "", "", "M"])
    for k in range(10):  # advised M, bought L anyway: 5 of 10 kept
        rows.append([f"Q{k}", "2025-04-01", "SH-1", "L", "1", "1" if k < 5 else "0", "", "too large" if k < 5 else "",
                     "", "", "", "M"])
    analysis = analyse(import_orders(write_csv(tmp_path / "o.csv", SIZER_HEADER, rows), small_catalog()))
    sh1 = analysis.listings[0]
    assert sh1.recommended_orders == 10 and sh1.recommended_kept_rate == pytest.approx(0.9)
    assert sh1.other_kept_rate == pytest.approx(0.5)
    assert analysis.summary["recommended_kept_rate"] == pytest.approx(0.9)
    assert analysis.summary["units_bought_as_recommended"] == 10


def test_probit_inverts_the_normal_distribution():
    from statistics import NormalDist

    from sizer.returns.probit import probit

    p = np.array([1e-9, 0.001, 0.02, 0.0243, 0.1, 0.5, 0.77, 0.98, 0.999999])
    assert probit(p) == pytest.approx([NormalDist().inv_cdf(v) for v in p], abs=1e-7)


def test_the_normal_approximation_matches_monte_carlo_draws_of_the_dirichlet_posterior():
    from sizer.returns.probit import probit as ndtri

    rng = np.random.default_rng(0)
    alpha = np.array([[150.0, 40.0, 8.0], [300.0, 12.0, 14.0], [60.0, 4.0, 9.0]])
    tau = np.array([2.8, 2.8, 3.0])
    mean, sd = offset_posterior(alpha, tau)
    for k in range(len(alpha)):
        draws = rng.dirichlet(alpha[k], size=200_000)
        offsets = -tau[k] / 2 * (ndtri(draws[:, 1]) - ndtri(draws[:, 2]))
        assert mean[k] == pytest.approx(np.mean(offsets), abs=0.05)
        assert sd[k] == pytest.approx(np.std(offsets), rel=0.1)
