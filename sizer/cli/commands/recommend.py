"""``sizer recommend``: the best size of every listing of a catalogue for one body profile."""
from __future__ import annotations

import argparse
import sys

from sizer.cli import EXIT_OK, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", metavar="FILE",
                        help="catalogue (.csv or .xlsx, one row per listing and size); default: the bundled sample")
    parser.add_argument("--profile", metavar="PROFILE.json", required=True,
                        help="body profile, the JSON `sizer measure --json` prints ('-' reads standard input)")
    parser.add_argument("--listing", metavar="ID", action="append",
                        help="only this listing (repeatable); default: every listing")
    parser.add_argument("--accept-valid-rows", action="store_true",
                        help="import the valid rows of a catalogue that has errors (the errors are listed)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print {\"recommendations\": [...]} as JSON")
    output.add_argument("--out", metavar="FILE", help="write the recommendations to FILE (.csv, .xlsx or .json)")


def run(args: argparse.Namespace) -> int:
    import json

    from sizer.catalog.importer import import_catalog, sample_catalog_path
    from sizer.errors import DataFileError
    from sizer.export import export_format
    from sizer.profile import BodyProfile
    from sizer.recommend import recommend
    from sizer.recommend.export import export_recommendations, recommendations_payload
    from sizer.recommend.text import describe

    if args.out:
        export_format(args.out)  # a bad suffix fails before any work
    if args.profile == "-":
        try:
            profile = BodyProfile.from_json_dict(json.loads(sys.stdin.read()), "<stdin>")
        except json.JSONDecodeError as error:
            raise DataFileError("<stdin>", None, None, f"not valid JSON ({error})") from None
    else:
        profile = BodyProfile.load(args.profile)
    result = import_catalog(args.catalog or sample_catalog_path(), accept_valid_rows=args.accept_valid_rows)
    for issue in result.issues:
        print(f"sizer: warning: {result.catalog.source}: skipped {issue}", file=sys.stderr)
    results = recommend(profile, result.catalog)
    indices = [result.catalog.index_of(i) for i in args.listing] if args.listing else range(len(results))
    if args.out and not args.json:
        from sizer.recommend.bulk_export import export_recommendation_set

        path = export_recommendation_set(args.out, results, list(indices))
        print(f"{len(indices)} recommendations written to {path}")
        return EXIT_OK
    recommendations = [results.recommendation(i) for i in indices]
    if args.json:
        print_json(recommendations_payload(recommendations))
    elif args.out:
        path = export_recommendations(args.out, recommendations)
        print(f"{len(recommendations)} recommendations written to {path}")
    else:
        for r in recommendations:
            size = r.size or "—"
            extra = f" (or {r.alternative})" if r.alternative else ""
            print(f"{r.listing_id:<10} {size:>9}{extra:<12} {r.confidence:4.0%}  {r.title}: {describe(r)}")
    return EXIT_OK


COMMAND = Command(
    name="recommend",
    help="recommend a size of every catalogue listing for a body profile",
    configure=configure,
    run=run,
    description="For a body profile (the JSON `sizer measure --json` prints), the best size of every "
                "listing, the runner-up, how each zone fits, how sure, and equivalent labels in other systems.",
)
