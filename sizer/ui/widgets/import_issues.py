"""Shows a catalogue file's problems by row and column, and asks whether to import the valid rows."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from sizer.catalog.importer import CatalogImportError
from sizer.ui.i18n import fill
from sizer.ui.problem_texts import problem_text


class ImportIssuesDialog(QDialog):
    def __init__(self, error: CatalogImportError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_issues")
        self.setWindowTitle(self.tr("Problems in the catalogue file"))
        self.resize(760, 420)
        summary = QLabel(fill(self.tr("%1 has %Ln problem(s). Nothing has been imported yet.", "", len(error.issues)),
                              error.path))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)  # the file's name, shown as it is
        self.table = QTableWidget(len(error.issues), 3)
        self.table.setObjectName("issues")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for n, issue in enumerate(error.issues):
            self.table.setItem(n, 0, QTableWidgetItem("" if issue.row is None else str(issue.row)))
            column = problem_text(issue.column) if issue.column else self.tr("(header)")
            self.table.setItem(n, 1, QTableWidgetItem(column))
            text = problem_text(issue.reason)
            reason = QTableWidgetItem(text)
            # A tooltip that looks like markup is drawn as markup: the file's text goes in escaped.
            reason.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>")
            self.table.setItem(n, 2, reason)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox()
        self.accept_button = None
        if error.valid_rows:
            self.accept_button = self.buttons.addButton(
                self.tr("&Import the %Ln valid row(s)", "", error.valid_rows),
                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        if error.valid_rows:
            layout.addWidget(QLabel(self.tr("Rows with problems are left out; fix the file and open it again "
                                            "to import them too.")))
        layout.addWidget(self.buttons)


def ask_accept_valid_rows(parent: QWidget | None, error: CatalogImportError) -> bool:
    """True when the person chooses to import the valid rows (only offered when there are some)."""
    dialog = ImportIssuesDialog(error, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.accept_button is not None
    dialog.deleteLater()
    return accepted
