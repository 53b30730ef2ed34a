#!/usr/bin/env python3
"""Rebuild assets/fonts/NotoSansCJK{sc,jp,kr}-*.otf, the CJK fonts the app ships.

Why ship them: a fresh Linux machine (and many kiosk images) has no CJK font, and Qt then draws
Chinese, Japanese and Korean as empty boxes on screen, in PNGs and in PDFs. The full Noto Sans CJK
collection is ~20 MB a weight, so each face is cut to what its language needs:

- SC (Simplified Chinese): ASCII, Latin-1 and Latin Extended-A (the accents of Spanish, German and
  French, œ included), punctuation, € and the 7,445 characters of GB2312. Every language falls back
  to it, so it also carries the Latin letters.
- JP (Japanese): kana and the 6,879 characters of JIS X 0208 (6,355 kanji), in Japanese forms.
  Japanese text asks for JP first, then SC (sizer/ui/fonts.py), so it always gets JP forms. (Only
  the 5,170 whose JP glyph differs from SC's would do for drawing, but then fontconfig does not
  count the face as Japanese and Qt never uses it for kanji.)
- KR (Korean): all 11,172 Hangul syllables (KS X 1001 has 2,350; the app's Korean texts use 562
  of them, all within KS X 1001), compatibility jamo and KS X 1001's symbols whose Korean glyph differs. Hanja are left out: Korean
  interfaces and product titles are written in Hangul, and a rare Hanja falls back to the SC glyph.

Size matters because the frozen installer has a 350 MB budget (it was at 345 MB), and so does the
start-up time, so the files are plain OpenType (xz would save 30%, but decompressing 9 MB took
0.3 s on a quiet machine and 2.6 s on a busy one at every start). Every face ships Regular and Bold:
9.0 MB in all, 3.0 MB more than the former two GB2312 files. Without JP and KR Bold (6.2 MB) Qt
emboldens a language's own face, but not a fallback face: the kiosk's language buttons then drew
日本語 and 한국어 regular beside bold English and 简体中文.

Usage (needs fonttools: pip install -e .[build]):
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    python scripts/subset_cjk_font.py noto/usr/share/fonts/opentype/noto [sc] [jp] [kr]   # default: all
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "assets" / "fonts"
FACES = {"sc": "Noto Sans CJK SC", "jp": "Noto Sans CJK JP", "kr": "Noto Sans CJK KR"}
WEIGHTS = ("Regular", "Bold")
BOLD_FACES = {"sc", "jp", "kr"}  # see above: without JP and KR Bold, bold kana and Hangul drew regular


def double_byte(encoding: str, high: range, low: range = range(0xA1, 0xFF)) -> set[int]:
    """Every character of a double-byte national standard, through its EUC encoding."""
    points: set[int] = set()
    for h in high:
        for lo in low:
            try:
                points.add(ord(bytes([h, lo]).decode(encoding)))
            except UnicodeDecodeError:
                pass
    return points


def latin_and_symbols() -> set[int]:
    ranges = [(0x20, 0x7F), (0xA0, 0x250), (0x2000, 0x2070), (0x20A0, 0x20C1), (0x2100, 0x2200),
              (0x3000, 0x3040), (0xFF00, 0xFFF0)]
    points = {cp for low, high in ranges for cp in range(low, high)}
    return points | {0x2190, 0x2191, 0x2192, 0x2193, 0x2713, 0x2717, 0x25CF, 0x25CB, 0x25B2, 0x25BC}


def hangul_in_texts() -> set[int]:
    """Hangul syllables the app's Korean texts use (translations, chart texts, guides)."""
    files = [ROOT / "assets" / "translations" / "sizer_ko.ts", ROOT / "charts" / "i18n" / "ko.toml",
             ROOT / "assets" / "guides" / "text" / "ko.toml"]
    text = "".join(f.read_text(encoding="utf-8") for f in files if f.exists())
    return {ord(c) for c in re.findall("[\uac00-\ud7a3]", text)}


def wanted(face: str, cmaps: dict[str, dict[int, str]]) -> set[int]:
    sc = cmaps["sc"]
    if face == "sc":
        return latin_and_symbols() | double_byte("gb2312", range(0xA1, 0xF8))
    in_sc = wanted("sc", cmaps)
    if face == "jp":
        points = double_byte("euc_jp", range(0xA1, 0xF5)) | set(range(0x3040, 0x3100)) | set(range(0x31F0, 0x3200))
    else:
        # Every one of the 11,172 modern syllables, not only KS X 1001's 2,350: a product title or a
        # shopper's name may use any, and all of them cost 0.9 MB more than those 2,350.
        hangul = set(range(0xAC00, 0xD7A4))
        symbols = double_byte("euc_kr", range(0xA1, 0xAD))
        points = hangul | hangul_in_texts() | symbols | set(range(0x3131, 0x318F))
    own = cmaps[face]
    if face == "jp":
        # The whole of JIS X 0208, even kanji drawn as in SC: fontconfig (which tells Qt on Linux which
        # languages a font serves) only calls a face Japanese when it covers Japanese's orthography,
        # and Qt never takes a face that is not Japanese for kanji, whatever the family list says.
        return {p for p in points if p in own}
    # Only what SC lacks or draws differently: the language's text asks for its face first.
    return {p for p in points if p in own and (p not in in_sc or sc.get(p) != own[p])}


def main(source_dir: str, only: set[str]) -> int:
    for weight in WEIGHTS:
        path = str(Path(source_dir) / f"NotoSansCJK-{weight}.ttc")
        faces = {f["name"].getDebugName(1): f for f in TTCollection(path).fonts}
        cmaps = {key: faces[name]["cmap"].getBestCmap() for key, name in FACES.items()}
        for key, name in FACES.items():
            if (only and key not in only) or (weight == "Bold" and key not in BOLD_FACES):
                continue
            points = wanted(key, cmaps)
            face = TTCollection(path).fonts[list(faces).index(name)]  # a fresh copy: subsetting changes it
            options = subset.Options()
            # fontTools' default features plus the width ones the app uses (pwid: the kiosk's English
            # quotes); not Japanese's historical forms (jp78, expt ...), aalt or locl, which pull in
            # thousands of alternate glyphs (the JP face was 3.0 MB with them, for text that never asks).
            options.layout_features = [*options.layout_features, "pwid", "palt", "halt", "fwid", "hwid"]
            options.layout_features = [f for f in options.layout_features if f != "locl"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            options.hinting = False
            # Keep the face's own OS/2 code pages: recomputed from a subset without ASCII, the JP face
            # lost its JIS bit and Qt then took it for a symbol font and never used it for kanji.
            options.prune_codepage_ranges = False
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=points)
            subsetter.subset(face)
            out = OUT_DIR / f"NotoSansCJK{key}-{weight}.otf"
            face.save(str(out))
            print(f"{out.name}: {out.stat().st_size / 1e6:.2f} MB, {len(points)} code points")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ".", set(sys.argv[2:])))
