"""Column mappings for orders files in layouts Sizer does not know: which column holds which field.

The user confirms a mapping once; it is remembered per file layout (the file's header, as its
normalised column names) in the user's config folder, so the next export of the same shop
imports without asking.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sizer.atomic import atomic_write_text
from sizer.catalog.columns import normalise_header
from sizer.errors import DataFileError, SizerError, suggest
from sizer.problems import Problem, alternatives, quoted

REQUIRED_FIELDS = ("order_id", "order_date", "listing_id", "size_label", "quantity")
OPTIONAL_FIELDS = ("returned_quantity", "return_date", "return_reason", "exchanged_to_size", "customer_id",
                   "marketplace", "recommended_size")
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS
_STORE_NAME = "returns_column_mappings.json"
# Column names other tools use for each field, to propose a mapping the user then confirms.
_ALIASES = {
    "order_id": ("order", "order_no", "order_number", "order_name", "name", "订单号", "订单编号"),
    "order_date": ("date", "created_at", "purchase_date", "ordered_at", "order_time", "下单时间", "订单日期"),
    "listing_id": ("product_id", "item_id", "style", "sku_parent", "parent_sku", "商品编号", "商品id", "款号"),
    "size_label": ("size", "variant", "variant_title", "option1_value", "尺码", "尺寸"),
    "quantity": ("qty", "units", "lineitem_quantity", "数量"),
    "returned_quantity": ("returned", "return_qty", "returned_qty", "qty_returned", "退货数量"),
    "return_date": ("returned_at", "refund_date", "退货日期", "退货时间"),
    "return_reason": ("reason", "return_reason_note", "退货原因"),
    "exchanged_to_size": ("exchange_size", "exchanged_size", "换货尺码"),
    "customer_id": ("customer", "customer_hash", "buyer_id", "客户"),
    "marketplace": ("channel", "sales_channel", "platform", "平台", "渠道"),
    "recommended_size": ("sizer_size", "advised_size", "推荐尺码"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """field -> the column of the file that holds it (as the file spells it)."""

    columns: dict[str, str]

    def __post_init__(self) -> None:
        for name in self.columns:
            if name not in FIELDS:
                hints = suggest(name, FIELDS)
                hint = Problem("did_you_mean_plain", suggestions=alternatives(hints)) if hints else ""
                raise SizerError(Problem("orders_unknown_field", field=quoted(name), did_you_mean=hint,
                                         fields=list(FIELDS)))

    @classmethod
    def parse(cls, pairs: list[str]) -> ColumnMapping:
        """From ``FIELD=COLUMN`` strings (the CLI's ``--map``)."""
        columns: dict[str, str] = {}
        for pair in pairs:
            field, sep, column = pair.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise SizerError(Problem("orders_bad_map_pair", pair=quoted(pair)))
            columns[field.strip()] = column.strip()
        return cls(columns)


def layout_key(header: list[str]) -> str:
    """The same key for every export of one layout: its normalised column names, in order."""
    names = "\x1f".join(normalise_header(h) for h in header)
    return hashlib.sha256(names.encode("utf-8")).hexdigest()[:16]


def store_path() -> Path:
    """Where remembered mappings live; SIZER_CONFIG_DIR overrides the user's config folder."""
    from sizer.user_dirs import config_dir

    return config_dir() / _STORE_NAME


def _load_store() -> dict:
    path = store_path()
    if not path.exists():
        return {}
    try:
        store = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DataFileError(str(path), None, None, Problem("mappings_store_unreadable", detail=str(error))) from None
    return store if isinstance(store, dict) else {}


def remembered_mapping(header: list[str]) -> ColumnMapping | None:
    entry = _load_store().get(layout_key(header))
    if not isinstance(entry, dict) or not isinstance(entry.get("columns"), dict):
        return None
    return ColumnMapping({str(k): str(v) for k, v in entry["columns"].items() if k in FIELDS})


def remember_mapping(header: list[str], mapping: ColumnMapping) -> Path:
    """Keep ``mapping`` for every file with this header (written atomically)."""
    store = _load_store()
    store[layout_key(header)] = {"header": list(header), "columns": dict(mapping.columns)}
    path = store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(store, ensure_ascii=False, indent=2) + "\n")
    return path


def propose_mapping(header: list[str]) -> ColumnMapping:
    """A first guess for the user to confirm: a column named like a field, or like one of its aliases."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for name in FIELDS:
        candidates = (name,) + _ALIASES.get(name, ())
        for raw in header:
            if raw in taken:
                continue
            if normalise_header(raw) in candidates:
                columns[name] = raw
                taken.add(raw)
                break
    return ColumnMapping(columns)
