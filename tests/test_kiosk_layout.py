"""Every kiosk screen fits a 1920x1080 landscape and a 1080x1920 portrait screen, with a shopper's results."""
from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk_support import PROFILE, FakeProcessor, make_window  # noqa: F401
from sizer.ui.capture_worker import LiveFrame
from sizer.ui.kiosk.capture import CaptureStatus
from sizer.ui.settings import KIOSK_PRODUCTS
from sizer.vision.session import Guidance, SessionStep

SCREEN_SIZES = (QSize(1920, 1080), QSize(1080, 1920))
# Long enough to scroll on a portrait screen: the products list must not stretch the window.
PRODUCTS = ("MP-4101", "MS-3001", "MT-4001", "MP-4104", "SU-9001", "SM-6001", "MT-4002", "HT-8001")


def fits(size: QSize, screen: QSize) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


def fill_with_a_shopper(window, camera_lost: bool = True) -> None:
    """Put the longest content each screen shows: a live frame with cues, results with every product."""
    window.shopper.height_cm = 176.0
    window.height_entry.keypad.press("176")
    frame = QImage(640, 480, QImage.Format.Format_RGB888)
    frame.fill(0x5a5a5a)
    status = CaptureStatus(SessionStep.FRONT, Guidance.HOLD_STILL, 0.4, True)
    window.capture.set_camera_lost(camera_lost)  # the warning banner adds a line
    window.capture.show_frame(LiveFrame(frame, status, 1))
    window._capture_finished(copy.deepcopy(PROFILE))  # the wipe overwrites the shopper's profile
    window.admin.begin()


@pytest.mark.parametrize("screen_size", SCREEN_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_kiosk_screen_fits_the_screen(make_window, qtbot, tmp_path, screen_size):
    from kiosk_support import fast_settings

    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PRODUCTS, PRODUCTS)
    window = make_window(settings, size=screen_size.toTuple(),
                         source_factory=lambda: None, processor_factory=lambda *args: FakeProcessor(*args))
    qtbot.waitExposed(window)
    fill_with_a_shopper(window)
    assert len(window.results.product_cards()) == len(PRODUCTS)
    for screen in window.screens:
        window.stack.setCurrentWidget(screen)
        qtbot.wait(1)  # layouts settle
        name = screen.objectName()
        assert fits(screen.minimumSizeHint(), screen_size), (name, screen.minimumSizeHint())
        assert fits(window.minimumSizeHint(), screen_size), (name, window.minimumSizeHint())
        assert fits(window.minimumSize(), screen_size), (name, window.minimumSize())
        assert window.size() == screen_size, (name, window.size())
        assert window.grab().size() == screen_size, name
    window.capture.clear()


@pytest.mark.parametrize("screen_size", SCREEN_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_preview_and_qr_code_grow_with_the_screen(make_window, qtbot, tmp_path, screen_size):
    window = make_window(size=screen_size.toTuple(),
                         source_factory=lambda: None, processor_factory=lambda *args: FakeProcessor(*args))
    qtbot.waitExposed(window)
    fill_with_a_shopper(window, camera_lost=False)
    window.stack.setCurrentWidget(window.capture)
    qtbot.wait(1)
    preview = window.capture.preview
    # The standing person is shown large: over half the screen's height (the minimum is 120 px).
    assert preview.height() > screen_size.height() // 2
    assert preview.pixmap().height() == preview.height()
    window.stack.setCurrentWidget(window.results)
    qtbot.wait(1)
    label = window.results.qr
    qr = label.pixmap()
    assert window.results.qr_shown()
    # As large as its share of the screen allows, and a good size to scan.
    assert qr.width() == qr.height() == min(label.width(), label.height())
    assert qr.width() >= min(screen_size.width(), screen_size.height()) // 4
    window.capture.clear()


# -- readable from where the shopper stands, touchable by the admin -------------------------------
@pytest.mark.parametrize("screen_size", SCREEN_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_pose_pictogram_is_readable_from_two_to_three_metres(make_window, qtbot, screen_size):
    from sizer.ui.kiosk import style

    window = make_window(size=(screen_size.width(), screen_size.height()))
    window._show(window.capture)
    qtbot.wait(50)
    assert window.capture.cue.height() >= style.POSE_CUE_SHARE * screen_size.height() - 1
    assert window.capture.cue.isVisible()


@pytest.mark.parametrize("screen_size", SCREEN_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_admin_controls_are_touch_sized(make_window, qtbot, screen_size):
    from PySide6.QtWidgets import QStyle

    from sizer.ui.kiosk.style import TOUCH_TARGET_MIN_PX

    window = make_window(size=(screen_size.width(), screen_size.height()))
    window.admin.begin()
    window._show(window.admin)
    qtbot.wait(50)
    box = next(iter(window.admin.language_boxes.values()))
    assert box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) >= TOUCH_TARGET_MIN_PX
    for button in (window.admin.idle_less, window.admin.idle_more):
        assert min(button.width(), button.height()) >= TOUCH_TARGET_MIN_PX
    idle = window.admin.idle.value()
    window.admin.idle_more.click()
    assert window.admin.idle.value() == idle + 10
    assert window.admin.products.visualRect(window.admin.products_model.index(0)).height() >= TOUCH_TARGET_MIN_PX
    assert window.admin.products.verticalScrollBar().sizeHint().width() >= TOUCH_TARGET_MIN_PX


# -- every shipped language keeps the screen's size: texts wrap, the window never grows ---------
def _shipped_languages() -> tuple[str, ...]:
    from sizer.languages import shipped_languages

    return shipped_languages()


def assert_screen_fits(window, screen_size: QSize, portrait: bool) -> None:
    """The shown screen fits the screen; its texts fit their widgets; its buttons stay on it and touch-sized."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from sizer.ui.kiosk.style import TOUCH_TARGET_MIN_PX
    from sizer.ui.kiosk.wrapping import longest_unbreakable_px

    screen = window.current_screen()
    name = screen.objectName()
    assert window.size() == screen_size, (name, window.size())
    assert window._portrait is portrait, name  # never flipped into the other layout
    assert fits(screen.minimumSizeHint(), screen_size), (name, screen.minimumSizeHint())
    assert fits(window.minimumSizeHint(), screen_size), (name, window.minimumSizeHint())
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        left = widget.mapTo(window, widget.rect().topLeft()).x()
        what = (name, widget.objectName() or type(widget).__name__, widget.text())
        assert 0 <= left and left + widget.width() <= screen_size.width(), (what, left, widget.width())
        if isinstance(widget, QPushButton) and widget.text():
            shown = QPushButton.text(widget)  # the lines the button draws
            widest = max(widget.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
            assert widest <= _text_room(widget), (what, shown, widest, _text_room(widget))
            assert widget.height() >= TOUCH_TARGET_MIN_PX, what
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            shown = QLabel.text(widget)
            room = widget.contentsRect().width()
            assert longest_unbreakable_px(shown, widget.font()) <= room, (what, shown, room)


def _text_room(button) -> int:
    """The width a push button's text may take: its width less its style sheet's padding and border."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    button.initStyleOption(option)
    wide = 10_000  # wider than any min-width of the style sheet
    chrome = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(wide, 0), button)
    return button.width() - (chrome.width() - wide)


def _clothing_processor(stature_cm, frames_per_view, gate, clothing=None):
    # "Regular" stays on the capture screen (so it can be looked at); "fitted" goes on to the results.
    return FakeProcessor(stature_cm, frames_per_view, gate, clothing, finish_after=3 if clothing == "fitted" else None)


@pytest.mark.parametrize("screen_size", SCREEN_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("language", _shipped_languages())
def test_every_language_keeps_the_screen_size_through_the_whole_flow(make_window, qtbot, tmp_path, language,
                                                                     screen_size):
    from PySide6.QtCore import QPoint, Qt

    from kiosk_support import FakeSource, fast_settings
    from sizer.languages import LANGUAGES
    from sizer.ui.settings import KIOSK_LANGUAGES
    from sizer.vision.clothing import Clothing

    portrait = screen_size.height() >= screen_size.width()
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PRODUCTS, PRODUCTS)
    settings.set(KIOSK_LANGUAGES, LANGUAGES)  # all seven: the language screen and the admin's row at their fullest
    window = make_window(settings, size=screen_size.toTuple(), source_factory=FakeSource,
                         processor_factory=_clothing_processor)
    qtbot.waitExposed(window)

    def check(expected) -> None:
        qtbot.waitUntil(lambda: window.current_screen() is expected, timeout=10_000)
        qtbot.wait(1)  # layouts settle
        assert_screen_fits(window, screen_size, portrait)

    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    check(window.language)
    window.language.buttons[language].click()
    check(window.consent)
    window.consent.agree.click()
    check(window.height_entry)
    window.height_entry.keypad.press("176")
    check(window.height_entry)
    window.height_entry.next_button.click()
    check(window.clothing)
    window.clothing.buttons[Clothing.LOOSE].click()
    assert window.clothing.refusal_shown
    check(window.clothing)  # with the advice: the longest text of the screen
    window.clothing.buttons[Clothing.REGULAR].click()
    qtbot.waitUntil(lambda: window.capture.preview.pixmap() is not None and not window.capture.preview.pixmap().isNull(),
                    timeout=10_000)
    check(window.capture)
    window.capture.set_camera_lost(True)  # the warning banner: one more long text
    check(window.capture)
    window.capture.set_camera_lost(False)
    window._show(window.clothing)
    window.clothing.buttons[Clothing.FITTED].click()
    check(window.results)
    assert window.results.product_cards()
    window._requested_language = language  # a kiosk started in this language: its PIN and admin screens too
    window.open_admin()
    check(window.pin)
    window._pin_unlocked()
    check(window.admin)


def test_a_kiosk_button_wraps_its_text_and_asks_only_for_its_widest_word(qapp, qtbot):
    from PySide6.QtGui import QFont

    from sizer.ui.kiosk.screens import make_button
    from sizer.ui.kiosk.wrapping import longest_unbreakable_px, wrap_to_width

    font = QFont()
    font.setPixelSize(40)
    assert longest_unbreakable_px("Einverstanden, weiter", font) == longest_unbreakable_px("Einverstanden,", font)
    assert longest_unbreakable_px("选择语言", font) < longest_unbreakable_px("选择", font) * 2  # CJK breaks anywhere
    wrapped = wrap_to_width("Finden Sie Ihre Größe", font, 300)
    assert wrapped.replace("\n", " ") == "Finden Sie Ihre Größe" and "\n" in wrapped
    assert all(QFontMetricsF(font).horizontalAdvance(line) <= 300 for line in wrapped.split("\n"))

    button = make_button("long")
    qtbot.addWidget(button)
    button.setStyleSheet("QPushButton { font-size: 40px; padding: 0 20px; }")
    button.setText("Einverstanden, weiter zur Messung")
    button.show()
    qtbot.waitExposed(button)
    assert button.minimumSizeHint().width() < button.sizeHint().width() / 2
    button.resize(button.minimumSizeHint().width(), 200)
    shown = QPushButton.text(button)
    assert button.text() == "Einverstanden, weiter zur Messung"  # as it was set
    assert shown.count("\n") >= 2
    assert max(button.fontMetrics().horizontalAdvance(line) for line in shown.split("\n")) <= button.text_width()
    assert button.sizeHint().height() > button.fontMetrics().height() * 3  # tall enough for its lines
    button.resize(2000, 200)
    assert QPushButton.text(button) == button.text()  # room enough: one line
