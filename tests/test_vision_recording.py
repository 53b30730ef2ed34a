"""`sizer measure --video/--frames`: a recorded capture through the kiosk's guided session."""
from __future__ import annotations

import json

import cv2
import pytest

from sizer.cli import main
from sizer.errors import MeasurementInputError
from sizer.resources import as_path, asset
from sizer.vision.clothing import Clothing, allowance
from sizer.vision.frames import StillImageSource
from sizer.vision.recording import measure_recording
from tests.conftest import shared_path

FRONT = as_path(asset("samples", "person_front.png"))
SIDE = as_path(asset("samples", "person_side.png"))


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("argv", [
    ("measure", "--front", str(FRONT), "--side", str(SIDE), "--video", "x.mp4", "--height-cm", "180"),
    ("measure", "--front", str(FRONT), "--height-cm", "180"),
    ("measure", "--video", "x.mp4", "--frames", "y", "--height-cm", "180"),
])
def test_cli_needs_exactly_one_kind_of_input(capsys, argv):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and "--video" in err and "Traceback" not in err and out == ""


def test_cli_recording_needs_a_height_and_an_existing_file(capsys, tmp_path):
    code, _, err = run_cli(capsys, "measure", "--video", str(tmp_path / "x.mp4"))
    assert code == 2 and "--height-cm" in err
    code, _, err = run_cli(capsys, "measure", "--video", str(tmp_path / "missing.mp4"), "--height-cm", "170")
    assert code == 3 and "no such video file" in err
    code, _, err = run_cli(capsys, "measure", "--frames", str(tmp_path / "nowhere"), "--height-cm", "170")
    assert code == 2 and "not a folder" in err
    # An implausible height is refused as a bad argument, by the same rule as the app's height field.
    with pytest.raises(SystemExit) as refused:
        run_cli(capsys, "measure", "--video", str(FRONT), "--height-cm", "17")
    assert refused.value.code == 2 and "expected 100 to 215 cm" in capsys.readouterr().err


@pytest.mark.slow
def test_a_recording_that_never_turns_is_refused_with_the_sessions_advice():
    # 25 frames of the sample person facing the camera: the front step completes, the side never comes.
    with StillImageSource(FRONT, repeat=25, frame_size=(640, 480)) as source:
        with pytest.raises(MeasurementInputError) as refused:
            measure_recording(source, 182.3, frames_per_view=5, name="front-only")
    message = str(refused.value)
    assert "front-only" in message and "did not finish in 25 frames" in message and "step 'turn'" in message
    assert "side" in refused.value.advice.lower()


def test_clothing_answer_parses_and_loose_is_refused_before_measuring():
    assert Clothing.parse("Fitted") is Clothing.FITTED
    assert allowance(Clothing.FITTED, "chest_girth").mean_cm > 0
    assert allowance(Clothing.REGULAR, "chest_girth").sd_cm > allowance(Clothing.FITTED, "chest_girth").sd_cm
    assert allowance(None, "chest_girth").mean_cm == 0.0
    with pytest.raises(MeasurementInputError):
        allowance(Clothing.LOOSE, "chest_girth")
    with pytest.raises(Exception, match="clothing"):
        Clothing.parse("baggy")


def test_cli_loose_clothing_is_refused_with_exit_3(capsys):
    code, out, err = run_cli(capsys, "measure", "--front", str(FRONT), "--side", str(SIDE),
                             "--height-cm", "182.3", "--clothing", "loose")
    assert code == 3 and "tape" in err and out == ""


@pytest.mark.shared_data
@pytest.mark.slow
def test_cli_frames_folder_of_a_turn_prints_the_profile_json(capsys, tmp_path):
    folder = shared_path("synth-turn-dev")
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]["d002"]["measurements_cm"]
    capture = cv2.VideoCapture(str(folder / "d002_plain.mp4"))
    frames = 0
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        cv2.imwrite(str(tmp_path / f"frame{frames:04d}.jpg"), frame, [cv2.IMWRITE_JPEG_QUALITY, 95])
        frames += 1
    capture.release()
    assert frames > 60
    code, out, err = run_cli(capsys, "measure", "--frames", str(tmp_path), "--height-cm", f"{truth['stature_cm']}",
                             "--clothing", "fitted", "--json")
    assert code == 0, err
    profile = json.loads(out)
    assert "girths_from_turn" in profile["warnings"] and "clothing_allowance_subtracted" in profile["warnings"]
    # Bare body measured as if in fitted clothes: the allowance (7 cm) comes off the waist.
    assert profile["measurements_cm"]["waist_girth"] == pytest.approx(truth["waist_cm"] - 7.0, abs=3.0)
    assert profile["uncertainty_cm"]["waist_girth"] >= 2.0  # the allowance's spread is in it
