"""The warnings a measurement can carry, as codes: the CLI and the UI each put them in words."""
from __future__ import annotations

import enum


class MeasurementWarning(str, enum.Enum):
    SEX_NOT_GIVEN = "sex_not_given_wider_girth_uncertainty"
    PERSPECTIVE_NOT_SOLVED = "perspective_not_solved"
    CHEST_LEVEL_ESTIMATED = "chest_level_estimated"
    INSIDE_LEG_ESTIMATED = "inside_leg_estimated"
    SHOULDER_WIDTH_FROM_KEYPOINTS = "shoulder_width_from_keypoints"
    STATURE_FROM_REFERENCE = "stature_from_reference"
    STATED_HEIGHT_DISAGREES_WITH_REFERENCE = "stated_height_disagrees_with_reference"
    CLOTHING_ALLOWANCE_SUBTRACTED = "clothing_allowance_subtracted"
    GIRTHS_FROM_TURN = "girths_from_turn"
