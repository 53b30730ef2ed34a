"""``sizer recommend``: the best size of every listing of a catalogue for one body profile."""
from __future__ import annotations

import argparse
import sys

from sizer.cli import EXIT_OK, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    from sizer.cli.catalog_input import add_catalog_arguments

    add_catalog_arguments(parser, accept_valid_rows=False)  # its --accept-valid-rows also covers --profiles
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--profile", metavar="PROFILE.json",
                     help="body profile, the JSON `sizer measure --json` prints ('-' reads standard input)")
    who.add_argument("--profiles", metavar="PEOPLE",
                     help="many people (team and uniform orders): .csv or .xlsx with an id column and measurement "
                          "columns named after the dimensions (chest_girth in cm, chest_girth_in in inches), or "
                          ".jsonl with one profile JSON and an id a line; writes each person's size per listing")
    parser.add_argument("--listing", metavar="ID", action="append",
                        help="only this listing (repeatable); default: every listing")
    parser.add_argument("--accept-valid-rows", action="store_true",
                        help="take the valid rows of a catalogue or people file (--profiles) that has errors "
                             "(the rows left out are listed)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print {\"recommendations\": [...]} as JSON")
    output.add_argument("--out", metavar="FILE", help="write the recommendations to FILE (.csv, .xlsx or .json)")


def run(args: argparse.Namespace) -> int:
    from sizer.cli.catalog_input import import_catalog_option
    from sizer.export import export_format
    from sizer.profile import MAX_PROFILE_BYTES, BodyProfile
    from sizer.recommend import recommend
    from sizer.recommend.export import export_recommendations, recommendations_payload
    from sizer.recommend.text import describe

    if args.out:
        export_format(args.out)  # a bad suffix fails before any work
    profiles = people = None
    if args.profiles:
        from sizer.recommend.people import read_people

        people, profiles, skipped = read_people(args.profiles, accept_valid_rows=args.accept_valid_rows)
        for issue in skipped:  # as the catalogue's rows left out, below
            print(f"sizer: warning: {args.profiles}: skipped {issue}", file=sys.stderr)
        profile = None
    elif args.profile == "-":
        stream = getattr(sys.stdin, "buffer", sys.stdin)  # bounded: an endless pipe is refused, not read
        profile = BodyProfile.from_json_text(stream.read(MAX_PROFILE_BYTES + 1), "<stdin>")
    else:
        profile = BodyProfile.load(args.profile)
    result = import_catalog_option(args.catalog, args.mapping, args.accept_valid_rows)
    if profiles is not None:
        return _run_many(args, people, profiles, result.catalog)
    results = recommend(profile, result.catalog)
    if args.listing:
        indices = [result.catalog.index_of(i) for i in args.listing]
    elif profile.segment is not None:
        # A profile that says whom it is for: that segment's listings, then unisex ones; others left out.
        from sizer.recommend.ordering import shown_for

        indices = shown_for(result.catalog, range(len(results)), profile.segment, results.batch.sized()[0])
    else:
        indices = range(len(results))
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
        # Columns as wide as their widest entry, so the confidences line up under long labels (W30 L32).
        shown = [(r, r.size or "—", f" (or {r.alternative})" if r.alternative else "") for r in recommendations]
        id_width = max([10, *(len(r.listing_id) for r, _, _ in shown)])
        size_width = max([9, *(len(size) for _, size, _ in shown)])
        extra_width = max([12, *(len(extra) for _, _, extra in shown)])
        for r, size, extra in shown:
            print(f"{r.listing_id:<{id_width}} {size:>{size_width}}{extra:<{extra_width}} {r.confidence:4.0%}  "
                  f"{r.title}: {describe(r)}")
    return EXIT_OK


def _run_many(args: argparse.Namespace, people, profiles, catalog) -> int:
    """Every person against every (chosen) listing in one vectorised call."""
    from sizer.export import write_table
    from sizer.recommend import recommend_many
    from sizer.recommend.people import batch_payload, batch_table

    listings = [catalog.index_of(i) for i in args.listing] if args.listing else None
    # As for one profile: the listings asked for, else each person's segment's and the unisex ones.
    segments = None if args.listing else [p.segment for p in profiles]
    batch = recommend_many(profiles, catalog)
    if args.json:
        print_json(batch_payload(people, batch, listings, segments))
        return EXIT_OK
    columns, rows = batch_table(people, batch, listings, segments)
    if args.out:
        path = write_table(args.out, columns, rows, sheet_title="Sizes",
                           json_payload=batch_payload(people, batch, listings, segments))
        print(f"{len(rows)} sizes of {len(people)} people written to {path}")
        return EXIT_OK
    for person, listing_id, _title, size, status, closest, _alt, confidence, _fit in rows:
        shown = size or (f"({closest})" if closest else "—")
        print(f"{person:<12} {listing_id:<10} {shown:>10}  {confidence:4.0%}  {status}")
    return EXIT_OK


COMMAND = Command(
    name="recommend",
    help="recommend a size of every catalogue listing for a body profile",
    configure=configure,
    run=run,
    description="For a body profile (the JSON `sizer measure --json` prints), the best size of every "
                "listing, the runner-up, how each zone fits, how sure, and equivalent labels in other systems; "
                "with --profiles, the size of every person of a team for every listing.",
)
