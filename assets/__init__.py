"""Illustrations, icons, fonts and translations, installed as ``sizer.assets`` (see sizer/resources.py)."""
