"""One way to write a listing's size guide in any of its forms, for the CLI and the app alike.

Forms: ``html`` (the desktop snippet with inline SVG guides), ``mobile`` (phone-first snippet),
``mobile-page`` (the same as a whole page), ``plain`` (p/br/b/ul/li only, for Amazon's
description), ``pdf`` (A4 or Letter), ``png`` (the table and every measuring guide, one long
picture), ``gallery-png`` / ``gallery-jpeg`` (the table alone on a listing-gallery picture).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from sizer.catalog.size_guide import PAPER_SIZES, SizeGuideTable
from sizer.errors import DataFileError, SizerError, UnknownChoiceError
from sizer.resources import data, read_toml

GUIDE_FORMS = ("html", "mobile", "mobile-page", "plain", "pdf", "png", "gallery-png", "gallery-jpeg")
GALLERY_FILE = "gallery_images.toml"


@functools.lru_cache(maxsize=1)
def gallery_sizes() -> dict[str, tuple[int, int]]:
    """Channel -> (width, height) of a gallery picture, from sizer/data/gallery_images.toml."""
    node = data(GALLERY_FILE)
    sizes = {}
    for channel, entry in read_toml(node, "the gallery picture sizes").items():
        try:
            sizes[channel] = (int(entry["width"]), int(entry["height"]))
        except (KeyError, TypeError, ValueError):
            raise DataFileError(str(node), f"[{channel}]", "width/height", "expected two whole numbers") from None
    return sizes


def parse_image_size(text: str) -> tuple[int, int]:
    """``amazon`` (a channel of gallery_images.toml) or ``1600x1600``."""
    text = text.strip().lower()
    if text in gallery_sizes():
        return gallery_sizes()[text]
    parts = text.replace("×", "x").split("x")
    if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
        return int(parts[0]), int(parts[1])
    raise SizerError(f"image size {text!r}: give WIDTHxHEIGHT in pixels (e.g. 1600x1600) or one of "
                     f"{', '.join(gallery_sizes())}")


def form_from_suffix(path: str | Path) -> str | None:
    return {".html": "html", ".htm": "html", ".pdf": "pdf", ".png": "png", ".jpg": "gallery-jpeg",
            ".jpeg": "gallery-jpeg"}.get(Path(path).suffix.lower())


def write_size_guide(table: SizeGuideTable, path: str | Path, form: str, *, paper: str = "A4",
                     image_size: tuple[int, int] | None = None, png_width: int = 1000) -> str:
    """Write ``table`` as ``form``; returns a short description of what was written."""
    if form not in GUIDE_FORMS:
        raise UnknownChoiceError("size guide form", form, GUIDE_FORMS)
    if paper not in PAPER_SIZES:
        raise UnknownChoiceError("paper size", paper, PAPER_SIZES)
    if form == "html":
        from sizer.ui.documents.size_guide_html import write_size_guide_html

        write_size_guide_html(table, path)
        return "HTML snippet"
    if form in ("mobile", "mobile-page"):
        from sizer.ui.documents.size_guide_mobile import write_mobile_html

        write_mobile_html(table, path, whole_page=form == "mobile-page")
        return "mobile HTML page" if form == "mobile-page" else "mobile HTML snippet"
    if form == "plain":
        from sizer.ui.documents.size_guide_mobile import write_plain_html

        write_plain_html(table, path)
        return "plain HTML (p, br, b, ul, li only)"
    if form == "pdf":
        from sizer.ui.documents.size_guide import write_size_guide_pdf

        pages = write_size_guide_pdf(table, path, paper)
        return f"PDF, {paper}, {pages} pages"
    if form == "png" and image_size is None:
        from sizer.ui.documents.size_guide import write_size_guide_png

        write_size_guide_png(table, path, png_width)
        return f"PNG, {png_width} px wide"
    from sizer.ui.documents.size_guide import write_size_table_image

    width, height = image_size or gallery_sizes()["amazon"]
    fmt = "JPEG" if form == "gallery-jpeg" else "PNG"
    write_size_table_image(table, path, width, height, fmt)
    return f"{fmt} {width} x {height} px"


FORM_SUFFIXES = {"html": ".html", "mobile": ".html", "mobile-page": ".html", "plain": ".html", "pdf": ".pdf",
                 "png": ".png", "gallery-png": ".png", "gallery-jpeg": ".jpg"}


@dataclass(frozen=True)
class SizeGuideChoice:
    """What the person chose in the app's Size guide dialog (the CLI's options, as one value)."""

    systems: tuple[str, ...]
    unit: str  # cm, in, both
    paper: str  # A4, Letter
    language: str
    form: str  # one of GUIDE_FORMS
    image_size: tuple[int, int] | None = None  # gallery forms only

    def suggested_name(self, listing_id: str) -> str:
        # A listing id is typed by anyone: it names a file in the chosen folder, never a path.
        from sizer.export.names import safe_file_stem

        return f"{safe_file_stem(str(listing_id), 'listing')}-size-guide{FORM_SUFFIXES[self.form]}"
