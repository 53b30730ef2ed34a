"""Sizer: size charts, measuring guides, camera body measurement and size recommendation.

Everything outside ``sizer.ui`` is Qt-free domain code (tests/test_architecture.py keeps it so).
"""

__version__ = "0.1.0"
