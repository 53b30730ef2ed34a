"""Marketplace presets: a catalogue's size tables in the files each sales channel imports.

* ``amazon.py``: the size-chart workbook (one chart per marketplace, brand, department and
  product type, body measurements, local size first) and the apparel/footwear size attributes
  of every child listing.
* ``google.py``: Google Merchant Center supplemental feed (size, size_system, size_type, gender,
  age_group per variant).
* ``shopify.py``: size-chart metaobjects (JSON) and the product CSV that links them (metafields).
* Picture-only channels (Temu, SHEIN, AliExpress) get a size-table picture per listing
  (sizer.ui.documents.size_guide.write_size_table_image) through ``sizer preset image``.

Which field is filled from what: README, "Marketplace presets". Values: sizer/data/channels.toml.
"""

CHANNELS = ("amazon-size-chart", "amazon-attributes", "google-merchant", "shopify-metaobjects", "shopify-metafields",
            "image")
