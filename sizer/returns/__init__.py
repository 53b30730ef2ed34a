"""Returns analytics: which sizes run small or large, by how many centimetres, and the corrected tables.

    from sizer.returns.importers import import_orders
    from sizer.returns.analysis import analyse
    from sizer.returns.corrections import apply_corrections
    lines = import_orders("orders.csv", catalog)         # Sizer's columns, Shopify, Amazon or mapped
    analysis = analyse(lines)                            # findings per listing and size, summary
    apply_corrections(catalog, analysis.findings, "shop.csv")   # atomic, with a backup

Qt-free, like the rest of the domain; docs/returns.md explains the model and its thresholds.
"""
