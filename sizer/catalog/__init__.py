"""Product listings and their size tables: the model, the file import and the ease of garments.

    from sizer.catalog import load_catalog, import_catalog
    catalog = load_catalog()                 # the bundled sample
    result = import_catalog("shop.xlsx", accept_valid_rows=True)
    result = import_table(raw_table)         # a table under the canonical column names (a mapping step)
"""
from sizer.catalog.importer import (CatalogImportError, ImportIssue, ImportResult, import_catalog, import_table,
                                    load_catalog, sample_catalog_path)
from sizer.catalog.model import Catalog, CatalogBuilder, FitIntent, Listing, SizeEntry, Stretch, TableSource

__all__ = [
    "Catalog", "CatalogBuilder", "CatalogImportError", "FitIntent", "ImportIssue", "ImportResult", "Listing",
    "SizeEntry", "Stretch", "TableSource", "import_catalog", "import_table", "load_catalog", "sample_catalog_path",
]
