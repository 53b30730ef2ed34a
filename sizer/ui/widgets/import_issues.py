"""Shows a catalogue file's problems by row and column, and asks whether to import the valid rows
(or, for a file read through a column mapping, whether to change the mapping)."""
from __future__ import annotations

import enum
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from sizer.catalog.importer import CatalogImportError
from sizer.ui.i18n import fill
from sizer.ui.problem_texts import issue_rows, problem_text
from sizer.ui.widgets.wrapping_label import WrappingLabel


class IssuesChoice(enum.Enum):
    CANCEL = "cancel"
    IMPORT_VALID_ROWS = "import_valid_rows"
    CHANGE_MAPPING = "change_mapping"


class ImportIssuesDialog(QDialog):
    def __init__(self, error: CatalogImportError, parent: QWidget | None = None, can_change_mapping: bool = False):
        super().__init__(parent)
        self.setObjectName("import_issues")
        self.setWindowTitle(self.tr("Problems in the catalogue file"))
        self.resize(760, 420)
        summary = WrappingLabel(fill(self.tr("%1 has %Ln problem(s). Nothing has been imported yet.", "",
                                             len(error.issues)), error.path))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)  # the file's name, shown as it is
        self.table = QTableWidget(len(error.issues), 3)
        self.table.setObjectName("issues")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for n, issue in enumerate(error.issues):
            # One problem of many rows is one line: "2–41" (sizer.catalog.mapping.group_issues).
            row_item = QTableWidgetItem(issue_rows_text(issue))
            row_item.setToolTip(issue_rows(issue.row, getattr(issue, "rows", ())))
            self.table.setItem(n, 0, row_item)
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
        self.change_mapping_button = None
        self.choice = IssuesChoice.CANCEL
        if can_change_mapping:
            # The mapping is often the mistake (a wrong column, a category): back to it, choices kept.
            self.change_mapping_button = self.buttons.addButton(self.tr("&Change mapping…"),
                                                                QDialogButtonBox.ButtonRole.ActionRole)
            self.change_mapping_button.setObjectName("change_mapping")
            self.change_mapping_button.clicked.connect(lambda: self._close_with(IssuesChoice.CHANGE_MAPPING))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self._close_with(IssuesChoice.IMPORT_VALID_ROWS))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        if error.valid_rows:
            layout.addWidget(QLabel(self.tr("Rows with problems are left out; fix the file and open it again "
                                            "to import them too.")))
        layout.addWidget(self.buttons)


    def _close_with(self, choice: IssuesChoice) -> None:
        self.choice = choice
        self.accept()


def issue_rows_text(issue) -> str:
    """The Row cell: "7", or "2–41, 45" for one problem said for many rows."""
    if issue.row is None:
        return ""
    from sizer.catalog.importer import rows_location

    rows = getattr(issue, "rows", ())
    if len(rows) < 2:
        return str(issue.row)
    where = rows_location(rows)
    return where.params["rows"] + ("…" if where.code == "location_rows_more" else "")


def ask_about_issues(parent: QWidget | None, error: CatalogImportError, can_change_mapping: bool = False) \
        -> IssuesChoice:
    """What the person chooses: import the valid rows (only offered when there are some), change
    the column mapping (only for a file read through one), or nothing."""
    dialog = ImportIssuesDialog(error, parent, can_change_mapping)
    choice = dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else IssuesChoice.CANCEL
    dialog.deleteLater()
    return choice


def ask_accept_valid_rows(parent: QWidget | None, error: CatalogImportError) -> bool:
    """True when the person chooses to import the valid rows (only offered when there are some)."""
    return ask_about_issues(parent, error) is IssuesChoice.IMPORT_VALID_ROWS
