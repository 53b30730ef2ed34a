"""Everything the kiosk knows about the shopper in front of it, in one place so it can be wiped."""
from __future__ import annotations

from dataclasses import dataclass, field

from sizer.profile import BodyProfile
from sizer.recommend import Recommendation
from sizer.units import LengthUnit


@dataclass
class ShopperSession:
    language: str = ""
    unit: LengthUnit = LengthUnit.CM
    height_cm: float | None = None
    profile: BodyProfile | None = None
    recommendations: list[Recommendation] = field(default_factory=list)
    qr_payload: str = ""
    segment: object = None  # a sizer.catalog.segments.Segment chosen on the attract screen, or None

    def is_empty(self) -> bool:
        return (self.height_cm is None and self.profile is None and not self.recommendations and not self.qr_payload
                and self.segment is None)
