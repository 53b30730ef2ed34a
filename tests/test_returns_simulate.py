"""The seeded simulator: reproducible, runs without ../shared, and the analysis finds what it plants."""
from __future__ import annotations

import numpy as np
import pytest

from sizer.returns.analysis import analyse
from sizer.returns.importers import import_orders
from sizer.returns.simulate import load_population, score, simulate


def test_the_fallback_population_needs_no_shared_data_and_is_seeded():
    first = simulate(n_listings=6, orders_per_listing=300, seed=4, ansur_dir=None)
    again = simulate(n_listings=6, orders_per_listing=300, seed=4, ansur_dir=None)
    assert first.population == "fallback normal population"
    assert np.array_equal(first.lines.size_rows, again.lines.size_rows)
    assert np.array_equal(first.lines.too_small, again.lines.too_small)
    assert first.lines.returned.sum() > 0 and first.lines.bracketed.any()


def test_planted_sizes_are_found_on_the_fallback_population():
    simulation = simulate(n_listings=24, orders_per_listing=2000, seed=21, ansur_dir=None)
    result = score(simulation, analyse(simulation.lines).findings)
    assert result["recall"] >= 0.8 and result["false_flag_rate"] <= 0.05
    assert result["offset_p90_abs_error_cm"] <= 1.5


def test_the_simulated_orders_file_imports_to_the_same_lines(tmp_path):
    simulation = simulate(n_listings=3, orders_per_listing=200, seed=8, ansur_dir=None, keep_rows=True)
    imported = import_orders(simulation.write_csv(tmp_path / "orders.csv"), simulation.catalog)
    assert imported.size_rows.tolist() == simulation.lines.size_rows.tolist()
    assert imported.quantity.sum() == simulation.lines.quantity.sum()
    # Reasons go through the keyword table (English, Chinese, Shopify codes) and come out the same.
    assert imported.too_small.sum() == simulation.lines.too_small.sum()
    assert imported.too_large.sum() == simulation.lines.too_large.sum()


@pytest.mark.shared_data
def test_ansur_shoppers_meet_the_targets_at_1000_orders_per_listing(ansur_dir):
    population = load_population(ansur_dir)
    assert population.source == "ANSUR II" and len(population.bodies["female"]["hip_girth"]) == 1986
    assert 90 < np.median(population.bodies["male"]["chest_girth"]) < 115  # millimetres became centimetres
    simulation = simulate(n_listings=60, orders_per_listing=1000, seed=11, population=population)
    result = score(simulation, analyse(simulation.lines).findings)
    assert result["recall"] >= 0.9
    assert result["false_flag_rate"] <= 0.05
    assert result["offset_p90_abs_error_cm"] <= 1.5
