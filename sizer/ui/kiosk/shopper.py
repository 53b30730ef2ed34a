"""Everything the kiosk knows about the shopper in front of it, in one place so it can be wiped."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sizer.profile import BodyProfile
from sizer.recommend import Recommendation
from sizer.ui.kiosk.results_model import ShopperResults
from sizer.units import LengthUnit


@dataclass
class ShopperSession:
    language: str = ""
    unit: LengthUnit = LengthUnit.CM
    height_cm: float | None = None
    profile: BodyProfile | None = None
    recommendations: list[Recommendation] = field(default_factory=list)  # the page on the screen
    results: ShopperResults | None = None  # every product's verdict, as arrays
    page: int = 0
    qr_payload: str = ""
    segment: object = None  # a sizer.catalog.segments.Segment chosen on the attract screen, or None
    clothing: str | None = None  # the one-tap answer: "fitted", "regular" or "loose" (None: not yet asked)

    def is_empty(self) -> bool:
        return (self.height_cm is None and self.profile is None and not self.recommendations and not self.qr_payload
                and self.results is None and self.segment is None and self.clothing is None)

    def wipe(self) -> None:
        """Overwrite what can be overwritten (the measurement and verdict arrays), then drop every reference.

        Python strings cannot be overwritten in place; they are dropped, so nothing reachable
        from the program still holds the shopper's height, measurements, sizes or QR text.
        """
        if self.results is not None:
            self.results.wipe()
        profile = self.profile
        if profile is not None:
            for values in (profile.measurements_cm, getattr(profile, "uncertainty_cm", None)):
                if isinstance(values, dict):
                    values.clear()
            for value in vars(profile).values():
                if isinstance(value, np.ndarray) and value.flags.writeable:
                    value.fill(0)
        self.recommendations.clear()
        self.profile = self.results = None
        self.height_cm = None
        self.qr_payload = ""
        self.segment = None
        self.clothing = None
