"""The few questions the app asks with a modal dialog, in one place so tests can answer them."""
from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sizer.ui.settings import LAST_FOLDER, Settings


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"



def ask_unsaved_changes(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Save, discard or cancel, for unsaved changes to ``what`` (e.g. a catalogue's name)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Dialogs", "Unsaved changes"),
                      QCoreApplication.translate("Dialogs", "%1 has changes that are not saved.").replace("%1", what), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # ``what`` is a file's or catalogue's name: never markup
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Save them before going on?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: UnsavedChoice.SAVE,
            QMessageBox.StandardButton.Discard: UnsavedChoice.DISCARD}.get(
        QMessageBox.StandardButton(answer), UnsavedChoice.CANCEL)


def ask_yes_no(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # texts quote file names and data
    if details:
        box.setDetailedText(details)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose_open_file(parent: QWidget | None, settings: Settings, caption: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, settings.get(LAST_FOLDER), filters)
    return _remember(settings, name)


def choose_open_files(parent: QWidget | None, settings: Settings, caption: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, caption, settings.get(LAST_FOLDER), filters)
    paths = [Path(n) for n in names]
    if paths:
        settings.set(LAST_FOLDER, str(paths[0].parent))
    return paths


def choose_save_file(parent: QWidget | None, settings: Settings, caption: str, suggested_name: str,
                     filters: str, folder: Path | None = None,
                     refuse: Callable[[Path], str | None] | None = None) -> Path | None:
    """The file the user chooses; the dialog starts in ``folder`` (else the last one) with
    ``suggested_name``, reduced to a plain file name so it can never point elsewhere.

    ``refuse`` says why a file must not be written (the source a partial import came from):
    such a choice is refused at once with that reason and the dialog opens again, before any
    "replace it?" question (asked here instead of by the file dialog, so it comes only after)."""
    from sizer.export.names import safe_file_stem

    stem, dot, suffix = Path(suggested_name).name.rpartition(".")
    name = f"{safe_file_stem(stem)}.{suffix}" if dot else safe_file_stem(suggested_name)
    start = str(Path(folder or settings.get(LAST_FOLDER) or Path.home()) / name)
    if refuse is None:
        name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
        return _remember(settings, name)
    while True:
        name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters, "",
                                              QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        reason = refuse(Path(name))
        if reason:
            tell_refused(parent, caption, reason)
            continue
        if Path(name).exists() and not ask_yes_no(parent, caption, QCoreApplication.translate(
                "Dialogs", "%1 already exists. Replace it?").replace("%1", Path(name).name)):
            start = name
            continue
        return _remember(settings, name)


def tell_refused(parent: QWidget | None, title: str, text: str) -> None:
    """Why a choice cannot be done (a file that must be kept), before anything is asked or written."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _remember(settings: Settings, name: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    settings.set(LAST_FOLDER, str(path.parent))
    return path
