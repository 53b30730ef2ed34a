"""Qt's own strings that Qt's translations (qtbase_<lang>.qm, from the PySide6 wheel) leave in English.

Qt 6 renamed a few of its file dialog's labels ("&Look in:", "Files of &type:") and its file-type
names, and qtbase_zh_CN.qm still holds only the old texts, so the file dialog came out half English
(and one label of the print dialog's options).
Marked here in Qt's own contexts, they are extracted into Sizer's .ts like any other string; Sizer's
translator is installed after Qt's, so it is asked first and fills the gaps. Found by asking a
QFileDialog which translations it looks up (tests/ui/test_qa_round.py repeats the check).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_strings() -> list[tuple[str, str, str | None]]:
    """(context, source, disambiguation) of each Qt string Sizer translates itself, as Qt asks for it."""
    # The calls are here so that lupdate finds them; their results are not used.
    QCoreApplication.translate("QFileDialog", "&Look in:")
    QCoreApplication.translate("QFileDialog", "Files of &type:")
    QCoreApplication.translate("QAbstractFileIconProvider", "Drive")
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
    QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:")  # the print dialog's options
    return [("QFileDialog", "&Look in:", None), ("QFileDialog", "Files of &type:", None),
            ("QAbstractFileIconProvider", "Drive", None),
            ("QAbstractFileIconProvider", "Folder", "All other platforms"),
            ("QPrintSettingsOutput", "Page &Set:", None)]
