"""Shopify: size charts as metaobjects, linked to products by a metafield.

* ``size_chart_metaobjects``: the metaobject definition (type ``size_chart``: title, unit, the
  table as JSON data (labels as text, each body range as min and max numbers), the phone-first HTML) and one metaobject per listing, as the JSON the Admin
  API's metaobjectDefinitionCreate / metaobjectUpsert take (type, handle, fields of key/value).
* ``metafield_csv``: the product CSV Shopify's importer accepts to link them: Handle, Title, a
  ``Size chart (product.metafields.custom.size_chart)`` column holding the metaobject's handle
  (how product CSVs write metaobject references) and ``Size guide (product.metafields.custom.
  size_guide)`` with the plain HTML, for themes that show a rich-text metafield.
"""
from __future__ import annotations

import json
import re
from typing import Any

from sizer.catalog.model import Catalog
from sizer.catalog.size_guide import build_size_guide_table, size_guide_numbers
from sizer.channels.common import channel_values

FIELD_TYPES = {"title": "single_line_text_field", "unit": "single_line_text_field", "listing": "single_line_text_field",
               "table": "json", "html": "multi_line_text_field"}


def _config() -> dict[str, str]:
    return channel_values()["shopify"]


def metaobject_handle(listing_id: str) -> str:
    """Shopify handles: lower case letters, digits and hyphens."""
    return "size-chart-" + (re.sub(r"[^a-z0-9]+", "-", listing_id.lower()).strip("-") or "listing")


def metafield_column(name: str, key: str) -> str:
    return f"{name} (product.metafields.{_config()['metafield_namespace']}.{key})"


def size_chart_metaobjects(catalog: Catalog, systems: list[str], unit: str, lang: str) -> dict[str, Any]:
    from sizer.catalog import chart_bridge
    from sizer.ui.documents.size_guide_mobile import mobile_size_guide_html

    kind = _config()["metaobject_type"]
    definition = {"type": kind, "name": "Size chart", "displayNameKey": "title",
                  "fieldDefinitions": [{"key": key, "name": key.capitalize(), "type": t} for key, t in FIELD_TYPES.items()]}
    objects = []
    for listing in catalog:
        shown = [s for s in systems if s in chart_bridge.systems(listing.category)]
        table = build_size_guide_table(listing, shown, unit, lang)
        # The table as data (min and max as numbers), for a theme to lay out; "html" is the text version.
        columns, rows = size_guide_numbers(table)
        primary = None if table.primary_dimension is None else \
            table.label_columns + 2 * (2 if unit == "both" else 1) * table.dimensions.index(table.primary_dimension)
        payload = {"columns": columns, "rows": rows, "label_columns": table.label_columns,
                   "primary_column": primary, "unit": unit, "note": table.note}
        fields = {"title": table.full_title, "unit": unit, "listing": listing.listing_id,
                  "table": json.dumps(payload, ensure_ascii=False),
                  "html": mobile_size_guide_html(table, with_guides=False)}
        objects.append({"type": kind, "handle": metaobject_handle(listing.listing_id),
                        "fields": [{"key": k, "value": v} for k, v in fields.items()]})
    return {"definition": definition, "metaobjects": objects}


def metafield_csv(catalog: Catalog, systems: list[str], unit: str, lang: str) -> tuple[list[str], list[list[str]]]:
    from sizer.catalog import chart_bridge
    from sizer.ui.documents.size_guide_mobile import plain_size_guide_html

    config = _config()
    columns = ["Handle", "Title", metafield_column(config["metafield_name"], config["metafield_key"]),
               metafield_column(config["guide_metafield_name"], config["guide_metafield_key"])]
    rows = []
    for listing in catalog:
        shown = [s for s in systems if s in chart_bridge.systems(listing.category)]
        table = build_size_guide_table(listing, shown, unit, lang)
        rows.append([listing.listing_id, listing.title, metaobject_handle(listing.listing_id),
                     plain_size_guide_html(table)])
    return columns, rows
