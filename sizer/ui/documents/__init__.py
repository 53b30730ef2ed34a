"""Rendering documents (PNG, PDF, HTML) with QtGui/QtSvg only: usable from the CLI, no widgets."""
