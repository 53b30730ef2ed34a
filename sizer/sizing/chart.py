"""A loaded size chart: label conversion, label to body ranges, and body measurements to labels."""
from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from sizer.errors import SizerError, UnknownChoiceError
from sizer.sizing.labels import label_key
from sizer.sizing.schema import ChartSpec, Convention, Source


class FitStatus(str, enum.Enum):
    """Where a body falls against the chart (per dimension, and overall)."""

    INSIDE = "inside"
    BELOW = "below"  # smaller than the chart's smallest size
    ABOVE = "above"  # larger than the chart's largest size
    NOT_GIVEN = "not_given"


@dataclass(frozen=True)
class DimensionDetail:
    """How one measurement placed the body: which size (or variant) its range picked."""

    dimension: str
    value_cm: float | None
    status: FitStatus
    # Size dimensions: the first row of the size this measurement alone would need; variant
    # dimensions: the chosen row. -1 when outside the chart or not given.
    row: int
    range_cm: tuple[float, float] | None  # that row's range for this dimension, cm [min, max)


@dataclass(frozen=True)
class SizeLookup:
    """The answer to "which size fits these measurements"."""

    chart_id: str
    row: int  # -1 when the body is outside the chart
    status: FitStatus
    labels: dict[str, list[str]]  # every system of the chart; empty when outside
    deciding_dimension: str | None  # the size dimension that needed the largest size
    details: dict[str, DimensionDetail]
    assumed_default_variant: bool = False  # a variant dimension was not given: the default variant
    ignored_dimensions: tuple[str, ...] = ()  # given, but not used by this chart

    @property
    def found(self) -> bool:
        return self.row >= 0


@dataclass(frozen=True)
class SizeBatch:
    """Vectorised lookup result: ``rows[i]`` is body i's chart row, -1 when outside the chart.

    Behaves as that integer array too (``np.asarray(batch)``, ``batch[i]``, ``len(batch)``).
    """

    chart: "SizeChart" = field(repr=False)
    rows: np.ndarray
    deciding: np.ndarray  # index into chart.size_dimensions per body, -1 when outside

    def __array__(self, dtype=None, copy=None):
        return self.rows if dtype is None else self.rows.astype(dtype)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def labels(self, system: str) -> list[str | None]:
        """The first label of ``system`` per body (None when outside or unlabelled)."""
        self.chart._system(system)
        per_row = [row.get(system, [None])[0] for row in self.chart._row_labels]
        return [per_row[r] if r >= 0 else None for r in self.rows.tolist()]


class SizeChart:
    """One category's chart, immutable after loading."""

    def __init__(self, spec: ChartSpec):
        self.spec = spec
        self.id = spec.id
        self.title = spec.title
        self.systems: tuple[str, ...] = spec.systems
        self.size_dimensions: tuple[str, ...] = spec.size_dimensions
        self.variant_dimensions: tuple[str, ...] = spec.variant_dimensions
        self.dimensions: tuple[str, ...] = spec.size_dimensions + spec.variant_dimensions
        self.sources: tuple[Source, ...] = spec.sources
        self.conventions: tuple[Convention, ...] = spec.conventions
        self.notes: str = spec.notes
        self.designations: tuple[str, ...] = spec.designations
        self.path = spec.path
        self._row_labels: list[dict[str, list[str]]] = [
            {s: list(row.labels[s]) for s in self.systems if s in row.labels} for row in spec.rows]
        self._build_label_index()
        self._build_lookup_tables()

    def __repr__(self) -> str:
        return f"SizeChart({self.id!r}, {len(self._row_labels)} rows, systems={','.join(self.systems)})"

    # Labels ----------------------------------------------------------------------------------
    def _build_label_index(self) -> None:
        self._labels: dict[str, list[str]] = {s: [] for s in self.systems}
        self._rows_by_key: dict[str, dict[str, list[int]]] = {s: {} for s in self.systems}
        for index, row in enumerate(self._row_labels):
            for system, labels in row.items():
                for label in labels:
                    key = label_key(label)
                    rows = self._rows_by_key[system].setdefault(key, [])
                    if not rows:
                        self._labels[system].append(label)
                    rows.append(index)

    def _system(self, system: str) -> str:
        if system in self._labels:
            return system
        folded = {s.casefold(): s for s in self.systems}
        if system.casefold() in folded:
            return folded[system.casefold()]
        raise UnknownChoiceError(f"{self.id} size system", system, self.systems)

    def _rows_for(self, system: str, label: str) -> list[int]:
        system = self._system(system)
        rows = self._rows_by_key[system].get(label_key(label))
        if rows is None:
            raise UnknownChoiceError(f"{self.id} {system} label", str(label), self._labels[system])
        return rows

    @property
    def row_count(self) -> int:
        return len(self._row_labels)

    def row_labels(self, row: int) -> dict[str, list[str]]:
        """Every system's labels of one row (systems without a label there are left out)."""
        return {s: list(v) for s, v in self._row_labels[row].items()}

    def row_ranges(self, row: int) -> dict[str, tuple[float, float]]:
        return dict(self.spec.rows[row].ranges)

    def labels(self, system: str) -> list[str]:
        """The labels of ``system``, ordered small to large."""
        return list(self._labels[self._system(system)])

    def convert(self, label: str, from_system: str, to_system: str) -> list[str]:
        """The label(s) in ``to_system`` equivalent to ``label`` in ``from_system`` (several when
        the systems' steps do not line up; empty when ``to_system`` has no such size)."""
        to_system = self._system(to_system)
        found: list[str] = []
        for row in self._rows_for(from_system, label):
            for other in self._row_labels[row].get(to_system, ()):
                if other not in found:
                    found.append(other)
        return found

    def equivalents(self, system: str, label: str) -> dict[str, list[str]]:
        """``label`` of ``system`` in every system of the chart."""
        rows = self._rows_for(system, label)
        result: dict[str, list[str]] = {}
        for target in self.systems:
            found: list[str] = []
            for row in rows:
                for other in self._row_labels[row].get(target, ()):
                    if other not in found:
                        found.append(other)
            result[target] = found
        return result

    def body_ranges(self, system: str, label: str) -> dict[str, tuple[float, float]]:
        """The body measurements (cm, [min, max)) a label stands for, per chart dimension."""
        rows = self._rows_for(system, label)
        result = {}
        for dim in self.dimensions:
            lows = [self.spec.rows[r].ranges[dim][0] for r in rows]
            highs = [self.spec.rows[r].ranges[dim][1] for r in rows]
            result[dim] = (min(lows), max(highs))
        return result

    # Lookup tables ---------------------------------------------------------------------------
    def _build_lookup_tables(self) -> None:
        """Rows group into sizes (same size-dimension ranges) and, within a size, variants."""
        starts: list[int] = []
        for index, row in enumerate(self.spec.rows):
            step = tuple(row.ranges[d] for d in self.size_dimensions)
            if not starts or step != tuple(self.spec.rows[starts[-1]].ranges[d] for d in self.size_dimensions):
                starts.append(index)
        self._step_start = np.array(starts, dtype=np.int64)
        counts = np.diff(np.append(self._step_start, len(self.spec.rows)))
        self._step_count = counts.astype(np.int64)
        self._step_low = {d: np.array([self.spec.rows[s].ranges[d][0] for s in starts]) for d in self.size_dimensions}
        self._step_high = {d: np.array([self.spec.rows[s].ranges[d][1] for s in starts]) for d in self.size_dimensions}
        width = int(counts.max())
        self._variant_high = {}
        self._variant_low = {}
        for dim in self.variant_dimensions:
            high = np.full((len(starts), width), np.inf)
            low = np.full((len(starts), width), np.inf)
            for step, start in enumerate(starts):
                for k in range(counts[step]):
                    low[step, k], high[step, k] = self.spec.rows[start + k].ranges[dim]
            self._variant_high[dim] = high
            self._variant_low[dim] = low
        default = np.full(len(starts), -1, dtype=np.int64)
        for step, start in enumerate(starts):
            for k in range(counts[step]):
                if self.spec.rows[start + k].default or counts[step] == 1:
                    default[step] = k
        self._default_variant = default

    # Lookup ----------------------------------------------------------------------------------
    def _check_measurements(self, measurements: Mapping[str, object]) -> tuple[str, ...]:
        from sizer.dimensions import DIMENSION_IDS

        for name in measurements:
            if name not in DIMENSION_IDS:
                raise UnknownChoiceError("dimension", name, DIMENSION_IDS)
        if not any(d in measurements for d in self.size_dimensions):
            raise SizerError(f"{self.id} needs at least one of: {', '.join(self.size_dimensions)}")
        return tuple(n for n in measurements if n not in self.dimensions)

    def _size_steps(self, values: dict[str, np.ndarray], n: int):
        """Per body: the size step (-1 below, n_steps above), the deciding dimension, per-dim steps."""
        n_steps = len(self._step_start)
        best = np.full(n, -1, dtype=np.int64)
        deciding = np.full(n, -1, dtype=np.int64)
        per_dim = {}
        for position, dim in enumerate(self.size_dimensions):
            if dim not in values:
                continue
            value = values[dim]
            given = ~np.isnan(value)
            step = np.searchsorted(self._step_high[dim], np.where(given, value, 0.0), side="right")
            step = np.where(given & (value >= self._step_low[dim][0]), step, -1)  # -1: below or not given
            per_dim[dim] = step
            better = step > best
            best = np.where(better, step, best)
            deciding = np.where(better, position, deciding)
        outside = (best < 0) | (best >= n_steps)
        return best, deciding, outside, per_dim

    def _variant_index(self, steps: np.ndarray, values: dict[str, np.ndarray], n: int) -> np.ndarray:
        safe_steps = np.clip(steps, 0, len(self._step_start) - 1)
        counts = self._step_count[safe_steps]
        chosen = np.full(n, -1, dtype=np.int64)
        any_given = np.zeros(n, dtype=bool)
        too_long = np.zeros(n, dtype=bool)
        for dim in self.variant_dimensions:
            if dim not in values:
                continue
            value = values[dim]
            given = ~np.isnan(value)
            index = (self._variant_high[dim][safe_steps] <= np.where(given, value, -np.inf)[:, None]).sum(axis=1)
            too_long |= given & (index >= counts)
            chosen = np.where(given, np.maximum(chosen, index), chosen)
            any_given |= given
        chosen = np.where(any_given, chosen, self._default_variant[safe_steps])
        return np.where(too_long, -1, chosen)

    def size_for_many(self, measurements: Mapping[str, np.ndarray]) -> SizeBatch:
        """Vectorised :meth:`size_for`: arrays of cm per dimension (NaN = not measured)."""
        self._check_measurements(measurements)
        arrays = {d: np.asarray(v, dtype=float).ravel() for d, v in measurements.items() if d in self.dimensions}
        sizes = {len(a) for a in arrays.values()}
        if len(sizes) != 1:
            raise SizerError("every measurement array must have the same length")
        n = sizes.pop()
        steps, deciding, outside, _ = self._size_steps(arrays, n)
        rows = np.full(n, -1, dtype=np.int64)
        if self.variant_dimensions:
            variant = self._variant_index(steps, arrays, n)
            ok = ~outside & (variant >= 0)
            rows[ok] = self._step_start[steps[ok]] + variant[ok]
        else:
            ok = ~outside
            rows[ok] = self._step_start[steps[ok]]
        return SizeBatch(self, rows, np.where(rows >= 0, deciding, -1))

    def size_for(self, measurements_cm: Mapping[str, float]) -> SizeLookup:
        """The size for one body: labels in every system, the deciding measurement, per-dimension detail.

        The largest size any size dimension needs wins (a garment must fit everywhere); within
        that size, variant dimensions (height, inside leg, sleeve, bust for a bra cup) pick the
        variant, or the chart's default variant when they are not given.
        """
        ignored = self._check_measurements(measurements_cm)
        values: dict[str, np.ndarray] = {}
        for dim, value in measurements_cm.items():
            if dim not in self.dimensions or value is None:
                continue
            value = float(value)
            if not math.isfinite(value) or value <= 0:
                raise SizerError(f"{dim} must be a positive length in cm, not {value!r}")
            values[dim] = np.array([value])
        steps, deciding, outside, per_dim = self._size_steps(values, 1)
        step = int(steps[0])
        n_steps = len(self._step_start)
        details: dict[str, DimensionDetail] = {}
        for dim in self.size_dimensions:
            if dim not in values:
                details[dim] = DimensionDetail(dim, None, FitStatus.NOT_GIVEN, -1, None)
                continue
            own = int(per_dim[dim][0])
            if own < 0:
                details[dim] = DimensionDetail(dim, float(values[dim][0]), FitStatus.BELOW, -1, None)
            elif own >= n_steps:
                details[dim] = DimensionDetail(dim, float(values[dim][0]), FitStatus.ABOVE, -1, None)
            else:
                row = int(self._step_start[own])
                details[dim] = DimensionDetail(dim, float(values[dim][0]), FitStatus.INSIDE, row,
                                               self.spec.rows[row].ranges[dim])
        assumed_default = False
        row = -1
        if outside[0]:
            status = FitStatus.ABOVE if step >= n_steps else FitStatus.BELOW
        else:
            status = FitStatus.INSIDE
            variant = 0
            if self.variant_dimensions:
                given_variant = [d for d in self.variant_dimensions if d in values]
                if not given_variant:
                    if self._default_variant[step] < 0:
                        raise SizerError(f"{self.id} needs {' or '.join(self.variant_dimensions)} as well "
                                         f"to choose among its variants")
                    assumed_default = True
                variant = int(self._variant_index(steps, values, 1)[0])
                if variant < 0:
                    status = FitStatus.ABOVE
            if status is FitStatus.INSIDE:
                row = int(self._step_start[step]) + variant
        for dim in self.variant_dimensions:
            if dim not in values:
                details[dim] = DimensionDetail(dim, None, FitStatus.NOT_GIVEN, -1, None)
            elif row < 0:
                details[dim] = DimensionDetail(dim, float(values[dim][0]), status, -1, None)
            else:
                low, high = self.spec.rows[row].ranges[dim]
                value = float(values[dim][0])
                own_status = FitStatus.BELOW if value < low else FitStatus.INSIDE
                details[dim] = DimensionDetail(dim, value, own_status, row, (low, high))
        labels = {s: list(self._row_labels[row].get(s, [])) for s in self.systems} if row >= 0 else {}
        decider = self.size_dimensions[int(deciding[0])] if int(deciding[0]) >= 0 else None
        if status is FitStatus.ABOVE and decider is None:
            decider = next((d for d, v in details.items() if v.status is FitStatus.ABOVE), None)
        return SizeLookup(self.id, row, status, labels, decider, details, assumed_default, ignored)
