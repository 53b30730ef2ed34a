"""Column mapping: any catalogue spreadsheet (a Shopify product export, an Amazon flat file, a
supplier's sheet) turned into Sizer's catalogue columns, then imported by the one importer.

:func:`propose_mapping` reads the top of the file, finds the header row (title rows above it are
common: Amazon templates carry two), and proposes a target for every column, by its name (English
and Chinese, sizer/data/column_names.toml) and, where the name says nothing, by its content. The
user confirms or changes the proposal once; :class:`MappingStore` remembers it per file layout
(the header's names), so the next export of the same shop imports without asking.

:func:`import_mapped` applies a mapping: product-level fields written only on a product's first
row (Shopify's Title, Option1 Name) are carried down, Shopify options become the size label (the
option named Size) and colours of the same size collapse into one size row, Amazon parent rows
are skipped, range cells ("86-90") become min and max. The canonical rows then go through
:func:`sizer.catalog.importer.import_catalog`, and every problem it finds is reported with the
merchant's own row number and column name, once per problem rather than once per row.
"""
from __future__ import annotations

import copy
import csv
import functools
import hashlib
import itertools
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sizer.catalog.cell_values import parse_measure, unit_in_cell
from sizer.catalog.columns import REQUIRED_COLUMNS, normalise_header
from sizer.catalog.importer import CatalogImportError, ImportIssue, ImportResult, import_catalog, rows_location
from sizer.catalog.model import join_skus, split_skus
from sizer.catalog.reading import read_table
from sizer.dimensions import DIMENSION_IDS
from sizer.errors import DataFileError, SizerError
from sizer.problems import CategoryName, Lines, Problem, quoted
from sizer.resources import data, read_toml
from sizer.sizing.labels import letter_size

NAMES_FILE = "column_names.toml"
MAPPING_STORE_ENV = "SIZER_MAPPINGS_FILE"
# Targets a column can have besides the measurement columns. "sku": a variant's own id (kept per
# size), the listing id when the row has no product id; "variant": a colour (sizes of other colours
# collapse); "row_kind": Amazon's parent_child ("parent" rows are skipped); "size_class": Amazon's
# apparel_size_class (Alpha: letter sizes); "department" and "age_group": whom the product is for.
FIELD_TARGETS = ("listing_id", "sku", "title", "category", "department", "age_group", "size_label", "size_system",
                 "size_class", "fit", "stretch", "variant", "row_kind")
# The first row of a listing says these (Shopify writes them on a product's first row only).
PRODUCT_FIELDS = ("title", "category", "department", "age_group", "size_system", "size_class", "fit", "stretch")
# Said per row when the row gives them (an Amazon child row has its own size system and class).
ROW_FIELDS = ("size_system", "size_class")
CONSTANT_FIELDS = ("category", "size_system", "fit", "stretch")
MAX_OPTIONS = 3
IGNORE = ""
# A category value that says "not a sized product" (gift cards, bags): its rows are left out on
# purpose and counted, not reported as problems.
NOT_SIZED = "not_sized"
_HEADER_ROWS_SEARCHED = 12
_SAMPLE_ROWS = 300
_CANONICAL_FIELDS = ("listing_id", "title", "category", "size_label", "size_system", "fit", "stretch", "segment",
                     "sku")
# A Shopify metafield column: "Size system (product.metafields.custom.size_system)".
_METAFIELD_RE = re.compile(r"\s*\((?:product|variant)\.metafields\.[^)]*\)\s*$", re.IGNORECASE)
_MEASUREMENT_TARGET_RE = re.compile(
    r"^(?:(?P<garment>garment_)(?P<gdim>[a-z_]+?)|(?P<dim>[a-z_]+?)_(?P<bound>min|max|range))(?P<inches>_in)?$")
_SIZE_LABEL_RE = re.compile(r"^(?:\d?X{0,4}[SML]|X{1,4}[SL]|\d{1,3}(?:[./]\d{1,3})?|\d{2,3}/\d{2,3}[A-Z]?|"
                            r"one size|os|均码|free)$", re.IGNORECASE)


# -- the mapping ----------------------------------------------------------------------------------
@dataclass
class ColumnMapping:
    """Which column of the file is which, and the values that hold for every row.

    ``columns``: the file's header cell -> a target: one of FIELD_TARGETS, ``option<n>_name`` /
    ``option<n>_value`` (Shopify's option pairs), a measurement column of the catalogue format
    (``chest_girth_min``, ``garment_waist_girth_in``) or ``<dimension>_range`` (a cell holding a
    range such as "86-90", or one value), or "" (not imported).
    ``constants``: category, size_system, fit or stretch for rows whose file gives none.
    ``category_values``: a category cell's text -> the Sizer category id it means ("T-Shirt" ->
    "womens_tops").
    """

    header_row: int = 1
    columns: dict[str, str] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    category_values: dict[str, str] = field(default_factory=dict)

    def target_of(self, column: str) -> str:
        """The target of a header cell; names compare as layouts do (case, spaces and underscores aside)."""
        if column in self.columns:
            return self.columns[column]
        wanted = normalise_header(column)
        return next((t for c, t in self.columns.items() if normalise_header(c) == wanted), IGNORE)

    def columns_for(self, target: str) -> list[str]:
        return [c for c, t in self.columns.items() if t == target]

    def to_json(self) -> dict[str, Any]:
        return {"header_row": self.header_row, "columns": dict(self.columns), "constants": dict(self.constants),
                "category_values": dict(self.category_values)}

    @classmethod
    def from_json(cls, payload: Any, where: str = "mapping") -> ColumnMapping:
        if not isinstance(payload, dict):
            raise DataFileError(where, None, None, "a column mapping is a JSON object with \"columns\"")
        mapping = cls(int(payload.get("header_row", 1)), _str_dict(payload.get("columns", {}), where, "columns"),
                      _str_dict(payload.get("constants", {}), where, "constants"),
                      _str_dict(payload.get("category_values", {}), where, "category_values"))
        problems = mapping.problems()
        if problems:
            raise DataFileError(where, None, None, "; ".join(problems))
        return mapping

    def problems(self) -> list[str]:
        """What stops this mapping from importing anything; one line per problem, [] when it can."""
        problems = []
        for column, target in self.columns.items():
            if target and not is_valid_target(target):
                problems.append(Problem("mapping_unknown_target", column=quoted(column), target=quoted(target),
                                        targets=list(FIELD_TARGETS)))
        for name, value in self.constants.items():
            if name not in CONSTANT_FIELDS:
                problems.append(Problem("mapping_bad_constant", name=quoted(name), fields=list(CONSTANT_FIELDS)))
            elif value and value.casefold() not in {v.casefold() for v in constant_choices(name)}:
                # Said once here, not once per row (or per category) by the import.
                problems.append(Problem("mapping_bad_constant_value", field=Problem(f"mapping_field_{name}"),
                                        value=quoted(value), valid=list(constant_choices(name))))
        for text, category in self.category_values.items():
            if category != NOT_SIZED and category not in constant_choices("category"):
                problems.append(Problem("mapping_bad_category_value", text=quoted(text), value=quoted(category)))
        problems += self._system_problems()
        targets = set(self.columns.values())
        if "listing_id" not in targets and "sku" not in targets:
            problems.append(Problem("mapping_no_listing_id"))
        if "title" not in targets:
            problems.append(Problem("mapping_no_title"))
        has_options = any(t.startswith("option") and t.endswith("_value") for t in targets)
        if "size_label" not in targets and not has_options:
            problems.append(Problem("mapping_no_size"))
        if "category" not in targets and not self.constants.get("category"):
            problems.append(Problem("mapping_no_category"))
        return problems


    def categories(self) -> list[str]:
        """The Sizer categories this mapping gives rows (its category values and the one for every row)."""
        known = set(constant_choices("category"))
        named = [*self.category_values.values(), self.constants.get("category", "")]
        return [c for c in dict.fromkeys(named) if c in known]

    def _system_problems(self) -> list[Problem]:
        """A size system for every row that some mapped category's chart has no labels in: said
        once for them all here, not once per category (and per row) by the import."""
        system = self.constants.get("size_system", "").upper()
        if not system or system not in constant_choices("size_system"):
            return []
        from sizer.catalog import chart_bridge

        lacking = [c for c in self.categories() if system not in chart_bridge.systems(c)]
        if not lacking:
            return []
        return [Problem("mapping_system_not_offered", system=quoted(system),
                        categories=[CategoryName(c) for c in lacking])]


def _str_dict(value: Any, where: str, key: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise DataFileError(where, key, None, "expected an object of text values")
    return dict(value)


def constant_choices(name: str) -> tuple[str, ...]:
    """The values a mapping may set for every row: a Sizer category, a size system, a fit, a stretch."""
    if name == "category":
        from sizer.catalog import chart_bridge

        return tuple(sorted(chart_bridge.category_ids()))
    if name == "size_system":
        from sizer.sizing.schema import KNOWN_SYSTEMS

        return tuple(KNOWN_SYSTEMS)
    if name == "fit":
        from sizer.catalog.model import FitIntent

        return tuple(f.value for f in FitIntent)
    if name == "stretch":
        from sizer.catalog.model import Stretch

        return tuple(s.value for s in Stretch)
    return ()


def is_valid_target(target: str) -> bool:
    if target in FIELD_TARGETS or target == IGNORE:
        return True
    if re.fullmatch(rf"option[1-{MAX_OPTIONS}]_(?:name|value)", target):
        return True
    return measurement_target(target) is not None


def measurement_target(target: str) -> tuple[str, str, bool] | None:
    """(dimension, "min" | "max" | "range" | "garment", inches) of a measurement target, else None."""
    match = _MEASUREMENT_TARGET_RE.match(target)
    if not match:
        return None
    dim = match["gdim"] or match["dim"]
    if dim not in DIMENSION_IDS:
        return None
    return dim, "garment" if match["garment"] else match["bound"], bool(match["inches"])


def target_choices() -> list[str]:
    """Every target, in the order a chooser lists them."""
    choices = [IGNORE, *FIELD_TARGETS]
    for n in range(1, MAX_OPTIONS + 1):
        choices += [f"option{n}_name", f"option{n}_value"]
    for dim in DIMENSION_IDS:
        for suffix in ("", "_in"):
            choices += [f"{dim}_range{suffix}", f"{dim}_min{suffix}", f"{dim}_max{suffix}", f"garment_{dim}{suffix}"]
    return choices


def layout_key(header: Iterable[Any]) -> str:
    """The same for every file with these column names, whatever their values or case."""
    names = "\x1f".join(normalise_header(c) for c in header if c is not None and str(c).strip())
    return hashlib.sha256(names.encode("utf-8")).hexdigest()[:20]


# -- names ------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _names() -> dict[str, Any]:
    return read_toml(data(NAMES_FILE), "the column names")


def _plain(text: Any) -> str:
    """Lower case, punctuation and underscores to single spaces: "Option1_Value" -> "option1 value"."""
    text = str(text).strip().lower()
    text = re.sub(r"[\s_\-./:：()（）\[\]【】,，#*]+", " ", text)
    return text.strip()


@functools.lru_cache(maxsize=1)
def _field_names() -> dict[str, str]:
    names = {}
    for target, synonyms in _names()["fields"].items():
        for synonym in synonyms:
            names.setdefault(_plain(synonym), target)
    return names


@functools.lru_cache(maxsize=1)
def _field_rank() -> dict[str, int]:
    """How early a name comes in its field's list: of two Size columns, the standard one wins."""
    ranks = {}
    for synonyms in _names()["fields"].values():
        for rank, synonym in enumerate(synonyms):
            ranks.setdefault(_plain(synonym), rank)
    return ranks


def _words(kind: str) -> list[str]:
    return [_plain(w) if w != '"' else '"' for w in _names()["qualifiers"][kind]]


def _contains(text: str, word: str) -> bool:
    if not word:
        return False
    if re.search(r"[\u3000-\u9fff\uac00-\ud7af]", word):
        return word in text  # CJK headers run words together: 成衣胸围
    return re.search(rf"(?:^|\s){re.escape(word)}(?:$|\s)", text) is not None


def name_target(header: Any) -> str | None:
    """The target a header's name says, or None."""
    metafield = _METAFIELD_RE.search(str(header))
    if metafield:
        # Shopify's metafield columns by their names; its "Size" metafield lists every size of the
        # product on its first row: the sizes are the options, not this column.
        target = name_target(str(header)[:metafield.start()])
        return None if target in ("size_label", "listing_id", "sku", "title") or (
            target and target.startswith("option")) else target
    plain = _plain(header)
    if not plain:
        return None
    if plain in _field_names():
        return _field_names()[plain]
    raw = normalise_header(header)
    if measurement_target(raw) is not None:
        return raw  # already the catalogue's own name, e.g. chest_girth_min_in
    if raw in REQUIRED_COLUMNS:
        return raw
    for n in range(1, MAX_OPTIONS + 1):
        for part in ("name", "value"):
            if plain in (_plain(p.format(n=n)) for p in _names()["options"][part]):
                return f"option{n}_{part}"
    return _measurement_from_name(plain, str(header))


def _measurement_from_name(plain: str, raw: str) -> str | None:
    if any(_contains(plain, w) for w in _words("not_measurement")):
        return None
    best: tuple[int, str] | None = None
    for dim, synonyms in _names()["dimensions"].items():
        for synonym in synonyms:
            word = _plain(synonym)
            if _contains(plain, word) and (best is None or len(word) > best[0]):
                best = (len(word), dim)
    if best is None:
        return None
    dim = best[1]
    inches = any(_contains(plain, w) for w in _words("inches") if w != '"') or raw.rstrip().endswith('"')
    if any(_contains(plain, w) for w in _words("garment")) and not any(_contains(plain, w) for w in _words("body")):
        return f"garment_{dim}{'_in' if inches else ''}"
    if any(_contains(plain, w) for w in _words("minimum")):
        bound = "min"
    elif any(_contains(plain, w) for w in _words("maximum")):
        bound = "max"
    else:
        bound = "range"
    return f"{dim}_{bound}{'_in' if inches else ''}"


@functools.lru_cache(maxsize=1)
def _size_option_names() -> frozenset[str]:
    return frozenset(_plain(w) for w in _names()["options"]["size_names"])


@functools.lru_cache(maxsize=4096)
def is_size_option_name(text: Any) -> bool:
    """Whether an option's name says it is the size ("Size", "尺码"); a file repeats a few names on
    every row, so each name is read once."""
    return _plain(text) in _size_option_names()


# -- proposing ----------------------------------------------------------------------------------
@dataclass
class Proposal:
    """A proposed mapping and what it was based on, for the user to confirm."""

    path: str
    header: list[str]
    mapping: ColumnMapping
    reasons: dict[str, str]  # column -> "name" | "content" | "remembered" | "" (not recognised)
    samples: dict[str, list[str]]  # column -> its first distinct values
    category_texts: list[str]  # distinct category cells, for the value mapping
    layout: str
    remembered: bool = False
    description: str = ""
    in_use: bool = False  # the mapping the file was last read through (to change it), not a proposal

    @property
    def problems(self) -> list[str]:
        return self.mapping.problems()

    @property
    def unmapped_categories(self) -> list[str]:
        """Category texts of the file the mapping does not say the meaning of (a new product type
        since the mapping was remembered); none when one category holds for every row."""
        if self.mapping.constants.get("category"):
            return []
        return [t for t in self.category_texts if t not in self.mapping.category_values]

    @property
    def complete(self) -> bool:
        """The mapping can import this file as it is: no problem, every category text known."""
        return not self.problems and not self.unmapped_categories


def _table_rows(path: Path, encoding: str | None, limit: int | None = None) -> tuple[list[tuple[int, list[Any]]], str]:
    table = read_table(path, encoding)
    rows = [(1, list(table.header))]
    try:
        for number, cells in table.rows:
            rows.append((number, cells))
            if limit is not None and len(rows) >= limit:
                break
    finally:
        close = getattr(table.rows, "close", None)
        if close is not None:
            close()
    return rows, table.description


def _find_header(rows: list[tuple[int, list[Any]]]) -> int:
    """Index in ``rows`` of the header: the top row whose cells most often name a known column
    (the later one on a tie: Amazon's field names sit under its human labels)."""
    best, best_score = 0, -1
    for i, (_, cells) in enumerate(rows[:_HEADER_ROWS_SEARCHED]):
        score = sum(1 for c in cells if c is not None and str(c).strip() and name_target(c) is not None)
        if score >= best_score and score > 0:
            best, best_score = i, score
    return best


def propose_mapping(path: str | Path, store: MappingStore | None = None, encoding: str | None = None,
                    start_from: ColumnMapping | None = None) -> Proposal:
    """The mapping this file most likely needs: ``start_from`` (the one the user chose last, to
    change it), else the remembered one for its layout, else by names and content."""
    path = Path(path)
    rows, description = _table_rows(path, encoding, _HEADER_ROWS_SEARCHED + _SAMPLE_ROWS)
    header_index = _find_header(rows)
    header_number, header_cells = rows[header_index]
    header = ["" if c is None else str(c).strip() for c in header_cells]
    body = [cells for _, cells in rows[header_index + 1:]]
    samples = {name: _distinct([_cell_text(cells, j) for cells in body])[:8] for j, name in enumerate(header) if name}
    key = layout_key(header)
    remembered = (store or MappingStore()).get(key)
    if start_from is not None:
        category_texts = _category_texts(header, body, start_from)
        reasons = {name: "remembered" if start_from.target_of(name) else "" for name in header if name}
        return Proposal(str(path), header, copy.deepcopy(start_from), reasons, samples, category_texts, key,
                        remembered is not None, description, in_use=True)
    if remembered is not None:
        reasons = {name: "remembered" if remembered.target_of(name) else "" for name in header if name}
        category_texts = _category_texts(header, body, remembered)
        return Proposal(str(path), header, remembered, reasons, samples, category_texts, key, True, description)

    columns: dict[str, str] = {}
    reasons: dict[str, str] = {}
    taken: dict[str, str] = {}  # single-column target -> the column that has it
    for name in header:
        if not name:
            continue
        target = name_target(name)
        columns[name], reasons[name] = IGNORE, ""
        if target is None:
            continue
        if target in FIELD_TARGETS and target != "variant":
            holder = taken.get(target)
            rank = _field_rank().get(_plain(name), 99)
            if holder is not None and _field_rank().get(_plain(holder), 99) <= rank:
                continue
            if holder is not None:
                columns[holder], reasons[holder] = IGNORE, ""
            taken[target] = name
        columns[name], reasons[name] = target, "name"
    taken_targets = set(taken) | {t for t in columns.values() if t}
    _prefer_guessable_category(header, body, columns, reasons)
    _propose_by_content(header, body, columns, reasons, taken_targets)
    _check_units_by_content(header, body, columns)
    mapping = ColumnMapping(header_number, columns)
    mapping.constants.update(_guess_constants(header, body, mapping))
    category_texts = _category_texts(header, body, mapping)
    mapping.category_values.update({t: c for t in category_texts if (c := guess_category(t))})
    return Proposal(str(path), header, mapping, reasons, samples, category_texts, key, False, description)




def _prefer_guessable_category(header: list[str], body: list[list[Any]], columns: dict[str, str],
                               reasons: dict[str, str]) -> None:
    """Of the columns named like a category (Shopify has Product Category and Type), the one whose
    values most often tell a Sizer category."""
    candidates = [(j, n) for j, n in enumerate(header) if n and columns.get(n) in ("category", IGNORE)
                  and name_target(n) == "category"]
    if len(candidates) < 2:
        return

    def score(j: int) -> int:
        return sum(1 for v in _distinct(_cell_text(c, j) for c in body) if guess_category(v))

    best = max(candidates, key=lambda jn: score(jn[0]))
    for _, name in candidates:
        columns[name], reasons[name] = ("category", "content") if name == best[1] else (IGNORE, "")


def _propose_by_content(header: list[str], body: list[list[Any]], columns: dict[str, str],
                        reasons: dict[str, str], taken: set[str]) -> None:
    """Columns whose names say nothing, recognised by what they hold: sizes, ids, titles."""
    has_options = any(t.startswith("option") for t in taken)
    for j, name in enumerate(header):
        if not name or columns.get(name):
            continue
        values = [v for v in (_cell_text(cells, j) for cells in body) if v]
        if len(values) < 2:
            continue
        distinct = _distinct(values)
        letters = all(letter_size(v) is not None for v in values)
        # Letters (S, M, XL) are sizes; numbers only when few values repeat (a quantity column does not).
        if "size_label" not in taken and not has_options and all(_SIZE_LABEL_RE.match(v) for v in values) \
                and (letters or (len(distinct) <= 20 and len(distinct) < len(values))):
            columns[name], reasons[name] = "size_label", "content"
            taken.add("size_label")
        elif "title" not in taken and not _names_a_category(name) and sum(" " in v for v in values) > len(values) * 0.8 \
                and sum(len(v) for v in values) / len(values) > 12:
            columns[name], reasons[name] = "title", "content"
            taken.add("title")


def _names_a_category(header: str) -> bool:
    """A header that says category in any word Sizer knows ("Unterkategorie", "Sub-category"): its
    texts are product types, never the title, even when they read like one ("Herren Hemden")."""
    plain = _plain(header).replace(" ", "")
    return name_target(header) == "category" or any(
        len(word) >= 5 and word.replace(" ", "") in plain for word in map(_plain, _names()["fields"]["category"]))


def _check_units_by_content(header: list[str], body: list[list[Any]], columns: dict[str, str]) -> None:
    """A measurement column whose cells say "in" (34-36") is in inches whatever its name says."""
    for j, name in enumerate(header):
        parsed = measurement_target(columns.get(name, "")) if name else None
        if parsed is None or parsed[2]:
            continue
        units = {unit_in_cell(cells[j]) for cells in body if j < len(cells)} - {None}
        if units == {"in"}:
            columns[name] += "_in"


def _guess_constants(header: list[str], body: list[list[Any]], mapping: ColumnMapping) -> dict[str, str]:
    """Nothing is set for every row by guessing: a store sells letter-sized tees beside EU-sized
    shoes, so the size system is decided per listing on import (:func:`decide_size_systems`)."""
    return {}


def _category_texts(header: list[str], body: list[list[Any]], mapping: ColumnMapping) -> list[str]:
    """The distinct texts the category value mapping has to know (department and type together),
    each as :func:`map_rows` will look it up: a listing's department is its own (from its first row
    that gives one), never the row above's of another product."""
    def column(target: str) -> int | None:
        return next((j for j, n in enumerate(header) if n and mapping.target_of(n) == target), None)

    category, department = column("category"), column("department")
    listing_j, sku_j, kind_j = column("listing_id"), column("sku"), column("row_kind")
    if category is None:
        return []
    products: dict[str, dict[str, str]] = {}
    last_listing = ""
    for n, cells in enumerate(body):
        own = _cell_text(cells, sku_j) if sku_j is not None else ""
        listing = _cell_text(cells, listing_j) if listing_j is not None else ""
        if kind_j is not None and _cell_text(cells, kind_j).lower() == "parent":
            listing = own or listing
        else:
            listing = listing or own or (last_listing if listing_j is not None else "") or f"\x00{n}"
        last_listing = listing
        product = products.setdefault(listing, {"category": "", "department": ""})
        for name, j in (("category", category), ("department", department)):
            if j is not None and not product[name]:
                product[name] = _cell_text(cells, j)
    return _distinct(category_text(p["category"], p["department"]) for p in products.values() if p["category"])


def category_text(category: str, department: str = "") -> str:
    """What a row's category cell means, with its department when the file has one: "mens · shirt"."""
    return f"{department} · {category}" if department and category else category


_CATEGORY_WORDS = {
    "swimwear": ["swimwear", "swimsuit", "swimsuits", "bikini", "bikinis", "tankini", "one piece swimsuit", "泳衣", "泳装"],
    "bras": ["bra", "bras", "bralette", "文胸", "内衣"],
    "hats": ["hat", "hats", "cap", "caps", "beanie", "帽"],
    "gloves": ["glove", "gloves", "mittens", "手套"],
    "rings": ["ring", "rings", "戒指"],
    "shoes": ["shoe", "shoes", "sneaker", "sneakers", "boot", "boots", "sandal", "sandals", "footwear", "鞋", "靴",
              "schuh", "schuhe", "chaussure", "chaussures", "zapato", "zapatos", "scarpe"],
    "dresses": ["dress", "dresses", "skirt", "skirts", "gown", "连衣裙", "裙",
                "kleid", "kleider", "rock", "röcke", "jupe", "vestido", "falda", "abito", "gonna"],
    "trousers": ["pants", "trousers", "jeans", "shorts", "leggings", "chinos", "bottoms", "裤",
                 "hose", "hosen", "pantalon", "pantalons", "pantalón", "pantalones", "pantaloni"],
    "suits": ["suit", "suits", "blazer", "blazers", "西装"],
    "shirts": ["dress shirt", "dress shirts", "衬衫", "hemd", "hemden", "chemise", "chemises", "camisa", "camisas", "camicia",
               "camicie"],
    "tops": ["top", "tops", "tee", "tees", "t shirt", "t shirts", "tshirt", "shirt", "shirts", "blouse", "sweater",
             "hoodie", "sweatshirt", "jacket", "coat", "cardigan", "polo", "上衣", "t恤", "卫衣", "外套", "毛衣",
             "oberteil", "oberteile", "bluse", "blusen", "pullover", "jacke", "jacken", "mantel", "haut", "hauts",
             "chemisier", "veste", "manteau", "camiseta", "camisetas", "blusa", "chaqueta", "abrigo", "maglia",
             "maglietta", "giacca"],
}
_WHO_WORDS = {"womens": ["women", "womens", "woman", "ladies", "female", "girls'", "女", "女装", "女士",
                         "damen", "frauen", "femme", "femmes", "mujer", "mujeres", "donna"],
              "mens": ["men", "mens", "man", "male", "gentlemen", "男", "男装", "男士",
                       "herren", "männer", "homme", "hommes", "hombre", "hombres", "uomo"],
              "kids": ["kids", "kid", "children", "child", "boys", "girls", "baby", "toddler", "儿童", "童装", "童",
                       "kinder", "enfant", "enfants", "niños", "niño", "bambini"]}
# Size types a product type names ("Women's Petite Tops"): the category's chart of that size type, when there is one.
_SIZE_TYPE_WORDS = {"petite": ["petite", "petites", "小个子"], "plus": ["plus", "plus size", "curvy", "大码"],
                    "tall": ["tall", "talls", "高个子"], "maternity": ["maternity", "pregnancy", "孕妇"]}


_UNSIZED_WORDS = ["gift card", "gift voucher", "voucher", "bag", "handbag", "tote", "backpack", "wallet", "purse",
                  "umbrella", "sunglasses", "scarf", "scarves", "keyring", "candle", "mug", "poster", "礼品卡",
                  "手提包", "背包", "钱包", "围巾", "雨伞"]


def _mentions(text: str, words: list[str]) -> bool:
    return any(_contains(text, w) or _contains(text, w + "s") or _contains(text, w + "es") for w in words)


def guess_category(text: str) -> str | None:
    """The Sizer category a free-text product type most likely means ("Women's T-Shirts" -> womens_tops;
    "Women's Petite Tops" -> womens_tops_petite, the size-type chart, when Sizer has one; "Gift Cards"
    -> NOT_SIZED)."""
    regular = _guess_regular_category(text)
    if regular is None:
        # A product no size chart is for (a gift card, a bag): proposed as left out, the user confirms.
        return NOT_SIZED if _mentions(_plain(text.replace("'", "")), _UNSIZED_WORDS) else None
    from sizer.sizing import load_charts

    plain = _plain(text.replace("'", ""))
    library = load_charts()
    if regular not in library:
        return regular
    for name, words in _SIZE_TYPE_WORDS.items():
        if _mentions(plain, words):
            chart_id = library.size_types(regular).get(name)
            if chart_id:
                return chart_id
    return regular


def _guess_regular_category(text: str) -> str | None:
    from sizer.catalog import chart_bridge

    plain = _plain(text.replace("'", ""))
    if plain.replace(" ", "_") in chart_bridge.category_ids():
        return plain.replace(" ", "_")
    # The last level of a taxonomy path ("Apparel > Clothing > Shirts & Tops") is the most specific.
    levels = [_plain(level) for level in re.split(r">|/|›", text.replace("'", ""))] or [plain]
    kind = None
    for level in reversed(levels):
        kind = next((k for k, words in _CATEGORY_WORDS.items() if _mentions(level, words)), None)
        if kind:
            break
    if kind is None:
        return None
    # The type's own words ("Men's Sweaters") before the department column's.
    department = _plain(text.split(" · ")[0].replace("'", "")) if " · " in text else ""

    def who_in(words_text: str) -> str | None:
        return next((w for w, words in _WHO_WORDS.items() if _mentions(words_text, words)), None)

    who = who_in(_plain(text.split(" · ")[-1].replace("'", ""))) or (who_in(department) if department else None)
    women_first = {"tops": "womens_tops", "trousers": "womens_trousers", "dresses": "womens_dresses",
                   "shoes": "shoes_women"}
    men = {"tops": "mens_tops", "trousers": "mens_trousers", "shoes": "shoes_men", "suits": "mens_suits",
           "shirts": "mens_shirts"}
    if kind in ("bras", "hats", "gloves", "rings"):
        return kind
    if kind == "swimwear":
        return "swimwear_women" if who in ("womens", None) else None
    if who == "kids":
        return "shoes_kids" if kind == "shoes" else "kids_clothing"
    if who == "mens":
        return men.get(kind)
    if who == "womens":
        return women_first.get(kind, "womens_tops" if kind == "shirts" else None)
    return {"suits": "mens_suits", "shirts": "mens_shirts", "dresses": "womens_dresses"}.get(kind)


def _cell_text(cells: list[Any], index: int) -> str:
    if index >= len(cells) or cells[index] is None:
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _distinct(values: Iterable[str]) -> list[str]:
    return [v for v in dict.fromkeys(values) if v]


# -- remembering ----------------------------------------------------------------------------------
class MappingStore:
    """Mappings the user confirmed, one per file layout, in a JSON file in the user's config folder."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_store_path()

    def _load(self) -> dict[str, Any]:
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # an unreadable store only means the user is asked again
        return payload if isinstance(payload, dict) else {}

    def get(self, layout: str) -> ColumnMapping | None:
        entry = self._load().get(layout)
        if not isinstance(entry, dict):
            return None
        try:
            return ColumnMapping.from_json(entry.get("mapping"), str(self.path))
        except (DataFileError, TypeError, ValueError):
            return None

    def remember(self, layout: str, mapping: ColumnMapping, example_file: str = "") -> None:
        from sizer.atomic import atomic_write_text

        payload = self._load()
        payload[layout] = {"mapping": mapping.to_json(), "example_file": example_file,
                           "saved": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")

    def forget(self, layout: str) -> None:
        from sizer.atomic import atomic_write_text

        payload = self._load()
        if payload.pop(layout, None) is not None:
            atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def default_store_path() -> Path:
    override = os.environ.get(MAPPING_STORE_ENV)
    if override:
        return Path(override)
    from sizer.user_dirs import config_dir

    return config_dir() / "column_mappings.json"  # beside the settings (sizer.user_dirs)


def needs_mapping(path: str | Path, encoding: str | None = None) -> bool:
    """True when the file is not in Sizer's own catalogue format: none of its top rows has a
    listing_id or size_label column. (A file with one is Sizer's own, and the importer names
    whatever else is wrong with its header.)"""
    rows, _ = _table_rows(Path(path), encoding, _HEADER_ROWS_SEARCHED)
    for _, cells in rows:
        names = {normalise_header(c) for c in cells if c is not None}
        if "listing_id" in names or "size_label" in names:
            return False
    return True


# -- applying -----------------------------------------------------------------------------------
@dataclass
class _Plan:
    canonical: list[str]  # the catalogue columns written
    sources: dict[str, str]  # canonical column -> the file's column (for messages)
    index: dict[str, int]  # target -> column index in the file (single-column targets)
    options: list[tuple[int | None, int | None]]  # (name index, value index) per option
    measurements: list[tuple[int, str, str, bool]]  # (index, dimension, kind, inches)


def _plan(header: list[str], mapping: ColumnMapping) -> _Plan:
    index: dict[str, int] = {}
    options: dict[int, list[int | None]] = {}
    measurements: list[tuple[int, str, str, bool]] = []
    sources: dict[str, str] = {}
    measure_columns: list[str] = []
    for j, name in enumerate(header):
        target = mapping.target_of(name) if name else IGNORE
        if not target:
            continue
        option = re.fullmatch(r"option(\d)_(name|value)", target)
        if option:
            options.setdefault(int(option[1]), [None, None])[0 if option[2] == "name" else 1] = j
            if option[2] == "value":
                sources.setdefault("size_label", name)
            continue
        parsed = measurement_target(target)
        if parsed is not None:
            dim, kind, inches = parsed
            measurements.append((j, dim, kind, inches))
            suffix = "_in" if inches else ""
            names = [f"{dim}_min{suffix}", f"{dim}_max{suffix}"] if kind == "range" else \
                [f"garment_{dim}{suffix}" if kind == "garment" else f"{dim}_{kind}{suffix}"]
            for canonical in names:
                if canonical not in measure_columns:
                    measure_columns.append(canonical)
                sources[canonical] = name
            continue
        index.setdefault(target, j)
        if target in _CANONICAL_FIELDS:
            sources[target] = name
    if "listing_id" not in index and "sku" in index:
        sources["listing_id"] = header[index["sku"]]
    if "department" in index:
        sources["segment"] = header[index["department"]]
    for name, value in mapping.constants.items():
        if value:  # no column of the file: the field in words ("Size system set for every row in the mapping")
            sources.setdefault(name, Problem(f"mapping_every_row_{name}"))
    return _Plan([*_CANONICAL_FIELDS, *measure_columns], sources, index,
                 [tuple(options[n]) for n in sorted(options)], measurements)


@dataclass
class MappedRows:
    canonical: list[str]
    rows: list[tuple[int, list[str]]]  # (the file's row number, canonical cells)
    issues: list[ImportIssue]  # problems found while mapping (in the file's row and column terms)
    sources: dict[str, str]
    skipped: int  # rows that are not sizes (Amazon parent rows, Shopify image rows, other colours)
    description: str
    not_sized: int = 0  # rows of products the mapping calls not sized (gift cards, bags), left out on purpose
    notes: list[Problem] = field(default_factory=list)  # what the import did that the user should know


@dataclass
class MappedImportResult(ImportResult):
    not_sized: int = 0  # rows left out on purpose: products the mapping calls not sized
    notes: list[Problem] = field(default_factory=list)  # e.g. two spellings of one size made one row


def map_rows(path: str | Path, mapping: ColumnMapping, encoding: str | None = None) -> MappedRows:
    """The file's rows in the catalogue's own columns, with the file's row numbers."""
    path = Path(path)
    problems = mapping.problems()
    if problems:
        raise SizerError(Problem("mapping_incomplete", path=str(path), problems=Lines(problems)))
    table = read_table(path, encoding)
    all_rows: Iterator[tuple[int, list[Any]]] = _with_header_row(table)
    header: list[str] | None = None
    # The header is the mapping's header row, or (another export with one title row more or less)
    # the top row with the same column names.
    wanted = layout_key(mapping.columns)
    top: list[tuple[int, list[Any]]] = []
    for number, cells in all_rows:
        top.append((number, cells))
        if layout_key(c for c in cells if c is not None) == wanted or len(top) >= _HEADER_ROWS_SEARCHED:
            break
    found = [i for i, (_, cells) in enumerate(top) if layout_key(c for c in cells if c is not None) == wanted] or \
        [i for i, (number, _) in enumerate(top) if number == mapping.header_row]
    if found:
        header = ["" if c is None else str(c).strip() for c in top[found[0]][1]]
        all_rows = itertools.chain(top[found[0] + 1:], all_rows)
    if header is None:
        raise DataFileError(str(path), Problem("location_row", row=mapping.header_row), None,
                            Problem("mapping_header_row_missing"))
    present = {normalise_header(c) for c in header}
    missing = [c for c in mapping.columns if mapping.columns[c] and normalise_header(c) not in present]
    if missing:
        raise DataFileError(str(path), Problem("location_row", row=mapping.header_row), ", ".join(missing),
                            Problem("mapping_columns_missing"))
    plan = _plan(header, mapping)
    out: list[tuple[int, list[str]]] = []
    issues: list[ImportIssue] = []
    skipped = not_sized = 0
    carried: dict[str, dict[str, str]] = {}  # listing id -> product-level fields of its first row
    option_names: dict[str, list[str]] = {}
    # (listing, the size's key) -> the size's row, its file row, the variant (colour) and the label
    # that gave it: 2XL and XXL, 7½ and 7.5 of one product are one size (:func:`same_size_key`).
    size_rows: dict[tuple[str, Any], tuple[list[str], int, str, str]] = {}
    merged: dict[tuple[str, Any], dict[str, list[int]]] = {}  # spellings of one size -> their file rows
    refused: set[tuple[str, Any]] = set()  # one size whose spellings give different measurements
    last_listing = ""
    size_classes: dict[int, str] = {}  # file row -> Amazon's apparel_size_class
    from_constant: set[int] = set()  # file rows whose size system is the mapping's constant
    n_canonical = len(plan.canonical)
    column_at = {name: k for k, name in enumerate(plan.canonical)}
    get = plan.index.get
    for number, cells in all_rows:
        if not any(c is not None and str(c).strip() for c in cells):
            continue
        text = functools.partial(_cell_text, cells)
        kind = text(get("row_kind")) if "row_kind" in plan.index else ""
        listing = text(get("listing_id")) if "listing_id" in plan.index else ""
        sku = text(get("sku")) if "sku" in plan.index else ""
        if kind.lower() == "parent":
            # Amazon's parent row: the family's title and category, no size of its own.
            own = sku or listing
            if own:
                carried.setdefault(own, {f: text(get(f)) for f in PRODUCT_FIELDS if f in plan.index})
            skipped += 1
            continue
        listing = listing or sku
        if not listing and last_listing and "listing_id" in plan.index:
            listing = last_listing  # merged cells: a supplier writes the style number once per block
        last_listing = listing or last_listing
        product = carried.setdefault(listing, {})
        for name in PRODUCT_FIELDS:
            if name in plan.index and not product.get(name):
                product[name] = text(get(name))
        if mapping.category_values and product.get("category") and mapping.category_values.get(
                category_text(product["category"], product.get("department", ""))) == NOT_SIZED:
            not_sized += 1  # a gift card, a bag: left out on purpose, whatever its options say
            continue
        size, variant, size_column = text(get("size_label")) if "size_label" in plan.index else "", "", None
        if plan.options:
            names = option_names.setdefault(listing, [""] * len(plan.options))
            parts = []
            for k, (name_j, value_j) in enumerate(plan.options):
                if name_j is not None and text(name_j):
                    names[k] = text(name_j)
                value = text(value_j) if value_j is not None else ""
                if not value:
                    continue
                if is_size_option_name(names[k]) and not size:
                    size, size_column = value, header[value_j]
                elif value.lower() != "default title":
                    parts.append(value)
            variant = " / ".join(parts)
            if not size and not any(text(v) for _, v in plan.options if v is not None):
                skipped += 1  # an image row: a product's second picture, no variant
                continue
            if not size:
                named = ", ".join(f"{header[n]} = {names[k]!r}" for k, (n, _) in enumerate(plan.options)
                                  if n is not None and names[k])
                issues.append(ImportIssue(number, header[plan.options[0][1]] if plan.options[0][1] is not None else None,
                                          Problem("no_size_option", options=named or Problem("no_option_names"))))
                continue
        if "variant" in plan.index:
            variant = " / ".join(p for p in (variant, text(get("variant"))) if p)
        if size.islower():
            size = _amazon_sizes().get(size, size)  # Amazon's coded "xx_l": XXL
        key = (listing, same_size_key(size)) if size else None
        kept = size_rows.get(key) if key else None
        if kept is not None and (kept[2] != variant or kept[3] != size):
            # The same size in another colour (or spelled another way, 2XL beside XXL): one size
            # row per listing, holding every colour's SKU.
            kept_row, kept_number, _, kept_label = kept
            if kept_label != size:
                spellings = merged.setdefault(key, {kept_label: [kept_number]})
                spellings.setdefault(size, []).append(number)
                if plan.measurements and _measured(cells, plan, column_at) != _measured_row(kept_row, plan, column_at):
                    refused.add(key)
            if sku:
                kept_row[column_at["sku"]] = join_skus([*split_skus(kept_row[column_at["sku"]]), sku])
            skipped += 1
            continue
        row = [""] * n_canonical
        if key:
            size_rows[key] = (row, number, variant, size)
        row[column_at["listing_id"]] = listing
        row[column_at["size_label"]] = size
        row[column_at["sku"]] = sku
        for name in PRODUCT_FIELDS:
            value = product.get(name, "")
            if name in ROW_FIELDS and name in plan.index:
                value = text(get(name)) or value  # the row's own, else its product's
            if name in ("department", "age_group", "size_class"):
                continue
            if name == "category" and value:
                value = category_text(value, product.get("department", ""))
                value = mapping.category_values.get(value, value)
            if name == "size_system" and not value and mapping.constants.get(name):
                from_constant.add(number)  # a label that names its own system ("EU 37") wins over it
            row[column_at[name]] = value or mapping.constants.get(name, "")
        row[column_at["segment"]] = segment_of(product.get("department", ""), product.get("age_group", ""))
        size_classes[number] = (text(get("size_class")) if "size_class" in plan.index else "") or \
            product.get("size_class", "")
        bad_cell = False
        for j, dim, kind_m, inches in plan.measurements:
            cell = cells[j] if j < len(cells) else None
            suffix = "_in" if inches else ""
            if kind_m != "range":
                if cell is not None and str(cell).strip():
                    name = f"garment_{dim}{suffix}" if kind_m == "garment" else f"{dim}_{kind_m}{suffix}"
                    row[column_at[name]] = str(cell).strip() if not isinstance(cell, (int, float)) else f"{cell:g}"
                continue
            if cell is None or not str(cell).strip():
                continue
            bounds = parse_measure(cell)
            if bounds is None:
                issues.append(ImportIssue(number, header[j], Problem("not_a_measurement",
                                                                     value=quoted(str(cell).strip()))))
                bad_cell = True
                continue
            row[column_at[f"{dim}_min{suffix}"]] = f"{bounds[0]:g}"
            row[column_at[f"{dim}_max{suffix}"]] = f"{bounds[1]:g}"
        if bad_cell:
            continue
        out.append((number, row))
        if size_column:
            plan.sources.setdefault("size_label", size_column)
    notes: list[Problem] = []
    size_column_name = plan.sources.get("size_label", "size")
    for key in refused:
        rows_of = sorted(n for numbers in merged[key].values() for n in numbers)
        kept_number = size_rows[key][1]
        for n in rows_of:
            issues.append(ImportIssue(n, size_column_name, Problem(
                "same_size_measurements_differ", listing=quoted(key[0]), labels=[quoted(l) for l in merged[key]],
                rows=rows_location(rows_of))))
        out = [(n, r) for n, r in out if n != kept_number]
    if "title" in plan.index:
        _family_titles(out, column_at)
    _women_chest_as_bust(out, plan.canonical, plan.sources)
    column_at = {name: k for k, name in enumerate(plan.canonical)}
    out, undecided = decide_size_systems(out, column_at, size_classes, size_column_name, from_constant,
                                         plan.sources.get("size_system", "size_system"))
    notes.extend(_spell_merged_sizes(merged, refused, size_rows, column_at))
    return MappedRows(plan.canonical, out, issues + undecided, plan.sources, skipped, table.description, not_sized,
                      notes)


AMAZON_CODES_FILE = "amazon_coded_values.toml"


@functools.lru_cache(maxsize=1)
def _amazon_codes() -> dict[str, Any]:
    return read_toml(data(AMAZON_CODES_FILE), "Amazon's coded values")


@functools.lru_cache(maxsize=1)
def _amazon_sizes() -> dict[str, str]:
    """Amazon's coded apparel sizes ("xx_l") -> the sizes they are (XXL)."""
    return {str(code).lower(): str(size) for code, size in _amazon_codes()["apparel_size"].items()}


def is_amazon_system_code(text: str) -> bool:
    """Amazon's coded size system ("as1"), which says no system Sizer can name."""
    return re.fullmatch(_amazon_codes()["system_code_pattern"], text.strip().lower()) is not None


@functools.lru_cache(maxsize=4096)
def same_size_key(label: str) -> Any:
    """What two labels of one product share when they name one size: ``2XL``, ``XXL`` and ``2X``
    (a letter size by its X count), ``7½``, ``7.5`` and ``7 1/2`` (:func:`label_key`)."""
    from sizer.sizing.labels import label_key, letter_size

    letters = letter_size(label)
    return letters if letters is not None else label_key(label)


def _measured(cells: list[Any], plan: _Plan, column_at: dict[str, int]) -> dict[str, tuple[float, float] | str]:
    """A file row's measurements, to compare two spellings of one size."""
    values: dict[str, tuple[float, float] | str] = {}
    for j, dim, kind, inches in plan.measurements:
        cell = cells[j] if j < len(cells) else None
        if cell is None or not str(cell).strip():
            continue
        bounds = parse_measure(cell) if kind == "range" else None
        values[f"{dim}:{kind}:{inches}"] = bounds if bounds is not None else str(cell).strip()
    return values


def _measured_row(row: list[str], plan: _Plan, column_at: dict[str, int]) -> dict[str, tuple[float, float] | str]:
    """:func:`_measured` of a size row already written in the catalogue's columns."""
    values: dict[str, tuple[float, float] | str] = {}
    for _, dim, kind, inches in plan.measurements:
        suffix = "_in" if inches else ""
        if kind == "range":
            low, high = row[column_at[f"{dim}_min{suffix}"]], row[column_at[f"{dim}_max{suffix}"]]
            if low or high:
                values[f"{dim}:{kind}:{inches}"] = (float(low), float(high))
        else:
            cell = row[column_at[f"garment_{dim}{suffix}" if kind == "garment" else f"{dim}_{kind}{suffix}"]]
            if cell:
                values[f"{dim}:{kind}:{inches}"] = parse_measure(cell) or cell
    return values


def _spell_merged_sizes(merged: dict, refused: set, size_rows: dict, column_at: dict[str, int]) -> list[Problem]:
    """One spelling for each size a product wrote two ways: the chart's own label for the listing's
    size system (XXL in INT's letters), else the first one written; a note for each."""
    from sizer.catalog import chart_bridge

    notes = []
    for key, spellings in merged.items():
        if key in refused:
            continue
        row = size_rows[key][0]
        category, system = row[column_at["category"]], row[column_at["size_system"]]
        spelled = row[column_at["size_label"]]
        if category in chart_bridge.category_ids() and system in chart_bridge.systems(category):
            spelled = next((l for l in chart_bridge.labels(category, system) if l and same_size_key(l) == key[1]),
                           spelled)
        row[column_at["size_label"]] = spelled
        rows_of = sorted(n for numbers in spellings.values() for n in numbers)
        notes.append(Problem("same_size_merged", listing=quoted(key[0]), labels=[quoted(l) for l in spellings],
                             rows=rows_location(rows_of), label=quoted(spelled)))
    return notes


def chest_means_bust(segment: str) -> bool:
    """The one rule for a chest column (胸围, "chest", Brustumfang mean both): whom the chart or
    product is for decides; a woman's (or a girl's) is her bust girth, which her charts size by."""
    return segment in ("women", "girls")


def _women_chest_as_bust(rows: list[tuple[int, list[str]]], canonical: list[str], sources: dict) -> None:
    """Rows of a women's product (by its department, else its category) give their chest columns as
    bust: the same reading as a brand chart's (sizer.catalog.brand_chart.for_segment)."""
    from sizer.catalog.segments import category_segment

    chest = [c for c in canonical if c.startswith("chest_girth_")]
    if not chest or any(c.startswith("bust_girth_") for c in canonical):
        return
    at = {c: canonical.index(c) for c in ("category", "segment", *chest)}

    def womens(row: list[str]) -> bool:
        segment = row[at["segment"]]
        if not segment and row[at["category"]]:
            try:
                segment = category_segment(row[at["category"]]).value
            except (KeyError, ValueError, SizerError):
                return False
        return chest_means_bust(segment)

    moving = [row for _, row in rows if womens(row) and any(row[at[c]] for c in chest)]
    if not moving:
        return
    bust = [c.replace("chest_girth_", "bust_girth_", 1) for c in chest]
    canonical.extend(bust)
    sources.update({b: sources[c] for c, b in zip(chest, bust) if c in sources})
    for _, row in rows:
        row.extend([""] * len(bust))
    for row in moving:
        for c, b in zip(chest, bust):
            row[canonical.index(b)], row[at[c]] = row[at[c]], ""


def _family_titles(rows: list[tuple[int, list[str]]], column_at: dict[str, int]) -> None:
    """A listing titled by one of its sizes' rows (an Amazon child without its parent row: "Kids
    Dress 2T") takes the title without the size: the words its rows' titles share, else the title
    with its size label taken off the end."""
    at_title, at_listing, at_size = column_at["title"], column_at["listing_id"], column_at["size_label"]
    families: dict[str, list[list[str]]] = {}
    for _, row in rows:
        families.setdefault(row[at_listing], []).append(row)
    for members in families.values():
        title = members[0][at_title]
        size = members[0][at_size]
        if len(members) > 1 and len({m[at_title] for m in members}) > 1:
            words = [m[at_title].split() for m in members]
            shared = list(itertools.takewhile(lambda w: len(set(w)) == 1, zip(*words)))
            family = " ".join(w[0] for w in shared)
        elif size and title.casefold().endswith(" " + size.casefold()):
            family = title[: -len(size)]
        else:
            continue
        family = family.rstrip(" -–,/(:")
        if family:
            for member in members:
                member[at_title] = family


# Whom a product is for, in the words of Shopify's gender and age group (Google's values), Amazon's
# department_name, target_gender and age_range_description, and Chinese sheets.
_GENDER_WORDS = {"women": ["female", "women", "womens", "woman", "ladies", "lady", "女", "女装", "女士", "damen",
                          "frauen", "femme", "femmes", "mujer", "mujeres", "donna"],
                 "men": ["male", "men", "mens", "man", "gentlemen", "男", "男装", "男士", "herren", "männer", "homme",
                        "hommes", "hombre", "hombres", "uomo"],
                 "unisex": ["unisex", "中性", "男女同款"],
                 "girls": ["girl", "girls", "女童"], "boys": ["boy", "boys", "男童"],
                 "baby": ["baby", "infant", "newborn", "婴儿"],
                 "kids": ["kids", "kid", "child", "children", "toddler", "儿童", "童装"]}
_AGE_WORDS = {"adult": ["adult", "adults", "成人"], "baby": ["newborn", "infant", "baby", "婴儿"],
              "child": ["kids", "kid", "toddler", "big kid", "little kid", "child", "children", "youth", "儿童"]}


@functools.lru_cache(maxsize=4096)
def segment_of(department: str, age_group: str = "") -> str:
    """The segment (sizer.catalog.segments) a product's gender or department and age group say:
    female -> women, unisex -> unisex, "girls" or female + toddler -> girls, "unisex-baby" -> baby;
    "" when they say nothing Sizer knows (the category's segment then holds)."""
    said = _plain(department.replace("'", ""))
    found = [kind for kind, words in _GENDER_WORDS.items() if said and any(_contains(said, w) for w in words)]
    age_said = _plain(age_group)
    age = next((kind for kind, words in _AGE_WORDS.items() if age_said and any(_contains(age_said, w) for w in words)),
               None)
    for child in ("baby", "girls", "boys", "kids"):
        if child in found:
            return child
    if age == "baby":
        return "baby"
    gender = next((g for g in ("women", "men", "unisex") if g in found), None)
    if age == "child":
        return {"women": "girls", "men": "boys"}.get(gender or "", "kids")
    return gender or ""


def _system_code(text: str) -> str:
    """A size system as a merchant's file writes it, as Sizer names it: "us" -> US, "MEX" -> MX,
    Amazon's "DE / NL / SE / PL" -> DE, "EU size" -> EU."""
    from sizer.sizing.chart import MERCHANT_SYSTEM_CODES

    code = re.split(r"[\s/,]+", text.strip().upper())[0] if text.strip() else ""
    return MERCHANT_SYSTEM_CODES.get(code, code)


def _label_ranges(category: str, system: str, label: str) -> tuple | None:
    """The chart's body ranges of a label (hashable), None when the system does not have it."""
    from sizer.catalog import chart_bridge
    from sizer.errors import UnknownChoiceError

    try:
        return tuple(sorted(chart_bridge.body_ranges(category, system, label).items()))
    except (UnknownChoiceError, SizerError):
        return None


def _systems_reading(category: str, labels: tuple[str, ...], _label_ranges=_label_ranges
                     ) -> tuple[tuple[str, ...], ...]:
    """The category's systems that have every one of ``labels``, grouped where they read them as
    the same bodies (EU = DE = FR), in the chart's order."""
    from sizer.catalog import chart_bridge

    groups: dict[tuple, list[str]] = {}
    for system in chart_bridge.systems(category):
        ranges = tuple(_label_ranges(category, system, label) for label in labels)
        if all(ranges):
            groups.setdefault(ranges, []).append(system)
    return tuple(tuple(g) for g in groups.values())


_PREFIXED_LABEL = re.compile(r"^(?P<system>[A-Za-z]{2,5})\s*[:\-]?\s+(?P<label>\S.*)$")


def decide_size_systems(rows: list[tuple[int, list[str]]], column_at: dict[str, int], size_classes: dict[int, str],
                        size_column: str, from_constant: frozenset[int] | set[int] = frozenset(),
                        system_column: str = "size_system") -> tuple[list[tuple[int, list[str]]], list[ImportIssue]]:
    """Each listing's size system, decided per listing rather than once per file, so a store that
    sells letter-sized tees beside EU-sized shoes imports in one go.

    A size system the row gives (a column, or the mapping's constant) holds, except that letter
    sizes are the international letters (INT): Amazon's apparel_size_class "Alpha" says so, and a
    system that has no letters ("US" on an S-M-L tee) names the marketplace, not the labels. A
    label that starts with a system ("EU 42") gives that system, over the mapping's constant
    (``from_constant``: the rows whose system is the constant's, set for rows "without one"), not
    over a system the row's own column gives. Without any, the labels decide:
    the systems of the category's chart that have every label of the listing, where systems that
    read them as the same bodies (EU, DE, FR) count as one; when they read them as different bodies
    (a shoe's 40 in EU or in Brazil), the listing's rows are left out with a message that names the
    candidates. Rows with measurements of their own need no system and keep what they have."""
    from sizer.catalog import chart_bridge
    from sizer.sizing.labels import letter_size

    at_system, at_label, at_category, at_listing = (column_at[c] for c in ("size_system", "size_label", "category",
                                                                          "listing_id"))
    # One chart question per distinct label and per distinct set of labels, for this import only
    # (the charts may be reloaded between imports).
    label_ranges = functools.lru_cache(maxsize=None)(_label_ranges)
    systems_reading = functools.lru_cache(maxsize=None)(
        functools.partial(_systems_reading, _label_ranges=label_ranges))
    measured = [k for name, k in column_at.items() if name not in _CANONICAL_FIELDS]
    by_listing: dict[str, list[tuple[int, list[str]]]] = {}
    for number, row in rows:
        by_listing.setdefault(row[at_listing], []).append((number, row))
    left_out: set[int] = set()
    issues: list[ImportIssue] = []
    for members in by_listing.values():
        category = members[0][1][at_category]
        if category not in chart_bridge.category_ids():
            continue  # the importer names the category
        systems = chart_bridge.systems(category)
        labels = [row[at_label] for _, row in members]

        def reads(system: str, wanted=labels) -> bool:
            return bool(system) and system in systems and all(label_ranges(category, system, l) for l in wanted)

        given = next((_system_code(row[at_system]) for _, row in members if row[at_system]), "")
        own = next((_system_code(row[at_system]) for number, row in members
                    if row[at_system] and number not in from_constant), "")
        alpha = any(size_classes.get(number, "").strip().lower().startswith("alpha") for number, _ in members)
        letters = all(letter_size(label) is not None for label in labels)
        prefixed = [_PREFIXED_LABEL.match(label) for label in labels]
        decided = given
        if (alpha or letters) and "INT" in systems and not reads(given) and reads("INT"):
            decided = "INT"
        elif all(prefixed) and len({_system_code(m["system"]) for m in prefixed}) == 1 \
                and _system_code(prefixed[0]["system"]) in systems and own in ("", _system_code(prefixed[0]["system"])):
            decided = _system_code(prefixed[0]["system"])
            bare = [m["label"] for m in prefixed]
            if reads(decided, bare):
                for (_, row), label in zip(members, bare):
                    row[at_label] = label
            # else the prefixed labels stay as written: the importer names the system's valid labels
        elif not given:
            groups = systems_reading(category, tuple(labels))
            if len(groups) == 1:
                decided = groups[0][0]
            elif not groups:
                # Some label is in no system: the system most labels are in, so the importer names
                # that label and the system's valid ones ("INT 4" among S, M, L: INT's letters).
                counts = {system: sum(bool(label_ranges(category, system, l)) for l in labels) for system in systems}
                best = max(counts.values(), default=0)
                if best:
                    decided = next(system for system, count in counts.items() if count == best)
            elif len(groups) > 1 and not any(row[k] for _, row in members for k in measured):
                for number, row in members:
                    left_out.add(number)
                    issues.append(ImportIssue(number, size_column, Problem(
                        "size_system_ambiguous", listing=quoted(row[at_listing]), category=CategoryName(category),
                        systems=[" = ".join(g) for g in groups])))
                continue
        if decided and is_amazon_system_code(decided):
            for number, row in members:
                left_out.add(number)
                issues.append(ImportIssue(number, system_column, Problem(
                    "amazon_size_system_code", value=quoted(row[at_system]), listing=quoted(row[at_listing]),
                    valid=[s for s in systems if s])))
            continue
        for _, row in members:
            # As Sizer names it ("US Footwear Size System" -> US); a row that says another system
            # than the listing's first keeps it, for the importer to name the difference.
            if decided and (not row[at_system] or _system_code(row[at_system]) == given):
                row[at_system] = decided
    return [(n, r) for n, r in rows if n not in left_out], issues


def _with_header_row(table) -> Iterator[tuple[int, list[Any]]]:
    yield 1, list(table.header)
    yield from table.rows


def import_mapped(path: str | Path, mapping: ColumnMapping, *, accept_valid_rows: bool = False,
                  encoding: str | None = None) -> ImportResult:
    """Import a file through ``mapping``; problems raise :class:`CatalogImportError` in the file's
    own rows and columns, each problem once, unless ``accept_valid_rows``."""
    path = Path(path)
    mapped = map_rows(path, mapping, encoding)
    with tempfile.TemporaryDirectory(prefix="sizer-mapped-") as folder:
        canonical_path = Path(folder) / "catalogue.csv"
        with canonical_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(mapped.canonical)
            writer.writerows(row for _, row in mapped.rows)
        file_rows = [number for number, _ in mapped.rows]
        try:
            result = import_catalog(canonical_path, accept_valid_rows=True)
        except CatalogImportError as error:
            theirs = error.issues
            if mapped.issues and all(i.row is None and i.column is None for i in theirs):
                theirs = []  # "no valid rows": every row had a problem already named
            issues = mapped.issues + _in_file_terms(theirs, file_rows, mapped.sources)
            raise CatalogImportError(str(path), group_issues(issues),
                                     header_problem=any(i.row is None for i in error.issues)) from None
    issues = mapped.issues + _in_file_terms(result.issues, file_rows, mapped.sources)
    if issues and not accept_valid_rows:
        raise CatalogImportError(str(path), group_issues(issues), valid_rows=result.rows_imported)
    result.catalog.source = str(path)
    described = f"{mapped.description}, mapped columns"
    if mapped.skipped:
        described += f", {mapped.skipped} rows without a size of their own skipped"
    if mapped.not_sized:
        described += f", {mapped.not_sized} rows of products without sizes left out"
    return MappedImportResult(result.catalog, issues, result.rows_read + len(mapped.issues), result.rows_imported,
                              described, not_sized=mapped.not_sized, notes=mapped.notes)


def _in_file_terms(issues: list[ImportIssue], file_rows: list[int], sources: dict[str, str]) -> list[ImportIssue]:
    """The importer's issues, about the canonical rows, told in the merchant's file's rows and columns."""
    told = []
    for issue in issues:
        row = file_rows[issue.row - 2] if issue.row is not None and 0 <= issue.row - 2 < len(file_rows) else issue.row
        column = sources.get(issue.column, issue.column) if issue.column else issue.column
        reason = issue.reason
        if isinstance(reason, Problem) and reason.code == "empty_required_cell":
            reason = Problem("empty_cell")  # the canonical columns' names mean nothing in the merchant's file
        told.append(ImportIssue(row, column, reason))
    return told


def group_issues(issues: list[ImportIssue], shown_values: int = 5) -> list[ImportIssue]:
    """One issue per problem, in row order: the same problem in the same column on many rows as one
    issue carrying its rows ("rows 2–41"); and the same problem with different values (unknown
    labels '30', '32') as one issue naming the values with their rows, so a long list of what
    would be valid comes once."""
    groups: dict[tuple[str | None, str], list[ImportIssue]] = {}
    for issue in issues:
        groups.setdefault((issue.column, issue.reason), []).append(issue)
    # Same column and the same problem but for its value: one issue naming each value.
    templates: dict[tuple, list[list[ImportIssue]]] = {}
    for members in groups.values():
        first = members[0]
        reason = first.reason
        value = reason.params.get("value") if isinstance(reason, Problem) else None
        if first.row is not None and isinstance(value, str) and value[:1] in ("'", '"'):
            rest = tuple(sorted((k, str(v)) for k, v in reason.params.items() if k != "value"))
            key: tuple = (first.column, reason.code, rest)
        else:
            key = (first.column, id(first))
        templates.setdefault(key, []).append(members)
    grouped = []
    for entries in templates.values():
        first = entries[0][0]
        reason = first.reason
        if len(entries) > 1:
            named: list = [reason.params["value"]]
            named += [Problem("value_at_row", value=e[0].reason.params["value"], row=e[0].row) for e in entries[1:]]
            shown: object = named[:shown_values + 1]
            if len(named) > shown_values + 1:
                shown = Problem("values_more", values=named[:shown_values + 1], more=len(named) - shown_values - 1)
            reason = reason.with_params(value=shown)
        rows = tuple(sorted({m.row for members in entries for m in members if m.row is not None}))
        grouped.append(ImportIssue(rows[0] if rows else first.row, first.column, reason,
                                   rows if len(rows) > 1 else ()))
    # The header's problems first, then by row: the order the user reads the file in.
    return sorted(grouped, key=lambda i: (-1 if i.row is None else i.row))
