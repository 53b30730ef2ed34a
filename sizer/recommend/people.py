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
from dataclasses import dataclass
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from sizer import plausibility
from sizer.catalog.cell_values import parse_number
from sizer.catalog.importer import CatalogImportError, ImportIssue
from sizer.catalog.model import Catalog
from sizer.catalog.segments import SEGMENTS, Segment, parse_segment, segment_rank
from sizer.dimensions import DIMENSION_IDS
from sizer.errors import DataFileError, UnknownChoiceError, suggest
from sizer.problems import Problem, alternatives, quoted
from sizer.profile import BodyProfile, FitPreference, implausible_problem
from sizer.recommend.engine import BatchRecommendations
from sizer.recommend.verdicts import STATUSES, zone_fit
from sizer.units import CM_PER_INCH

ID_COLUMNS = ("id", "person_id", "name")
OTHER_COLUMNS = ("fit_preference", "segment")
PEOPLE_SUFFIXES = (".csv", ".xlsx", ".jsonl")


@dataclass(frozen=True)
class PeopleIssue(ImportIssue):
    """One bad person: where (row of a CSV/XLSX, line of a JSONL; column) and why, as a catalogue row's."""

    unit: str = "row"

    def __str__(self) -> str:
        where = [f"{self.unit} {self.row}"]
        if self.column:  # a JSON line's key is a field, a table's a column
            where.append(f"{'field' if self.unit == 'line' else 'column'} {self.column!r}")
        return f"{', '.join(where)}: {self.reason}"


class PeopleFileError(CatalogImportError):
    """A people file with bad rows: every one named, and how many were valid, as the catalogue import
    says it (``--accept-valid-rows`` takes the valid ones)."""


class PeopleFile(NamedTuple):
    ids: list[str]
    profiles: list[BodyProfile]
    skipped: list[PeopleIssue]  # the rows left out (accept_valid_rows)


def read_people(path: str | Path, accept_valid_rows: bool = False) -> PeopleFile:
    """Ids and profiles; every problem names the file, the row and the column. A bad row stops the
    read (:class:`PeopleFileError`, every bad row named) unless ``accept_valid_rows``: then the valid
    rows are read and the others returned in ``skipped``. A bad header always stops it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PEOPLE_SUFFIXES:
        raise DataFileError(str(path), None, None, Problem("people_unknown_format", suffix=quoted(suffix or "(none)"),
                                                           valid=list(PEOPLE_SUFFIXES)))
    if not path.is_file():
        raise DataFileError(str(path), None, None, Problem("file_not_found"))
    if suffix == ".jsonl":
        people = _read_jsonl(path)
    else:
        header, rows = _read_rows(path, suffix)
        people = _from_rows(str(path), header, rows)
    ids, profiles, problems = people
    if problems and not accept_valid_rows:
        raise PeopleFileError(str(path), problems, valid_rows=len(profiles))
    if not profiles:
        if problems:
            raise PeopleFileError(str(path), problems)
        raise DataFileError(str(path), None, None, Problem("people_none"))
    return people


def _read_rows(path: Path, suffix: str) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    if suffix == ".csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                table = list(csv.reader(handle))
        except UnicodeDecodeError as error:
            raise DataFileError(str(path), None, None, Problem("people_not_utf8", at=error.start + 1)) from None
    else:
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a file that is not a workbook
            raise DataFileError(str(path), None, None, Problem("xlsx_no_workbook")) from None
        table = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    if not table:
        raise DataFileError(str(path), None, None, Problem("people_empty"))
    header = [str(c or "").strip().lower() for c in table[0]]
    return header, [(n, row) for n, row in enumerate(table[1:], start=2)
                    if any(c not in (None, "") for c in row)]


def _column_plan(source: str, header: list[str]) -> tuple[int, dict[int, tuple[str, str, bool]]]:
    """The id column and, per other column, (field, dimension or name, inches). Every header problem
    is said at once, as the catalogue import says them; nothing is read past a bad header."""
    ids = [i for i, name in enumerate(header) if name in ID_COLUMNS]
    issues: list[ImportIssue] = []
    if not ids:
        issues.append(ImportIssue(None, None, Problem("people_no_id_column", names=list(ID_COLUMNS))))
    plan: dict[int, tuple[str, str, bool]] = {}
    valid = [*ID_COLUMNS, *OTHER_COLUMNS, *DIMENSION_IDS, *(f"{d}_in" for d in DIMENSION_IDS),
             *(f"{d}_uncertainty" for d in DIMENSION_IDS)]
    seen: dict[tuple, str] = {}
    for i, name in enumerate(header):
        if (ids and i == ids[0]) or not name:
            continue
        if name in OTHER_COLUMNS:
            plan[i] = (name, name, False)
        elif name in DIMENSION_IDS or (name.endswith("_cm") and name[:-3] in DIMENSION_IDS):
            plan[i] = ("measurement", name.removesuffix("_cm"), False)
        elif name.endswith("_in") and name[:-3] in DIMENSION_IDS:
            plan[i] = ("measurement", name[:-3], True)
        elif name.endswith("_uncertainty") and name[:-12] in DIMENSION_IDS:
            plan[i] = ("uncertainty", name[:-12], False)
        elif name in ID_COLUMNS:
            issues.append(ImportIssue(None, name, Problem("duplicate_column", column=quoted(header[ids[0]]))))
            continue
        else:
            hints = suggest(name, valid)
            issues.append(ImportIssue(None, name, Problem(
                "people_unknown_column", ids=list(ID_COLUMNS),
                did_you_mean=Problem("did_you_mean", suggestions=alternatives(hints)) if hints else "")))
            continue
        # chest_girth twice, or chest_girth beside chest_girth_in: which one is the person's?
        key = plan[i][:2]
        if key in seen:
            issues.append(ImportIssue(None, name, Problem("duplicate_column", column=quoted(seen[key]))))
        seen[key] = name
    if not issues and not any(field == "measurement" for field, _, _ in plan.values()):
        issues.append(ImportIssue(None, None, Problem("people_no_measurement_columns", dimensions=list(DIMENSION_IDS))))
    if issues:
        raise PeopleFileError(source, issues, header_problem=True)
    return ids[0], plan


class _BadPerson(Exception):
    def __init__(self, issue: PeopleIssue):
        self.issue = issue


def _check_plausible(number: int, column: str, dimension: str, value_cm: float, inches: bool,
                     segment: Segment | None = None) -> None:
    """A measurement no body (of the person's segment, when the row says it) has, named by its
    column, with the likely slip: millimetres (as ANSUR II and tech packs give them) or inches in
    a centimetre column; the catalogue import's and the profile's rule (sizer.plausibility)."""
    miss = plausibility.implausible(dimension, value_cm, segment, inches=inches)
    if miss is None:
        return
    hint = None
    if miss.slip is not None and miss.slip.unit == "mm":
        hint = Problem("people_slip_in_mm", slip=miss.slip.sentence(), value=float(f"{value_cm / 10:g}"))
    elif miss.slip is not None:
        hint = Problem("people_slip_rename", slip=miss.slip.sentence(),
                       column=f"{dimension}_in" if miss.slip.unit == "in" else dimension)
    typed = value_cm / CM_PER_INCH if inches else value_cm
    raise _BadPerson(PeopleIssue(number, column, implausible_problem(dimension, round(typed, 4), "in" if inches else "cm",
                                                                     miss, hint)))


def _from_rows(source: str, header: list[str], rows: list[tuple[int, list[Any]]]) -> PeopleFile:
    id_column, plan = _column_plan(source, header)
    ids: list[str] = []
    profiles: list[BodyProfile] = []
    seen: dict[str, int] = {}
    problems: list[PeopleIssue] = []
    for number, cells in rows:
        try:
            person, profile = _person_of_row(source, header, id_column, plan, number, cells, seen)
        except _BadPerson as bad:
            problems.append(bad.issue)  # every bad row is said, not only the first
            continue
        profiles.append(profile)
        ids.append(person)
    return PeopleFile(ids, profiles, problems)


def _person_of_row(source: str, header: list[str], id_column: int, plan: dict[int, tuple[str, str, bool]],
                   number: int, cells: list[Any], seen: dict[str, int]) -> tuple[str, BodyProfile]:
    person = str(cells[id_column] if id_column < len(cells) and cells[id_column] is not None else "").strip()
    if not person:
        raise _BadPerson(PeopleIssue(number, header[id_column], Problem("people_empty_id")))
    if person in seen:
        raise _BadPerson(PeopleIssue(number, header[id_column], Problem(
            "people_duplicate_id", person=quoted(person), where=Problem("location_row", row=seen[person]))))
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
        # 92,5 from a European spreadsheet, 15½ or 15 1/2 (a collar in inches): one number rule with the catalogue
        value = parse_number(str(raw)) if not isinstance(raw, (int, float)) else float(raw)
        if value is None:
            raise _BadPerson(PeopleIssue(number, header[index], Problem(
                "not_a_number_in" if inches else "not_a_number_cm", value=quoted(raw)))) from None
        key = "measurements_cm" if field == "measurement" else "uncertainty_cm"
        if key == "measurements_cm":
            typed.append((index, name, value * CM_PER_INCH if inches else value, inches))
        payload[key][name] = value * CM_PER_INCH if inches else value
    segment = None
    if payload.get("segment"):
        try:
            segment = parse_segment(payload["segment"])
        except UnknownChoiceError as error:
            raise _BadPerson(PeopleIssue(number, header[_column_of(plan, "segment")], error.one_line())) from None
    if payload.get("fit_preference") and payload["fit_preference"] not in {p.value for p in FitPreference}:
        raise _BadPerson(PeopleIssue(number, header[_column_of(plan, "fit_preference")], Problem(
            "profile_bad_fit", value=quoted(payload["fit_preference"]), choices=[p.value for p in FitPreference])))
    for index, name, value_cm, inches in typed:
        _check_plausible(number, header[index], name, value_cm, inches, segment)
    if not payload["measurements_cm"]:
        raise _BadPerson(PeopleIssue(number, None, Problem("people_no_measurements", person=quoted(person))))
    try:
        return person, BodyProfile.from_json_dict(payload, f"{source}, row {number}")
    except DataFileError as error:  # an uncertainty out of bounds: named by its column
        part, _, column = str(error.field or "").partition(".")
        field = "uncertainty" if part == "uncertainty_cm" else "measurement"
        named = next((header[i] for i, (f, n, _) in plan.items() if f == field and n == column), None)
        raise _BadPerson(PeopleIssue(number, named, error.reason)) from None


def _column_of(plan: dict[int, tuple[str, str, bool]], field: str) -> int:
    return next(i for i, (f, _, _) in plan.items() if f == field)


def _read_jsonl(path: Path) -> PeopleFile:
    ids: list[str] = []
    profiles: list[BodyProfile] = []
    seen: dict[str, int] = {}
    problems: list[PeopleIssue] = []
    try:
        with path.open(encoding="utf-8-sig") as handle:
            lines = list(handle)
    except UnicodeDecodeError as error:
        raise DataFileError(str(path), None, None, Problem("people_not_utf8", at=error.start + 1)) from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            person, profile = _person_of_line(path, number, line, seen)
        except _BadPerson as bad:
            problems.append(bad.issue)  # every bad line is said, not only the first
            continue
        profiles.append(profile)
        ids.append(person)
    return PeopleFile(ids, profiles, problems)


def _person_of_line(path: Path, number: int, line: str, seen: dict[str, int]) -> tuple[str, BodyProfile]:
    def bad(column: str | None, reason: Problem) -> _BadPerson:
        return _BadPerson(PeopleIssue(number, column, reason, unit="line"))

    try:
        payload = json.loads(line)
    except json.JSONDecodeError as error:
        raise bad(None, Problem("people_line_not_json", column=error.colno)) from None
    if not isinstance(payload, dict):
        raise bad(None, Problem("people_line_not_object"))
    raw_id = payload.get("id")
    person = str(raw_id).strip() if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else ""
    if not person:
        raise bad("id", Problem("people_line_no_id"))
    if person in seen:
        raise bad("id", Problem("people_duplicate_id", person=quoted(person),
                                where=Problem("location_line", line=seen[person])))
    seen[person] = number
    try:
        return person, BodyProfile.from_json_dict(payload, f"{path}, line {number}", extra_keys=("id",))
    except DataFileError as error:
        raise bad(error.field, error.reason) from None


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
