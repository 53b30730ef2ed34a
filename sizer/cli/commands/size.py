"""``sizer size``: body measurements to the size in every system, and which measurement decided it."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, SIZE_TYPE_HELP, Command, print_json
from sizer.dimensions import DIMENSIONS

# measurements the GB/T, JIS and KS designations read besides the chart's own
DESIGNATION_INPUTS = {"stature", "chest_girth", "bust_girth", "waist_girth", "hip_girth"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--category", help="chart id, e.g. mens_shirts (see `sizer charts list`)")
    parser.add_argument("--chart-file", help="use this chart file (a brand's own) instead of --category")
    parser.add_argument("--size-type", help=SIZE_TYPE_HELP)
    parser.add_argument("--units", choices=("cm", "in"), default="cm", help="unit of the measurements (default cm)")
    group = parser.add_argument_group("body measurements (any that the chart uses)")
    for dim in DIMENSIONS.values():
        # one flag when the id has no underscore (--stature), else both spellings (--neck_girth, --neck-girth)
        flags = dict.fromkeys((f"--{dim.id}", f"--{dim.id.replace('_', '-')}"))
        group.add_argument(*flags, dest=dim.id, metavar="LENGTH", help=dim.definition)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def format_length(cm: float, unit: str, with_unit: bool = True) -> str:
    """Chart ranges to the hundredth (ring and shoe steps are millimetres), trailing zeros dropped."""
    from sizer.units import cm_to_in

    value = cm if unit == "cm" else cm_to_in(cm)
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if with_unit else text


def check_plausible(chart, measurements: dict[str, float], unit: str) -> None:
    """Refuse a measurement no body of the chart's wearers has, as the catalogue import and the
    people file of `sizer recommend --profiles` do (sizer.plausibility), with the unit it looks like:
    54.5 as a finger girth is millimetres, not a ring size past the chart's largest."""
    from sizer import plausibility
    from sizer.catalog.segments import category_segment
    from sizer.errors import SizerError
    from sizer.problems import Problem

    segment = category_segment(chart.id)
    problems = []
    for dim, cm in measurements.items():
        miss = plausibility.implausible(dim, cm, segment, inches=unit == "in")
        if miss is None:
            continue
        problems.append(Problem("size_implausible_measurement", dimension=dim, typed=format_length(cm, unit),
                                chart=f"{chart.title} ({chart.id})", expected=miss.expected,
                                hint=Problem("hint_unit_slip", slip=miss.slip.sentence()) if miss.slip else ""))
    if len(problems) == 1:
        raise SizerError(problems[0])
    if problems:
        raise SizerError("\n".join(problems))


def _span(chart, dim: str) -> tuple[float, float] | None:
    """The lowest and highest value of ``dim`` any row of the chart covers."""
    ranges = [chart.row_ranges(r)[dim] for r in range(chart.row_count) if dim in chart.row_ranges(r)]
    return (min(low for low, _ in ranges), max(high for _, high in ranges)) if ranges else None


def size_type_advice(chart, measurements: dict[str, float], unit: str) -> list[str]:
    """For a size type's chart (petite, tall) and a body outside what the type is cut for (a stature
    of 160 cm on tall tops): the type's span, and the size types of the category that fit it."""
    from sizer.sizing.library import load_charts
    from sizer.units import format_range

    if not chart.size_type_of:
        return []
    library = load_charts()
    base = library.get(chart.size_type_of)
    lines = []
    for dim in chart.dimensions:
        span = _span(chart, dim)
        if dim in base.dimensions or dim not in measurements or span is None or span[0] <= measurements[dim] <= span[1]:
            continue
        suits = []
        for size_type, chart_id in library.size_types(base.id).items():
            other = library.get(chart_id)
            other_span = _span(other, dim) if dim in other.dimensions else None
            # the regular chart does not size by it; a sibling that does must cover the body
            if chart_id == base.id or (chart_id != chart.id and other_span is not None
                                       and other_span[0] <= measurements[dim] <= other_span[1]):
                suits.append(size_type)
        advice = f"; try --size-type {' or '.join(suits)}" if suits else ""
        lines.append(f"  {chart.size_types[0]} sizes are cut for a {dim.replace('_', ' ')} of "
                     f"{format_range(span[0], span[1], unit)}, yours is {format_length(measurements[dim], unit)}"
                     f"{advice}")
    return lines


def run(args: argparse.Namespace) -> int:
    from sizer.recommend.chart_listing import recommend_on_chart
    from sizer.recommend.text import describe
    from sizer.recommend.verdicts import Direction, ReasonCode
    from sizer.sizing.designations import designations_for
    from sizer.sizing.library import chart_for
    from sizer.units import format_range, parse_length

    chart = chart_for(args.category, args.chart_file, args.size_type)
    measurements = {d: parse_length(getattr(args, d), args.units) for d in DIMENSIONS if getattr(args, d)}
    check_plausible(chart, measurements, args.units)
    lookup = chart.size_for(measurements)  # checks the measurements; says which zone needs the largest size
    # The size itself comes from the recommender, as in `sizer recommend`, the Catalogue page and the kiosk.
    chosen = recommend_on_chart(chart, measurements)
    rec = chosen.recommendation
    labels = {system: found for system, found in chart.row_labels(chosen.row).items()} if chosen.row >= 0 else {}
    ruled = rec.reason(ReasonCode.NO_SIZE_FITS)
    status = "inside"
    if chosen.row < 0 and ruled is not None and ruled.params["ruled_out_by"]:
        status = "above" if ruled.params["ruled_out_by"][0]["body_is"] is Direction.LARGER else "below"
    elif chosen.row < 0:
        status = lookup.status.value
    ranges = chart.row_ranges(chosen.row) if chosen.row >= 0 else {}
    designations = {k: v for k, v in designations_for(chart.designations, measurements).items() if v}
    unit = args.units
    if args.json:
        print_json({
            "category": chart.id,
            "size_type": (chart.size_types or ("regular",))[0],
            "status": status,
            "recommendation_status": rec.status.value,
            "row": chosen.row,
            "labels": labels,
            "best": {system: values[0] for system, values in labels.items() if values},
            "deciding_dimension": lookup.deciding_dimension,
            "assumed_default_variant": lookup.assumed_default_variant,
            "measurements_cm": measurements,
            "dimensions": {d: {"value_cm": v.value_cm, "status": v.status.value,
                               "range_cm": list(ranges[d]) if d in ranges and v.value_cm is not None else None,
                               "fit": rec.fit[d].value if rec.fit.get(d) else None}
                           for d, v in lookup.details.items()},
            "ignored_dimensions": list(lookup.ignored_dimensions),
            "reasons": [r.to_json_dict() for r in rec.reasons],
            "designations": designations,
        })
        return EXIT_OK
    print(f"{chart.title} ({chart.id})")
    if chosen.row < 0:
        print(f"  {describe(rec)}")
    for system, found in labels.items():
        print(f"  {system:6s} {', '.join(found) if found else '-'}")
    if chosen.row >= 0 and rec.status.value != "fits":
        print(f"  {describe(rec)}")
    if lookup.found and chosen.row >= 0 and lookup.row != chosen.row:
        # The chart's own row holds the body; the recommender chose its neighbour (the reason says why).
        by_chart = chart.row_labels(lookup.row)
        system = next((s for s in ("US", "EU", "INT") if by_chart.get(s)), next(iter(by_chart), ""))
        holding = "; ".join(f"{d.replace('_', ' ')} {format_range(*chart.row_ranges(lookup.row)[d], unit)}"
                            for d in chart.size_dimensions
                            if d in measurements and d in chart.row_ranges(lookup.row))
        print(f"  by the chart alone: {system} {' / '.join(by_chart.get(system, []))} ({holding}), "
              f"the size whose ranges hold your measurements")
    if lookup.deciding_dimension and chosen.row >= 0:
        detail = lookup.details[lookup.deciding_dimension]
        value = format_length(detail.value_cm, unit) if detail.value_cm is not None else "?"
        print(f"decided by {lookup.deciding_dimension} = {value}")
    for dim, detail in lookup.details.items():
        if detail.value_cm is None:
            continue
        if dim in ranges:
            low, high = ranges[dim]
            zone = rec.fit.get(dim)
            note = f", {zone.value.replace('_', ' ')}" if zone is not None and zone.value != "good" else ""
            print(f"  {dim}: {format_length(detail.value_cm, unit)} (this size: {format_range(low, high, unit)}{note})")
        else:
            print(f"  {dim}: {format_length(detail.value_cm, unit)} ({detail.status.value} the chart)")
    if lookup.assumed_default_variant:
        print(f"  {' / '.join(chart.variant_dimensions)} not given: the regular variant is shown")
    unused = [d for d in lookup.ignored_dimensions if not (designations and d in DESIGNATION_INPUTS)]
    if unused:
        print(f"  not used by this chart: {', '.join(unused)}")
    for line in size_type_advice(chart, measurements, unit):
        print(line)
    for standard, designation in designations.items():
        print(f"{standard}: {designation}")
    return EXIT_OK


COMMAND = Command("size", "size in every system for body measurements", configure, run)
