"""The settings dialog: units, default size systems, interface language, camera, kiosk mode at start."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from sizer.ui.kiosk import pin as pins
from sizer.ui.settings import (CAMERA_INDEX, DEFAULT_SYSTEMS, KIOSK_ON_START, KIOSK_PIN_HASH, LANGUAGE, UNITS, Settings,
                               store_kiosk_pin)
from sizer.ui.widgets.camera_choice import CameraChoice
from sizer.units import LengthUnit

from sizer.languages import NATIVE_NAMES
from sizer.ui.settings import LANGUAGES
from sizer.ui.widgets.wrapping_label import WrappingLabel

# Shown in their own language, so a person who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {code: NATIVE_NAMES[code] for code in LANGUAGES}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, systems: Sequence[str] = ()):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")

        self.units = QComboBox()
        self.units.setObjectName("units")
        for unit, text in ((LengthUnit.CM, self.tr("Centimetres (cm)")),
                           (LengthUnit.IN, self.tr("Inches, decimal (in)")),
                           (LengthUnit.IN_FRACTION, self.tr("Inches, fractions (⅛ in)"))):
            self.units.addItem(text, unit.value)
        self.units.setCurrentIndex(max(0, self.units.findData(settings.get(UNITS))))

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))

        self.systems = QListWidget()
        self.systems.setObjectName("default_systems")
        chosen = set(settings.get(DEFAULT_SYSTEMS))
        for system in systems or sorted(chosen):
            item = QListWidgetItem(system)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if system in chosen else Qt.CheckState.Unchecked)
            self.systems.addItem(item)
        self.systems.setMaximumHeight(160)

        self.camera = CameraChoice(settings.get(CAMERA_INDEX))
        self.camera.setObjectName("camera_index")

        self.kiosk_on_start = QCheckBox(self.tr("Start in &kiosk mode next time"))
        self.kiosk_on_start.setObjectName("kiosk_on_start")
        self.kiosk_on_start.setChecked(settings.get(KIOSK_ON_START))
        kiosk_note = WrappingLabel(self.tr("Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk "
                                           "mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K)."))
        kiosk_note.setObjectName("kiosk_on_start_note")
        kiosk_note.setWordWrap(True)
        # The admin PIN is set here (or with `sizer kiosk set-pin`), never on the kiosk's own screen.
        self.pin = QLineEdit()
        self.pin.setObjectName("kiosk_pin")
        self.pin_again = QLineEdit()
        self.pin_again.setObjectName("kiosk_pin_again")
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(pins.MAX_DIGITS)
            field.setPlaceholderText(self.tr("unchanged") if settings.get(KIOSK_PIN_HASH) else self.tr("not set"))
        self.pin_note = WrappingLabel(self.tr("%1 to %2 digits. A PIN this short is not strong by itself: the kiosk "
                                              "makes each wrong try wait longer and locks the keypad for 30 minutes "
                                              "after %3 in a row. Kiosk mode does not start until a PIN is set.")
                                      .replace("%1", str(pins.MIN_DIGITS)).replace("%2", str(pins.MAX_DIGITS))
                                      .replace("%3", str(pins.LOCKOUT_AFTER)))
        self.pin_note.setObjectName("kiosk_pin_note")
        self.pin_note.setWordWrap(True)
        self.pin_problem = QLabel()
        self.pin_problem.setObjectName("kiosk_pin_problem")
        self.pin_problem.setStyleSheet("color: #b00020;")
        self.pin_problem.hide()

        form = QFormLayout()
        for text, field in ((self.tr("&Units:"), self.units), (self.tr("&Language:"), self.language),
                            (self.tr("Size &systems shown by default:"), self.systems),
                            (self.tr("Default &camera:"), self.camera),
                            (self.tr("Kiosk admin &PIN:"), self.pin), (self.tr("The PIN &again:"), self.pin_again)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        where = WrappingLabel(self.tr("Settings are stored in %1").replace("%1", settings.file_name()))
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pin_note)
        layout.addWidget(self.pin_problem)
        layout.addWidget(self.kiosk_on_start)
        layout.addWidget(kiosk_note)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def chosen_systems(self) -> tuple[str, ...]:
        items = (self.systems.item(row) for row in range(self.systems.count()))
        return tuple(item.text() for item in items if item.checkState() == Qt.CheckState.Checked)

    def pin_problem_text(self) -> str:
        """Why the typed PIN cannot be stored ("" when it is fine or left empty)."""
        first, second = self.pin.text(), self.pin_again.text()
        if not first and not second:
            return ""
        if not pins.is_valid_pin(first):
            return (self.tr("The kiosk PIN must be %1 to %2 digits.")
                    .replace("%1", str(pins.MIN_DIGITS)).replace("%2", str(pins.MAX_DIGITS)))
        if first != second:
            return self.tr("The two kiosk PINs differ.")
        return ""

    def _kiosk_problem_text(self) -> str:
        """Kiosk mode at start needs a PIN: without one it would not start (and nobody could leave it)."""
        if self.kiosk_on_start.isChecked() and not self.pin.text() and not self.settings.get(KIOSK_PIN_HASH):
            return self.tr("Set a kiosk admin PIN first: kiosk mode does not start without one.")
        return ""

    def accept(self) -> None:
        problem = self.pin_problem_text() or self._kiosk_problem_text()
        if problem:
            self.pin_problem.setText(problem)
            self.pin_problem.show()
            self.pin.setFocus()
            return
        if self.pin.text():
            store_kiosk_pin(self.settings, self.pin.text())
        self.settings.set(UNITS, self.units.currentData())
        self.settings.set(DEFAULT_SYSTEMS, self.chosen_systems())
        self.settings.set(CAMERA_INDEX, self.camera.index())
        self.settings.set(KIOSK_ON_START, self.kiosk_on_start.isChecked())
        # Last: changing the language rebuilds the main window.
        self.settings.set(LANGUAGE, self.language.currentData())
        super().accept()
