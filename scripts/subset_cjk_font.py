#!/usr/bin/env python3
"""Rebuild assets/fonts/NotoSansCJKsc-*-GB2312.otf, the CJK font the app ships.

Why ship one: a fresh Linux machine (and many kiosk images) has no CJK font, and Qt then draws
Chinese as empty boxes on screen, in PNGs and in PDFs. The full Noto Sans CJK collection is
~20 MB a weight; the Simplified Chinese face cut to ASCII, Latin-1, punctuation and the 7,445
characters of GB2312 is ~3 MB and covers the app's texts and everyday product titles.

Usage (needs fonttools: pip install -e .[build]):
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    python scripts/subset_cjk_font.py noto/usr/share/fonts/opentype/noto
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

OUT_DIR = Path(__file__).resolve().parent.parent / "assets" / "fonts"
SIMPLIFIED_CHINESE_FACE = "Noto Sans CJK SC"


def wanted_code_points() -> set[int]:
    ranges = [(0x20, 0x7F), (0xA0, 0x180), (0x2000, 0x2070), (0x2100, 0x2200), (0x3000, 0x3040), (0xFF00, 0xFFF0)]
    points = {cp for low, high in ranges for cp in range(low, high)}
    points |= {0x2190, 0x2191, 0x2192, 0x2193, 0x2713, 0x2717, 0x25CF, 0x25CB, 0x25B2, 0x25BC}
    for high in range(0xA1, 0xF8):  # every double-byte GB2312 code
        for low in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return points


def main(source_dir: str) -> int:
    points = wanted_code_points()
    for weight in ("Regular", "Bold"):
        collection = TTCollection(str(Path(source_dir) / f"NotoSansCJK-{weight}.ttc"))
        face = next(f for f in collection.fonts if f["name"].getDebugName(1) == SIMPLIFIED_CHINESE_FACE)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=points)
        subsetter.subset(face)
        out = OUT_DIR / f"NotoSansCJKsc-{weight}-GB2312.otf"
        face.save(str(out))
        print(f"{out}: {out.stat().st_size / 1e6:.1f} MB, {len(points)} code points")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
