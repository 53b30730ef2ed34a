"""The returns bar chart of one listing (pyqtgraph): the return rate of each size, stacked
too small / too large / other, for the Returns page and, exported as a picture, its report."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage

from sizer.returns.analysis import Finding, Verdict

COLOURS = {"too_small": "#D9534F", "too_large": "#3B7DD8", "other": "#A7B0BA"}
_FLAG_PEN = {Verdict.RUNS_SMALL: "#8B1E1A", Verdict.RUNS_LARGE: "#123E7A"}


def series_names() -> dict[str, str]:
    return {"too_small": QCoreApplication.translate("ReturnsChart", "Too small"),
            "too_large": QCoreApplication.translate("ReturnsChart", "Too large"),
            "other": QCoreApplication.translate("ReturnsChart", "Other reasons")}


def draw_returns_chart(plot: pg.PlotItem, findings: Sequence[Finding], legend_text_size: str = "10pt") -> None:
    """Fill ``plot`` with the stacked return rates (%) of ``findings`` (one listing's sizes)."""
    plot.clear()
    if plot.legend is None:
        _add_legend_above(plot, legend_text_size)
    plot.legend.clear()
    plot.setLabel("left", QCoreApplication.translate("ReturnsChart", "Returned (% of orders)"))
    if not findings:
        plot.getAxis("bottom").setTicks([[]])
        plot.setYRange(0, 10, padding=0)
        return
    x = np.arange(len(findings), dtype=float)
    rates = np.array([f.return_rates for f in findings], dtype=float).reshape(-1, 3) * 100.0
    bottom = np.zeros(len(findings))
    names = series_names()
    for k, key in enumerate(("too_small", "too_large", "other")):
        pens = [pg.mkPen(_FLAG_PEN.get(f.verdict, "#FFFFFF"), width=2 if f.verdict in _FLAG_PEN else 1)
                for f in findings]
        bars = pg.BarGraphItem(x=x, y0=bottom.copy(), height=rates[:, k], width=0.62, brush=COLOURS[key], pens=pens,
                               name=names[key])
        plot.addItem(bars)
        bottom += rates[:, k]
    axis = plot.getAxis("bottom")
    axis.setTicks([[(float(i), f.size_label) for i, f in enumerate(findings)]])
    plot.setLabel("left", QCoreApplication.translate("ReturnsChart", "Returned (% of orders)"))
    top = float(bottom.max()) if len(bottom) else 0.0
    plot.setYRange(0, max(10.0, top * 1.1), padding=0)
    plot.setXRange(-0.6, max(len(findings) - 0.4, 0.6), padding=0)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(y=True, alpha=0.25)


def _add_legend_above(plot: pg.PlotItem, text_size: str) -> None:
    """The legend in one row above the bars, in the plot's title row: over the bars it hid the
    tallest one (the size that matters most)."""
    legend = pg.LegendItem(colCount=3, labelTextColor="#2B333B", labelTextSize=text_size)
    plot.layout.removeItem(plot.titleLabel)  # the chart has no title: its row holds the legend
    plot.titleLabel.hide()
    plot.layout.addItem(legend, 0, 1, Qt.AlignmentFlag.AlignHCenter)
    plot.legend = legend  # named items added to the plot go into it


def style_plot(widget: pg.PlotWidget | pg.GraphicsLayoutWidget) -> None:
    widget.setBackground("w")
    for name in ("left", "bottom"):
        axis = widget.getPlotItem().getAxis(name) if isinstance(widget, pg.PlotWidget) else None
        if axis is not None:
            axis.setPen(pg.mkPen("#5B6670"))
            axis.setTextPen(pg.mkPen("#2B333B"))


def chart_image(findings: Sequence[Finding], width_px: int = 1200, height_px: int = 560) -> QImage:
    """The chart as a picture (pyqtgraph's image exporter), for the HTML and PDF report."""
    from pyqtgraph.exporters import ImageExporter

    widget = pg.PlotWidget()
    style_plot(widget)
    widget.resize(int(width_px / 1.5), int(height_px / 1.5))
    # The exporter scales the axes with the picture, but not the legend's text: it starts larger.
    draw_returns_chart(widget.getPlotItem(), findings, legend_text_size="15pt")
    widget.getPlotItem().layout.activate()  # never shown: lay the legend's row out before the picture
    exporter = ImageExporter(widget.getPlotItem())
    exporter.parameters()["width"] = width_px
    exporter.parameters()["background"] = QColor("white")
    image = exporter.export(toBytes=True)
    widget.deleteLater()
    return image
