"""Product listings and their size tables: the model, the file import and the ease of garments."""
