"""One way to name cameras everywhere the person chooses one: "Camera 1" is device index 0."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

CAMERA_CHOICES = 10  # device indexes 0-9: more webcams than any kiosk or laptop has


def camera_name(index: int) -> str:
    """The name the person sees for device ``index`` (counted from 1, as people count)."""
    return QCoreApplication.translate("Cameras", "Camera %1").replace("%1", str(index + 1))


class CameraChoice(QComboBox):
    """Cameras by name; ``currentData()`` is the device index the settings store."""

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        for device in range(CAMERA_CHOICES):
            self.addItem(camera_name(device), device)
        self.set_index(index)

    def index(self) -> int:
        return int(self.currentData())

    def set_index(self, index: int) -> None:
        self.setCurrentIndex(max(0, self.findData(index)))
