"""Behind the admin PIN: the PIN keypad, and the kiosk's settings (catalogue, products, languages...)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from math import ceil

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLineEdit,
                               QListView, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from sizer.catalog import Catalog
from sizer.ui.kiosk import pin as pins
from sizer.ui.kiosk.handoff import template_problem
from sizer.ui.kiosk.keypad import Keypad
from sizer.ui.kiosk.screens import Screen, make_button, make_label, replace_layout
from sizer.ui.settings import (KIOSK_CAMERA, KIOSK_CATALOGUE, KIOSK_IDLE_TIMEOUT_S, KIOSK_LANGUAGES,
                               KIOSK_PIN_BLOCKED_UNTIL, KIOSK_PIN_FAILURES, KIOSK_PIN_HASH, KIOSK_PRINTER, KIOSK_PRODUCTS,
                               KIOSK_QR_TEMPLATE, LANGUAGES, Settings, store_kiosk_pin)
from sizer.languages import native_name
from sizer.ui.problem_texts import error_text

class PinScreen(Screen):
    """Asks for the admin PIN; after unlocking, the admin may choose a new one (twice).

    A kiosk without a PIN cannot be unlocked here: the PIN is set only from the desktop app or
    ``sizer kiosk set-pin`` (kiosk mode does not even start without one). Wrong PINs make the next
    try wait longer and then lock the keypad (:class:`sizer.ui.kiosk.pin.PinGuard`).
    """

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__("pin_screen", parent)
        self.settings = settings
        self.title = make_label("title", "pin_title")
        self.display = make_label("display", "pin_display")
        self.message = make_label("subtitle", "pin_message")
        self.keypad = Keypad()
        self.keypad.digit.connect(self._type)
        self.keypad.backspace.connect(self._backspace)
        self.ok_button = make_button("pin_ok", primary=True)
        self.cancel_button = make_button("pin_cancel")
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        self._wait_timer = QTimer(self)
        self._wait_timer.setObjectName("kiosk_pin_wait")
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._refresh)
        self._arrange(portrait=True)
        self._typed = ""
        self._first_new_pin = ""
        self._changing = False
        self._message_kind = ""
        self.retranslate()

    def set_orientation(self, portrait: bool) -> None:
        self._arrange(portrait)

    def _arrange(self, portrait: bool) -> None:
        """Portrait: the keypad under the PIN; landscape: beside it, so it all fits 1080 px."""
        entry = QVBoxLayout()
        entry.addStretch(0 if portrait else 1)
        entry.addWidget(self.title)
        entry.addWidget(self.display)
        entry.addWidget(self.message)
        entry.addStretch(0 if portrait else 1)
        body = QBoxLayout(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        body.setSpacing(20 if portrait else 60)
        body.addLayout(entry, 0 if portrait else 1)
        body.addWidget(self.keypad, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 2)
        layout = QVBoxLayout()
        margin = 80 if portrait else 40
        layout.setContentsMargins(120, margin, 120, margin)
        layout.addLayout(body, 1)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        replace_layout(self, layout)

    @property
    def setting_new_pin(self) -> bool:
        """Choosing a new PIN: only after the current one unlocked the admin screen."""
        return self._changing

    def guard(self) -> pins.PinGuard:
        return pins.PinGuard(self.settings.get(KIOSK_PIN_HASH), self.settings.get(KIOSK_PIN_FAILURES),
                             self.settings.get(KIOSK_PIN_BLOCKED_UNTIL))

    def begin(self, change: bool = False) -> None:
        self._changing = change
        self._typed = self._first_new_pin = ""
        self._message_kind = ""
        self._wait_timer.start()
        self.retranslate()

    def clear(self) -> None:
        self._typed = self._first_new_pin = ""
        self._changing = False
        self._message_kind = ""
        self._wait_timer.stop()
        self._refresh()

    def retranslate(self) -> None:
        if not self.setting_new_pin:
            self.title.setText(self.tr("Admin PIN"))
        elif self._first_new_pin:
            self.title.setText(self.tr("Enter the new PIN again"))
        else:
            self.title.setText(self.tr("Choose a new admin PIN (%1 to %2 digits)")
                               .replace("%1", str(pins.MIN_DIGITS)).replace("%2", str(pins.MAX_DIGITS)))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._refresh()

    def _type(self, digit: str) -> None:
        if len(self._typed) < pins.MAX_DIGITS:
            self._typed += digit
        self._refresh()

    def _backspace(self) -> None:
        self._typed = self._typed[:-1]
        self._refresh()

    def wait_s(self) -> float:
        return 0.0 if self.setting_new_pin else self.guard().wait_s()

    def _refresh(self) -> None:
        self.display.setText("●" * len(self._typed) or " ")
        waiting = self.wait_s()
        no_pin = not self.setting_new_pin and not self.settings.get(KIOSK_PIN_HASH)
        self.ok_button.setEnabled(pins.is_valid_pin(self._typed) and waiting <= 0 and not no_pin)
        self.keypad.setEnabled(waiting <= 0 and not no_pin)
        if no_pin:
            self.message.setText(self.tr("No admin PIN is set. Set one in the desktop app (File ▸ Settings) "
                                         "or with \u201csizer kiosk set-pin\u201d."))
        elif waiting > 0:
            self.message.setText(self.tr("Too many wrong PINs. Try again in %1 s.").replace("%1", str(ceil(waiting))))
        elif self._message_kind == "wrong":
            self.message.setText(self.tr("Wrong PIN."))
        elif self._message_kind == "differ":
            self.message.setText(self.tr("The two PINs differ. Start again."))
        else:
            self.message.setText("")

    def submit(self) -> None:
        typed, self._typed = self._typed, ""
        if self.setting_new_pin:
            self._choose_new(typed)
            return
        guard = self.guard()
        outcome = guard.check(typed)
        self.settings.set(KIOSK_PIN_FAILURES, guard.failures)
        self.settings.set(KIOSK_PIN_BLOCKED_UNTIL, guard.blocked_until)
        self.settings.sync()  # a restart must not reset the delay
        self._message_kind = "wrong" if outcome is pins.PinCheck.WRONG else ""
        self._refresh()
        if outcome is pins.PinCheck.UNLOCKED:
            self._wait_timer.stop()
            self.unlocked.emit()

    def _choose_new(self, typed: str) -> None:
        if not self._first_new_pin:
            self._first_new_pin = typed
            self._message_kind = ""
        elif typed == self._first_new_pin:
            store_kiosk_pin(self.settings, typed)
            self._first_new_pin = ""
            self._changing = False
            self._message_kind = ""
            self._wait_timer.stop()
            self.retranslate()
            self.unlocked.emit()
            return
        else:
            self._first_new_pin = ""
            self._message_kind = "differ"
        self.retranslate()


class ListingChoiceModel(QAbstractListModel):
    """The catalogue's listings ("id · title"), each with a check box: the products on display."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._checked: set[int] = set()

    def set_catalog(self, catalog: Catalog, checked_ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._catalog = catalog
        wanted = set(checked_ids)
        self._checked = {i for i, listing_id in enumerate(catalog.listing_ids.tolist()) if listing_id in wanted}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if self._catalog is None or parent.isValid() else len(self._catalog)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self._catalog is None or not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._catalog.listing_ids[row]} · {self._catalog.titles[row]}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return str(self._catalog.listing_ids[row])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self.set_checked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_checked(self, row: int, checked: bool) -> None:
        (self._checked.add if checked else self._checked.discard)(row)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def checked_ids(self) -> tuple[str, ...]:
        """The ticked listings' ids, in the catalogue's order."""
        if self._catalog is None:
            return ()
        return tuple(str(self._catalog.listing_ids[row]) for row in sorted(self._checked))


LANGUAGE_COLUMNS = 3  # check boxes a row: seven native names fit a portrait screen's admin form


class AdminScreen(Screen):
    """The kiosk's settings for the merchant; ``resume`` returns to the shopper flow, ``exit_kiosk`` quits."""

    resume = Signal()
    exit_kiosk = Signal()
    change_pin = Signal()

    def __init__(self, settings: Settings, load_catalog: Callable[[str], Catalog], printers: Callable[[], list[str]],
                 parent: QWidget | None = None):
        super().__init__("admin_screen", parent)
        self.settings = settings
        self._load_catalog = load_catalog
        self._printers = printers
        self._catalog: Catalog | None = None
        self.title = make_label("title", "admin_title")
        self.catalogue = QLineEdit()
        self.catalogue.setObjectName("admin_catalogue")
        self.load_button = make_button("admin_load_catalogue")
        self.load_button.clicked.connect(self.reload_catalogue)
        # A view over a model: a catalogue of 100,000 listings opens at once (one widget item each took 5 s).
        self.products_model = ListingChoiceModel(self)
        self.products = QListView()
        self.products.setObjectName("admin_products")
        self.products.setModel(self.products_model)
        self.products.setUniformItemSizes(True)
        self.language_boxes = {code: QCheckBox(native_name(code)) for code in LANGUAGES}
        self.idle = QSpinBox()  # whole seconds for the merchant; tests store fractions
        self.idle.setObjectName("admin_idle_timeout")
        self.idle.setRange(10, 3600)
        self.idle.setSingleStep(10)
        # A spin box's arrows are a few pixels: touch-sized − and + buttons beside it instead.
        self.idle.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.idle_less = make_button("admin_idle_less")
        self.idle_more = make_button("admin_idle_more")
        for button, text, step in ((self.idle_less, "−", -1), (self.idle_more, "+", 1)):
            button.setText(text)
            button.setProperty("role", "step")
            button.setAutoRepeat(True)
            button.clicked.connect(lambda _=False, s=step: self.idle.stepBy(s))
        self.template = QLineEdit()
        self.template.setObjectName("admin_qr_template")
        self.camera = QLineEdit()
        self.camera.setObjectName("admin_camera")
        self.printer = QComboBox()
        self.printer.setObjectName("admin_printer")
        # A long printer name is shown cut, not allowed to widen the form past the screen.
        self.printer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.printer.setMinimumContentsLength(12)
        self.message = make_label("warning", "admin_message")
        self.message.hide()
        self.save_button = make_button("admin_save", primary=True)
        self.pin_button = make_button("admin_change_pin")
        self.exit_button = make_button("admin_exit")
        self.cancel_button = make_button("admin_cancel")
        self.save_button.clicked.connect(self.save)
        self.pin_button.clicked.connect(self.change_pin)
        self.exit_button.clicked.connect(self.exit_kiosk)
        self.cancel_button.clicked.connect(self.resume)

        catalogue_row = QHBoxLayout()
        catalogue_row.addWidget(self.catalogue, 1)
        catalogue_row.addWidget(self.load_button)
        # Seven languages in one row run off a portrait screen (and push Load and + off it): a grid.
        languages_row = QGridLayout()
        for index, box in enumerate(self.language_boxes.values()):
            languages_row.addWidget(box, index // LANGUAGE_COLUMNS, index % LANGUAGE_COLUMNS)
        languages_row.setColumnStretch(LANGUAGE_COLUMNS, 1)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_less)
        idle_row.addWidget(self.idle, 1)
        idle_row.addWidget(self.idle_more)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form_labels = [make_label("", align=Qt.AlignmentFlag.AlignLeft) for _ in range(7)]
        for label, field in zip(self._form_labels, (catalogue_row, self.products, languages_row, idle_row,
                                                    self.template, self.camera, self.printer)):
            self.form.addRow(label, field)
        buttons = QGridLayout()
        for index, button in enumerate((self.exit_button, self.pin_button, self.cancel_button, self.save_button)):
            buttons.addWidget(button, index // 2, index % 2)
        # The form scrolls: a long product list or large type must not push the buttons off the screen.
        fields = QWidget()
        fields.setObjectName("admin_fields")
        fields.setProperty("kioskScreen", True)
        fields.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(50, 40, 50, 40)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kiosk settings"))
        for label, text in zip(self._form_labels, (
                self.tr("Catalogue file (empty: sample)"), self.tr("Products on display (none ticked: all)"),
                self.tr("Languages"), self.tr("Start over after idle (s)"),
                self.tr("QR link template (empty: plain text)"), self.tr("Camera (number, or a video for a demo)"),
                self.tr("Printer"))):
            label.setText(text)
        self.load_button.setText(self.tr("Load"))
        self.save_button.setText(self.tr("Save and return"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.exit_button.setText(self.tr("Exit kiosk mode"))
        self.cancel_button.setText(self.tr("Cancel"))

    def set_orientation(self, portrait: bool) -> None:
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if portrait
                                   else QFormLayout.RowWrapPolicy.DontWrapRows)

    def begin(self) -> None:
        """Fill the fields from the settings."""
        settings = self.settings
        self.catalogue.setText(settings.get(KIOSK_CATALOGUE))
        chosen = set(settings.get(KIOSK_LANGUAGES))
        for code, box in self.language_boxes.items():
            box.setChecked(code in chosen)
        self.idle.setValue(round(settings.get(KIOSK_IDLE_TIMEOUT_S)))
        self.template.setText(settings.get(KIOSK_QR_TEMPLATE))
        self.camera.setText(settings.get(KIOSK_CAMERA))
        self.printer.clear()
        self.printer.addItem(self.tr("Default printer"), "")
        for name in self._printers():
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.get(KIOSK_PRINTER))))
        self.message.hide()
        self.reload_catalogue()

    def reload_catalogue(self) -> None:
        try:
            self._catalog = self._load_catalog(self.catalogue.text().strip())
        except Exception as error:  # noqa: BLE001 - any unreadable catalogue is reported on the screen
            self._catalog = None
            self._show_problem(error_text(error))
            return
        self.message.hide()
        self.products_model.set_catalog(self._catalog, self.settings.get(KIOSK_PRODUCTS))

    def chosen_products(self) -> tuple[str, ...]:
        return self.products_model.checked_ids()

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        languages = tuple(code for code, box in self.language_boxes.items() if box.isChecked())
        problem = template_problem(self.template.text().strip())
        if problem:
            self._show_problem(self.tr("QR link template: %1").replace("%1", problem))
            return
        if not languages:
            self._show_problem(self.tr("Choose at least one language."))
            return
        if self._catalog is None:
            self._show_problem(self.tr("The catalogue could not be loaded."))
            return
        settings = self.settings
        settings.set(KIOSK_CATALOGUE, self.catalogue.text().strip())
        settings.set(KIOSK_PRODUCTS, self.chosen_products())
        settings.set(KIOSK_LANGUAGES, languages)
        settings.set(KIOSK_IDLE_TIMEOUT_S, float(self.idle.value()))
        settings.set(KIOSK_QR_TEMPLATE, self.template.text().strip())
        settings.set(KIOSK_CAMERA, self.camera.text().strip() or "0")
        settings.set(KIOSK_PRINTER, self.printer.currentData() or "")
        settings.sync()
        self.resume.emit()
