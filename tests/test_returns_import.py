"""Orders files in every layout, and their errors: file, row, column, reason; nothing half-imported."""
from __future__ import annotations

import openpyxl
import pytest

from returns_support import SIZER_HEADER, small_catalog, write_csv
from sizer.returns.importers import import_orders
from sizer.returns.mapping import ColumnMapping, propose_mapping, remember_mapping, remembered_mapping
from sizer.returns.orders import OrdersImportError


@pytest.fixture
def catalog():
    return small_catalog()


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))


def _sizer_rows():
    return [
        ["1001", "2025-03-01", "SH-1", "M", "1", "1", "2025-03-09", "too small", "", "c1", "shop", "M"],
        ["1002", "2025-03-01", "SH-1", "L", "2", "0", "", "", "", "c2", "shop", "L"],
        ["1003", "2025-03-02", "SH-2", "S", "1", "1", "2025-03-10", "偏大", "", "", "", ""],
        ["1004", "2025-03-02", "SH-2", "M", "1", "1", "2025-03-10", "colour", "L", "", "", ""],
    ]


def test_sizer_layout_reads_quantities_reasons_exchanges_and_advice(tmp_path, catalog):
    lines = import_orders(write_csv(tmp_path / "o.csv", SIZER_HEADER, _sizer_rows()), catalog)
    assert len(lines) == 4 and lines.order_count == 4
    assert lines.quantity.tolist() == [1, 2, 1, 1]
    assert lines.too_small.tolist() == [1, 0, 0, 1]  # the exchange to a bigger size outranks "colour"
    assert lines.too_large.tolist() == [0, 0, 1, 0]
    assert lines.other.tolist() == [0, 0, 0, 0]
    labels = catalog.size_labels
    assert [labels[r] for r in lines.size_rows] == ["M", "L", "S", "M"]
    assert lines.recommended_rows[2] == -1 and labels[lines.recommended_rows[0]] == "M"


def test_an_exchange_to_a_smaller_size_counts_as_too_large(tmp_path, catalog):
    rows = [["1", "2025-01-01", "SH-1", "L", "1", "1", "", "", "M", "", "", ""]]
    lines = import_orders(write_csv(tmp_path / "o.csv", SIZER_HEADER, rows), catalog)
    assert lines.too_large.tolist() == [1] and lines.too_small.tolist() == [0]


def test_xlsx_orders_read_like_csv(tmp_path, catalog):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(SIZER_HEADER)
    for row in _sizer_rows():
        sheet.append([int(v) if v.isdigit() else v for v in row])
    book.save(tmp_path / "o.xlsx")
    from_xlsx = import_orders(tmp_path / "o.xlsx", catalog)
    from_csv = import_orders(write_csv(tmp_path / "o.csv", SIZER_HEADER, _sizer_rows()), catalog)
    for name in ("size_rows", "quantity", "too_small", "too_large", "other", "recommended_rows"):
        assert getattr(from_xlsx, name).tolist() == getattr(from_csv, name).tolist()


def test_every_bad_cell_is_named_by_file_row_and_column_and_nothing_is_imported(tmp_path, catalog):
    rows = _sizer_rows() + [
        ["2001", "2025-13-45", "SH-1", "M", "1", "0", "", "", "", "", "", ""],  # row 6: bad date
        ["2002", "2025-03-01", "SH-3", "M", "1", "0", "", "", "", "", "", ""],  # row 7: unknown listing
        ["2003", "2025-03-01", "SH-1", "XXL", "1", "0", "", "", "", "", "", ""],  # row 8: unknown size
        ["2004", "2025-03-01", "SH-1", "M", "two", "0", "", "", "", "", "", ""],  # row 9: not a number
        ["2005", "2025-03-01", "SH-1", "M", "1", "3", "", "", "", "", "", ""],  # row 10: more back than sold
        ["", "2025-03-01", "SH-1", "M", "1", "0", "", "", "", "", "", ""],  # row 11: no order id
        ["2007", "2025-03-01", "SH-1", "M", "1", "0", "", "", "XS", "", "", ""],  # row 12: bad exchange size
    ]
    path = write_csv(tmp_path / "o.csv", SIZER_HEADER, rows)
    with pytest.raises(OrdersImportError) as caught:
        import_orders(path, catalog)
    found = {(i.row, i.column) for i in caught.value.issues}
    assert {(6, "order_date"), (7, "listing_id"), (8, "size_label"), (9, "quantity"), (10, "returned_quantity"),
            (11, "order_id"), (12, "exchanged_to_size"), (12, "returned_quantity")} <= found
    assert all(i.file == str(path) for i in caught.value.issues)
    text = str(caught.value)
    assert "nothing was imported" in text and "is not in the catalogue (did you mean" in text
    assert "'XXL' is not a size of SH-1; valid: S, M, L, XL" in text


def test_an_unknown_column_stops_the_import_with_a_suggestion(tmp_path, catalog):
    header = [("returned_qty" if h == "returned_quantity" else h) for h in SIZER_HEADER]
    header[header.index("returned_qty")] = "returned_quantityy"
    with pytest.raises(OrdersImportError, match="did you mean 'returned_quantity'"):
        import_orders(write_csv(tmp_path / "o.csv", header, _sizer_rows()), catalog)


SHOPIFY_ORDERS = ["Name", "Email", "Financial Status", "Created at", "Lineitem quantity", "Lineitem name",
                  "Lineitem price", "Lineitem sku"]
SHOPIFY_RETURNS = ["Name", "Lineitem sku", "Quantity", "Return reason", "Return reason note", "Exchanged to sku"]


def test_shopify_orders_export_with_returns(tmp_path, catalog):
    orders = write_csv(tmp_path / "orders_export.csv", SHOPIFY_ORDERS, [
        ["#1001", "a@x", "paid", "2025-03-01 10:11:12 -0500", "1", "Shirt SH-1 - M", "30", "SH-1-M"],
        ["#1001", "", "", "", "1", "Shirt SH-1 - L", "30", "SH-1-L"],  # bracketing; date on the first row only
        ["#1002", "b@x", "paid", "2025-03-02 09:00:00 -0500", "2", "Shirt SH-2 - Navy / XL", "30", ""],  # by name
        ["#1003", "c@x", "paid", "2025-03-03 09:00:00 -0500", "1", "Shirt SH-2 - S", "30", "sh-2_s"],
    ])
    returns = write_csv(tmp_path / "returns.csv", SHOPIFY_RETURNS, [
        ["#1001", "SH-1-M", "1", "SIZE_TOO_SMALL", "", ""],
        ["#1002", "", "1", "OTHER", "way too big", ""],  # the note says which way
        ["#1003", "sh-2_s", "1", "SIZE_TOO_SMALL", "", "SH-2-M"],
    ])
    lines = import_orders(orders, catalog, returns_path=returns)
    assert len(lines) == 4 and lines.order_count == 3
    assert lines.too_small.tolist() == [1, 0, 0, 1]
    assert lines.too_large.tolist() == [0, 0, 1, 0]
    assert lines.bracketed.tolist() == [True, True, False, False]
    assert "Shopify" in lines.description


def test_shopify_errors_name_the_returns_file_and_row(tmp_path, catalog):
    orders = write_csv(tmp_path / "orders_export.csv", SHOPIFY_ORDERS, [
        ["#1001", "a@x", "paid", "2025-03-01", "1", "Shirt SH-1 - M", "30", "SH-1-M"],
        ["#1002", "a@x", "paid", "2025-03-01", "1", "Mystery hat", "30", "HAT-9"],
    ])
    returns = write_csv(tmp_path / "returns.csv", SHOPIFY_RETURNS, [
        ["#1001", "SH-1-M", "2", "SIZE_TOO_SMALL", "", ""],
        ["#9999", "SH-1-M", "1", "SIZE_TOO_SMALL", "", ""],
    ])
    with pytest.raises(OrdersImportError) as caught:
        import_orders(orders, catalog, returns_path=returns)
    where = {(i.file.split("/")[-1], i.row, i.column) for i in caught.value.issues}
    assert ("orders_export.csv", 3, "Lineitem sku") in where
    assert ("returns.csv", 2, "Quantity") in where  # 2 returned, 1 sold
    assert ("returns.csv", 3, "Name") in where  # no such order line


AMAZON_ORDERS = ["amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
                 "fulfillment-channel", "sales-channel", "product-name", "sku", "asin", "item-status", "quantity"]
AMAZON_RETURNS = ["return-date", "order-id", "sku", "asin", "fnsku", "product-name", "quantity",
                  "fulfillment-center-id", "detailed-disposition", "reason", "status", "license-plate-number",
                  "customer-comments"]


def test_amazon_all_orders_report_with_fba_customer_returns(tmp_path, catalog):
    def order(order_id, sku, status="Shipped", quantity="1"):
        return [order_id, "", "2025-03-01T10:11:12+00:00", "2025-03-02T10:11:12+00:00", status, "Amazon",
                "Amazon.com", "Shirt", sku, "B0TEST", status, quantity]

    orders = write_csv(tmp_path / "all_orders.txt", AMAZON_ORDERS, [
        order("111-1", "SH-1M"), order("111-2", "SH-1 L"), order("111-3", "SH-2-XL"),
        order("111-4", "SH-2-S", status="Cancelled", quantity="0"),
    ])
    returns = write_csv(tmp_path / "fba_returns.csv", AMAZON_RETURNS, [
        ["2025-03-20T00:00:00+00:00", "111-1", "SH-1M", "B0TEST", "X00", "Shirt", "1", "PHX7", "SELLABLE",
         "APPAREL_TOO_SMALL", "Unit returned to inventory", "LPN1", ""],
        ["2025-03-21T00:00:00+00:00", "111-2", "SH-1 L", "B0TEST", "X00", "Shirt", "1", "PHX7", "SELLABLE",
         "NO_REASON_GIVEN", "Unit returned to inventory", "LPN2", "runs large"],
        ["2025-03-22T00:00:00+00:00", "111-3", "SH-2-XL", "B0TEST", "X00", "Shirt", "1", "PHX7", "DEFECTIVE",
         "DEFECTIVE", "Unit returned to inventory", "LPN3", "seam split"],
    ])
    lines = import_orders(orders, catalog, returns_path=returns)
    assert len(lines) == 3  # the cancelled line is left out
    assert lines.too_small.tolist() == [1, 0, 0]
    assert lines.too_large.tolist() == [0, 1, 0]
    assert lines.other.tolist() == [0, 0, 1]


def test_a_file_of_another_layout_asks_for_a_mapping_then_remembers_it(tmp_path, catalog):
    header = ["订单号", "下单时间", "款号", "尺码", "数量", "退货数量", "退货原因"]
    rows = [["A1", "2025-03-01", "SH-1", "M", "1", "1", "偏小"], ["A2", "2025-03-02", "SH-2", "L", "1", "0", ""]]
    path = write_csv(tmp_path / "shop.csv", header, rows)
    with pytest.raises(OrdersImportError, match="map them once"):
        import_orders(path, catalog)
    proposal = propose_mapping(header)
    assert proposal.columns == {"order_id": "订单号", "order_date": "下单时间", "listing_id": "款号",
                                "size_label": "尺码", "quantity": "数量", "returned_quantity": "退货数量",
                                "return_reason": "退货原因"}
    remember_mapping(header, proposal)
    assert remembered_mapping(header) == proposal
    lines = import_orders(path, catalog)  # the next export of the same layout needs no mapping
    assert lines.too_small.tolist() == [1, 0]


def test_a_mapping_to_a_missing_column_or_an_unknown_field_is_refused(tmp_path, catalog):
    path = write_csv(tmp_path / "shop.csv", ["Order", "Date", "Item", "Size", "Qty"],
                     [["1", "2025-01-01", "SH-1", "M", "1"]])
    mapping = ColumnMapping({"order_id": "Order", "order_date": "Date", "listing_id": "Item", "size_label": "Sise",
                             "quantity": "Qty"})
    with pytest.raises(OrdersImportError, match="column 'Sise', which the file does not have"):
        import_orders(path, catalog, mapping=mapping)
    with pytest.raises(Exception, match="unknown orders field 'size'"):
        ColumnMapping.parse(["size=Size"])
