"""Writing tables for people's spreadsheets: CSV, XLSX and JSON, atomic and formula-safe."""
from sizer.export.cells import FORMULA_TRIGGERS, is_formula_like, neutralise_csv_cell, restore_neutralised
from sizer.export.tables import EXPORT_FORMATS, CsvDialect, export_format, write_table

__all__ = ["CsvDialect", "EXPORT_FORMATS", "FORMULA_TRIGGERS", "export_format", "is_formula_like", "neutralise_csv_cell",
           "restore_neutralised", "write_table"]
