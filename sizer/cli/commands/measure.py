"""``sizer measure``: body measurements from a front and a side photo."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command, print_json

WARNING_TEXT = {
    "sex_not_given_wider_girth_uncertainty": "sex not given: the neck girth is estimated with a wider uncertainty",
    "perspective_not_solved": "camera perspective could not be solved; a level camera was assumed",
    "chest_level_estimated": "the armpits were not visible; the chest level was estimated",
    "inside_leg_estimated": "no gap between the legs: the inside leg was estimated from the hips",
    "shoulder_width_from_keypoints": "an arm touched the body: the shoulder width comes from the pose "
                                     "keypoints and is less sure (hold the arms slightly away)",
    "stature_from_reference": "the height was measured from the reference object (no height given)",
    "stated_height_disagrees_with_reference": "the stated height and the reference object disagree by over 3 %: "
                                              "check both",
}


def height_cm(text: str) -> float:
    """A typed height read by the same rule as the app's and the kiosk's (plain numbers only: no
    "9_0", "1e2" or "nan"), refused with the valid range when implausible."""
    from sizer.height_entry import HeightEntryError, parse_height

    try:
        return parse_height(text).cm
    except HeightEntryError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--front", required=True, help="photo facing the camera (whole body, arms slightly away)")
    parser.add_argument("--side", required=True, help="photo of the left or right side (whole body)")
    parser.add_argument("--height-cm", type=height_cm, metavar="HEIGHT",
                        help="the person's height (the scale): 182, 182 cm, 5 ft 11 or 71 in; "
                             "required unless --reference is given")
    parser.add_argument("--reference", choices=["aruco", "card"],
                        help="a printed marker (sizer marker) or an ID-1 card held on the stomach in the front photo")
    parser.add_argument("--marker-mm", type=float, default=100.0, help="printed marker side in mm (default 100)")
    parser.add_argument("--sex", choices=["male", "female"], help="optional: narrows the neck girth estimate")
    parser.add_argument("--focal-px", type=float, help="the camera's focal length in pixels, when known")
    parser.add_argument("--json", action="store_true", help="print the profile as JSON")


def run(args: argparse.Namespace) -> int:
    from sizer.vision.girth_model import Sex
    from sizer.vision.photo_measure import measure_photos
    from sizer.vision.pose import quiet_native_logs
    from sizer.vision.reference import ReferenceKind

    reference = ReferenceKind(args.reference) if args.reference else None
    with quiet_native_logs():
        profile = measure_photos(args.front, args.side, args.height_cm, Sex.parse(args.sex),
                                 focal_px=args.focal_px, reference=reference, marker_mm=args.marker_mm)
    if args.json:
        print_json(profile.to_json_dict())
        return EXIT_OK
    print(f"{'measurement':16s} {'cm':>7s}  {'+/- cm':>6s}")
    for key, value in profile.measurements_cm.items():
        spread = profile.uncertainty_cm.get(key)
        print(f"{key:16s} {value:7.1f}  {spread:6.1f}" if spread else f"{key:16s} {value:7.1f}  {'given':>6s}")
    for warning in profile.warnings:
        print(f"note: {WARNING_TEXT.get(warning, warning)}")
    return EXIT_OK


COMMAND = Command("measure", "body measurements from a front and a side photo", configure, run)
