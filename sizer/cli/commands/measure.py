"""``sizer measure``: body measurements from a front and a side photo, or a recorded capture.

``--video FILE`` / ``--frames FOLDER`` run the same guided live session as the kiosk and the
Measure page (face the camera, turn a quarter turn, hold side-on) and print the same JSON.
"""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command, print_json
from sizer.errors import SizerError
from sizer.units import format_uncertainty

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
    "clothing_allowance_subtracted": "the clothing's allowance was subtracted (its spread is in the +/-)",
    "girths_from_turn": "the girths use the widths seen during the quarter turn",
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
    parser.add_argument("--front", help="photo facing the camera (whole body, arms slightly away)")
    parser.add_argument("--side", help="photo of the left or right side (whole body)")
    parser.add_argument("--video", help="a recorded capture: facing the camera, a quarter turn, side-on "
                                        "(runs the kiosk's guided session on it)")
    parser.add_argument("--frames", help="the same, as a folder of frame images in name order")
    parser.add_argument("--frames-per-view", type=int, default=15,
                        help="good frames the session gathers per view (--video/--frames; default 15, as the kiosk)")
    parser.add_argument("--clothing", choices=["fitted", "regular", "loose"],
                        help="what the person wears; its allowance is subtracted (loose: refused with advice)")
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

    recording = args.video or args.frames
    if bool(args.video) + bool(args.frames) + bool(args.front or args.side) != 1 or (
            not recording and not (args.front and args.side)):
        raise SizerError("give either --front and --side photos, or --video FILE, or --frames FOLDER")
    if recording:
        return _run_recording(args, recording)
    reference = ReferenceKind(args.reference) if args.reference else None
    with quiet_native_logs():
        profile = measure_photos(args.front, args.side, args.height_cm, Sex.parse(args.sex),
                                 focal_px=args.focal_px, reference=reference, marker_mm=args.marker_mm,
                                 clothing=args.clothing)
    return _print_profile(profile, args.json)


def _run_recording(args: argparse.Namespace, path: str) -> int:
    from pathlib import Path

    from sizer.vision.girth_model import Sex
    from sizer.vision.photo_measure import check_stature
    from sizer.vision.pose import quiet_native_logs
    from sizer.vision.recording import measure_recording_path

    if args.reference:
        raise SizerError("--reference works with photos only; give --height-cm with --video or --frames")
    if args.height_cm is None:
        raise SizerError("--height-cm is required with --video or --frames (the scale)")
    check_stature(args.height_cm)
    if args.frames and not Path(args.frames).is_dir():
        raise SizerError(f"--frames {args.frames}: not a folder of images")
    if args.frames_per_view < 3:
        raise SizerError("--frames-per-view must be at least 3")
    with quiet_native_logs():
        profile = measure_recording_path(path, args.height_cm, sex=Sex.parse(args.sex), clothing=args.clothing,
                                         frames_per_view=args.frames_per_view, focal_px=args.focal_px)
    return _print_profile(profile, args.json)


def _print_profile(profile, as_json: bool) -> int:
    if as_json:
        print_json(profile.to_json_dict())
        return EXIT_OK
    print(f"{'measurement':16s} {'cm':>7s}  {'+/- cm':>6s}")
    for key, value in profile.measurements_cm.items():
        spread = profile.uncertainty_cm.get(key)
        shown = format_uncertainty(spread, with_unit=False) if spread else "given"
        print(f"{key:16s} {value:7.1f}  {shown:>6s}")
    for warning in profile.warnings:
        print(f"note: {WARNING_TEXT.get(warning, warning)}")
    return EXIT_OK


COMMAND = Command("measure", "body measurements from a front and a side photo, or a recorded capture",
                  configure, run)
