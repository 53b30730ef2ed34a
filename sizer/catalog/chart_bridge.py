"""The catalogue's one door to the size-chart engine (``sizer.sizing``).

Listings refer to standard charts for their body ranges and get their equivalent labels in other
systems from them; everything the catalogue and the recommender ask the chart engine goes through
these few functions, cached, so that a catalogue of 100,000 listings asks each question once.
"""
from __future__ import annotations

import functools

from sizer.errors import SizerError, UnknownChoiceError


def _sizing():
    try:
        import sizer.sizing as sizing
    except ImportError as error:  # only while the chart engine is being built
        raise SizerError(f"the size-chart engine (sizer.sizing) is not available: {error}") from None
    return sizing


@functools.lru_cache(maxsize=1)
def category_ids() -> tuple[str, ...]:
    """The category ids listings may use: one per bundled size chart."""
    return tuple(_sizing().chart_ids())


def check_category(category: str) -> str:
    if category not in category_ids():
        raise UnknownChoiceError("category", category, category_ids())
    return category


@functools.lru_cache(maxsize=None)
def _chart(category: str):
    return _sizing().get_chart(check_category(category))


@functools.lru_cache(maxsize=None)
def systems(category: str) -> tuple[str, ...]:
    """The size systems the category's chart knows (e.g. US, EU, JP)."""
    return tuple(_chart(category).systems)


@functools.lru_cache(maxsize=None)
def chart_dimensions(category: str) -> tuple[str, ...]:
    """The body dimensions the category's chart sizes by."""
    return tuple(_chart(category).dimensions)


@functools.lru_cache(maxsize=None)
def labels(category: str, system: str) -> tuple[str, ...]:
    return tuple(_chart(category).labels(system))


def chart_spelling(category: str, system: str, label: str) -> str:
    """A listing's label with its half sizes spelt as the category's chart spells them in
    ``system`` ("10½" where the chart writes ½, else "10.5"), so a guide writes one spelling;
    the label as typed when the chart has no such system (the brand's own labels)."""
    from sizer.sizing.labels import spell_fractions

    try:
        known = labels(category, system) if system else ()
    except SizerError:
        known = ()
    if not known:
        return label
    return spell_fractions(label, any("½" in known_label for known_label in known))


@functools.lru_cache(maxsize=None)
def base_category(category: str) -> str:
    """The regular category a size-type chart belongs to (womens_tops for womens_tops_petite), else itself.

    Whom a listing is for and which zones decide its size follow the base category; only its rows
    and its size type differ. An unknown category is its own base.
    """
    try:
        return _chart(category).size_type_of or category
    except (UnknownChoiceError, SizerError):
        return category


@functools.lru_cache(maxsize=None)
def size_type_category(category: str, size_type_name: str) -> str:
    """The category id of ``category`` in a size type (womens_tops + petite -> womens_tops_petite);
    an unknown or unpublished size type raises with the category's size types."""
    return _sizing().load_charts().for_size_type(check_category(category), size_type_name).id


@functools.lru_cache(maxsize=None)
def size_type(category: str) -> str:
    """Google Merchant's size_type of the category's chart: its first, or regular when it says none."""
    try:
        types = _chart(category).size_types
    except (UnknownChoiceError, SizerError):
        types = ()
    return types[0] if types else "regular"


def check_system(category: str, system: str) -> str:
    if system not in systems(category):
        from sizer.problems import CategoryName

        raise UnknownChoiceError(CategoryName(f"{category} size system"), system, systems(category))
    return system


@functools.lru_cache(maxsize=None)
def body_ranges(category: str, system: str, label: str) -> dict[str, tuple[float, float]]:
    """Body ranges (cm) the standard chart gives a label; unknown system or label raises with the valid ones."""
    check_system(category, system)
    ranges = _chart(category).body_ranges(system, label)
    return {dim: (float(low), float(high)) for dim, (low, high) in ranges.items()}


@functools.lru_cache(maxsize=200_000)
def equivalents(category: str, system: str, label: str) -> dict[str, tuple[str, ...]]:
    """The label's equivalents in every other system of the chart; {} when the chart does not know it.

    Brands label sizes their own way, so a label the chart lacks is normal, not an error.
    """
    if not system:
        return {}
    try:
        found = _chart(category).equivalents(system, label)
    except (UnknownChoiceError, SizerError):
        return {}
    return {other: tuple(found_labels) for other, found_labels in found.items()
            if other != system and found_labels}


def equivalents_by_body(category: str, ranges: dict[str, tuple[float, float]]) -> dict[str, tuple[str, ...]]:
    """The chart's labels for a body in the middle of ``ranges``: what a brand's own size is
    equivalent to when the chart does not know its label. Open-ended bounds are left out."""
    return _equivalents_by_body(category, body_midpoints(ranges))


def body_midpoints(ranges: dict[str, tuple[float, float]]) -> tuple[tuple[str, float], ...]:
    """The middle of each closed range (open-ended bounds reach the plausible end: left out)."""
    items = []
    for dim, (low, high) in sorted(ranges.items()):
        plausible_low, plausible_high = _plausible_range(dim)
        if low > plausible_low and high < plausible_high:
            items.append((dim, round((low + high) / 2.0, 2)))
    return tuple(items)


def equivalents_by_body_many(category: str, ranges_list: list[dict[str, tuple[float, float]]]
                             ) -> list[dict[str, tuple[str, ...]]]:
    """:func:`equivalents_by_body` for many sizes of one category (see :func:`equivalents_by_body_arrays`)."""
    import numpy as np

    dims = sorted({d for ranges in ranges_list for d in ranges})
    low = np.full((len(ranges_list), len(dims)), np.nan)
    high = np.full_like(low, np.nan)
    for k, ranges in enumerate(ranges_list):
        for j, d in enumerate(dims):
            if d in ranges:
                low[k, j], high[k, j] = ranges[d]
    answer_of, answers = equivalents_by_body_arrays(category, dims, low, high)
    return [answers[a] if a >= 0 else {} for a in answer_of.tolist()]


def equivalents_by_body_arrays(category: str, dimensions, low, high):
    """:func:`equivalents_by_body` for many sizes of one category, given as arrays (sizes ×
    ``dimensions``, NaN where a size gives no range): for each size an index into the distinct
    answers (-1: none), and those answers. One vectorised chart lookup per set of dimensions
    given (SizeChart.size_for_many finds the row size_for would find); the midpoints are
    body_midpoints' (closed ranges only, rounded as round() rounds)."""
    import numpy as np

    chart = _chart(category)
    low, high = np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64)
    n = low.shape[0]
    answer_of = np.full(n, -1, dtype=np.int64)
    answers: list[dict[str, tuple[str, ...]]] = []
    # body_midpoints goes through the dimensions by name.
    columns = sorted((d, j) for j, d in enumerate(dimensions) if d in chart.dimensions)
    if not n or not columns:
        return answer_of, answers
    names = [d for d, _ in columns]
    closed = np.zeros((n, len(columns)), dtype=bool)
    middle = np.zeros((n, len(columns)))
    for k, (dim, j) in enumerate(columns):
        plausible_low, plausible_high = _plausible_range(dim)
        with np.errstate(invalid="ignore"):
            closed[:, k] = (low[:, j] > plausible_low) & (high[:, j] < plausible_high)
        if closed[:, k].any():
            exact = (low[closed[:, k], j] + high[closed[:, k], j]) / 2.0
            distinct, back = np.unique(exact, return_inverse=True)
            middle[closed[:, k], k] = np.array([round(v, 2) for v in distinct.tolist()])[back]
    pattern = closed.astype(np.int64) @ (np.int64(1) << np.arange(len(columns), dtype=np.int64))
    answer_index: dict[int, int] = {}  # chart row -> index into answers

    def answer_for_row(row: int) -> int:
        if row not in answer_index:
            labels_of = chart.row_labels(row)
            answer_index[row] = len(answers)
            answers.append({s: tuple(labels_of[s]) for s in chart.systems if labels_of.get(s)})
        return answer_index[row]

    for key in np.unique(pattern[pattern > 0]).tolist():
        members = np.flatnonzero(pattern == key)
        given = [k for k in range(len(columns)) if key >> k & 1]
        dims = [names[k] for k in given]
        if chart.variant_dimensions and not any(d in dims for d in chart.variant_dimensions):
            # The default variant, or a refusal without it: as size_for decides, one body at a time.
            values = middle[members][:, given]
            distinct, first, back = np.unique(values, axis=0, return_index=True, return_inverse=True)
            found_of = []
            for row_values in distinct.tolist():
                found = _equivalents_by_body(category, tuple(zip(dims, row_values)))
                found_of.append(len(answers) if found else -1)
                if found:
                    answers.append(found)
            answer_of[members] = np.array(found_of, dtype=np.int64)[back.ravel()]
            continue
        try:
            batch = chart.size_for_many({d: middle[members, k] for d, k in zip(dims, given)})
        except SizerError:
            continue
        rows = np.asarray(batch.rows)
        for row in np.unique(rows[rows >= 0]).tolist():
            answer_of[members[rows == row]] = answer_for_row(row)
    return answer_of, answers


@functools.lru_cache(maxsize=None)
def _plausible_range(dim: str) -> tuple[float, float]:
    from sizer.dimensions import get_dimension

    return get_dimension(dim).plausible_range_cm()


@functools.lru_cache(maxsize=200_000)
def _equivalents_by_body(category: str, midpoints: tuple[tuple[str, float], ...]) -> dict[str, tuple[str, ...]]:
    chart = _chart(category)
    measurements = {dim: value for dim, value in midpoints if dim in chart.dimensions}
    if not measurements:
        return {}
    try:
        lookup = chart.size_for(measurements)
    except SizerError:
        return {}
    if not lookup.found:
        return {}
    return {system: tuple(found) for system, found in lookup.labels.items() if found}


def listing_equivalents(category: str, system: str, label: str, ranges: dict[str, tuple[float, float]],
                        brand_labels: dict[str, str] | None = None) -> tuple[dict[str, tuple[str, ...]], bool]:
    """A size's labels in the chart's other systems, and whether they are estimated.

    The brand's own labels (SizeEntry.labels, from its size chart) first, in the systems it gave;
    then by its label when the chart knows it in the listing's system (exact); otherwise from the
    chart's size for a body in the middle of the size's ranges (estimated).
    """
    by_label = equivalents(category, system, label)
    if by_label:
        return with_brand_labels(by_label, False, brand_labels, system)
    by_body = equivalents_by_body(category, ranges)
    return with_brand_labels({other: labels for other, labels in by_body.items() if other != system},
                             bool(by_body), brand_labels, system)


def with_brand_labels(found: dict[str, tuple[str, ...]] | None, estimated: bool, brand_labels: dict[str, str] | None,
                      system: str) -> tuple[dict[str, tuple[str, ...]], bool]:
    """``found`` equivalents with the brand's own label in each system it gave one, and whether
    any shown equivalent is still the chart's estimate."""
    if not brand_labels:
        return found or {}, estimated
    merged = dict(found or {})
    merged.update({other: (label,) for other, label in brand_labels.items() if other != system and label})
    return merged, estimated and any(other not in brand_labels for other in merged)


def convert(category: str, label: str, from_system: str, to_system: str) -> tuple[str, ...]:
    """A label in another system; () when the chart cannot convert it."""
    if from_system == to_system:
        return (label,)
    return equivalents(category, from_system, label).get(to_system, ())


def clear_cache() -> None:
    """Forget every cached answer (after charts are reloaded, and between tests)."""
    for cached in (category_ids, _chart, base_category, size_type, size_type_category, systems, chart_dimensions, labels, body_ranges, equivalents, _equivalents_by_body):
        cached.cache_clear()
