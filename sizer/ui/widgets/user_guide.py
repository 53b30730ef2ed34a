"""Help > User guide: the whole job in a page, in the interface language."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("Sizer user guide"))
        self.resize(720, 560)
        self.text = QTextBrowser()
        self.text.setObjectName("user_guide_text")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def sections(self) -> list[tuple[str, list[str]]]:
        return [
            (self.tr("Size charts (Ctrl+1)"), [
                self.tr("Pick a category and tick the size systems to show under Systems."),
                self.tr("Click a size, or type one under Find a size: its equivalents light up in every system, "
                        "with the body measurements it stands for."),
                self.tr("Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with "
                        "minimum and maximum as numbers."),
            ]),
            (self.tr("Measuring guides (Ctrl+2)"), [
                self.tr("Illustrated steps for every body measurement; print them or save them as PDF. "
                        "Every “?” beside a measurement opens its guide."),
            ]),
            (self.tr("Measure (Ctrl+3)"), [
                self.tr("Type your height as you know it: 182 cm, 5 ft 11, 5'11\" or 71 in. The line under "
                        "it says what was understood."),
                self.tr("Start the camera and follow the instructions under the picture, or measure from a "
                        "video or from two photos (one facing the camera, one from the side)."),
                self.tr("Each result shows its uncertainty (±). You can correct a value by hand; it is then "
                        "marked “by hand”. Scrolling over a field never changes it: click it first."),
                self.tr("Save the profile to use it again, here or with the sizer recommend command."),
            ]),
            (self.tr("Catalogue (Ctrl+4)"), [
                self.tr("File > Open catalogue reads a CSV or Excel file. Problems are listed by row and "
                        "column; you may import the valid rows and fix the rest in your file."),
                self.tr("Every listing shows the recommended size for the current profile. Titles and size "
                        "systems can be edited; File > Save writes the catalogue, Save as writes a copy."),
                self.tr("File > Export writes the recommendations (CSV, Excel, JSON) or the selected "
                        "listing's size guide (HTML, PDF, PNG)."),
            ]),
            (self.tr("Settings"), [
                self.tr("File > Settings chooses the units, the default size systems, the language and the "
                        "camera. Errors are shown once, with the path of the log file that has the details "
                        "(Help > Open the log folder)."),
            ]),
        ]

    def guide_html(self) -> str:
        title = self.tr("Sizer user guide")
        summary = self.tr("Size charts that convert between countries, measuring guides, body measurements "
                          "from a camera, and the right size of every listing.")
        parts = [f"<h2>{html.escape(title)}</h2>", f"<p>{html.escape(summary)}</p>"]
        for title, paragraphs in self.sections():
            parts.append(f"<h3>{html.escape(title)}</h3><ul>")
            parts += [f"<li>{html.escape(text)}</li>" for text in paragraphs]
            parts.append("</ul>")
        return "".join(parts)
