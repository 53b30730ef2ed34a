"""International size charts: the engine over the data files in ``charts/``.

``load_charts()`` reads every bundled chart once; ``get_chart(id)`` gives a :class:`SizeChart`
that converts labels between systems, maps a label to body ranges, and sizes bodies (one, or
many at once with numpy). ``load_chart_file(path)`` validates and loads a merchant's own file.
``chart_texts(chart, language)`` gives its title, notes and conventions in the interface language.
"""
from sizer.sizing.chart import DimensionDetail, FitStatus, SizeBatch, SizeChart, SizeLookup
from sizer.sizing.chart_texts import ChartTexts, chart_texts
from sizer.sizing.library import ChartLibrary, chart_ids, get_chart, load_chart_file, load_charts, load_directory

__all__ = [
    "ChartLibrary", "ChartTexts", "DimensionDetail", "FitStatus", "SizeBatch", "SizeChart", "SizeLookup",
    "chart_ids", "chart_texts", "get_chart", "load_chart_file", "load_charts", "load_directory",
]
