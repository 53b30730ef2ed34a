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
                                   explain_unknown_column, normalise_header, parse_label_column,
                                   parse_measurement_column)
from sizer.catalog.cell_values import parse_number
from sizer.catalog.ease import load_ease_table
from sizer.catalog import rules
from sizer.catalog.fast_import import fast_build
from sizer import plausibility
from sizer.catalog.segments import Segment, category_segment
from sizer.catalog.model import Catalog, CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
from sizer.catalog.reading import CellProblem, RawTable, SourceLayout, read_table
from sizer.collector import collector_paused
from sizer.errors import SizerError, UnknownChoiceError, listed_problems
from sizer.problems import Problem, quoted
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
    rows: tuple[int, ...] = ()  # every row of a problem said once for many (sizer.catalog.mapping.group_issues)

    def __str__(self) -> str:
        if len(self.rows) > 1:
            where = [str(rows_location(self.rows))]
        else:
            where = [f"row {self.row}" if self.row is not None else "header"]
        if self.column:
            # A column named in words (a value the mapping sets for every row) is no header cell to quote.
            where.append(str(self.column) if isinstance(self.column, Problem) else f"column {self.column!r}")
        return f"{', '.join(where)}: {self.reason}"

    @property
    def problem(self) -> Problem:
        """The reason as a :class:`Problem` (a reason given as plain text has none: shown as it is)."""
        return self.reason if isinstance(self.reason, Problem) else Problem("plain_text", text=self.reason)


class CatalogImportError(SizerError):
    """A catalogue file with problems; ``issues`` lists them all."""

    def __init__(self, path: str, issues: list[ImportIssue], valid_rows: int = 0, header_problem: bool = False):
        self.path = path
        self.issues = issues
        self.valid_rows = valid_rows
        self.header_problem = header_problem
        super().__init__(listed_problems(self.summary, issues, _MAX_LISTED_ISSUES))

    @property
    def summary(self) -> Problem:
        """The first line: how many problems, that nothing was imported (and how many rows were valid)."""
        if len(self.issues) == 1:
            head = Problem("catalog_problem_one", path=self.path)
        else:
            head = Problem("catalog_problems", path=self.path, count=len(self.issues))
        if self.valid_rows and not self.header_problem:
            hint = (Problem("catalog_valid_row_hint") if self.valid_rows == 1
                    else Problem("catalog_valid_rows_hint", count=self.valid_rows))
            return Problem("with_hint", text=head, hint=hint)
        return head


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


def rows_location(rows: tuple[int, ...] | list[int], shown: int = 8) -> Problem:
    """``rows 2–41, 45, 50–52``: rows as runs, the first ``shown`` runs and how many rows more."""
    runs: list[list[int]] = []
    for row in sorted(set(rows)):
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    text = ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in runs[:shown])
    if len(runs) > shown:
        return Problem("location_rows_more", rows=text, more=sum(b - a + 1 for a, b in runs[shown:]))
    return Problem("location_rows", rows=text)


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
        reason = Problem("no_valid_rows") if rows_read else Problem("no_data_rows")
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
    label_columns: dict[str, int] = field(default_factory=dict)  # size system -> cell index (label_US)


def _plan_columns(header: list[Any]) -> tuple[list[ImportIssue], _ColumnPlan]:
    issues: list[ImportIssue] = []
    fields: dict[str, int] = {}
    measurements: list[MeasurementColumn] = []
    label_columns: dict[str, int] = {}
    seen: dict[tuple, str] = {}
    garment_dims = load_ease_table().dimensions
    for index, raw_name in enumerate(header):
        if isinstance(raw_name, CellProblem):
            issues.append(ImportIssue(None, Problem("location_column", column=index + 1),
                                      Problem("header_cell_holds", reason=raw_name.reason)))
            continue
        name = normalise_header(raw_name)
        if not name:
            continue  # an empty header cell over an empty column, as spreadsheets leave
        if name in REQUIRED_COLUMNS or name in OPTIONAL_COLUMNS:
            key: tuple = ("field", name)
            fields[name] = index
        elif parse_label_column(name):
            key = ("label", parse_label_column(name))
            label_columns.setdefault(key[1], index)
        else:
            parsed = parse_measurement_column(name)
            if parsed is None:
                issues.append(ImportIssue(None, str(raw_name), explain_unknown_column(name)))
                continue
            dimension, role, inches = parsed
            if role is MeasurementRole.GARMENT and dimension not in garment_dims:
                issues.append(ImportIssue(None, str(raw_name), Problem("garment_without_ease", dimension=dimension,
                                                                       dimensions=list(garment_dims))))
                continue
            key = ("measurement", dimension, role)
            measurements.append(MeasurementColumn(index, str(raw_name), dimension, role, inches))
        if key in seen:
            issues.append(ImportIssue(None, str(raw_name), Problem("duplicate_column", column=quoted(seen[key]))))
        seen[key] = str(raw_name)
    for required in REQUIRED_COLUMNS:
        if required not in fields:
            issues.append(ImportIssue(None, required, Problem("required_column_missing",
                                                              columns=list(REQUIRED_COLUMNS))))
    return issues, _ColumnPlan(fields, measurements, label_columns)


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
            # 92,5 from a European spreadsheet; 15½ and 15 1/2 (a collar, an inch measurement)
            parsed = parse_number(str(value))
            if parsed is None:
                raise
            number = parsed
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
        self.names.update({index: f"label_{system}" for system, index in plan.label_columns.items()})

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
                    issue(column, Problem("empty_required_cell"))
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
                    issue("size_system", Problem("or_leave_system_empty", reason=_choice_reason(error)))
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
                issue("size_system", Problem("row_needs_size_system", systems=list(chart_bridge.systems(category))))
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
                    issue(name, Problem("differs_from_first_row", row=self.first_row[listing_id],
                                        listing=quoted(listing_id), value=quoted(value), field=name))
            if builder.has_size(listing_id, label):
                issue("size_label", Problem("duplicate_size", listing=quoted(listing_id), label=quoted(label)))
            if issues:
                return issues
        else:
            builder.add_listing(listing_id, title, category, system, fit, stretch, segment)
            self.segment_of_listing[listing_id] = segment
            self.first_row[listing_id] = number
            self.listing_fields[listing_id] = listing_key
            self.raw_listing_fields[listing_id] = (raw_fields, fit, stretch)
        builder.add_size(listing_id, SizeEntry(label, source, ranges, garment, frozenset(open_min),
                                               frozenset(open_max), _text(cells, fields.get("sku")),
                                               labels=self._labels(cells)))
        return issues

    def _labels(self, cells) -> dict[str, str]:
        """The brand's own labels of the row's size in other systems (label_US ...), those given."""
        labels = {system: _text(cells, index) for system, index in self.plan.label_columns.items()}
        return {system: label for system, label in labels.items() if label}

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
                issue(column.name, Problem("not_a_number_in" if column.inches else "not_a_number_cm",
                                           value=quoted(raw)))
                continue
            if value <= 0:
                issue(column.name, Problem("not_a_length", value=value))
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
            expected = plausibility.expected_range(low_plausible, high_plausible, segment)
            if MeasurementRole.GARMENT in given:
                value, name = given[MeasurementRole.GARMENT]
                if MeasurementRole.BODY_MIN in given or MeasurementRole.BODY_MAX in given:
                    issue(name, Problem("garment_and_body_both", dimension=dim))
                    continue
                if not checks.garment_ok(dim, value):
                    issue(name, Problem("implausible_garment_for", value=value, dimension=dim, expected=expected,
                                        hint=_garment_hint(name, dim, value, checks)))
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
                    issue(name, Problem("implausible_body_for", value=value, dimension=dim, expected=expected,
                                        hint=_unit_hint(name, slip)))
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
                    reason = Problem("min_above_max", low=low, high=high)
                elif given_min:
                    reason = Problem("open_min_unreachable", low=low, high=high, dimension=dim)
                else:
                    reason = Problem("open_max_unreachable", low=low, high=high, dimension=dim)
                issue(name, reason)
                continue
            ranges[dim] = (low, high)
            if given_min is None:
                open_min.append(dim)
            if given_max is None:
                open_max.append(dim)
        return ranges, garment, open_min, open_max


def _garment_hint(column: str, dimension: str, value: float, checks) -> Problem:
    """A garment girth that is plausible doubled is half a girth (measured across the garment laid
    flat) as likely as inches: say that first, never the inch hint alone."""
    if dimension.endswith("_girth") and not column.endswith("_in") and checks.garment_ok(dimension, value * 2):
        return Problem("hint_half_girth", value=round(value, 1), doubled=round(value * 2, 1))
    return _unit_hint(column)


def _unit_hint(column: str, slip: plausibility.UnitSlip | None = None) -> Problem:
    if slip is not None and slip.unit == "in":
        return Problem("hint_slip_add_in", slip=slip.sentence(), column=f"{column}_in")
    if slip is not None and slip.unit == "mm":
        return Problem("hint_slip_mm", slip=slip.sentence())
    if slip is not None:
        return Problem("hint_slip_drop_in", slip=slip.sentence())
    if column.endswith("_in"):
        return Problem("hint_drop_in")
    return Problem("hint_add_in")


def _enum(kind, text: str, default, column: str, issue):
    if not text:
        return default
    try:
        return kind(text.lower())
    except ValueError:
        issue(column, _choice_reason(UnknownChoiceError(column, text, [k.value for k in kind])))
        return default


def _choice_reason(error: UnknownChoiceError) -> Problem:
    return error.one_line()
