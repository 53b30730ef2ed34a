"""A loaded size chart: label conversion, label to body ranges, and body measurements to labels."""
from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from sizer.errors import ChoiceNotOfferedError, SizerError, UnknownChoiceError
from sizer.sizing.labels import label_key, label_number, letter_rank, letter_size, spaced_key
from sizer.sizing.schema import KNOWN_SYSTEMS, ChartSpec, Convention, Source

# Google Merchant's size_system codes that differ from the charts' two-letter ones.
MERCHANT_SYSTEM_CODES = {"MEX": "MX"}


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


@dataclass(frozen=True)
class LabelMatch:
    """How a typed label was read: the chart rows it stands for, and how it was understood."""

    system: str
    label: str  # as typed
    rows: tuple[int, ...]
    read_as: str  # the chart's label it was read as (itself when it matched exactly)
    note: str = ""  # e.g. "40 read as 40R (regular length); also 40S, 40L"
    interval: tuple[float, float] | None = None  # primary-dimension range it stands for, cm


@dataclass(frozen=True)
class Conversion:
    """A label's equivalent in one system: the best label, and a second only when the source truly straddles."""

    target: str
    labels: list[str]  # best first; empty when the target system has no such size
    match: LabelMatch
    shares: dict[str, float] = field(default_factory=dict)  # label -> share of the source range it covers

    @property
    def best(self) -> str | None:
        return self.labels[0] if self.labels else None


# A second label is named only when it covers at least this share of the source label's range
# (the best covers the centre): a near-even split, not a sliver of the neighbouring size.
STRADDLE_SHARE = 0.48
VARIANT_TOO_SMALL = -2  # _variant_index: below the first variant of a relative dimension (a cup under AA)
_JEANS = re.compile(r"^[wW]?\s*(\d{2})\s*(?:[xX×/]|\s)\s*[lL]?\s*(\d{2})$")
_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?|[^\W\d_]+|[^\s\w]")


def _tokens(key_text: str) -> list[str]:
    return _TOKEN.findall(key_text)


def _between_label(value: float, glyphs: bool) -> str:
    """A size between two of the chart's numbers as people write it: 42.5, 42⅔ (not 42.6667), and
    7¼ in a system whose labels write halves as ½."""
    whole, part = divmod(value, 1)
    fractions = (("⅓", 1 / 3), ("⅔", 2 / 3)) + ((("¼", 0.25), ("½", 0.5), ("¾", 0.75)) if glyphs else ())
    for glyph, fraction in fractions:
        if abs(part - fraction) < 0.01:
            return f"{whole:g}{glyph}"
    return f"{round(value, 3):g}"


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
        self.size_types: tuple[str, ...] = spec.size_types  # Google Merchant size_type, () if unsaid
        self.size_type_of: str = spec.size_type_of  # the regular chart's id for a petite/plus/... chart
        self.path = spec.path
        self.variant_relative_to: dict[str, str] = dict(spec.variant_relative_to)
        self.examples = spec.examples
        self._ranges = [self._absolute(row.ranges) for row in spec.rows]
        self._row_labels: list[dict[str, list[str]]] = [
            {s: list(row.labels[s]) for s in self.systems if s in row.labels} for row in spec.rows]
        self._build_label_index()
        self._build_lookup_tables()

    @property
    def name(self) -> str:
        """How messages name the chart: its id, or for a size type's chart the category and the type
        the user chose it by (``womens_tops (petite)``, typed as ``--category womens_tops --size-type petite``)."""
        if self.size_type_of and self.size_types:
            return f"{self.size_type_of} ({self.size_types[0]})"
        return self.id

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
        system = MERCHANT_SYSTEM_CODES.get(system.upper(), system)
        folded = {s.casefold(): s for s in self.systems}
        if system.casefold() in folded:
            return folded[system.casefold()]
        if system.upper() in KNOWN_SYSTEMS:  # a real system this chart has no labels in
            raise ChoiceNotOfferedError(self.name, "size system", system.upper(), self.systems)
        raise UnknownChoiceError(f"{self.name} size system", system, self.systems)

    def _rows_for(self, system: str, label: str) -> list[int]:
        return list(self.match_label(system, label).rows)

    def match_label(self, system: str, label: str) -> LabelMatch:
        """Read a typed label: exactly (case, spaces and fraction spelling aside), else as people
        shorten it (US suit ``40`` = 40R, collar ``15.5`` without a sleeve, ``W34``/``34`` without an
        inseam), else as a half, third or quarter size between two of the chart's numbers."""
        system = self._system(system)
        text = str(label)
        rows = self._rows_by_key[system].get(label_key(text))
        if rows is not None:
            first = self._row_labels[rows[0]][system]
            read = next((l for l in first if label_key(l) == label_key(text)), first[0])
            return LabelMatch(system, text, tuple(rows), read, "", self._interval(rows))
        jeans = _JEANS.match(text.strip())
        if jeans:  # "34x32", "34/32", "34 32", "W34/L32": the chart's "W34 L32"
            spelled = f"W{jeans[1]} L{jeans[2]}"
            rows = self._rows_by_key[system].get(label_key(spelled))
            if rows is not None:
                return LabelMatch(system, text, tuple(rows), spelled, "", self._interval(rows))
        match = self._match_letters(system, text) or self._match_family(system, text) or \
            self._match_between(system, text)
        if match is None:
            from sizer.problems import CategoryName

            raise UnknownChoiceError(CategoryName(f"{self.name} {system} label"), text, self._labels[system],
                                     suggestions=self._letter_suggestions(system, text)
                                     if letter_size(text) is not None else self._number_suggestions(system, text))
        return match

    def _match_letters(self, system: str, text: str) -> LabelMatch | None:
        """A letter size in the other spelling merchants use: 2XL or 2X for the chart's XXL, XXXL
        for its 3XL (the same number of X)."""
        typed = letter_size(text)
        if typed is None:
            return None
        for candidate in self._labels[system]:
            if letter_size(candidate) == typed:
                rows = self._rows_by_key[system][label_key(candidate)]
                return LabelMatch(system, text, tuple(rows), candidate, f"{text} read as {candidate}",
                                  self._interval(rows))
        return None

    def _number_suggestions(self, system: str, text: str) -> list[str] | None:
        """For a number the system does not have: the system's nearest numbers when it lies among
        them (a typo), none when it lies beyond them (an EU 37 typed as a US size is no US 3 or 7);
        None (spelling likeness) for labels that are not numbers."""
        typed = label_number(text)
        if typed is None:
            return None
        numbered = [(number, label) for label in self._labels[system] if (number := label_number(label)) is not None]
        if not numbered or not min(n for n, _ in numbered) <= typed <= max(n for n, _ in numbered):
            return []
        nearest = min(abs(n - typed) for n, _ in numbered)
        return [label for n, label in numbered if abs(n - typed) == nearest]

    def _letter_suggestions(self, system: str, text: str) -> list[str] | None:
        """For a letter size the chart does not have (6XL where it ends at 5XL): its nearest
        letter sizes, not the likest spelling (which would offer XL for 6XL); None for other labels."""
        typed = letter_size(text)
        if typed is None:
            return None
        own = [(abs(letter_rank(size) - letter_rank(typed)), n, label) for n, label in enumerate(self._labels[system])
               if (size := letter_size(label)) is not None]
        if not own:
            return []
        nearest = min(distance for distance, _, _ in own)
        return [label for distance, _, label in sorted(own) if distance == nearest]

    def _match_family(self, system: str, text: str) -> LabelMatch | None:
        """A label that leaves out a variant part: every chart label that starts with it (an
        optional leading letter aside: ``34`` = ``W34``) and lies in one size; the default variant."""
        typed = _tokens(spaced_key(text))
        if not typed:
            return None
        family: list[str] = []
        for candidate in self._labels[system]:
            tokens = _tokens(spaced_key(candidate))
            if len(tokens) > len(typed) and tokens[:len(typed)] == typed:
                family.append(candidate)
            elif (typed[0][0].isdigit() and len(tokens) > len(typed) + 1 and tokens[0].isalpha()
                  and tokens[1:len(typed) + 1] == typed):
                family.append(candidate)
        if not family:
            return None
        rows = sorted({r for c in family for r in self._rows_by_key[system][label_key(c)]})
        by_step: dict[int, list[int]] = {}
        for r in rows:
            by_step.setdefault(int(np.searchsorted(self._step_start, r, side="right")) - 1, []).append(r)
        chosen = []
        for step, members in sorted(by_step.items()):
            default = int(self._step_start[step]) + int(self._default_variant[step])
            chosen.extend([default] if self._default_variant[step] >= 0 and default in members else members)
        has_default = all(self._default_variant[step] >= 0 for step in by_step)
        read = next((c for c in family if chosen[0] in self._rows_by_key[system][label_key(c)]), family[0])
        others = [c for c in family if c != read]
        kind = "width" if self.variant_dimensions == ("foot_width",) else "length"
        what = f"the regular {kind}" if has_default else f"every {kind}"
        note = f"{text} read as {read} ({what})" + (f"; other {kind}s: {', '.join(others)}" if others else "")
        return LabelMatch(system, text, tuple(chosen), read, note, self._interval(chosen))

    def _match_between(self, system: str, text: str) -> LabelMatch | None:
        """A half, third or quarter size (EU shoe 42.5 or 42⅔, ring 7¼) between two of the chart's
        numbered labels: the body at the same fraction between their centres."""
        if len(self.size_dimensions) != 1 or self.variant_dimensions:
            return None
        value = label_number(text)
        if value is None or float(value).is_integer():
            return None
        points = []
        for candidate in self._labels[system]:
            number = label_number(candidate)
            if number is not None:
                low, high = self._interval(self._rows_by_key[system][label_key(candidate)])
                points.append((number, (low + high) / 2))
        points.sort()
        for (v0, c0), (v1, c1) in zip(points, points[1:]):
            if v0 < value < v1 and c1 > c0:
                centre = c0 + (c1 - c0) * (value - v0) / (v1 - v0)
                dim = self.size_dimensions[0]
                row = next((i for i, r in enumerate(self._ranges) if r[dim][0] <= centre < r[dim][1]), None)
                if row is None:
                    return None
                near = v0 if value - v0 <= v1 - value else v1
                note = f"{text} lies between {system} {v0:g} and {v1:g}; read at its own foot of the scale"
                return LabelMatch(system, text, (row,), _between_label(value, any("½" in l for l in self._labels[system])), note, (centre, centre))
        return None

    def _same_scale(self, system: str) -> tuple[str, ...]:
        """The other systems that label every row ``system`` labels, and no other, exactly as it
        does (DE, FR, IT and ES shoe sizes are the EU's Paris points)."""
        cache = self.__dict__.setdefault("_same_scale_cache", {})
        if system not in cache:
            mine = [tuple(map(label_key, row.get(system, ()))) for row in self._row_labels]
            cache[system] = tuple(
                other for other in self.systems
                if other != system and any(mine)
                and all(tuple(map(label_key, row.get(other, ()))) == own for row, own in zip(self._row_labels, mine)))
        return cache[system]

    def _interval(self, rows) -> tuple[float, float]:
        dim = self.size_dimensions[0]
        return (min(self._ranges[r][dim][0] for r in rows), max(self._ranges[r][dim][1] for r in rows))

    def conversion(self, label: str, from_system: str, to_system: str) -> Conversion:
        """``label`` of ``from_system`` in ``to_system``: the label at the centre of the source label's
        body range first, and a second only when the source range truly straddles two."""
        match = self.match_label(from_system, label)
        return self._convert_match(match, self._system(to_system))

    def _convert_match(self, match: LabelMatch, target: str) -> Conversion:
        if target == match.system or target in self._same_scale(match.system):
            # The label's own system (or one numbered alike, DE beside EU) answers the label as
            # read, never a neighbour: EU 42.5 is EU 42.5, not 43.
            return Conversion(target, [match.read_as], match, {match.read_as: 1.0})
        dim = self.size_dimensions[0]
        rows = match.rows
        low, high = match.interval if match.interval else self._interval(rows)
        centre = (low + high) / 2
        source_key = label_key(match.read_as)

        def share_of_row(r: int) -> float:
            # a row that gives the source label beside another (a tie, "15½ or 16") is only half its
            width = max(self._ranges[r][dim][1] - self._ranges[r][dim][0], 1e-9) if len(rows) > 1 else 1.0
            source = self._row_labels[r].get(match.system, ())
            same = [l for l in source if label_key(l) == source_key]
            return width / len(source) if same and len(source) > 1 else width

        widths = {r: share_of_row(r) for r in rows}
        total = sum(widths.values()) or 1.0
        weight: dict[str, float] = {}
        order: list[str] = []
        for r in rows:
            targets = self._row_labels[r].get(target, ())
            for other in targets:
                if other not in weight:
                    weight[other] = 0.0
                    order.append(other)
                weight[other] += widths[r] / total
        if not order:
            return Conversion(target, [], match, {})
        # the row holding the centre breaks ties (at a boundary: the smaller size); among the
        # variants of one size (sleeve or leg lengths) the regular one
        holding = [r for r in rows if self._ranges[r][dim][0] < centre <= self._ranges[r][dim][1]] or list(rows)
        if len(holding) > 1:
            holding = [r for r in holding if self.spec.rows[r].default] or holding
        holding_labels = [l for r in holding for l in self._row_labels[r].get(target, ())]
        top = max(weight.values())
        leaders = [l for l in order if weight[l] >= top - 1e-9]
        best = next((l for l in holding_labels if l in leaders), leaders[0])
        # a second label: the row at the centre gives two (a published tie), or it covers a near-even share
        tie = best in holding_labels
        keep = [l for l in order if l != best and (weight[l] >= STRADDLE_SHARE - 1e-9 or (tie and l in holding_labels))]

        def distance(label: str) -> float:
            spans = [self._ranges[r][dim] for r in rows if label in self._row_labels[r].get(target, ())]
            middle = (min(a for a, _ in spans) + max(b for _, b in spans)) / 2
            return abs(middle - centre)

        keep.sort(key=distance)
        return Conversion(target, [best] + keep, match, {l: round(weight[l], 3) for l in [best] + keep})

    @property
    def row_count(self) -> int:
        return len(self._row_labels)

    def row_labels(self, row: int) -> dict[str, list[str]]:
        """Every system's labels of one row (systems without a label there are left out)."""
        return {s: list(v) for s, v in self._row_labels[row].items()}

    def _absolute(self, ranges: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        """A row's body ranges: a relative variant (cup = bust - underbust) added to its base's range."""
        result = dict(ranges)
        for dim, base in self.variant_relative_to.items():
            result[dim] = (ranges[base][0] + ranges[dim][0], ranges[base][1] + ranges[dim][1])
        return result

    def row_ranges(self, row: int) -> dict[str, tuple[float, float]]:
        """The body measurements (cm, [min, max)) a row covers, per chart dimension."""
        return dict(self._ranges[row])

    def labels(self, system: str) -> list[str]:
        """The labels of ``system``, ordered small to large."""
        return list(self._labels[self._system(system)])

    def convert(self, label: str, from_system: str, to_system: str) -> list[str]:
        """The label(s) in ``to_system`` equivalent to ``label`` in ``from_system``: best first, a
        second only when the source straddles two (empty when ``to_system`` has no such size)."""
        return self.conversion(label, from_system, to_system).labels

    def conversions(self, system: str, label: str) -> dict[str, Conversion]:
        """``label`` of ``system`` in every system of the chart, as :class:`Conversion` objects."""
        match = self.match_label(system, label)
        return {target: self._convert_match(match, target) for target in self.systems}

    def equivalents(self, system: str, label: str) -> dict[str, list[str]]:
        """``label`` of ``system`` in every system of the chart (best label first in each)."""
        return {target: c.labels for target, c in self.conversions(system, label).items()}

    def body_ranges(self, system: str, label: str) -> dict[str, tuple[float, float]]:
        """The body measurements (cm, [min, max)) a label stands for, per chart dimension."""
        rows = self._rows_for(system, label)
        result = {}
        for dim in self.dimensions:
            lows = [self._ranges[r][dim][0] for r in rows]
            highs = [self._ranges[r][dim][1] for r in rows]
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
            raise SizerError(f"{self.name} needs at least one of: {', '.join(self.size_dimensions)}")
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
        too_short = np.zeros(n, dtype=bool)
        for dim in self.variant_dimensions:
            value = self._variant_value(dim, values)
            if value is None:
                continue
            given = ~np.isnan(value)
            high = self._variant_high[dim][safe_steps]
            probe = np.where(given, value, -np.inf)[:, None]
            # a relative variant's range is (min, max]: EN 13402-3's "more than 12 up to 14 cm"
            passed = high < probe if dim in self.variant_relative_to else high <= probe
            index = passed.sum(axis=1)
            too_long |= given & (index >= counts)
            if dim in self.variant_relative_to:  # a difference below the first cup is no cup of this chart
                too_short |= given & (value <= self._variant_low[dim][safe_steps, 0])
            chosen = np.where(given, np.maximum(chosen, index), chosen)
            any_given |= given
        chosen = np.where(any_given, chosen, self._default_variant[safe_steps])
        return np.where(too_long, -1, np.where(too_short, VARIANT_TOO_SMALL, chosen))

    def _variant_value(self, dim: str, values: dict[str, np.ndarray]) -> np.ndarray | None:
        """The measurement a variant dimension's ranges are compared with (None when not given)."""
        if dim not in values:
            return None
        base = self.variant_relative_to.get(dim)
        if base is None:
            return values[dim]
        if base not in values:
            return None
        return values[dim] - values[base]

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
        cup_too_small = False
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
                        raise SizerError(f"{self.name} needs {' or '.join(self.variant_dimensions)} as well "
                                         f"to choose among its variants")
                    assumed_default = True
                variant = int(self._variant_index(steps, values, 1)[0])
                if variant < 0:
                    status = FitStatus.BELOW if variant == VARIANT_TOO_SMALL else FitStatus.ABOVE
                    cup_too_small = variant == VARIANT_TOO_SMALL
            if status is FitStatus.INSIDE:
                row = int(self._step_start[step]) + variant
        for dim in self.variant_dimensions:
            compared = self._variant_value(dim, values)
            if dim not in values:
                details[dim] = DimensionDetail(dim, None, FitStatus.NOT_GIVEN, -1, None)
            elif row < 0 or compared is None:
                details[dim] = DimensionDetail(dim, float(values[dim][0]), status if row < 0 else FitStatus.NOT_GIVEN,
                                               -1, None)
            else:
                low, high = self.spec.rows[row].ranges[dim]
                value = float(values[dim][0])
                base = self.variant_relative_to.get(dim)
                offset = float(values[base][0]) if base else 0.0
                below = (float(compared[0]) <= low) if base else (value < low)
                own_status = FitStatus.BELOW if below else FitStatus.INSIDE
                details[dim] = DimensionDetail(dim, value, own_status, row, (low + offset, high + offset))
        labels = {s: list(self._row_labels[row].get(s, [])) for s in self.systems} if row >= 0 else {}
        decider = self.size_dimensions[int(deciding[0])] if int(deciding[0]) >= 0 else None
        if cup_too_small:  # the band fits; the difference is below the smallest cup
            decider = next(d for d in self.variant_relative_to if d in values)
        if status is FitStatus.ABOVE and decider is None:
            decider = next((d for d, v in details.items() if v.status is FitStatus.ABOVE), None)
        return SizeLookup(self.id, row, status, labels, decider, details, assumed_default, ignored)
