"""The returns report as HTML (one self-contained file) or PDF, with the page's charts.

Charts are pyqtgraph's (sizer.ui.returns_charts), exported as pictures: embedded as data URIs
in the HTML, as document resources in the PDF (Qt's own text layout and PDF writer).
"""
from __future__ import annotations

import base64
import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from sizer.atomic import atomic_path, atomic_write_text
from sizer.dimensions import get_dimension
from sizer.returns.analysis import Analysis
from sizer.returns.tables import evidence

_FONTS = "Noto Sans CJK SC, Segoe UI, Helvetica, Arial, sans-serif"


def ensure_widget_application():
    """The running QApplication, or a headless one for the command line (pyqtgraph draws on widgets' scenes)."""
    from PySide6.QtWidgets import QApplication

    from sizer.ui.fonts import ensure_fonts

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    ensure_fonts()
    return app


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def report_html(analysis: Analysis, image_source=None, max_listings: int = 200) -> str:
    """The report; ``image_source(listing_index, findings)`` gives each chart's ``src``."""
    from sizer.returns.corrections import corrected_catalog, range_text

    esc = html.escape
    s = analysis.summary
    _, proposed = corrected_catalog(analysis.catalog, analysis.findings)
    parts = [f'<html><head><meta charset="utf-8"><title>Sizer returns report</title></head>'
             f'<body style="font-family:{_FONTS};color:#1F262D;max-width:900px;margin:auto">',
             "<h1>Returns report</h1>",
             f"<p>{s['order_lines']} order lines, {s['units']} units, {s['returned_units']} returned "
             f"({s['returned_too_small']} too small, {s['returned_too_large']} too large, "
             f"{s['returned_other']} other). Sizes: {s['runs_small']} run small, {s['runs_large']} run large, "
             f"{s['true_to_size']} true to size, {s['not_enough_data']} not enough data yet.</p>",
             f"<p style=\"color:#5B6670\">A size is flagged when the probability that it is off by at least "
             f"{s['thresholds']['min_offset_cm']:g} cm is at least {s['thresholds']['min_probability']:.0%} and "
             f"it has at least {s['thresholds']['min_orders']} orders.</p>"]
    if s.get("recommended_kept_rate") is not None:
        other = "" if s.get("other_kept_rate") is None else f"; other sizes: {s['other_kept_rate']:.0%} kept"
        parts.append(f"<p>Bought in the size Sizer recommended: {s['units_bought_as_recommended']} units, "
                     f"{s['recommended_kept_rate']:.0%} kept{other}.</p>")
    ordered = sorted(analysis.listings, key=lambda l: (-(l.flagged_sizes > 0), -l.orders))[:max_listings]
    for n, summary in enumerate(ordered):
        findings = analysis.findings_of(summary.listing_id)
        parts.append(f"<h2>{esc(summary.listing_id)} · {esc(summary.title)}</h2>")
        if summary.verdict.value in ("runs_small", "runs_large"):
            words = "runs small" if summary.verdict.value == "runs_small" else "runs large"
            parts.append(f"<p><b>The whole listing {words}</b> (about {abs(summary.offset_cm or 0):.1f} cm, "
                         f"probability {summary.probability:.0%}).</p>")
        if summary.recommended_kept_rate is not None:
            parts.append(f"<p>Sizer's advice followed on {summary.recommended_orders} units: "
                         f"{summary.recommended_kept_rate:.0%} kept.</p>")
        if image_source is not None:
            parts.append(f'<p><img src="{image_source(n, findings)}" width="640"></p>')
        changes = [c for c in proposed if c.listing_id == summary.listing_id]
        if changes:
            cells = "".join(f"<tr><td style=\"padding:2px 8px\">{esc(c.size_label)}</td>"
                            f"<td style=\"padding:2px 8px\">{esc(get_dimension(c.dimension).iso_term)}</td>"
                            f"<td style=\"padding:2px 8px\">{range_text(c.old_cm, '–')} cm</td>"
                            f"<td style=\"padding:2px 8px\"><b>{range_text(c.new_cm, '–')} cm</b></td></tr>"
                            for c in changes)
            parts.append("<p><b>Proposed size table changes</b> (sizer returns apply writes them):</p>"
                         f'<table style="border-collapse:collapse;font-size:0.9em"><tr><th>Size</th><th>Dimension</th>'
                         f"<th>Now</th><th>Proposed</th></tr>{cells}</table>")
        rows = "".join(f"<tr><td style=\"padding:2px 8px\"><b>{esc(f.size_label)}</b></td>"
                       f"<td style=\"padding:2px 8px\">{esc(evidence(f))}</td></tr>" for f in findings)
        parts.append(f'<table style="border-collapse:collapse;font-size:0.9em">{rows}</table>')
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report_html(analysis: Analysis, path: str | Path) -> Path:
    from sizer.ui.returns_charts import chart_image

    ensure_widget_application()

    def source(_n: int, findings) -> str:
        return "data:image/png;base64," + base64.b64encode(_png_bytes(chart_image(findings))).decode("ascii")

    atomic_write_text(path, report_html(analysis, source))
    return Path(path)


def write_report_pdf(analysis: Analysis, path: str | Path) -> Path:
    from sizer.ui.returns_charts import chart_image

    ensure_widget_application()
    document = QTextDocument()
    images: dict[str, QImage] = {}

    def source(n: int, findings) -> str:
        name = f"chart-{n}.png"
        images[name] = chart_image(findings)
        return name

    text = report_html(analysis, source)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(text)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setResolution(150)
        writer.setTitle("Sizer returns report")
        document.print_(writer)
        del writer
    return Path(path)
