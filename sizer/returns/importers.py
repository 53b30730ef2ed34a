"""Orders files in, :class:`OrderLines` out: Sizer's own columns, Shopify, Amazon, or any file
through a column mapping.

- **sizer**: ``order_id, order_date, listing_id, size_label, quantity`` and optionally
  ``returned_quantity, return_date, return_reason, exchanged_to_size, customer_id, marketplace,
  recommended_size`` (one row per order line).
- **shopify**: the admin's orders export (``Name``, ``Created at``, ``Lineitem quantity``,
  ``Lineitem sku``, ``Lineitem name``; one row per line item, order fields only on its first row)
  plus a returns file, one row per returned line item, with the fields of Shopify's
  ReturnLineItem: order ``Name``, ``Lineitem sku``, ``Quantity``, ``Return reason``
  (``SIZE_TOO_SMALL``, ``SIZE_TOO_LARGE``, ...), optional ``Return reason note``, ``Exchanged to sku``.
- **amazon**: the All Orders report (``amazon-order-id``, ``purchase-date``, ``sku``,
  ``quantity``; cancelled lines left out) plus the FBA customer returns report (``return-date``,
  ``order-id`` or ``amazon-order-id``, ``sku``, ``quantity``, ``reason``, ``customer-comments``).
- **mapped**: any other file, through a :class:`~sizer.returns.mapping.ColumnMapping`.

A marketplace's SKU is matched to a listing and size of the catalogue as ``<listing_id><sep><size>``
(sep one of ``-_/. `` or nothing, any case), else its line-item name as ``<title> - <variant>``,
where one of the variant's options (``M / Navy``) is a size of the listing.
Files are read with the catalogue's reader (sizer.catalog.reading): CSV in any encoding and
delimiter, or XLSX.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sizer.catalog.columns import normalise_header
from sizer.catalog.model import Catalog, split_skus
from sizer.catalog.reading import read_table
from sizer.collector import collector_paused
from sizer.errors import SizerError, suggest
from sizer.problems import Problem, alternatives, quoted
from sizer.returns.mapping import FIELDS, REQUIRED_FIELDS, ColumnMapping, remembered_mapping
from sizer.returns.orders import Columns, IssueList, OrderIssue, OrderLines, OrdersImportError, build_order_lines, text_of
from sizer.returns.reasons import FitReason, reason_table

LAYOUTS = ("auto", "sizer", "shopify", "amazon", "mapped")
_CHUNK = 50_000


@dataclass
class _Table:
    file: str
    header: list[str]
    rows: np.ndarray  # spreadsheet row numbers
    cells: list[list[str]]  # column-wise, stripped text
    description: str

    def column(self, name: str) -> list[str] | None:
        """The cells of the column whose normalised name is ``name``."""
        for j, raw in enumerate(self.header):
            if normalise_header(raw) == normalise_header(name):
                return self.cells[j]
        return None

    def find(self, *names: str) -> str | None:
        """The first of ``names`` the header has (as the file spells it)."""
        wanted = [normalise_header(n) for n in names]
        for name in wanted:
            for raw in self.header:
                if normalise_header(raw) == name:
                    return raw
        return None


def read_columns(path: str | Path, encoding: str | None = None) -> _Table:
    """A whole file as text columns, blank rows dropped."""
    raw = read_table(path, encoding)
    header = [text_of(c) for c in raw.header]
    width = len(header)
    columns: list[list[str]] = [[] for _ in range(width)]
    numbers: list[int] = []
    rows = iter(raw.rows)
    csv = raw.description.startswith("CSV")
    while True:
        chunk = list(itertools.islice(rows, _CHUNK))
        if not chunk:
            break
        numbers_of, cells_of = zip(*chunk)
        if not csv:
            cells_of = [[text_of(c) for c in cells] for cells in cells_of]
        if set(map(len, cells_of)) != {width}:
            cells_of = [(list(c) + [""] * width)[:width] for c in cells_of]
        transposed = list(zip(*cells_of))  # C-level, a column at a time
        if width and "" in transposed[0]:
            # Only rows with an empty first cell can be blank: those are joined and looked at.
            blank = {k for k, v in enumerate(transposed[0]) if not v and not "".join(cells_of[k]).strip()}
            if blank:
                keep = [k for k in range(len(cells_of)) if k not in blank]
                transposed = [[column[k] for k in keep] for column in transposed]
                numbers_of = [numbers_of[k] for k in keep]
        numbers.extend(numbers_of)
        for j, column in enumerate(transposed):
            columns[j].extend(column)
    if csv:
        # str.strip hands back the very same string when there is nothing to strip: C speed, no copies.
        columns = [list(map(str.strip, column)) for column in columns]
    return _Table(str(path), header, np.array(numbers, dtype=np.int64), columns, raw.description)


def detect_layout(header: list[str]) -> str:
    names = {normalise_header(h) for h in header}
    if {"lineitem_quantity", "name"} <= names:
        return "shopify"
    if "amazon_order_id" in names and "purchase_date" in names:
        return "amazon"
    if set(REQUIRED_FIELDS) <= names:
        return "sizer"
    return "mapped"



# Leaving rows out can orphan others (a return whose order line was bad): a few passes settle it.
_VALID_ROWS_PASSES = 4


def import_orders(path: str | Path, catalog: Catalog, *, layout: str = "auto", returns_path: str | Path | None = None,
                  mapping: ColumnMapping | None = None, encoding: str | None = None,
                  accept_valid_rows: bool = False) -> OrderLines:
    """Read an orders file (and, for Shopify and Amazon, their returns file) against ``catalog``.

    Raises :class:`OrdersImportError` listing every problem (file, row, column, reason); nothing
    is half-imported, unless ``accept_valid_rows`` is set and every problem is a row's: then the
    other rows are imported and the left-out rows' problems are in ``OrderLines.skipped``, as the
    catalogue import does. ``layout`` "auto" tells Shopify and Amazon exports and Sizer's own
    columns apart by their headers; any other file needs a ``mapping`` (or one remembered for its header).
    """
    if layout not in LAYOUTS:
        raise SizerError(Problem("orders_unknown_layout", layout=quoted(layout), layouts=list(LAYOUTS)))
    skip: dict[str, set[int]] = {}
    skipped: list[OrderIssue] = []
    with collector_paused():
        for _ in range(_VALID_ROWS_PASSES):
            try:
                lines = _import(Path(path), catalog, layout, returns_path, mapping, encoding, skip)
            except OrdersImportError as error:
                new = {f: rows - skip.get(f, set()) for f, rows in error.bad_rows.items()}
                if not accept_valid_rows or not error.rows_only or not any(new.values()):
                    raise
                for file, rows in new.items():
                    skip.setdefault(file, set()).update(rows)
                skipped.extend(error.issues)
                continue
            lines.skipped = skipped
            lines.skipped_rows = sum(len(rows) for rows in skip.values())
            return lines
    raise OrdersImportError(skipped, skip)


def _without_rows(table: _Table, rows: set[int] | None) -> _Table:
    """``table`` without the rows numbered ``rows`` (as the spreadsheet shows them)."""
    if not rows:
        return table
    keep = np.flatnonzero(~np.isin(table.rows, np.fromiter(rows, dtype=np.int64)))
    cells = [[column[k] for k in keep] for column in table.cells]
    return _Table(table.file, table.header, table.rows[keep], cells, table.description)


def _import(path: Path, catalog: Catalog, layout: str, returns_path: str | Path | None, mapping: ColumnMapping | None,
            encoding: str | None, skip: dict[str, set[int]] | None = None) -> OrderLines:
    skip = skip or {}
    table = _without_rows(read_columns(path, encoding), skip.get(str(path)))
    if layout == "auto":
        layout = "mapped" if mapping is not None else detect_layout(table.header)
    if layout == "mapped" and mapping is None:
        mapping = remembered_mapping(table.header)
        if mapping is None:
            raise OrdersImportError([OrderIssue(str(path), None, None, _unknown_layout_message(table.header))])
    if layout in ("shopify", "amazon") and returns_path is None:
        returns_note = "its returns come in a separate file"
    else:
        returns_note = ""
    if layout == "sizer":
        return _import_sizer(table, catalog)
    if layout == "mapped":
        assert mapping is not None
        return _import_mapped(table, catalog, mapping)
    returns = (_without_rows(read_columns(returns_path, encoding), skip.get(str(returns_path)))
               if returns_path is not None else None)
    if layout == "shopify":
        lines = _import_shopify(table, returns, catalog)
    else:
        lines = _import_amazon(table, returns, catalog)
    if returns_note:
        lines.description += f" (no returns file given: {returns_note})"
    return lines


def _unknown_layout_message(header: list[str]) -> Problem:
    return Problem("orders_columns_not_known", fields=list(FIELDS), required=list(REQUIRED_FIELDS),
                   columns=[quoted(h) for h in header])


def _import_sizer(table: _Table, catalog: Catalog) -> OrderLines:
    issues = IssueList()
    cells: dict[str, list[str]] = {}
    header: dict[str, str] = {}
    for j, raw in enumerate(table.header):
        name = normalise_header(raw)
        if not name:
            continue
        if name not in FIELDS:
            hints = suggest(name, FIELDS)
            hint = Problem("did_you_mean", suggestions=alternatives(hints)) if hints else ""
            issues.add(table.file, None, raw, Problem("orders_unknown_column", did_you_mean=hint, fields=list(FIELDS)))
            continue
        cells[name] = table.cells[j]
        header[name] = raw
    for required in REQUIRED_FIELDS:
        if required not in cells:
            issues.add(table.file, None, required, Problem("orders_required_missing", fields=list(REQUIRED_FIELDS)))
    issues.raise_if_any()
    return build_order_lines(Columns(table.file, table.rows, cells, header), catalog, issues,
                             description=f"Sizer orders file ({table.description})")


def _import_mapped(table: _Table, catalog: Catalog, mapping: ColumnMapping) -> OrderLines:
    issues = IssueList()
    cells: dict[str, list[str]] = {}
    header: dict[str, str] = {}
    for name, source in mapping.columns.items():
        column = table.column(source)
        if column is None:
            issues.add(table.file, None, source, Problem("orders_mapping_column_absent", field=name, column=quoted(source),
                                                         columns=[quoted(h) for h in table.header]))
            continue
        cells[name] = column
        header[name] = source
    for required in REQUIRED_FIELDS:
        if required not in mapping.columns:
            issues.add(table.file, None, required, "the column mapping does not say which column holds it")
    issues.raise_if_any()
    return build_order_lines(Columns(table.file, table.rows, cells, header), catalog, issues,
                             description=f"mapped orders file ({table.description})")


# -- marketplaces --------------------------------------------------------------------------------
_SKU_SEPARATORS = ("", "-", "_", "/", ".", " ")


def _sku_index(catalog: Catalog) -> dict[str, tuple[str, str]]:
    """The sizes' own SKUs (Shopify's Variant SKU, Amazon's item_sku, as imported), then every
    spelling ``<listing_id><sep><size>`` (case-folded) -> (listing id, size label)."""
    index: dict[str, tuple[str, str]] = {}
    listing_of_row = catalog.size_listing_index
    for r, cell in enumerate(catalog.size_skus.tolist()):
        for sku in split_skus(cell):  # every colour's SKU of the size
            index.setdefault(sku.casefold(), (str(catalog.listing_ids[listing_of_row[r]]), str(catalog.size_labels[r])))
    for r, label in enumerate(catalog.size_labels.tolist()):
        listing_id = str(catalog.listing_ids[listing_of_row[r]])
        for sep in _SKU_SEPARATORS:
            index.setdefault(f"{listing_id}{sep}{label}".casefold(), (listing_id, label))
            index.setdefault(f"{listing_id}{sep}{label.replace(' ', '')}".casefold(), (listing_id, label))
    return index


def _title_index(catalog: Catalog) -> dict[str, dict[str, tuple[str, str]]]:
    """Listing title (case-folded) -> its size labels (case-folded) -> (listing id, size label)."""
    index: dict[str, dict[str, tuple[str, str]]] = {}
    listing_of_row = catalog.size_listing_index
    for r, label in enumerate(catalog.size_labels.tolist()):
        i = listing_of_row[r]
        sizes = index.setdefault(str(catalog.titles[i]).casefold(), {})
        sizes.setdefault(label.casefold(), (str(catalog.listing_ids[i]), label))
    return index


def _by_item_name(name: str, titles: dict[str, dict[str, tuple[str, str]]]) -> tuple[str, str] | None:
    """Shopify's line-item name is ``<title> - <variant>``, the variant's options joined by " / "
    ("M / Blue"): the option that is one of the listing's sizes names the size."""
    title, sep, variant = name.casefold().rpartition(" - ")
    sizes = titles.get(title) if sep else None
    if not sizes:
        return None
    for option in (variant, *variant.split(" / ")):
        found = sizes.get(option.strip())
        if found is not None:
            return found
    return None


def _resolve_items(table: _Table, rows: np.ndarray, skus: list[str], names: list[str] | None, catalog: Catalog,
                   issues: IssueList, sku_column: str) -> tuple[list[str], list[str]]:
    """(listing ids, size labels) of marketplace line items; unmatched ones are problems."""
    by_sku = _sku_index(catalog)
    by_title = _title_index(catalog) if names is not None else {}
    listing_ids: list[str] = []
    labels: list[str] = []
    cache: dict[tuple[str, str], tuple[str, str] | None] = {}
    for k, sku in enumerate(skus):
        name = names[k] if names is not None else ""
        key = (sku, name)
        if key not in cache:
            cache[key] = by_sku.get(sku.casefold()) or (_by_item_name(name, by_title) if name else None)
        found = cache[key]
        if found is None:
            what = Problem("sku_value", sku=quoted(sku)) if sku else Problem("sku_empty")
            if names is not None:
                what = Problem("sku_with_item", what=what, name=quoted(name))
            issues.add(table.file, int(rows[k]), sku_column,
                       Problem("sku_unmatched", what=what,
                               names_hint=Problem("sku_names_hint") if names is not None else ""))
            listing_ids.append("")
            labels.append("")
        else:
            listing_ids.append(found[0])
            labels.append(found[1])
    return listing_ids, labels


def _require(table: _Table, issues: IssueList, what: Problem, **fields: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for field, names in fields.items():
        name = table.find(*names)
        if name is None:
            issues.add(table.file, None, names[0], Problem("required_column_of_missing", what=what,
                                                           names=alternatives(list(names))))
        else:
            found[field] = name
    return found


def _attach_returns(lines_key: list[tuple[str, str]], quantity: np.ndarray, returns: _Table, issues: IssueList,
                    order_column: str, sku_column: str, quantity_column: str, reasons: np.ndarray,
                    exchanged: list[str] | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Returned units, their fit reason and any exchange per order line, matched by (order, SKU).
    A line returned in several rows adds their units up; a fit reason (too small or too large)
    outranks "other" when the rows disagree."""
    line_of: dict[tuple[str, str], int] = {}
    for k, key in enumerate(lines_key):
        line_of.setdefault((key[0], key[1].casefold()), k)
    returned = np.zeros(len(lines_key), dtype=np.int64)
    line_reason = np.full(len(lines_key), int(FitReason.NONE), dtype=np.int8)
    line_exchange = [""] * len(lines_key)
    orders = returns.column(order_column) or []
    skus = returns.column(sku_column) or []
    counts = returns.column(quantity_column) or []
    for k in range(len(returns.rows)):
        row = int(returns.rows[k])
        line = line_of.get((orders[k], skus[k].casefold()))
        if line is None:
            issues.add(returns.file, row, order_column,
                       Problem("return_without_order_line", order=quoted(orders[k]), sku=quoted(skus[k])))
            continue
        try:
            count = int(float(counts[k]))
            if count < 1 or float(counts[k]) != count:
                raise ValueError
        except ValueError:
            issues.add(returns.file, row, quantity_column, Problem("not_a_count", value=quoted(counts[k])))
            continue
        returned[line] += count
        if returned[line] > quantity[line]:
            issues.add(returns.file, row, quantity_column,
                       Problem("returned_units_more_than_sold", returned=int(returned[line]), order=quoted(orders[k]),
                               sku=quoted(skus[k]), sold=int(quantity[line])))
        reason = int(reasons[k])
        if line_reason[line] in (int(FitReason.NONE), int(FitReason.OTHER)):
            line_reason[line] = reason
        if exchanged is not None and exchanged[k]:
            line_exchange[line] = exchanged[k]
    return returned, line_reason, line_exchange


def _classify_with_notes(codes: list[str], notes: list[str] | None) -> np.ndarray:
    """Fit reasons from the marketplace's codes; where a code says nothing about the fit, the
    shopper's own note may (e.g. NO_REASON_GIVEN with the comment "runs small")."""
    table = reason_table()
    reasons = table.classify_many(codes)
    if notes is not None:
        from_notes = table.classify_many(notes)
        reasons = np.where(reasons == int(FitReason.OTHER), from_notes, reasons).astype(np.int8)
    return reasons


def _finish_marketplace(orders: _Table, catalog: Catalog, issues: IssueList, order_ids: list[str], dates: list[str],
                        listing_ids: list[str], labels: list[str], quantity: list[str], header: dict[str, str],
                        returned: np.ndarray | None, reasons: np.ndarray | None, exchanged: list[str] | None,
                        rows: np.ndarray, description: str, sources: list[str]) -> OrderLines:
    issues.raise_if_any()
    cells = {"order_id": order_ids, "order_date": dates, "listing_id": listing_ids, "size_label": labels,
             "quantity": quantity}
    if returned is not None:
        cells["returned_quantity"] = [str(v) for v in returned.tolist()]
    if exchanged is not None:
        cells["exchanged_to_size"] = exchanged
    return build_order_lines(Columns(orders.file, rows, cells, header), catalog, issues,
                             reasons=reasons if reasons is not None else np.zeros(len(rows), dtype=np.int8),
                             description=description, sources=sources)


def _import_shopify(orders: _Table, returns: _Table | None, catalog: Catalog) -> OrderLines:
    issues = IssueList()
    found = _require(orders, issues, Problem("file_kind_shopify_orders"), order_id=("Name",), order_date=("Created at",),
                     quantity=("Lineitem quantity",), sku=("Lineitem sku",), item=("Lineitem name",))
    issues.raise_if_any()
    order_ids = orders.column(found["order_id"]) or []
    # Order-level fields are only on an order's first row: carry them down its line items.
    dates = list(orders.column(found["order_date"]) or [])
    for k in range(1, len(dates)):
        if not dates[k] and order_ids[k] == order_ids[k - 1]:
            dates[k] = dates[k - 1]
    skus = orders.column(found["sku"]) or []
    items = orders.column(found["item"]) or []
    listing_ids, labels = _resolve_items(orders, orders.rows, skus, items, catalog, issues, found["sku"])
    quantity = orders.column(found["quantity"]) or []
    header = {"order_id": found["order_id"], "order_date": found["order_date"], "listing_id": found["sku"],
              "size_label": found["sku"], "quantity": found["quantity"], "returned_quantity": "Quantity"}
    returned = reasons = exchanged = None
    sources = [orders.file]
    if returns is not None:
        sources.append(returns.file)
        rfound = _require(returns, issues, Problem("file_kind_shopify_returns"), order=("Name", "Order", "Order name"),
                          sku=("Lineitem sku", "SKU"), quantity=("Quantity", "Return quantity"),
                          reason=("Return reason",))
        if len(rfound) < 4:
            issues.raise_if_any()
        note_column = returns.find("Return reason note", "Customer note")
        codes = _classify_with_notes(returns.column(rfound["reason"]) or [],
                                     returns.column(note_column) if note_column else None)
        exchange_column = returns.find("Exchanged to sku", "Exchange sku")
        exchanged_skus = returns.column(exchange_column) if exchange_column else None
        int_quantity = np.array([int(float(q)) if q.replace(".", "", 1).isdigit() else 0 for q in quantity], dtype=np.int64)
        returned, reasons, exchange_skus = _attach_returns(
            list(zip(order_ids, skus)), int_quantity, returns, issues, rfound["order"], rfound["sku"],
            rfound["quantity"], codes, exchanged_skus)
        if exchanged_skus is not None:
            by_sku = _sku_index(catalog)
            exchanged = [by_sku.get(s.casefold(), ("", s))[1] if s else "" for s in exchange_skus]
    return _finish_marketplace(orders, catalog, issues, order_ids, dates, listing_ids, labels, quantity, header,
                               returned, reasons, exchanged, orders.rows,
                               f"Shopify orders export ({orders.description})"
                               + (" with returns" if returns is not None else ""), sources)


_AMAZON_LEFT_OUT = {"cancelled", "canceled"}


def _import_amazon(orders: _Table, returns: _Table | None, catalog: Catalog) -> OrderLines:
    issues = IssueList()
    found = _require(orders, issues, Problem("file_kind_amazon_orders"), order_id=("amazon-order-id",),
                     order_date=("purchase-date",), sku=("sku",), quantity=("quantity",))
    issues.raise_if_any()
    status_column = orders.find("item-status", "order-status")
    keep = np.ones(len(orders.rows), dtype=bool)
    if status_column:
        status = orders.column(status_column) or []
        keep = np.array([s.casefold() not in _AMAZON_LEFT_OUT for s in status], dtype=bool)
    idx = np.flatnonzero(keep)

    def kept(name: str) -> list[str]:
        column = orders.column(name) or []
        return [column[k] for k in idx]

    order_ids, dates, skus, quantity = (kept(found[f]) for f in ("order_id", "order_date", "sku", "quantity"))
    rows = orders.rows[idx]
    listing_ids, labels = _resolve_items(orders, rows, skus, None, catalog, issues, found["sku"])
    header = {"order_id": found["order_id"], "order_date": found["order_date"], "listing_id": found["sku"],
              "size_label": found["sku"], "quantity": found["quantity"]}
    returned = reasons = None
    sources = [orders.file]
    if returns is not None:
        sources.append(returns.file)
        rfound = _require(returns, issues, Problem("file_kind_amazon_returns"),
                          order=("order-id", "amazon-order-id"), sku=("sku",), quantity=("quantity",),
                          reason=("reason",))
        if len(rfound) < 4:
            issues.raise_if_any()
        comments = returns.find("customer-comments")
        codes = _classify_with_notes(returns.column(rfound["reason"]) or [],
                                     returns.column(comments) if comments else None)
        int_quantity = np.array([int(float(q)) if q.replace(".", "", 1).isdigit() else 0 for q in quantity], dtype=np.int64)
        returned, reasons, _ = _attach_returns(list(zip(order_ids, skus)), int_quantity, returns, issues,
                                               rfound["order"], rfound["sku"], rfound["quantity"], codes, None)
    return _finish_marketplace(orders, catalog, issues, order_ids, dates, listing_ids, labels, quantity, header,
                               returned, reasons, None, rows,
                               f"Amazon All Orders report ({orders.description})"
                               + (" with FBA customer returns" if returns is not None else ""), sources)
