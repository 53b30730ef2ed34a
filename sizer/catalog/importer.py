"""Imports a catalogue file (CSV or XLSX, one row per listing and size) into a :class:`Catalog`.

Every problem is reported with its row, its column and what would be valid. A file with problems
imports nothing, unless the caller accepts the valid rows (``accept_valid_rows=True``, the CLI's
``--accept-valid-rows``); problems in the header always stop the import, because a misspelt
measurement column would otherwise be ignored and every recommendation would quietly be wrong.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sizer.catalog import chart_bridge
from sizer.catalog.columns import (OPTIONAL_COLUMNS, REQUIRED_COLUMNS, MeasurementColumn, MeasurementRole,
                                   explain_unknown_column, normalise_header, parse_measurement_column)
from sizer.catalog.ease import load_ease_table
from sizer.catalog import rules
from sizer.catalog.fast_import import fast_build
from sizer import plausibility
from sizer.catalog.segments import Segment, category_segment
from sizer.catalog.model import Catalog, CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
from sizer.catalog.reading import CellProblem, RawTable, SourceLayout, read_table
from sizer.collector import collector_paused
from sizer.errors import SizerError, UnknownChoiceError
from sizer.resources import as_path, asset
from sizer.units import in_to_cm

SAMPLE_CATALOG = ("catalogs", "sample_catalog.csv")
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
    layout: SourceLayout | None = None  # how the source file was laid out, to save it back alike

    @property
    def partial(self) -> bool:
        """Rows of the source were left out: saving over the source would delete them."""
        return bool(self.issues)


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
    with collector_paused():
        return _import(Path(path), accept_valid_rows, encoding)



def _import(path: Path, accept_valid_rows: bool, encoding: str | None) -> ImportResult:
    return _import_table(read_table(path, encoding), accept_valid_rows, str(path))


def import_table(table: RawTable, *, accept_valid_rows: bool = False, source: str = "") -> ImportResult:
    """Check and import a table whose header uses the catalogue's canonical column names
    (sizer.catalog.columns): the entry point for anything that is not a plain catalogue file,
    e.g. a column-mapping step in front of the importer. ``table.reopen`` (when set) lets the
    column-wise fast path step aside and the rows be read again one by one."""
    with collector_paused():
        return _import_table(table, accept_valid_rows, source or table.description)


def _import_table(table: RawTable, accept_valid_rows: bool, source: str) -> ImportResult:
    original = table
    table = _skip_title_rows(table)
    _limit_width(table)
    header_issues, plan = _plan_columns(table.header)
    if header_issues:
        raise CatalogImportError(source, header_issues, header_problem=True)
    layout = _layout_of(original, table)
    if original.reopen is not None:
        # Valid files take the column-wise path; on any doubt the file is read again row by row.
        columns = table.columns() if table.columns is not None and table.header_row == 1 else None
        built = fast_build(table.rows, plan, source, columns)
        if built is not None:
            catalog, n_rows = built
            return ImportResult(catalog, [], n_rows, n_rows, table.description, layout)
        table = _skip_title_rows(original.reopen())
        _limit_width(table)
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
        raise CatalogImportError(source, issues, valid_rows=rows_imported)
    if not rows_imported:
        reason = "no valid rows" if rows_read else "no data rows under the header"
        raise CatalogImportError(source, issues or [ImportIssue(None, None, reason)])
    return ImportResult(builder.build(source=source), issues, rows_read, rows_imported, table.description, layout)


def _limit_width(table: RawTable) -> None:
    """Cells right of the header's last named column belong to no column: the reader may skip them."""
    if table.limit_width is not None:
        named = [k for k, cell in enumerate(table.header) if isinstance(cell, str) and cell.strip()]
        table.limit_width((named[-1] + 1) if named else len(table.header))


def _layout_of(original: RawTable, table: RawTable) -> SourceLayout | None:
    if original.layout is None:
        return None
    return original.layout.with_header([str(c) for c in table.header], table.title_rows)


_TITLE_ROWS_SEARCHED = 10


def _skip_title_rows(table: RawTable) -> RawTable:
    """Spreadsheets often carry a title or notes above the header: the header is the first of
    the top rows with a ``listing_id`` column (the first row if none has one, to report on)."""
    if "listing_id" in (normalise_header(c) for c in table.header if c is not None):
        return table
    skipped: list[tuple[int, list[Any]]] = []
    for number, cells in table.rows:
        if "listing_id" in (normalise_header(c) for c in cells if isinstance(c, str)):
            header = ["" if c is None else str(c) for c in cells]
            above = (table.header, *(row for _, row in skipped))
            title_rows = tuple(tuple("" if c is None else str(c) for c in row) for row in above)
            return RawTable(header, table.rows, f"{table.description}, header in row {number}", header_row=number,
                            layout=table.layout, reopen=table.reopen, title_rows=title_rows,
                            limit_width=table.limit_width)
        skipped.append((number, cells))
        if len(skipped) >= _TITLE_ROWS_SEARCHED:
            break
    return RawTable(table.header, itertools.chain(skipped, table.rows), table.description, layout=table.layout,
                    reopen=table.reopen, limit_width=table.limit_width)


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
        if isinstance(raw_name, CellProblem):
            issues.append(ImportIssue(None, f"column {index + 1}", f"a header cell holds {raw_name.reason}"))
            continue
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
        return rules.clean_text(value)  # a title saved as '-50% off reads back as -50% off
    if value is None or isinstance(value, CellProblem):
        return ""  # a problem cell is reported once, by _RowReader.add
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # XLSX stores 40 as 40.0; an id or a label "40" is meant
    return str(value).strip()


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        number = float(value)
    elif "_" in str(value):
        raise ValueError  # Python reads "1_000" as 1000; a spreadsheet cell does not
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
        self.segment_of_listing: dict[str, Segment | None] = {}
        self.dims = tuple(dict.fromkeys(m.dimension for m in plan.measurements))
        self.bounds = rules.bounds(self.dims)
        self.names = {index: name for name, index in plan.fields.items()}
        self.names.update({m.index: m.name for m in plan.measurements})

    def add(self, builder: CatalogBuilder, number: int, cells: list[Any]) -> list[ImportIssue]:
        issues: list[ImportIssue] = []
        fields = self.plan.fields

        def issue(column: str, reason: str) -> None:
            issues.append(ImportIssue(number, column, reason))

        for index, cell in enumerate(cells):
            if isinstance(cell, CellProblem) and index in self.names:
                issue(self.names[index], cell.reason)

        listing_id = _text(cells, fields["listing_id"])
        title = _text(cells, fields["title"])
        category = _text(cells, fields["category"])
        size_type = _text(cells, fields.get("size_type"))
        label = _text(cells, fields["size_label"])
        system = _text(cells, fields.get("size_system"))
        fit_text = _text(cells, fields.get("fit"))
        stretch_text = _text(cells, fields.get("stretch"))
        segment = _enum(Segment, _text(cells, fields.get("segment")), None, "segment", issue)
        raw_fields = (title, category, system, fit_text, stretch_text, size_type)
        known = self.raw_listing_fields.get(listing_id)
        if known is not None and known[0] == raw_fields and label:
            # Another size of a listing whose fields were checked on its first row.
            _, fit, stretch = known
            category = self.listing_fields[listing_id][1]  # the size type's chart, resolved on that row
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
            if size_type and category_ok:
                # One rule with `sizer size --size-type`: the category's chart of that size type.
                try:
                    category = chart_bridge.size_type_category(category, size_type)
                except UnknownChoiceError as error:
                    issue("size_type", _choice_reason(error))
                    category_ok = False
            if system and category_ok:
                try:
                    chart_bridge.check_system(category, system)
                except UnknownChoiceError as error:
                    issue("size_system", _choice_reason(error) + "; or leave it empty for the brand's own labels")
            fit = _enum(FitIntent, fit_text, FitIntent.REGULAR, "fit", issue)
            stretch = _enum(Stretch, stretch_text, Stretch.NONE, "stretch", issue)

        # plausible for whom the listing is: a chest of 37 cm fits a baby, not a men's shirt
        # (the listing's segment is its first row's, as the listing keeps it)
        first = self.segment_of_listing.get(listing_id, segment)
        whom = first or (category_segment(category) if category else None)
        ranges, garment, open_min, open_max = self._measurements(cells, category, fit, stretch, issue, whom)
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
            self.segment_of_listing[listing_id] = segment
            self.first_row[listing_id] = number
            self.listing_fields[listing_id] = listing_key
            self.raw_listing_fields[listing_id] = (raw_fields, fit, stretch)
        builder.add_size(listing_id, SizeEntry(label, source, ranges, garment, frozenset(open_min),
                                               frozenset(open_max)))
        return issues

    def _measurements(self, cells, category, fit, stretch, issue, segment=None):
        bounds: dict[str, dict[MeasurementRole, tuple[float, str]]] = {}
        n_cells = len(cells)
        for column in self.plan.measurements:
            raw = cells[column.index] if column.index < n_cells else None
            if raw is None or raw == "" or isinstance(raw, CellProblem) or (type(raw) is str and not raw.strip()):
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
                                                                   column.name, column.inches)
        ranges: dict[str, tuple[float, float]] = {}
        garment: dict[str, float] = {}
        open_min: list[str] = []
        open_max: list[str] = []
        checks = rules.bounds(self.dims, segment)
        for dim, given_units in bounds.items():
            given = {role: (value, name) for role, (value, name, _) in given_units.items()}
            low_plausible, high_plausible, floor, ceiling = checks.of(dim)
            expected = f"{low_plausible:g} to {high_plausible:g} cm" + _for_whom(segment)
            if MeasurementRole.GARMENT in given:
                value, name = given[MeasurementRole.GARMENT]
                if MeasurementRole.BODY_MIN in given or MeasurementRole.BODY_MAX in given:
                    issue(name, f"give either garment_{dim} or {dim}_min/_max in a row, not both")
                    continue
                if not checks.garment_ok(dim, value):
                    issue(name, f"{value:g} cm is not a plausible garment {dim} (bodies measure {expected})"
                                f"{_unit_hint(name)}")
                    continue
                garment[dim] = value
                ranges[dim] = self.ease.body_range_cm(category, dim, value, fit, stretch)
                continue
            checked = {}
            slip = None
            if not all(checks.body_ok(dim, value) for value, _ in given.values()):
                slip = plausibility.unit_slip(dim, [v for v, _ in given.values()], segment,
                                              inches=any(inches for _, _, inches in given_units.values()))
            for role, (value, name) in given.items():
                if not checks.body_ok(dim, value):
                    issue(name, f"{value:g} cm is not a plausible body {dim}; expected {expected}"
                                f"{_unit_hint(name, slip)}")
                else:
                    checked[role] = (value, name)
            if len(checked) != len(given):
                continue
            given_min = checked.get(MeasurementRole.BODY_MIN)
            given_max = checked.get(MeasurementRole.BODY_MAX)
            low, high = rules.closed_range(given_min and given_min[0], given_max and given_max[0], dim)
            if low > high:
                # With one end open, the given end lies beyond the plausible end of the other.
                name = (given_min or given_max)[1]
                if given_min and given_max:
                    reason = f"the minimum {low:g} cm is above the maximum {high:g} cm; swap them"
                elif given_min:
                    reason = (f"an open-ended size from {low:g} cm cannot reach the plausible maximum "
                              f"{high:g} cm of {dim}; give {dim}_max too")
                else:
                    reason = (f"a size up to {high:g} cm lies below the plausible minimum {low:g} cm of "
                              f"{dim}; give {dim}_min too")
                issue(name, reason)
                continue
            ranges[dim] = (low, high)
            if given_min is None:
                open_min.append(dim)
            if given_max is None:
                open_max.append(dim)
        return ranges, garment, open_min, open_max


def _for_whom(segment: Segment | None) -> str:
    whose = plausibility.whose(segment)
    return "" if whose == "bodies" else f" for {whose}"


def _unit_hint(column: str, slip: plausibility.UnitSlip | None = None) -> str:
    if slip is not None and slip.unit == "in":
        return f"; {slip.sentence()} then end the column name in _in ({column}_in)"
    if slip is not None and slip.unit == "mm":
        return f"; {slip.sentence()} the column is in cm"
    if slip is not None:
        return f"; {slip.sentence()} then drop the _in from the column name"
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
