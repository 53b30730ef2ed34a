"""Imports a catalogue file (CSV or XLSX, one row per listing and size) into a :class:`Catalog`.

Every problem is reported with its row, its column and what would be valid. A file with problems
imports nothing, unless the caller accepts the valid rows (``accept_valid_rows=True``, the CLI's
``--accept-valid-rows``); problems in the header always stop the import, because a misspelt
measurement column would otherwise be ignored and every recommendation would quietly be wrong.
"""
from __future__ import annotations

import contextlib
import gc
import itertools
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sizer.catalog import chart_bridge
from sizer.catalog.columns import (OPTIONAL_COLUMNS, REQUIRED_COLUMNS, MeasurementColumn, MeasurementRole,
                                   explain_unknown_column, normalise_header, parse_measurement_column)
from sizer.catalog.ease import load_ease_table
from sizer.catalog.fast_import import fast_build
from sizer.catalog.segments import Segment
from sizer.catalog.model import Catalog, CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
from sizer.catalog.reading import RawTable, read_table
from sizer.dimensions import get_dimension
from sizer.errors import SizerError, UnknownChoiceError
from sizer.export.cells import restore_neutralised
from sizer.resources import as_path, asset
from sizer.units import in_to_cm

SAMPLE_CATALOG = ("catalogs", "sample_catalog.csv")
# A bound this far outside the dimension's plausible range is a unit mix-up (inches or mm), not a body.
_PLAUSIBLE_SLACK = 0.10
_MAX_LISTED_ISSUES = 40


@dataclass(frozen=True)
class ImportIssue:
    """One problem: where (row as the spreadsheet shows it, column) and why."""

    row: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = [f"row {self.row}" if self.row is not None else "header"]
        if self.column:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.reason}"


class CatalogImportError(SizerError):
    """A catalogue file with problems; ``issues`` lists them all."""

    def __init__(self, path: str, issues: list[ImportIssue], valid_rows: int = 0, header_problem: bool = False):
        self.path = path
        self.issues = issues
        self.valid_rows = valid_rows
        lines = [f"{path}: {len(issues)} problem{'s' if len(issues) != 1 else ''}; nothing was imported"]
        if valid_rows and not header_problem:
            lines[0] += f" ({valid_rows} valid rows; accept them with --accept-valid-rows)"
        lines += [f"  {issue}" for issue in issues[:_MAX_LISTED_ISSUES]]
        if len(issues) > _MAX_LISTED_ISSUES:
            lines.append(f"  ... and {len(issues) - _MAX_LISTED_ISSUES} more")
        super().__init__("\n".join(lines))


@dataclass
class ImportResult:
    catalog: Catalog
    issues: list[ImportIssue] = field(default_factory=list)  # the rows left out (accept_valid_rows)
    rows_read: int = 0
    rows_imported: int = 0
    description: str = ""


def sample_catalog_path() -> Path:
    """The catalogue shipped with the app, used when none is given."""
    return as_path(asset(*SAMPLE_CATALOG))


def load_catalog(path: str | Path | None = None, *, accept_valid_rows: bool = False,
                 encoding: str | None = None) -> Catalog:
    """The catalogue in ``path`` (the bundled sample when None); see :func:`import_catalog`."""
    return import_catalog(path if path is not None else sample_catalog_path(),
                          accept_valid_rows=accept_valid_rows, encoding=encoding).catalog


def import_catalog(path: str | Path, *, accept_valid_rows: bool = False, encoding: str | None = None) -> ImportResult:
    """Read and check a catalogue file.

    Raises :class:`CatalogImportError` listing every problem, unless ``accept_valid_rows`` is set
    and only rows are wrong: then the valid rows are imported and the problems returned in
    ``issues``. ``encoding`` overrides the CSV encoding sniffing.
    """
    with _garbage_collection_paused():
        return _import(Path(path), accept_valid_rows, encoding)


@contextlib.contextmanager
def _garbage_collection_paused():
    """An import makes millions of small objects and no reference cycles; Python's cycle
    collector would rescan the growing heap again and again (a 600,000-row file took a third
    longer with it), so it rests until the import is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(path: Path, accept_valid_rows: bool, encoding: str | None) -> ImportResult:
    table = _skip_title_rows(read_table(path, encoding))
    header_issues, plan = _plan_columns(table.header)
    if header_issues:
        raise CatalogImportError(str(path), header_issues, header_problem=True)
    if table.description.startswith("CSV"):
        # Valid files take the column-wise path; on any doubt the file is read again row by row.
        built = fast_build(table.rows, plan, _PLAUSIBLE_SLACK, str(path))
        if built is not None:
            catalog, n_rows = built
            return ImportResult(catalog, [], n_rows, n_rows, table.description)
        table = _skip_title_rows(read_table(path, encoding))
    rows = _RowReader(plan)
    builder = CatalogBuilder()
    issues: list[ImportIssue] = []
    rows_read = rows_imported = 0
    for number, cells in table.rows:
        if _row_is_blank(cells):
            continue
        rows_read += 1
        row_issues = rows.add(builder, number, cells)
        if row_issues:
            issues += row_issues
        else:
            rows_imported += 1
    if issues and not accept_valid_rows:
        raise CatalogImportError(str(path), issues, valid_rows=rows_imported)
    if not rows_imported:
        reason = "no valid rows" if rows_read else "no data rows under the header"
        raise CatalogImportError(str(path), issues or [ImportIssue(None, None, reason)])
    return ImportResult(builder.build(source=str(path)), issues, rows_read, rows_imported, table.description)


_TITLE_ROWS_SEARCHED = 10


def _skip_title_rows(table: RawTable) -> RawTable:
    """Spreadsheets often carry a title or notes above the header: the header is the first of
    the top rows with a ``listing_id`` column (the first row if none has one, to report on)."""
    if "listing_id" in (normalise_header(c) for c in table.header if c is not None):
        return table
    skipped: list[tuple[int, list[Any]]] = []
    for number, cells in table.rows:
        if "listing_id" in (normalise_header(c) for c in cells if c is not None):
            header = ["" if c is None else str(c) for c in cells]
            return RawTable(header, table.rows, f"{table.description}, header in row {number}")
        skipped.append((number, cells))
        if len(skipped) >= _TITLE_ROWS_SEARCHED:
            break
    return RawTable(table.header, itertools.chain(skipped, table.rows), table.description)


@dataclass
class _ColumnPlan:
    fields: dict[str, int]  # listing_id, title, ... -> cell index
    measurements: list[MeasurementColumn]


def _plan_columns(header: list[Any]) -> tuple[list[ImportIssue], _ColumnPlan]:
    issues: list[ImportIssue] = []
    fields: dict[str, int] = {}
    measurements: list[MeasurementColumn] = []
    seen: dict[tuple, str] = {}
    garment_dims = load_ease_table().dimensions
    for index, raw_name in enumerate(header):
        name = normalise_header(raw_name)
        if not name:
            continue  # an empty header cell over an empty column, as spreadsheets leave
        if name in REQUIRED_COLUMNS or name in OPTIONAL_COLUMNS:
            key: tuple = ("field", name)
            fields[name] = index
        else:
            parsed = parse_measurement_column(name)
            if parsed is None:
                issues.append(ImportIssue(None, str(raw_name), explain_unknown_column(name)))
                continue
            dimension, role, inches = parsed
            if role is MeasurementRole.GARMENT and dimension not in garment_dims:
                issues.append(ImportIssue(None, str(raw_name),
                                          f"no ease is defined for garment {dimension}, so it cannot become a body "
                                          f"range; give {dimension}_min/_max instead, or use garment_ with one of "
                                          f"{', '.join(garment_dims)}"))
                continue
            key = ("measurement", dimension, role)
            measurements.append(MeasurementColumn(index, str(raw_name), dimension, role, inches))
        if key in seen:
            issues.append(ImportIssue(None, str(raw_name), f"the same column as {seen[key]!r}; keep one"))
        seen[key] = str(raw_name)
    for required in REQUIRED_COLUMNS:
        if required not in fields:
            issues.append(ImportIssue(None, required, f"required column missing; a catalogue needs "
                                                      f"{', '.join(REQUIRED_COLUMNS)}"))
    return issues, _ColumnPlan(fields, measurements)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _row_is_blank(cells: list[Any]) -> bool:
    try:
        return not "".join(cells).strip()  # CSV rows: all strings, one C-level call
    except TypeError:
        return all(_is_blank(c) for c in cells)


def _text(cells: list[Any], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    value = cells[index]
    if type(value) is str:
        return restore_neutralised(value.strip())  # a title saved as '-50% off reads back as -50% off
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # XLSX stores 40 as 40.0; an id or a label "40" is meant
    return str(value).strip()


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(value)
        except ValueError:
            number = float(str(value).strip().replace(",", "."))  # 92,5 from a European spreadsheet
    if not math.isfinite(number):
        raise ValueError
    return number


class _RowReader:
    """Checks one row at a time and adds it to the builder when it is valid."""

    def __init__(self, plan: _ColumnPlan):
        self.plan = plan
        self.ease = load_ease_table()
        self.first_row: dict[str, int] = {}  # listing id -> row that defined it
        self.listing_fields: dict[str, tuple[str, str, str, FitIntent, Stretch]] = {}
        self.raw_listing_fields: dict[str, tuple[tuple[str, ...], FitIntent, Stretch]] = {}
        self.plausible: dict[str, tuple[float, float, float, float]] = {}
        for column in plan.measurements:
            low, high = get_dimension(column.dimension).plausible_range_cm()
            self.plausible[column.dimension] = (low, high, low * (1 - _PLAUSIBLE_SLACK), high * (1 + _PLAUSIBLE_SLACK))

    def add(self, builder: CatalogBuilder, number: int, cells: list[Any]) -> list[ImportIssue]:
        issues: list[ImportIssue] = []
        fields = self.plan.fields

        def issue(column: str, reason: str) -> None:
            issues.append(ImportIssue(number, column, reason))

        listing_id = _text(cells, fields["listing_id"])
        title = _text(cells, fields["title"])
        category = _text(cells, fields["category"])
        label = _text(cells, fields["size_label"])
        system = _text(cells, fields.get("size_system"))
        fit_text = _text(cells, fields.get("fit"))
        stretch_text = _text(cells, fields.get("stretch"))
        segment = _enum(Segment, _text(cells, fields.get("segment")), None, "segment", issue)
        raw_fields = (title, category, system, fit_text, stretch_text)
        known = self.raw_listing_fields.get(listing_id)
        if known is not None and known[0] == raw_fields and label:
            # Another size of a listing whose fields were checked on its first row.
            _, fit, stretch = known
        else:
            for column, value in (("listing_id", listing_id), ("title", title), ("category", category),
                                  ("size_label", label)):
                if not value:
                    issue(column, "empty; every row needs a listing_id, title, category and size_label")
            category_ok = False
            if category:
                try:
                    chart_bridge.check_category(category)
                    category_ok = True
                except UnknownChoiceError as error:
                    issue("category", _choice_reason(error))
            if system and category_ok:
                try:
                    chart_bridge.check_system(category, system)
                except UnknownChoiceError as error:
                    issue("size_system", _choice_reason(error) + "; or leave it empty for the brand's own labels")
            fit = _enum(FitIntent, fit_text, FitIntent.REGULAR, "fit", issue)
            stretch = _enum(Stretch, stretch_text, Stretch.NONE, "stretch", issue)

        ranges, garment = self._measurements(cells, category, fit, stretch, issue)
        source = TableSource.BODY_RANGES
        if garment:
            source = TableSource.GARMENT
        if not ranges and not garment and not issues:
            # No measurements: the label is one of the standard chart's.
            if not system:
                issue("size_system", "a row without measurements refers to the standard chart of its category, "
                                     f"so it needs the label's size system; valid: "
                                     f"{', '.join(chart_bridge.systems(category))}")
            else:
                try:
                    ranges = chart_bridge.body_ranges(category, system, label)
                    source = TableSource.CHART
                except UnknownChoiceError as error:
                    issue("size_label", _choice_reason(error))
        if issues:
            return issues

        listing_key = (title, category, system, fit, stretch)
        if listing_id in builder:
            first = self.listing_fields[listing_id]
            names = ("title", "category", "size_system", "fit", "stretch")
            for name, mine, theirs in zip(names, listing_key, first):
                if mine != theirs:
                    value = getattr(theirs, "value", theirs)
                    issue(name, f"differs from row {self.first_row[listing_id]} of listing {listing_id!r} "
                                f"({value!r}); every row of a listing gives the same {name}")
            if builder.has_size(listing_id, label):
                issue("size_label", f"listing {listing_id!r} already has size {label!r}; each label once")
            if issues:
                return issues
        else:
            builder.add_listing(listing_id, title, category, system, fit, stretch, segment)
            self.first_row[listing_id] = number
            self.listing_fields[listing_id] = listing_key
            self.raw_listing_fields[listing_id] = (raw_fields, fit, stretch)
        builder.add_size(listing_id, SizeEntry(label, source, ranges, garment))
        return issues

    def _measurements(self, cells, category, fit, stretch, issue):
        bounds: dict[str, dict[MeasurementRole, tuple[float, str]]] = {}
        n_cells = len(cells)
        for column in self.plan.measurements:
            raw = cells[column.index] if column.index < n_cells else None
            if raw is None or raw == "" or (type(raw) is str and not raw.strip()):
                continue
            try:
                value = _number(raw)
            except ValueError:
                issue(column.name, f"{raw!r} is not a number; expected {'inches' if column.inches else 'cm'}, "
                                   "e.g. 92.5")
                continue
            if value <= 0:
                issue(column.name, f"{value:g} is not a length; expected a positive number")
                continue
            bounds.setdefault(column.dimension, {})[column.role] = (in_to_cm(value) if column.inches else value,
                                                                   column.name)
        ranges: dict[str, tuple[float, float]] = {}
        garment: dict[str, float] = {}
        for dim, given in bounds.items():
            low_plausible, high_plausible, floor, ceiling = self.plausible[dim]
            if MeasurementRole.GARMENT in given:
                value, name = given[MeasurementRole.GARMENT]
                if MeasurementRole.BODY_MIN in given or MeasurementRole.BODY_MAX in given:
                    issue(name, f"give either garment_{dim} or {dim}_min/_max in a row, not both")
                    continue
                if not floor <= value <= ceiling + 30:
                    issue(name, f"{value:g} cm is not a plausible garment {dim} (bodies measure {low_plausible:g} "
                                f"to {high_plausible:g} cm){_unit_hint(name)}")
                    continue
                garment[dim] = value
                ranges[dim] = self.ease.body_range_cm(category, dim, value, fit, stretch)
                continue
            checked = {}
            for role, (value, name) in given.items():
                if not floor <= value <= ceiling:
                    issue(name, f"{value:g} cm is not a plausible body {dim}; expected {low_plausible:g} to "
                                f"{high_plausible:g} cm{_unit_hint(name)}")
                else:
                    checked[role] = (value, name)
            if len(checked) != len(given):
                continue
            # An open-ended size ("up to 80 cm", "110 cm and over") reaches the plausible end.
            low = checked.get(MeasurementRole.BODY_MIN, (low_plausible, ""))[0]
            high = checked.get(MeasurementRole.BODY_MAX, (high_plausible, ""))[0]
            if low > high:
                issue(checked[MeasurementRole.BODY_MIN][1],
                      f"the minimum {low:g} cm is above the maximum {high:g} cm; swap them")
                continue
            ranges[dim] = (low, high)
        return ranges, garment


def _unit_hint(column: str) -> str:
    if column.endswith("_in"):
        return "; is it in cm? then drop the _in from the column name"
    return "; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)"


def _enum(kind, text: str, default, column: str, issue):
    if not text:
        return default
    try:
        return kind(text.lower())
    except ValueError:
        issue(column, _choice_reason(UnknownChoiceError(column, text, [k.value for k in kind])))
        return default


def _choice_reason(error: UnknownChoiceError) -> str:
    text = f"unknown {error.kind} {error.value!r}"
    if error.suggestions:
        text += f" (did you mean {' or '.join(repr(s) for s in error.suggestions)}?)"
    return text + f"; valid: {', '.join(error.choices)}"
