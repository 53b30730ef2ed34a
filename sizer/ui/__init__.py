"""Everything that imports Qt. ``documents`` renders PDF/PNG with QtGui only (no widgets)."""
