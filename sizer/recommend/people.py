"""Many people at once (team and uniform orders): read them from CSV/XLSX/JSONL, and the size of
each person for each listing as a table (``sizer recommend --profiles``).

A CSV or XLSX has one person a row: an ``id`` column, measurement columns named after the
vocabulary (``chest_girth`` in cm, ``chest_girth_in`` in inches), optionally ``<dimension>_uncertainty``
(cm), ``fit_preference`` and ``segment``. A JSONL file has one profile JSON (as `sizer measure
--json` prints) a line, with an ``id``.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sizer.catalog.model import Catalog
from sizer import plausibility
from sizer.catalog.segments import SEGMENTS, Segment, parse_segment, segment_rank
from sizer.dimensions import DIMENSION_IDS
from sizer.errors import DataFileError, DataFileProblems, UnknownChoiceError, suggest
from sizer.profile import BodyProfile
from sizer.recommend.engine import BatchRecommendations
from sizer.recommend.verdicts import STATUSES, zone_fit
from sizer.units import CM_PER_INCH

ID_COLUMNS = ("id", "person_id", "name")
OTHER_COLUMNS = ("fit_preference", "segment")
PEOPLE_SUFFIXES = (".csv", ".xlsx", ".jsonl")


def read_people(path: str | Path) -> tuple[list[str], list[BodyProfile]]:
    """Ids and profiles; every problem names the file, the row and the column."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PEOPLE_SUFFIXES:
        raise DataFileError(str(path), None, None,
                            f"unknown people file format {suffix or '(no suffix)'!r}; valid: {', '.join(PEOPLE_SUFFIXES)}")
    if not path.is_file():
        raise DataFileError(str(path), None, None, "file not found")
    if suffix == ".jsonl":
        return _read_jsonl(path)
    header, rows = _read_rows(path, suffix)
    return _from_rows(str(path), header, rows)


def _read_rows(path: Path, suffix: str) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    if suffix == ".csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                table = list(csv.reader(handle))
        except UnicodeDecodeError as error:
            raise DataFileError(str(path), None, None, f"not UTF-8 text ({error})") from None
    else:
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
            raise DataFileError(str(path), None, None, f"not a readable XLSX workbook ({error})") from None
        table = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    if not table:
        raise DataFileError(str(path), None, None, "empty; expected a header row with id and measurement columns")
    header = [str(c or "").strip().lower() for c in table[0]]
    return header, [(n, row) for n, row in enumerate(table[1:], start=2)
                    if any(c not in (None, "") for c in row)]


def _column_plan(source: str, header: list[str]) -> tuple[int, dict[int, tuple[str, str, bool]]]:
    """The id column and, per other column, (field, dimension or name, inches)."""
    ids = [i for i, name in enumerate(header) if name in ID_COLUMNS]
    if not ids:
        raise DataFileError(source, "header", None, f"no id column; name one of {', '.join(ID_COLUMNS)}")
    plan: dict[int, tuple[str, str, bool]] = {}
    valid = [*ID_COLUMNS, *OTHER_COLUMNS, *DIMENSION_IDS, *(f"{d}_in" for d in DIMENSION_IDS),
             *(f"{d}_uncertainty" for d in DIMENSION_IDS)]
    for i, name in enumerate(header):
        if i == ids[0] or not name:
            continue
        if name in OTHER_COLUMNS:
            plan[i] = (name, name, False)
        elif name in DIMENSION_IDS or (name.endswith("_cm") and name[:-3] in DIMENSION_IDS):
            plan[i] = ("measurement", name.removesuffix("_cm"), False)
        elif name.endswith("_in") and name[:-3] in DIMENSION_IDS:
            plan[i] = ("measurement", name[:-3], True)
        elif name.endswith("_uncertainty") and name[:-12] in DIMENSION_IDS:
            plan[i] = ("uncertainty", name[:-12], False)
        else:
            hints = suggest(name, valid)
            hint = f" (did you mean {' or '.join(repr(h) for h in hints)}?)" if hints else ""
            raise DataFileError(source, "header", name,
                                f"unknown column{hint}; valid: an id column, a dimension id (cm) or "
                                f"<dimension>_in, <dimension>_uncertainty, fit_preference, segment")
    if not any(field == "measurement" for field, _, _ in plan.values()):
        raise DataFileError(source, "header", None, "no measurement columns; name them after the dimensions, "
                                                    f"e.g. chest_girth, waist_girth ({', '.join(DIMENSION_IDS)})")
    return ids[0], plan


def _check_plausible(source: str, where: str, column: str, dimension: str, value_cm: float, inches: bool,
                     segment: Segment | None = None) -> None:
    """A measurement no body (of the person's segment, when the row says it) has, named by its
    column, with the likely slip: millimetres (as ANSUR II and tech packs give them) or inches in
    a centimetre column; the catalogue import's rule (sizer.plausibility)."""
    low, high = plausibility.plausible_range_cm(dimension, segment)
    accepted = plausibility.profile_range_cm(dimension, segment)
    if accepted[0] <= value_cm <= accepted[1]:
        return
    unit = "in" if inches else "cm"
    shown = value_cm / CM_PER_INCH if inches else value_cm
    slip = plausibility.unit_slip(dimension, [value_cm], segment, inches=inches, accepted=accepted)
    hint = ""
    if slip is not None and slip.unit == "mm":
        hint = f"; {slip.sentence()} the column is in cm: {value_cm / 10:g}"
    elif slip is not None and slip.unit == "in":
        hint = f"; {slip.sentence()} then name the column {dimension}_in"
    elif slip is not None:
        hint = f"; {slip.sentence()} then name the column {dimension}"
    whose = plausibility.whose(segment)
    raise DataFileError(source, where, column, f"{shown:g} {unit} is not a plausible {dimension.replace('_', ' ')}; "
                        f"expected {low:g} to {high:g} cm" + ("" if whose == "bodies" else f" for {whose}") + hint)


def _from_rows(source: str, header: list[str], rows: list[tuple[int, list[Any]]]) -> tuple[list[str], list[BodyProfile]]:
    id_column, plan = _column_plan(source, header)
    ids: list[str] = []
    profiles: list[BodyProfile] = []
    seen: dict[str, int] = {}
    problems: list[DataFileError] = []
    for number, cells in rows:
        try:
            person, profile = _person_of_row(source, header, id_column, plan, number, cells, seen)
        except DataFileError as error:
            problems.append(error)  # every bad row is said, not only the first
            continue
        profiles.append(profile)
        ids.append(person)
    DataFileProblems.raise_if_any(source, problems)
    if not profiles:
        raise DataFileError(source, None, None, "no people under the header")
    return ids, profiles


def _person_of_row(source: str, header: list[str], id_column: int, plan: dict[int, tuple[str, str, bool]],
                   number: int, cells: list[Any], seen: dict[str, int]) -> tuple[str, BodyProfile]:
    where = f"row {number}"
    person = str(cells[id_column] if id_column < len(cells) and cells[id_column] is not None else "").strip()
    if not person:
        raise DataFileError(source, where, header[id_column], "empty; every person needs an id")
    if person in seen:
        raise DataFileError(source, where, header[id_column], f"{person!r} is already on row {seen[person]}")
    seen[person] = number
    payload: dict[str, Any] = {"measurements_cm": {}, "uncertainty_cm": {}}
    typed: list[tuple[int, str, float, bool]] = []
    for index, (field, name, inches) in plan.items():
        raw = cells[index] if index < len(cells) else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if field in OTHER_COLUMNS:
            payload[field] = str(raw).strip().lower()
            continue
        try:
            value = float(str(raw).strip().replace(",", ".")) if not isinstance(raw, (int, float)) else float(raw)
        except ValueError:
            raise DataFileError(source, where, header[index], f"{raw!r} is not a number") from None
        key = "measurements_cm" if field == "measurement" else "uncertainty_cm"
        if key == "measurements_cm":
            typed.append((index, name, value * CM_PER_INCH if inches else value, inches))
        payload[key][name] = value * CM_PER_INCH if inches else value
    segment = None
    if payload.get("segment"):
        try:
            segment = parse_segment(payload["segment"])
        except UnknownChoiceError as error:
            raise DataFileError(source, where, "segment", str(error)) from None
    for index, name, value_cm, inches in typed:
        _check_plausible(source, where, header[index], name, value_cm, inches, segment)
    if not payload["measurements_cm"]:
        raise DataFileError(source, where, None, f"person {person!r} has no measurements")
    return person, BodyProfile.from_json_dict(payload, f"{source}, {where}")


def _read_jsonl(path: Path) -> tuple[list[str], list[BodyProfile]]:
    ids: list[str] = []
    profiles: list[BodyProfile] = []
    seen: dict[str, int] = {}
    problems: list[DataFileError] = []
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                person, profile = _person_of_line(path, number, line, seen)
            except DataFileError as error:
                problems.append(error)  # every bad line is said, not only the first
                continue
            profiles.append(profile)
            ids.append(person)
    DataFileProblems.raise_if_any(str(path), problems)
    if not profiles:
        raise DataFileError(str(path), None, None, "no people in the file")
    return ids, profiles


def _person_of_line(path: Path, number: int, line: str, seen: dict[str, int]) -> tuple[str, BodyProfile]:
    where = f"line {number}"
    try:
        payload = json.loads(line)
    except json.JSONDecodeError as error:
        raise DataFileError(str(path), where, None, f"not valid JSON ({error})") from None
    person = str(payload.get("id", "")).strip() if isinstance(payload, dict) else ""
    if not person:
        raise DataFileError(str(path), where, "id", "every person needs an id")
    if person in seen:
        raise DataFileError(str(path), where, "id", f"{person!r} is already on line {seen[person]}")
    seen[person] = number
    return person, BodyProfile.from_json_dict(payload, f"{path}, {where}", extra_keys=("id",))


def batch_table(ids: Sequence[str], batch: BatchRecommendations, listings: Sequence[int] | None = None,
                segments: Sequence[Segment | None] | None = None) -> tuple[list[str], list[list[Any]]]:
    """One row per person and listing: the size, status, confidence and how each zone fits.

    With ``segments`` (one per person), a person who says whom they shop for gets the rows of
    that segment's listings and the unisex ones, in catalogue order, as one profile does."""
    catalog: Catalog = batch.catalog
    listings = list(range(len(catalog))) if listings is None else list(listings)
    listing_segments = [SEGMENTS[int(catalog.segment_codes[i])] for i in listings]
    columns = ["person_id", "listing_id", "title", "size", "status", "closest", "alternative", "confidence", "fit"]
    sized = batch.sized()
    labels = catalog.size_labels
    rows: list[list[Any]] = []
    for p, person in enumerate(ids):
        segment = segments[p] if segments is not None else None
        for i, listing_segment in zip(listings, listing_segments):
            if segment is not None and segment_rank(segment, listing_segment) > 1:
                continue  # another segment's listing (a bra for a man), as shown_for leaves out
            best, alt = int(batch.best_row[p, i]), int(batch.alternative_row[p, i])
            fit = "; ".join(f"{catalog.dimensions[j]} {zone_fit(int(code), catalog.dimensions[j]).value}"
                            for j, code in enumerate(batch.zones[p, i]) if code >= 0)
            has_size = bool(sized[p, i])
            rows.append([person, catalog.listing_ids[i], catalog.titles[i],
                         labels[best] if has_size and best >= 0 else "",
                         STATUSES[batch.status[p, i]].value,
                         labels[best] if not has_size and best >= 0 else "",
                         labels[alt] if alt >= 0 else "", round(float(batch.confidence[p, i]), 3), fit])
    return columns, rows


def batch_payload(ids: Sequence[str], batch: BatchRecommendations, listings: Sequence[int] | None = None,
                  segments: Sequence[Segment | None] | None = None) -> dict:
    columns, rows = batch_table(ids, batch, listings, segments)
    people: dict[str, list[dict]] = {person: [] for person in ids}  # everyone, even with no listing shown
    for row in rows:
        record = dict(zip(columns, row))
        people[record.pop("person_id")].append({k: (v if v != "" else None) for k, v in record.items()})
    return {"people": [{"id": person, "recommendations": recs} for person, recs in people.items()]}
