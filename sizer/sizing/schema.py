"""Checks a parsed chart file against the chart format (charts/README.md) and builds its spec.

Every problem is a :class:`DataFileError` naming the file, where in it (``rows[3]``, ``sources[0]``)
and the field, with what would be valid. Checked here, with no schema library, because the
format is small and the messages must speak a merchandiser's language.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from sizer.dimensions import DIMENSION_IDS
from sizer.errors import DataFileError, suggest
from sizer.sizing.labels import label_key

FORMAT_VERSION = 1
KNOWN_SYSTEMS = ("INT", "US", "UK", "EU", "DE", "FR", "IT", "ES", "JP", "CN", "ASIA", "KR", "AU", "BR",
                 "MX", "RU", "IN", "MONDO")
SYSTEM_RE = re.compile(r"^[A-Z][A-Z0-9_]{0,15}$")
ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# Designation families sizer.sizing.designations can compute (a chart lists the ones that apply).
DESIGNATIONS = ("gbt1335_men_upper", "gbt1335_men_lower", "gbt1335_women_upper", "gbt1335_women_lower",
                "jis_l4004_men", "jis_l4005_women", "ks_k0050_men", "ks_k0051_women")

_TOP_KEYS = {"format_version", "id", "title", "systems", "size_dimensions", "variant_dimensions",
             "variant_relative_to", "notes", "designations", "same_as", "sources", "conventions", "rows",
             "examples", "size_types", "size_type_of"}
# Google Merchant's size_type values (the cut a chart's sizes are for); a feed takes at most two.
SIZE_TYPES = ("regular", "petite", "plus", "tall", "big", "maternity")
MAX_SIZE_TYPES = 2
_SOURCE_KEYS = {"title", "url", "standard", "note"}
_CONVENTION_KEYS = {"topic", "choice", "reason"}


@dataclass(frozen=True)
class Source:
    title: str
    url: str = ""
    standard: str = ""
    note: str = ""


@dataclass(frozen=True)
class Convention:
    topic: str
    choice: str
    reason: str


@dataclass(frozen=True)
class RowSpec:
    ranges: dict[str, tuple[float, float]]  # dimension id -> [min, max) in cm
    labels: dict[str, tuple[str, ...]]  # system -> labels, as written
    default: bool = False


@dataclass(frozen=True)
class ChartSpec:
    path: str
    id: str
    title: str
    systems: tuple[str, ...]
    size_dimensions: tuple[str, ...]
    variant_dimensions: tuple[str, ...]
    notes: str
    designations: tuple[str, ...]
    sources: tuple[Source, ...]
    conventions: tuple[Convention, ...]
    rows: tuple[RowSpec, ...] = field(repr=False)
    # variant dimension -> size dimension: the rows give that variant as the difference of the two
    # (a bra cup is bust - underbust), and a difference range is (min, max], as EN 13402-3 writes it
    variant_relative_to: dict[str, str] = field(default_factory=dict)
    examples: tuple["Example", ...] = ()
    # Google Merchant size_type values the rows are for (petite, plus, ...); () when the chart does
    # not say (shoes, rings: the attribute is for clothing)
    size_types: tuple[str, ...] = ()
    # the regular category this chart is a size type of (womens_tops for a petite tops chart); ""
    # for a regular chart. One rule: a body or label looked up "in petite" is answered by this chart.
    size_type_of: str = ""


@dataclass(frozen=True)
class Example:
    """A worked example the chart file quotes from a source: a label's equivalent, or a body's size."""

    location: str
    source: int  # index into the chart's sources
    expect: dict[str, str]  # system -> the label the source gives
    given_label: tuple[str, str] | None = None  # (system, label) converted from
    body_cm: dict[str, float] = field(default_factory=dict)  # or: the body measured


class _Checker:
    def __init__(self, path: str):
        self.path = path

    def fail(self, location: str | None, fld: str | None, reason: str) -> DataFileError:
        return DataFileError(self.path, location, fld, reason)

    def unknown_keys(self, table: dict, allowed: set[str], location: str | None) -> None:
        for key in table:
            if key not in allowed:
                hint = suggest(key, sorted(allowed))
                extra = f"; did you mean {hint[0]!r}?" if hint else ""
                raise self.fail(location, key, f"unknown field{extra} (valid: {', '.join(sorted(allowed))})")

    def text(self, table: dict, key: str, location: str | None, required: bool = True) -> str:
        if key not in table:
            if required:
                raise self.fail(location, key, "missing (a text is required)")
            return ""
        value = table[key]
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(location, key, f"must be a non-empty text, not {value!r}")
        return value.strip()

    def text_list(self, table: dict, key: str, location: str | None, required: bool = True) -> list[str]:
        if key not in table:
            if required:
                raise self.fail(location, key, "missing (a list of texts is required)")
            return []
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(location, key, f"must be a list of texts, not {value!r}")
        if len(set(value)) != len(value):
            raise self.fail(location, key, "lists a value twice")
        return value

    def tables(self, data: dict, key: str, required: bool) -> list[dict]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(None, key, f"missing: add at least one [[{key}]] table")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(None, key, f"must be an array of tables ([[{key}]])")
        if required and not value:
            raise self.fail(None, key, f"empty: add at least one [[{key}]] table")
        return value


def _dimension_ids(checker: _Checker, names: list[str], key: str) -> tuple[str, ...]:
    for name in names:
        if name not in DIMENSION_IDS:
            hint = suggest(name, DIMENSION_IDS)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            raise checker.fail(None, key, f"unknown dimension {name!r}{extra} (see sizer/dimensions.py)")
    return tuple(names)


def _same_as(checker: _Checker, table: Any, systems: list[str]) -> dict[str, str]:
    """``same_as = { DE = "EU" }``: DE's labels are EU's, written once per row instead of twice."""
    if not isinstance(table, dict):
        raise checker.fail(None, "same_as", 'must be a table like { DE = "EU" }')
    for copy, original in table.items():
        if copy not in systems:
            raise checker.fail("same_as", copy, f"{copy!r} is not in systems ({', '.join(systems)})")
        if not isinstance(original, str) or original not in systems or original in table:
            raise checker.fail("same_as", copy, f"must name another listed system that is not itself a copy, "
                               f"not {original!r}")
    return dict(table)


def _label_values(checker: _Checker, value: Any, location: str, system: str) -> tuple[str, ...]:
    if type(value) is str and value.strip() == value and value:
        return (value,)  # the common case: one label, already clean
    items = value if isinstance(value, list) else [value]
    labels: list[str] = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise checker.fail(location, system, f"a label must be a text or a number, not {item!r}")
        text = f"{item:g}" if isinstance(item, float) else str(item)
        if not text.strip():
            raise checker.fail(location, system, "empty label")
        labels.append(text.strip())
    if not labels:
        raise checker.fail(location, system, "empty list of labels (leave the field out instead)")
    return tuple(labels)


def _range(checker: _Checker, value: Any, location: str, dimension: str) -> tuple[float, float]:
    # the hot path of loading (one call per row and dimension): plain type checks, no generators
    if type(value) is list and len(value) == 2:
        low, high = value
        if type(low) in (int, float) and type(high) in (int, float):
            low, high = float(low), float(high)
            if not (math.isfinite(low) and math.isfinite(high)) or low < 0 or not low < high:
                raise checker.fail(location, dimension, f"needs 0 <= min < max, got [{value[0]}, {value[1]}]")
            return low, high
    raise checker.fail(location, dimension, f"must be [min, max] in cm, e.g. [84, 88], not {value!r}")


def check_chart(data: dict, path: str) -> ChartSpec:
    """Validate one parsed chart file; raise :class:`DataFileError` on the first problem."""
    checker = _Checker(path)
    checker.unknown_keys(data, _TOP_KEYS, None)
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise checker.fail(None, "format_version", f"must be {FORMAT_VERSION}, not {version!r}")
    chart_id = checker.text(data, "id", None)
    if not ID_RE.match(chart_id):
        raise checker.fail(None, "id", "must be lower-case letters, digits and _ (e.g. acme_womens_tops)")
    title = checker.text(data, "title", None)
    systems = checker.text_list(data, "systems", None)
    if not systems:
        raise checker.fail(None, "systems", "empty: list the size systems the chart labels, e.g. [\"EU\", \"US\"]")
    for system in systems:
        if not SYSTEM_RE.match(system):
            raise checker.fail(None, "systems", f"{system!r} is not an upper-case code (e.g. {', '.join(KNOWN_SYSTEMS[:6])})")
    size_dims = _dimension_ids(checker, checker.text_list(data, "size_dimensions", None), "size_dimensions")
    if not size_dims:
        raise checker.fail(None, "size_dimensions", "empty: name at least one body dimension")
    variant_dims = _dimension_ids(checker, checker.text_list(data, "variant_dimensions", None, required=False),
                                  "variant_dimensions")
    if set(size_dims) & set(variant_dims):
        raise checker.fail(None, "variant_dimensions", "a dimension cannot be both a size and a variant dimension")
    designations = checker.text_list(data, "designations", None, required=False)
    for name in designations:
        if name not in DESIGNATIONS:
            raise checker.fail(None, "designations", f"unknown designation {name!r} (valid: {', '.join(DESIGNATIONS)})")
    notes = checker.text(data, "notes", None, required=False)
    same_as = _same_as(checker, data.get("same_as", {}), systems)
    size_types = checker.text_list(data, "size_types", None, required=False)
    for name in size_types:
        if name not in SIZE_TYPES:
            raise checker.fail(None, "size_types", f"unknown size type {name!r} (valid: {', '.join(SIZE_TYPES)}, "
                               "Google Merchant's size_type values)")
    if len(size_types) > MAX_SIZE_TYPES:
        raise checker.fail(None, "size_types", f"give one or two values (a product feed takes at most "
                           f"{MAX_SIZE_TYPES}, e.g. [\"petite\", \"maternity\"]), not {size_types!r}")
    size_type_of = checker.text(data, "size_type_of", None, required=False)
    if size_type_of:
        if not ID_RE.match(size_type_of) or size_type_of == chart_id:
            raise checker.fail(None, "size_type_of", f"must be the id of the regular chart this one is a size type "
                               f"of (e.g. \"womens_tops\"), not {size_type_of!r}")
        if not size_types or "regular" in size_types:
            raise checker.fail(None, "size_types", "a chart with size_type_of says which size type it is: "
                               "size_types = [\"petite\"] (or plus, tall, big, maternity; not regular)")

    sources = []
    for index, table in enumerate(checker.tables(data, "sources", required=True)):
        where = f"sources[{index}]"
        checker.unknown_keys(table, _SOURCE_KEYS, where)
        source = Source(checker.text(table, "title", where), checker.text(table, "url", where, False),
                        checker.text(table, "standard", where, False), checker.text(table, "note", where, False))
        if not (source.url or source.standard):
            raise checker.fail(where, "url", "a source needs a url or a standard (e.g. \"EN 13402-3\")")
        sources.append(source)
    conventions = []
    for index, table in enumerate(checker.tables(data, "conventions", required=False)):
        where = f"conventions[{index}]"
        checker.unknown_keys(table, _CONVENTION_KEYS, where)
        conventions.append(Convention(checker.text(table, "topic", where), checker.text(table, "choice", where),
                                      checker.text(table, "reason", where)))

    relative = _relative(checker, data.get("variant_relative_to", {}), size_dims, variant_dims)
    dims = size_dims + variant_dims
    row_keys = (set(dims) | set(systems) | {"default"}) - set(same_as)
    rows: list[RowSpec] = []
    for index, table in enumerate(checker.tables(data, "rows", required=True)):
        where = f"rows[{index}]"
        checker.unknown_keys(table, row_keys, where)
        ranges = {}
        for dim in dims:
            if dim not in table:
                raise checker.fail(where, dim, "missing: every row gives [min, max] for every chart dimension")
            ranges[dim] = _range(checker, table[dim], where, dim)
        labels = {s: _label_values(checker, table[s], where, s) for s in systems if s in table}
        for copy, original in same_as.items():
            if original in labels:
                labels[copy] = labels[original]
        if not labels:
            raise checker.fail(where, None, f"has no label: give at least one of {', '.join(systems)}")
        default = table.get("default", False)
        if not isinstance(default, bool):
            raise checker.fail(where, "default", f"must be true or false, not {default!r}")
        rows.append(RowSpec(ranges, labels, default))

    _check_order(checker, rows, size_dims, variant_dims)
    _check_labels(checker, rows, systems)
    examples = _examples(checker, checker.tables(data, "examples", required=False), systems, dims, len(sources))
    return ChartSpec(path, chart_id, title, tuple(systems), size_dims, variant_dims, notes, tuple(designations),
                     tuple(sources), tuple(conventions), tuple(rows), relative, examples, tuple(size_types),
                     size_type_of)


def _relative(checker: _Checker, table: Any, size_dims, variant_dims) -> dict[str, str]:
    if not isinstance(table, dict):
        raise checker.fail(None, "variant_relative_to", 'must be a table like { bust_girth = "underbust_girth" }')
    for variant, base in table.items():
        if variant not in variant_dims:
            raise checker.fail("variant_relative_to", variant, f"{variant!r} is not a variant dimension "
                               f"({', '.join(variant_dims) or 'none'})")
        if base not in size_dims:
            raise checker.fail("variant_relative_to", variant, f"must name a size dimension "
                               f"({', '.join(size_dims)}), not {base!r}")
    return dict(table)


_EXAMPLE_KEYS = {"source", "from", "label", "body", "expect"}


def _examples(checker: _Checker, tables: list[dict], systems: list[str], dims, n_sources: int) -> tuple[Example, ...]:
    """``[[examples]]``: what a cited source says, checked against the engine by the test suite."""
    examples = []
    for index, table in enumerate(tables):
        where = f"examples[{index}]"
        checker.unknown_keys(table, _EXAMPLE_KEYS, where)
        source = table.get("source")
        if isinstance(source, bool) or not isinstance(source, int) or not 0 <= source < n_sources:
            raise checker.fail(where, "source", f"must be the index of a [[sources]] entry (0-{n_sources - 1})")
        expect = table.get("expect")
        if not isinstance(expect, dict) or not expect:
            raise checker.fail(where, "expect", 'must be a table like { EU = "42", UK = "8" }')
        for system, label in expect.items():
            if system not in systems:
                raise checker.fail(where, "expect", f"{system!r} is not in systems ({', '.join(systems)})")
        expect = {s: _label_values(checker, v, where, s)[0] for s, v in expect.items()}
        if "body" in table:
            body = table["body"]
            if not isinstance(body, dict) or not body or any(
                    k not in dims or isinstance(v, bool) or not isinstance(v, (int, float)) for k, v in body.items()):
                raise checker.fail(where, "body", f"must be a table of cm per chart dimension ({', '.join(dims)})")
            examples.append(Example(where, source, expect, None, {k: float(v) for k, v in body.items()}))
        else:
            system = table.get("from")
            if system not in systems:
                raise checker.fail(where, "from", f"must be one of {', '.join(systems)} (or give body = {{...}})")
            label = _label_values(checker, table.get("label", ""), where, "label")[0]
            examples.append(Example(where, source, expect, (system, label)))
    return tuple(examples)


def _check_order(checker: _Checker, rows: list[RowSpec], size_dims, variant_dims) -> None:
    """Rows go small to large: sizes in order, and within a size its variants in order."""
    seen_steps: dict[tuple, int] = {}
    previous_step: tuple | None = None
    previous_row: RowSpec | None = None
    defaults_in_step = 0
    for index, row in enumerate(rows):
        where = f"rows[{index}]"
        step = tuple(row.ranges[d] for d in size_dims)
        if step != previous_step:
            if step in seen_steps:
                raise checker.fail(where, size_dims[0], f"repeats the size ranges of rows[{seen_steps[step]}]: "
                                   "keep the variants of one size together")
            if previous_step is not None:
                for dim, (low, high), (prev_low, prev_high) in zip(size_dims, step, previous_step):
                    if low < prev_low or high < prev_high:
                        raise checker.fail(where, dim, f"range [{low:g}, {high:g}] is smaller than the row before "
                                           f"([{prev_low:g}, {prev_high:g}]): list sizes from small to large")
            seen_steps[step] = index
            previous_step = step
            defaults_in_step = 0
        elif previous_row is not None:
            for dim in variant_dims:
                low, high = row.ranges[dim]
                prev_low, prev_high = previous_row.ranges[dim]
                if low < prev_low or high <= prev_high:
                    raise checker.fail(where, dim, f"range [{low:g}, {high:g}] does not follow [{prev_low:g}, "
                                       f"{prev_high:g}]: list a size's variants from short to long")
        if row.default:
            defaults_in_step += 1
            if defaults_in_step > 1:
                raise checker.fail(where, "default", "a size can have only one default variant")
        previous_row = row


def _check_labels(checker: _Checker, rows: list[RowSpec], systems: list[str]) -> None:
    for system in systems:
        spelled: dict[str, str] = {}
        for index, row in enumerate(rows):
            for label in row.labels.get(system, ()):
                key = label_key(label)
                if key in spelled and spelled[key] != label:
                    raise checker.fail(f"rows[{index}]", system, f"label {label!r} reads the same as {spelled[key]!r}: "
                                       "spell one label one way")
                spelled[key] = label
        if not spelled:
            raise checker.fail(None, "systems", f"{system!r} is listed but no row gives a {system} label")
