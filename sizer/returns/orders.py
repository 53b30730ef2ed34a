"""Order lines, column-wise: what was sold, in which size, and what came back and why.

Every importer (sizer.returns.importers) ends in :func:`build_order_lines`, which checks the
cells of whole columns at once (a million lines in a few seconds) and names every bad cell by
file, row and column. A file with any problem imports nothing.
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sizer.catalog.importer import ImportIssue
from sizer.catalog.model import Catalog
from sizer.errors import SizerError, listed_problems, suggest
from sizer.problems import Problem, alternatives, quoted
from sizer.returns.reasons import FitReason, reason_table

_MAX_LISTED_ISSUES = 40


@dataclass(frozen=True)
class OrderIssue:
    """One problem in an orders file: which file, row (as the spreadsheet shows it), column, why."""

    file: str
    row: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, {ImportIssue(self.row, self.column, self.reason)}"


class OrdersImportError(SizerError):
    """An orders file with problems; nothing was imported. ``issues`` lists them all."""

    def __init__(self, issues: list[OrderIssue], bad_rows: dict[str, set[int]] | None = None,
                 rows_only: bool | None = None):
        self.issues = issues
        # every row with a problem, per file, also those whose problems are only counted
        self.bad_rows = bad_rows if bad_rows is not None else _rows_of(issues)
        # a problem without a row (a missing column, an unknown layout) leaves no valid rows to take
        self.rows_only = (bool(issues) and all(issue.row is not None for issue in issues)) if rows_only is None \
            else rows_only
        super().__init__(listed_problems(self.summary, issues, _MAX_LISTED_ISSUES))

    @property
    def summary(self) -> Problem:
        summary = Problem("orders_problem_one") if len(self.issues) == 1 else \
            Problem("orders_problems", count=len(self.issues))
        if self.rows_only:
            return Problem("with_hint", text=summary, hint=Problem("orders_valid_rows_hint"))
        return summary


def _rows_of(issues: Sequence[OrderIssue]) -> dict[str, set[int]]:
    rows: dict[str, set[int]] = {}
    for issue in issues:
        if issue.row is not None:
            rows.setdefault(issue.file, set()).add(issue.row)
    return rows


@dataclass
class OrderLines:
    """One entry per order line. Per line ``i``: ``size_rows[i]`` is the catalogue size row
    (``Catalog.size_labels`` index) sold; ``quantity[i]`` units, of which ``too_small[i]``,
    ``too_large[i]`` and ``other[i]`` came back for that reason; ``bracketed[i]``: the order
    holds several sizes of the same listing (bought to try on); ``recommended_rows[i]``: the size
    row Sizer advised, -1 when not known."""

    catalog: Catalog
    order_ids: np.ndarray
    size_rows: np.ndarray
    quantity: np.ndarray
    too_small: np.ndarray
    too_large: np.ndarray
    other: np.ndarray
    bracketed: np.ndarray
    recommended_rows: np.ndarray
    sources: list[str] = field(default_factory=list)
    description: str = ""
    order_count: int = 0  # distinct orders
    skipped: list[OrderIssue] = field(default_factory=list)  # problems of the rows left out (accept_valid_rows)
    skipped_rows: int = 0

    def __len__(self) -> int:
        return len(self.size_rows)

    @property
    def returned(self) -> np.ndarray:
        return self.too_small + self.too_large + self.other


@dataclass
class Columns:
    """The cells an importer found for each field, as text, with their file and row numbers.

    ``cells[field]`` is a list of stripped strings, one per line ("" where blank); ``header[field]``
    is the column's name in the file (for messages).
    """

    file: str
    rows: np.ndarray
    cells: dict[str, list[str]]
    header: dict[str, str]
    codes_cache: dict[int, tuple[np.ndarray, list[str]]] = field(default_factory=dict)  # by id() of a cell list

    def codes(self, name: str) -> tuple[np.ndarray, list[str]]:
        """:func:`factorise` of a column, worked out once however many fields refer to it."""
        values = self.cells[name]
        key = id(values)
        if key not in self.codes_cache:
            self.codes_cache[key] = factorise(values)
        return self.codes_cache[key]

    def __len__(self) -> int:
        return len(self.rows)

    def column_name(self, name: str) -> str:
        return self.header.get(name, name)


def text_of(value: Any) -> str:
    """A cell as stripped text: XLSX numbers 40.0 read as "40", dates as ISO, None as ""."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


class IssueList:
    """Collects problems; only the first few per column are kept in full (a file with a bad
    column has a million of them), the rest are counted."""

    PER_COLUMN = 20

    def __init__(self) -> None:
        self.issues: list[OrderIssue] = []
        self._per_column: dict[tuple[str, str | None], int] = {}
        self.hidden = 0
        self.bad_rows: dict[str, set[int]] = {}
        self.without_row = False

    def add(self, file: str, row: int | None, column: str | None, reason: str) -> None:
        if row is None:
            self.without_row = True
        else:
            self.bad_rows.setdefault(file, set()).add(int(row))
        key = (file, column)
        seen = self._per_column.get(key, 0)
        self._per_column[key] = seen + 1
        if seen < self.PER_COLUMN:
            self.issues.append(OrderIssue(file, row, column, reason))
        else:
            self.hidden += 1

    def __bool__(self) -> bool:
        return bool(self.issues)

    def raise_if_any(self) -> None:
        if self.issues:
            issues = list(self.issues)
            if self.hidden:
                issues.append(OrderIssue(issues[-1].file, None, None,
                                         Problem("orders_more_hidden", count=self.hidden)))
            raise OrdersImportError(issues, self.bad_rows, rows_only=not self.without_row)


def parse_counts(columns: Columns, name: str, issues: IssueList, *, default: int | None, minimum: int) -> np.ndarray:
    """A column of whole numbers >= ``minimum``; blanks are ``default`` (or a problem when None)."""
    cells = columns.cells.get(name)
    if cells is None:
        return np.full(len(columns), default or 0, dtype=np.int64)
    try:
        values = np.array(cells, dtype=np.int64) if cells and "" not in set(cells) else None
    except (ValueError, OverflowError):
        values = None
    if values is None:
        values = np.empty(len(cells), dtype=np.int64)
        for k, cell in enumerate(cells):
            if not cell:
                if default is None:
                    issues.add(columns.file, int(columns.rows[k]), columns.column_name(name),
                               Problem("empty_expected_whole_number"))
                values[k] = default or 0
                continue
            try:
                number = float(cell)
                if not number.is_integer():
                    raise ValueError
                values[k] = int(number)
            except (ValueError, OverflowError):
                issues.add(columns.file, int(columns.rows[k]), columns.column_name(name),
                           Problem("not_a_whole_number", value=quoted(cell)))
                values[k] = minimum
    for k in np.flatnonzero(values < minimum)[: IssueList.PER_COLUMN + 1]:
        issues.add(columns.file, int(columns.rows[k]), columns.column_name(name),
                   Problem("below_minimum", value=int(values[k]), minimum=minimum))
    return values


_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%d-%m-%Y", "%d.%m.%Y",
                 "%d/%m/%Y", "%d-%b-%Y")


def _is_date(text: str) -> bool:
    import datetime as dt

    # Exports append times and zones in many ways ("2024-03-05T10:11:12+00:00", "... -0500"):
    # the date is in the first 10 (or 11, "05-Mar-2024") characters, a time in the first 19.
    normal = text.strip().replace("T", " ")
    for candidate in {normal[:19], normal[:16], normal[:11], normal[:10]}:
        for fmt in _DATE_FORMATS:
            try:
                dt.datetime.strptime(candidate, fmt)
                return True
            except ValueError:
                continue
    return False


def check_dates(columns: Columns, name: str, issues: IssueList, *, required: bool) -> None:
    """Every cell of a date column is a date (each distinct text checked once)."""
    cells = columns.cells.get(name)
    if cells is None:
        return
    verdicts = {text: (_is_date(text) if text else not required) for text in set(cells)}
    if all(verdicts.values()):
        return
    for k, cell in enumerate(cells):
        if not verdicts[cell]:
            reason = Problem("date_empty") if not cell else Problem("not_a_date", value=quoted(cell))
            issues.add(columns.file, int(columns.rows[k]), columns.column_name(name), reason)


def factorise(values: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """Codes (int64, 0..k-1) of values and the k distinct values (in no particular order).

    By the strings' hashes, sorted with numpy: a million order ids in well under a second. Two
    different strings with one hash would be merged; that can only make fewer codes than distinct
    values, which ``set`` counts (reusing the cached hashes), and then the dictionary path runs."""
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    hashes = np.fromiter(map(hash, values), dtype=np.int64, count=n)
    unique, first, codes = np.unique(hashes, return_index=True, return_inverse=True)
    if len(unique) == len(set(values)):
        return codes.astype(np.int64, copy=False), [values[k] for k in first.tolist()]
    distinct = list(dict.fromkeys(values))
    code_of = dict(zip(distinct, itertools.count()))
    return np.fromiter(map(code_of.__getitem__, values), dtype=np.int64, count=n), distinct


def _subset(columns: Columns, field: str) -> tuple[Columns, np.ndarray]:
    """The lines whose ``field`` is filled, as listing_id/size_label columns (to resolve as sizes)."""
    values = columns.cells[field]
    has = np.fromiter(map(bool, values), dtype=bool, count=len(values))
    idx = np.flatnonzero(has)
    header = {"listing_id": columns.column_name("listing_id"), "size_label": columns.column_name(field)}
    if len(idx) == len(values):
        return Columns(columns.file, columns.rows, {"listing_id": columns.cells["listing_id"], "size_label": values},
                       header, columns.codes_cache), idx
    listing = columns.cells["listing_id"]
    return Columns(columns.file, columns.rows[idx], {"listing_id": [listing[k] for k in idx.tolist()],
                                                      "size_label": [values[k] for k in idx.tolist()]}, header), idx


def resolve_sizes(columns: Columns, catalog: Catalog, issues: IssueList, listing_field: str = "listing_id",
                  size_field: str = "size_label") -> np.ndarray:
    """The catalogue size row of each line from its listing id and size label (-1 where unknown,
    with a problem naming the valid sizes)."""
    listing_codes, listing_values = columns.codes(listing_field)
    labels = columns.cells[size_field]
    label_codes, label_values = columns.codes(size_field)
    pair_keys = listing_codes * max(len(label_values), 1) + label_codes
    pairs, pair_codes = np.unique(pair_keys, return_inverse=True)
    rows_of_pair = np.array([_size_row(catalog, listing_values[int(key) // max(len(label_values), 1)],
                                       label_values[int(key) % max(len(label_values), 1)]) for key in pairs.tolist()],
                            dtype=np.int64)
    size_rows = rows_of_pair[pair_codes] if len(labels) else np.zeros(0, dtype=np.int64)
    for k in np.flatnonzero(size_rows < 0):
        listing_id, label = listing_values[listing_codes[k]], labels[k]
        row = int(columns.rows[k])
        if not listing_id:
            issues.add(columns.file, row, columns.column_name(listing_field), Problem("empty_listing"))
        elif listing_id not in _ids(catalog):
            hints = suggest(listing_id, _ids(catalog))
            hint = Problem("did_you_mean", suggestions=alternatives(hints)) if hints else ""
            issues.add(columns.file, row, columns.column_name(listing_field),
                       Problem("listing_not_in_catalogue", listing=quoted(listing_id), did_you_mean=hint))
        else:
            valid = _labels(catalog, listing_id)
            issues.add(columns.file, row, columns.column_name(size_field),
                       Problem("not_a_size_of", value=quoted(label), listing=listing_id, labels=list(valid)))
    return size_rows


def _ids(catalog: Catalog) -> set[str]:
    cached = getattr(catalog, "_returns_ids", None)
    if cached is None:
        cached = set(catalog.listing_ids.tolist())
        catalog._returns_ids = cached  # type: ignore[attr-defined]
    return cached


def _labels(catalog: Catalog, listing_id: str) -> list[str]:
    i = catalog.index_of(listing_id)
    return [str(v) for v in catalog.size_labels[catalog.size_offsets[i]:catalog.size_offsets[i + 1]]]


def _size_row(catalog: Catalog, listing_id: str, label: str) -> int:
    if listing_id not in _ids(catalog):
        return -1
    i = catalog.index_of(listing_id)
    start = int(catalog.size_offsets[i])
    labels = _labels(catalog, listing_id)
    if label in labels:
        return start + labels.index(label)
    folded = [v.casefold() for v in labels]
    return start + folded.index(label.casefold()) if label.casefold() in folded else -1


def build_order_lines(columns: Columns, catalog: Catalog, issues: IssueList, *, reasons: np.ndarray | None = None,
                      description: str = "", sources: list[str] | None = None) -> OrderLines:
    """Check and pack the fields every layout maps to: order_id, order_date, listing_id,
    size_label, quantity; returned_quantity, return_reason (or ``reasons``: fit codes already
    worked out per line), exchanged_to_size, recommended_size; return_date, customer_id and
    marketplace are checked when present. Raises :class:`OrdersImportError` with every problem."""
    file = columns.file
    for k in ([k for k, v in enumerate(columns.cells["order_id"]) if not v] if not all(columns.cells["order_id"])
              else [])[: IssueList.PER_COLUMN]:
        issues.add(file, int(columns.rows[k]), columns.column_name("order_id"), Problem("empty_order"))
    check_dates(columns, "order_date", issues, required=True)
    check_dates(columns, "return_date", issues, required=False)
    size_rows = resolve_sizes(columns, catalog, issues)
    quantity = parse_counts(columns, "quantity", issues, default=None, minimum=1)
    returned = parse_counts(columns, "returned_quantity", issues, default=0, minimum=0)
    for k in np.flatnonzero(returned > quantity)[: IssueList.PER_COLUMN]:
        issues.add(file, int(columns.rows[k]), columns.column_name("returned_quantity"),
                   Problem("returned_more_than_sold", returned=int(returned[k]), sold=int(quantity[k])))
    if reasons is None:
        reasons = reason_table().classify_many(columns.cells.get("return_reason", [""] * len(columns)))
    reasons = np.where(returned > 0, reasons, int(FitReason.NONE)).astype(np.int8)
    reasons = np.where((returned > 0) & (reasons == int(FitReason.NONE)), int(FitReason.OTHER), reasons)

    # An exchange says which way the size was wrong better than any reason text.
    exchanged = columns.cells.get("exchanged_to_size")
    if exchanged is not None and any(exchanged):
        listing_of_row = catalog.size_listing_index
        ex_columns, idx = _subset(columns, "exchanged_to_size")
        ex_rows = resolve_sizes(ex_columns, catalog, issues)
        for k in idx[returned[idx] == 0][: IssueList.PER_COLUMN]:
            issues.add(file, int(columns.rows[k]), columns.column_name("returned_quantity"),
                       "an exchanged line needs returned_quantity of at least 1 (the unit sent back)")
        ok = (ex_rows >= 0) & (size_rows[idx] >= 0)
        idx, ex_rows = idx[ok], ex_rows[ok]
        same_listing = listing_of_row[ex_rows] == listing_of_row[size_rows[idx]]
        # Size rows of a listing are ordered small to large: a higher row is a bigger size.
        reasons[idx[same_listing & (ex_rows > size_rows[idx])]] = int(FitReason.TOO_SMALL)
        reasons[idx[same_listing & (ex_rows < size_rows[idx])]] = int(FitReason.TOO_LARGE)

    recommended_rows = np.full(len(columns), -1, dtype=np.int64)
    advised = columns.cells.get("recommended_size")
    if advised is not None and any(advised):
        rec_columns, idx = _subset(columns, "recommended_size")
        recommended_rows[idx] = resolve_sizes(rec_columns, catalog, issues)
    issues.raise_if_any()
    if not len(columns):
        raise OrdersImportError([OrderIssue(file, None, None, Problem("no_order_lines"))])

    order_codes, order_values = factorise(columns.cells["order_id"])
    return OrderLines(
        catalog=catalog, order_ids=np.array(columns.cells["order_id"], dtype=object), size_rows=size_rows,
        quantity=quantity,
        too_small=np.where(reasons == int(FitReason.TOO_SMALL), returned, 0),
        too_large=np.where(reasons == int(FitReason.TOO_LARGE), returned, 0),
        other=np.where(reasons == int(FitReason.OTHER), returned, 0),
        bracketed=bracketing(order_codes, size_rows, catalog), recommended_rows=recommended_rows,
        sources=sources or [file], description=description, order_count=len(order_values))


def bracketing(order_codes: np.ndarray, size_rows: np.ndarray, catalog: Catalog) -> np.ndarray:
    """True for the lines of an order that holds two or more sizes of one listing."""
    if not len(size_rows):
        return np.zeros(0, dtype=bool)
    listing = catalog.size_listing_index[size_rows]
    group = order_codes * (len(catalog) + 1) + listing
    pairs = np.unique(group * (catalog.size_count + 1) + size_rows)
    groups, sizes_in_group = np.unique(pairs // (catalog.size_count + 1), return_counts=True)
    several = groups[sizes_in_group > 1]
    return np.isin(group, several)
