"""The one vocabulary of body dimensions, named after ISO 8559-1 and kept in centimetres.

Every other module (charts, guides, vision, catalogue columns, exports, UI) refers to a body
dimension by the ``id`` defined here, and nowhere else spells its name, range or definition.
Translated names and definitions live with the measuring guides (assets/guides/).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from sizer.errors import UnknownChoiceError


class DimensionKind(str, enum.Enum):
    GIRTH = "girth"  # a tape around the body
    LENGTH = "length"  # along the body, or a height above the floor
    BREADTH = "breadth"  # straight across, as with callipers


@dataclass(frozen=True)
class Dimension:
    id: str
    iso_term: str  # the term ISO 8559-1 uses for it
    kind: DimensionKind
    adult_range_cm: tuple[float, float]  # plausible for adults; outside it, say so
    child_range_cm: tuple[float, float]  # plausible for children from birth to 15
    definition: str  # one line, for guides, exports and tooltips
    unit: str = "cm"

    def plausible_range_cm(self) -> tuple[float, float]:
        """The widest plausible range, child or adult."""
        return (min(self.adult_range_cm[0], self.child_range_cm[0]),
                max(self.adult_range_cm[1], self.child_range_cm[1]))

    def is_plausible(self, value_cm: float) -> bool:
        low, high = self.plausible_range_cm()
        return low <= value_cm <= high


_ALL = (
    Dimension("stature", "body height (stature)", DimensionKind.LENGTH, (130, 215), (45, 185),
              "Vertical distance from the floor to the top of the head, standing straight, barefoot."),
    Dimension("head_girth", "head girth", DimensionKind.GIRTH, (50, 66), (32, 60),
              "Horizontal girth of the head just above the eyebrows and ears, over the back of the head."),
    Dimension("neck_girth", "neck girth", DimensionKind.GIRTH, (28, 52), (20, 38),
              "Girth of the neck at its base, over the Adam's apple level, where a shirt collar sits."),
    Dimension("chest_girth", "chest girth", DimensionKind.GIRTH, (70, 160), (40, 100),
              "Horizontal girth of the upper torso just under the armpits, over the shoulder blades."),
    Dimension("bust_girth", "bust girth", DimensionKind.GIRTH, (70, 170), (45, 100),
              "Horizontal girth over the fullest part of the bust, across the shoulder blades."),
    Dimension("underbust_girth", "underbust girth", DimensionKind.GIRTH, (58, 150), (45, 90),
              "Horizontal girth just below the breasts, where a bra band sits."),
    Dimension("waist_girth", "waist girth", DimensionKind.GIRTH, (52, 160), (38, 90),
              "Girth of the natural waist, the narrowest part of the torso between ribs and hips."),
    Dimension("hip_girth", "hip girth", DimensionKind.GIRTH, (70, 170), (42, 105),
              "Horizontal girth over the fullest part of the buttocks."),
    Dimension("thigh_girth", "thigh girth", DimensionKind.GIRTH, (38, 90), (20, 60),
              "Horizontal girth of the thigh at its fullest, just below the crotch."),
    Dimension("hand_girth", "hand girth", DimensionKind.GIRTH, (15, 27), (9, 21),
              "Girth of the hand around the knuckles, thumb excluded, fingers together."),
    Dimension("finger_girth", "finger girth", DimensionKind.GIRTH, (4.0, 9.0), (3.0, 6.5),
              "Girth of the finger at the base, where a ring sits; the ring's inner circumference."),
    Dimension("shoulder_width", "shoulder width (biacromial breadth)", DimensionKind.BREADTH, (28, 56), (16, 42),
              "Straight distance between the two shoulder points (acromions), across the back."),
    Dimension("arm_length", "arm length", DimensionKind.LENGTH, (45, 75), (18, 62),
              "From the shoulder point over the bent elbow to the wrist bone."),
    # Adult maxima above the tallest ANSUR II soldiers (105.8 cm sleeve, 103.1 cm crotch height).
    Dimension("sleeve_length", "cervicale to wrist length", DimensionKind.LENGTH, (65, 112), (28, 82),
              "From the nape of the neck over the shoulder point and elbow to the wrist bone."),
    Dimension("inside_leg", "inside leg length", DimensionKind.LENGTH, (60, 110), (15, 85),
              "Vertical distance from the crotch to the floor, standing barefoot, feet slightly apart."),
    Dimension("foot_length", "foot length", DimensionKind.LENGTH, (20, 33), (7, 27),
              "Distance from the back of the heel to the tip of the longest toe, standing."),
    Dimension("foot_width", "foot breadth", DimensionKind.BREADTH, (7, 13), (4, 10.5),
              "Widest horizontal distance across the foot, at the balls of the foot, standing."),
)

DIMENSIONS: dict[str, Dimension] = {d.id: d for d in _ALL}
DIMENSION_IDS: tuple[str, ...] = tuple(DIMENSIONS)


def get_dimension(dimension_id: str) -> Dimension:
    """The dimension named ``dimension_id``; an unknown name raises with the valid ones."""
    try:
        return DIMENSIONS[dimension_id]
    except KeyError:
        raise UnknownChoiceError("dimension", dimension_id, DIMENSION_IDS) from None
