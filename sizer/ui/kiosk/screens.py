"""The kiosk's simple screens: attract, language, consent, height entry."""
from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QStyle,
                               QStyleOptionButton, QVBoxLayout, QWidget)

from sizer.ui.kiosk.height_input import (HeightProblem, feet_inches, height_range_cm, height_range_inches,
                                         read_height)
from sizer.ui.kiosk.keypad import Keypad
from sizer.ui.kiosk.phrases import fit_cjk, has_cjk, keep_phrases
from sizer.ui.numbers import number
from sizer.ui.kiosk.wrapping import longest_unbreakable_px, wrap_to_width
from sizer.languages import BACK_WORDS, CHOOSE_PROMPTS, native_name
from sizer.units import LengthUnit


class KioskLabel(QLabel):
    """A label for the kiosk: plain text only, wrapped between phrases (see sizer.ui.kiosk.phrases).

    ``text()`` gives back the text as it was set; only the display binds phrases together. A bound
    phrase wider than the label (title type in German) is broken at its spaces after all, and the
    label asks only for its widest word as its minimum width: a long text makes it taller, never
    the window wider than the screen.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._source = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._source = text
        self._show_source()

    def text(self) -> str:
        return self._source

    def clear(self) -> None:
        self._source = ""
        super().clear()

    def _show_source(self) -> None:
        shown = self._fitted_phrases() if self.wordWrap() else self._source
        if shown != super().text():
            super().setText(shown)

    def _fitted_phrases(self) -> str:
        if has_cjk(self._source):
            return self._fitted_cjk()
        bound = keep_phrases(self._source)  # same length as the source: only spaces become no-break spaces
        width = self.contentsRect().width() - 2 * max(0, self.indent())
        if width <= 0 or bound == self._source:
            return bound
        metrics = self.fontMetrics()
        out: list[str] = []
        start = 0
        for end in [i for i, c in enumerate(bound) if c in " \n"] + [len(bound)]:
            piece = bound[start:end]
            if metrics.horizontalAdvance(piece) > width:  # too wide bound together: may break where the source may
                piece = self._source[start:end]
            out.append(piece)
            if end < len(bound):
                out.append(bound[end])
            start = end + 1
        return "".join(out)

    def _fitted_cjk(self) -> str:
        """Chinese or Japanese: clauses (or their pieces) kept on one line where they fit it."""
        width = self.contentsRect().width() - 2 * max(0, self.indent())
        if width <= 0:
            return self._source
        metrics = self.fontMetrics()
        return fit_cjk(self._source, lambda text: metrics.horizontalAdvance(text) <= width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if not self.wordWrap() or not self._source:
            return hint
        frame = self.width() - self.contentsRect().width() + 2 * max(0, self.indent())
        return QSize(min(hint.width(), longest_unbreakable_px(self._source, self.font()) + frame), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_source()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_source()


class KioskButton(QPushButton):
    """A push button whose text wraps (QPushButton's does not): it asks for its widest word, not its text.

    ``text()`` gives back the text as it was set; the button shows it broken into lines that fit
    its width, so "Einverstanden, weiter" in large type takes two lines instead of a wider window.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._source = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._source = text
        self._wrap()

    def text(self) -> str:
        return self._source

    def _chrome(self, content: QSize) -> QSize:
        """The button's size around ``content`` (padding, border, the style sheet's minimum height)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, self)

    def text_width(self) -> int:
        """The width the text may take: the button's less its padding and border."""
        wide = 10_000  # wider than any min-width of the style sheet, so only padding and border are left
        return self.width() - (self._chrome(QSize(wide, 0)).width() - wide)

    def _wrap(self) -> None:
        width = self.text_width()
        shown = self._source
        if width > 0 and self.fontMetrics().horizontalAdvance(shown) > width:
            shown = wrap_to_width(self._source, self.font(), width)
        if shown != super().text():
            super().setText(shown)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        one_line = max((metrics.horizontalAdvance(line) for line in self._source.split("\n")), default=0)
        return QSize(self._chrome(QSize(one_line, 0)).width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # A word wider than a third of the screen is broken inside (wrap_to_width), not allowed to widen it.
        cap = max(1, self.window().width() // 3) if self.window() is not self else 10_000
        word = min(longest_unbreakable_px(self._source, self.font()), cap)
        return QSize(self._chrome(QSize(word, 0)).width(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._wrap()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._wrap()


def make_label(role: str = "", name: str = "", wrap: bool = True,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = KioskLabel()
    # Catalogue titles and other data are shown as they are: never as rich text (fake offers, <img src=...>).
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setAlignment(align)
    return label


def _take_items(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.layout() is not None:
            _take_items(item.layout())


def replace_layout(widget: QWidget, layout: QLayout) -> None:
    """Give ``widget`` a new top layout; its child widgets stay, the old layout (and its sub-layouts) go.

    For screens that arrange the same widgets differently on portrait and landscape screens.
    """
    old = widget.layout()
    if old is not None:
        _take_items(old)
        shiboken6.delete(old)
    widget.setLayout(layout)


def make_button(name: str, primary: bool = False) -> QPushButton:
    button = KioskButton()
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touch screen: no focus rectangles
    if primary:
        button.setProperty("role", "primary")
    return button


class Screen(QWidget):
    """One step of the kiosk flow. ``retranslate`` sets every text; ``clear`` forgets the shopper."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kioskScreen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Remove everything about the shopper from the screen (default: nothing is kept)."""

    def set_orientation(self, portrait: bool) -> None:
        """Re-arrange for a portrait or landscape screen (default: nothing to do)."""


class AttractScreen(Screen):
    start = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("attract_screen", parent)
        self.title = make_label("huge", "attract_title")
        self.subtitle = make_label("title", "attract_subtitle")
        self.steps = make_label("subtitle", "attract_steps")
        self.touch = make_label("guidance", "attract_touch")
        self.privacy = make_label("muted", "attract_privacy")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 80, 60, 80)
        layout.addStretch(2)
        for widget in (self.title, self.subtitle, self.steps):
            layout.addWidget(widget)
            layout.addSpacing(30)
        layout.addStretch(3)
        layout.addWidget(self.touch)
        layout.addStretch(1)
        layout.addWidget(self.privacy)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find your size"))
        self.subtitle.setText(self.tr("Your size in every product on display, in under a minute"))
        # One step a line: a step never breaks across lines in the middle of its phrase.
        self.steps.setText("\n".join((self.tr("1. Tell us your height"), self.tr("2. Stand in front of the camera"),
                                      self.tr("3. Scan your sizes with your phone"))))
        self.touch.setText(self.tr("Touch the screen to start"))
        self.privacy.setText(self.tr("No pictures are stored."))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.start.emit()
        event.accept()


# Up to this many languages: one big button each in a column, and a title line per language. More
# (the four of en, zh_CN, ja, ko already) would push the buttons off a 1080-high landscape screen.
COMPACT_ABOVE = 2


class LanguageScreen(Screen):
    chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("language_screen", parent)
        self.title = make_label("title", "language_title")
        self.buttons_box = QGridLayout()
        self.buttons_box.setSpacing(30)
        self._offered: tuple[str, ...] = ("en",)
        self.buttons: dict[str, QPushButton] = {}
        self.back_button = make_button("language_back")
        self.back_button.clicked.connect(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 80)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(60)
        layout.addLayout(self.buttons_box)
        layout.addStretch(2)
        layout.addWidget(self.back_button)
        self.retranslate()

    def set_languages(self, languages: Sequence[str]) -> None:
        for button in self.buttons.values():
            self.buttons_box.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; a hidden button cannot overlap the new ones
            button.deleteLater()
        self.buttons = {}
        self._offered = tuple(languages)
        self.retranslate()
        for code in languages:
            # Each language in its own name, so a person who cannot read the current one finds theirs.
            button = make_button(f"language_{code}", primary=True)
            if len(languages) <= COMPACT_ABOVE:  # more: normal buttons in two columns, so seven fit landscape
                button.setProperty("scale", "big")
            button.setText(native_name(code))
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons[code] = button
            columns = 1 if len(languages) <= COMPACT_ABOVE else 2
            index = len(self.buttons) - 1
            self.buttons_box.addWidget(button, index // columns, index % columns)

    def retranslate(self) -> None:
        # In every language at once: the shopper has not chosen one yet.
        offered = self._offered
        prompts = [CHOOSE_PROMPTS.get(code, CHOOSE_PROMPTS["en"]) for code in offered]
        many = len(prompts) > COMPACT_ABOVE
        # One title line each for a few; more go two to a line in smaller type, or seven lines of
        # title type would push the buttons off a landscape screen.
        lines = ["  ·  ".join(prompts[i:i + 2]) for i in range(0, len(prompts), 2)] if many else prompts
        role = "subtitle" if many else "title"
        if self.title.property("role") != role:
            self.title.setProperty("role", role)
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
        self.title.setText("\n".join(lines))
        words = list(dict.fromkeys(BACK_WORDS.get(code, BACK_WORDS["en"]) for code in offered))
        # Seven words in one button are wider than a portrait screen: then the arrow says it for all.
        self.back_button.setText(" · ".join(words) if len(words) <= 4 else "←")


class ConsentScreen(Screen):
    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("consent_screen", parent)
        self.title = make_label("title", "consent_title")
        self.camera_text = make_label("", "consent_camera", align=Qt.AlignmentFlag.AlignLeft)
        self.storage_text = make_label("", "consent_storage", align=Qt.AlignmentFlag.AlignLeft)
        self.wipe_text = make_label("", "consent_wipe", align=Qt.AlignmentFlag.AlignLeft)
        self.agree = make_button("consent_agree", primary=True)
        self.decline = make_button("consent_decline")
        self.agree.clicked.connect(self.accepted)
        self.decline.clicked.connect(self.declined)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 80)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(50)
        for label in (self.camera_text, self.storage_text, self.wipe_text):
            layout.addWidget(label)
            layout.addSpacing(30)
        layout.addStretch(2)
        buttons = QHBoxLayout()
        buttons.setSpacing(30)
        buttons.addWidget(self.decline, 1)
        buttons.addWidget(self.agree, 2)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Before we start"))
        self.camera_text.setText(self.tr("The camera is used only to measure your body outline while you stand "
                                         "in front of it. Please wear fitted clothes for the best result."))
        self.storage_text.setText(self.tr("No picture or video is stored or sent anywhere: each camera image is "
                                          "measured in this kiosk and thrown away at once."))
        self.wipe_text.setText(self.tr("Your height, measurements and sizes are erased when you finish, "
                                       "press \u201cStart over\u201d, or walk away."))
        self.agree.setText(self.tr("I agree, continue"))
        self.decline.setText(self.tr("No, thanks"))


class HeightScreen(Screen):
    """Height on the keypad, in centimetres or feet and inches."""

    entered = Signal(float, object)  # height in cm, the LengthUnit the shopper used
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("height_screen", parent)
        self.title = make_label("title", "height_title")
        self.hint = make_label("subtitle", "height_hint")
        self.cm_button = make_button("unit_cm")
        self.ft_button = make_button("unit_ft_in")
        for button in (self.cm_button, self.ft_button):
            button.setCheckable(True)
        self.cm_button.clicked.connect(lambda: self.set_unit(LengthUnit.CM))
        self.ft_button.clicked.connect(lambda: self.set_unit(LengthUnit.IN))
        self.primary_display = make_label("display", "height_display")
        self.secondary_display = make_label("display", "height_inches_display")
        for display in (self.primary_display, self.secondary_display):
            display.mousePressEvent = lambda event, d=display: self._activate(d)  # tap a field to type into it
        self.error = make_label("muted", "height_error")
        self.keypad = Keypad()
        self.keypad.digit.connect(self._type)
        self.keypad.backspace.connect(self._backspace)
        self.next_button = make_button("height_next", primary=True)
        self.back_button = make_button("height_back")
        self.next_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back)

        self._arrange(portrait=True)
        self._unit = LengthUnit.CM
        self._fields = ["", ""]  # cm (or feet), inches
        self._active = 0
        self.retranslate()
        self.set_unit(LengthUnit.CM)

    def set_orientation(self, portrait: bool) -> None:
        self._arrange(portrait)

    def _arrange(self, portrait: bool) -> None:
        """Portrait: the keypad under the height fields; landscape: beside them, so it all fits 1080 px."""
        units = QHBoxLayout()
        units.addStretch(1)
        units.addWidget(self.cm_button)
        units.addWidget(self.ft_button)
        units.addStretch(1)
        displays = QHBoxLayout()
        displays.addStretch(1)
        displays.addWidget(self.primary_display, 2)
        displays.addWidget(self.secondary_display, 2)
        displays.addStretch(1)
        entry = QVBoxLayout()
        entry.addStretch(0 if portrait else 1)
        entry.addLayout(units)
        entry.addSpacing(20)
        entry.addLayout(displays)
        entry.addWidget(self.error)
        entry.addStretch(0 if portrait else 1)
        body = QBoxLayout(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        body.setSpacing(20 if portrait else 60)
        body.addLayout(entry, 0 if portrait else 1)
        body.addWidget(self.keypad, 3 if portrait else 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(30)
        buttons.addWidget(self.back_button, 1)
        buttons.addWidget(self.next_button, 2)
        layout = QVBoxLayout()
        margin = 60 if portrait else 40
        layout.setContentsMargins(80, margin, 80, margin)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(20)
        layout.addLayout(body, 1)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        replace_layout(self, layout)

    def retranslate(self) -> None:
        self.title.setText(self.tr("How tall are you?"))
        self.hint.setText(self.tr("Without shoes. Your height sets the scale of every measurement."))
        self.cm_button.setText(self.tr("cm"))
        self.ft_button.setText(self.tr("ft / in"))
        self.next_button.setText(self.tr("Next"))
        self.back_button.setText(self.tr("Back"))
        self._refresh()

    @property
    def unit(self) -> LengthUnit:
        return self._unit

    def set_unit(self, unit: LengthUnit) -> None:
        self._unit = LengthUnit.CM if unit is LengthUnit.CM else LengthUnit.IN
        self._fields = ["", ""]
        self._active = 0
        self.cm_button.setChecked(self._unit is LengthUnit.CM)
        self.ft_button.setChecked(self._unit is not LengthUnit.CM)
        self.secondary_display.setVisible(self._unit is not LengthUnit.CM)
        self._refresh()

    def clear(self) -> None:
        self.set_unit(LengthUnit.CM)

    def reading(self):
        return read_height(self._unit, self._fields[0], self._fields[1] if self._unit is not LengthUnit.CM else "")

    def height_cm(self) -> float | None:
        """The typed height in cm when it is a plausible stature, else None."""
        return self.reading().height_cm

    def problem_text(self) -> str:
        """Why the typed height is refused, in the unit the shopper chose ("" while still typing)."""
        problem = self.reading().problem
        if problem is HeightProblem.INCHES_OVER_11:
            return self.tr("Inches go from 0 to 11.")
        if problem is not HeightProblem.OUT_OF_RANGE:
            return ""
        if self._unit is LengthUnit.CM:
            low, high = height_range_cm()
            return (self.tr("Please enter a height between %1 and %2 cm.")
                    .replace("%1", number(low)).replace("%2", number(high)))
        (low_ft, low_in), (high_ft, high_in) = (feet_inches(v) for v in height_range_inches())
        return (self.tr("Please enter a height between %1 ft %2 in and %3 ft %4 in.")
                .replace("%1", str(low_ft)).replace("%2", str(low_in))
                .replace("%3", str(high_ft)).replace("%4", str(high_in)))

    def _activate(self, display: QLabel) -> None:
        self._active = 1 if display is self.secondary_display and self._unit is not LengthUnit.CM else 0
        self._refresh()

    def _type(self, digit: str) -> None:
        limit = 3 if self._unit is LengthUnit.CM else (1 if self._active == 0 else 2)
        if len(self._fields[self._active]) < limit:
            self._fields[self._active] += digit
        if self._unit is not LengthUnit.CM and self._active == 0 and self._fields[0]:
            self._active = 1  # feet take one digit: move on to the inches
        self._refresh()

    def _backspace(self) -> None:
        if not self._fields[self._active] and self._active == 1:
            self._active = 0
        self._fields[self._active] = self._fields[self._active][:-1]
        self._refresh()

    def _refresh(self) -> None:
        if self._unit is LengthUnit.CM:
            self.primary_display.setText(self.tr("%1 cm").replace("%1", self._fields[0] or "–"))
        else:
            self.primary_display.setText(self.tr("%1 ft").replace("%1", self._fields[0] or "–"))
            self.secondary_display.setText(self.tr("%1 in").replace("%1", self._fields[1] or "–"))
        for index, display in enumerate((self.primary_display, self.secondary_display)):
            display.setProperty("active", index == self._active)
            display.style().unpolish(display)
            display.style().polish(display)
        self.next_button.setEnabled(self.height_cm() is not None)
        self.error.setText(self.problem_text())

    def _submit(self) -> None:
        height = self.height_cm()
        if height is not None:
            self.entered.emit(height, self._unit)
