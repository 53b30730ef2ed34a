"""``sizer size``: body measurements to the size in every system, and which measurement decided it."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command, print_json
from sizer.dimensions import DIMENSIONS

# measurements the GB/T, JIS and KS designations read besides the chart's own
DESIGNATION_INPUTS = {"stature", "chest_girth", "bust_girth", "waist_girth", "hip_girth"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--category", help="chart id, e.g. mens_shirts (see `sizer charts list`)")
    parser.add_argument("--chart-file", help="use this chart file (a brand's own) instead of --category")
    parser.add_argument("--units", choices=("cm", "in"), default="cm", help="unit of the measurements (default cm)")
    group = parser.add_argument_group("body measurements (any that the chart uses)")
    for dim in DIMENSIONS.values():
        group.add_argument(f"--{dim.id}", f"--{dim.id.replace('_', '-')}", dest=dim.id, metavar="LENGTH",
                           help=dim.definition)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def format_length(cm: float, unit: str, with_unit: bool = True) -> str:
    """Chart ranges to the hundredth (ring and shoe steps are millimetres), trailing zeros dropped."""
    from sizer.units import cm_to_in

    value = cm if unit == "cm" else cm_to_in(cm)
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if with_unit else text


def run(args: argparse.Namespace) -> int:
    from sizer.sizing.designations import designations_for
    from sizer.sizing.library import chart_for
    from sizer.units import parse_length

    chart = chart_for(args.category, args.chart_file)
    measurements = {d: parse_length(getattr(args, d), args.units) for d in DIMENSIONS if getattr(args, d)}
    lookup = chart.size_for(measurements)
    designations = {k: v for k, v in designations_for(chart.designations, measurements).items() if v}
    unit = args.units
    if args.json:
        print_json({
            "category": chart.id,
            "status": lookup.status.value,
            "row": lookup.row,
            "labels": lookup.labels,
            "best": {system: labels[0] for system, labels in lookup.labels.items() if labels},
            "deciding_dimension": lookup.deciding_dimension,
            "assumed_default_variant": lookup.assumed_default_variant,
            "measurements_cm": measurements,
            "dimensions": {d: {"value_cm": v.value_cm, "status": v.status.value,
                               "range_cm": list(v.range_cm) if v.range_cm else None}
                           for d, v in lookup.details.items()},
            "ignored_dimensions": list(lookup.ignored_dimensions),
            "designations": designations,
        })
        return EXIT_OK
    print(f"{chart.title} ({chart.id})")
    if not lookup.found:
        where = "larger than the largest" if lookup.status.value == "above" else "smaller than the smallest"
        culprit = f" ({lookup.deciding_dimension})" if lookup.deciding_dimension else ""
        print(f"  no size: the body is {where} size of this chart{culprit}")
    for system, labels in lookup.labels.items():
        print(f"  {system:6s} {', '.join(labels) if labels else '-'}")
    if lookup.deciding_dimension:
        detail = lookup.details[lookup.deciding_dimension]
        value = format_length(detail.value_cm, unit) if detail.value_cm is not None else "?"
        print(f"decided by {lookup.deciding_dimension} = {value}")
    for dim, detail in lookup.details.items():
        if detail.range_cm:
            low, high = detail.range_cm
            print(f"  {dim}: {format_length(detail.value_cm, unit)} (this size: {format_length(low, unit, with_unit=False)}"
                  f"-{format_length(high, unit)})")
        elif detail.value_cm is not None:
            print(f"  {dim}: {format_length(detail.value_cm, unit)} ({detail.status.value} the chart)")
    if lookup.assumed_default_variant:
        print(f"  {' / '.join(chart.variant_dimensions)} not given: the regular variant is shown")
    unused = [d for d in lookup.ignored_dimensions if not (designations and d in DESIGNATION_INPUTS)]
    if unused:
        print(f"  not used by this chart: {', '.join(unused)}")
    for standard, designation in designations.items():
        print(f"{standard}: {designation}")
    return EXIT_OK


COMMAND = Command("size", "size in every system for body measurements", configure, run)
