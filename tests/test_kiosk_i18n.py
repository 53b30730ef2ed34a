"""Every kiosk string has a Simplified Chinese translation, and the Chinese screens draw real glyphs."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from conftest import REPO_ROOT
from kiosk_support import make_window  # noqa: F401

KIOSK_SOURCES = sorted((REPO_ROOT / "sizer" / "ui" / "kiosk").glob("*.py"))
TS_FILE = REPO_ROOT / "assets" / "translations" / "sizer_zh_CN.ts"


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the finished translation (None when missing or unfinished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and (translation.text or "").strip()
            found[(name, message.findtext("source"))] = translation.text if done else None
    return found


def test_every_kiosk_string_is_translated_to_chinese(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    extracted = tmp_path / "kiosk.ts"
    subprocess.run([str(lupdate), *map(str, KIOSK_SOURCES), "-ts", str(extracted)], check=True, capture_output=True)
    wanted = messages(extracted)
    assert len(wanted) > 50  # the extraction found the kiosk's strings
    shipped = messages(TS_FILE)
    missing = [key for key in wanted if not shipped.get(key)]
    assert not missing, f"untranslated kiosk strings (run scripts/build_translations.py): {missing}"
    for (context, source), translation in ((k, shipped[k]) for k in wanted):
        assert re.findall(r"%\d", source) == re.findall(r"%\d", translation), (context, source)


def ink(image: QImage) -> np.ndarray:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()]
    return pixels > 160  # white text on the dark kiosk background


def test_the_chinese_kiosk_draws_chinese_glyphs(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
    window.choose_language("zh_CN")
    assert window.current_screen() is window.consent
    title = window.consent.title
    assert title.text() == "开始之前" and window.consent.agree.text() == "我同意，继续"
    before = ink(window.consent.grab(title.geometry()).toImage())
    title.setText("您的尺码")  # other characters of the same count must draw other glyphs, not the same boxes
    after = ink(window.consent.grab(title.geometry()).toImage())
    assert 400 < before.sum() < before.size // 2 and 400 < after.sum() < after.size // 2
    assert (before != after).sum() > 200
    window.wipe()  # back to the kiosk's first language
    assert window.attract.touch.text() == "Touch the screen to start"


# -- typography: English quotation marks, lines that break between phrases --------------------------
NON_ENGLISH_QUOTES = "„‚«»‹›「」『』"


def glyph_width(text: str, label) -> float:
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.naturalTextWidth()


def test_english_texts_use_english_quotation_marks_set_as_english_type(make_window, qtbot):
    # A straight double quote right after a digit is the inch mark people type (5'11"), not a quotation mark;
    # nor are the quotes of a JSON key in an example of a file's contents ({"chest_girth": 96}, {"{key}": ...}).
    english = [re.sub(r'"\{?[a-z_]+\}?":', "", re.sub(r"(?<=\d)\"", "", source)) for (_, source) in messages(TS_FILE)
               if source]
    assert not [s for s in english if '"' in s or any(q in s for q in NON_ENGLISH_QUOTES)]
    window = make_window()
    window.choose_language("en")
    label = window.consent.wipe_text
    assert "\u201cStart over\u201d" in label.text()
    size = label.fontInfo().pixelSize()
    # The kiosk's font draws quotes full-width for Chinese; in English they are as narrow as Latin type.
    assert glyph_width("\u201c", label) < 0.6 * size
    window.wipe()
    window.choose_language("zh_CN")
    assert glyph_width("\u201c", window.consent.wipe_text) > 0.8 * size


def test_lines_break_between_phrases_not_inside_them(make_window, qtbot):
    from sizer.ui.kiosk.phrases import NBSP, keep_phrases

    assert keep_phrases("Step 1 of 2: facing the camera") == f"Step{NBSP}1{NBSP}of{NBSP}2: facing{NBSP}the{NBSP}camera"
    kept = keep_phrases("Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…")
    assert kept.split(" ")[:2] == [f"Stand{NBSP}2–3{NBSP}m{NBSP}away,", f"facing{NBSP}the{NBSP}camera,"]
    assert f"a{NBSP}little" in kept and keep_phrases("您的尺码") == "您的尺码"
    window = make_window()
    window.choose_language("en")
    window._show(window.capture)
    qtbot.wait(50)
    title = window.capture.step_title
    assert title.text() == "Step 1 of 2: facing the camera"  # as set; only the display binds the phrases
    # Laid out at its real width, the title breaks after the colon and nowhere else.
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(keep_phrases(title.text()), title.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(title.contentsRect().width())
        lines.append(title.text()[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    assert lines in (["Step 1 of 2: facing the camera"], ["Step 1 of 2:", "facing the camera"]), lines
