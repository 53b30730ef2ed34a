"""Size-chart data files, installed as ``sizer.charts`` (see sizer/resources.py)."""
