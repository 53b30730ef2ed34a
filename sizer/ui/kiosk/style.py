"""The kiosk's look: large type and big touch targets scaled to the screen, high contrast."""
from __future__ import annotations

from sizer.ui.fonts import text_families

BACKGROUND = "#10233f"
SURFACE = "#1b3358"
TEXT = "#ffffff"
MUTED = "#b9c7dd"
ACCENT = "#ffb000"
ACCENT_TEXT = "#10233f"
WARNING = "#ff6b5a"
GOOD = "#5fd38d"


TOUCH_TARGET_MIN_PX = 48  # ~9 mm on a 43" 1080p screen: the smallest control a finger hits reliably
POSE_CUE_SHARE = 0.2  # of the screen's height: a figure ~20 cm tall on a 43" portrait screen, clear from 3 m


def touch_px(width: int, height: int) -> int:
    """The side of a touch target (check box, spin arrow) at this screen size."""
    return max(TOUCH_TARGET_MIN_PX, round(base_font_px(width, height) * 1.5))


def base_font_px(width: int, height: int) -> int:
    """Body text size: ~1/30 of the short side (36 px on a 1080-wide portrait screen), never tiny."""
    return max(16, min(width, height) // 30)


def kiosk_stylesheet(width: int, height: int, language: str = "en") -> str:
    """The kiosk's style sheet; its font is the bundled Noto Sans CJK, with ``language``'s face first."""
    base = base_font_px(width, height)
    families = ", ".join(f'"{family}"' for family in text_families(language, []))
    touch = touch_px(width, height)
    return f"""
    QWidget#kiosk_window, QStackedWidget, QWidget[kioskScreen="true"] {{
        background: {BACKGROUND}; color: {TEXT}; font-size: {base}px; }}
    QWidget#kiosk_window {{ font-family: {families}; }}
    QLabel {{ color: {TEXT}; font-size: {base}px; }}
    QLabel[role="title"] {{ font-size: {round(base * 1.9)}px; font-weight: bold; }}
    QLabel[role="huge"] {{ font-size: {round(base * 3.2)}px; font-weight: bold; color: {ACCENT}; }}
    QLabel[role="subtitle"] {{ font-size: {round(base * 1.25)}px; color: {MUTED}; }}
    QLabel[role="guidance"] {{ font-size: {round(base * 1.35)}px; font-weight: bold; }}
    QLabel[role="countdown"] {{ font-size: {base * 9}px; font-weight: bold; color: {ACCENT};
        background: rgba(16, 35, 63, 150); }}
    QLabel[role="warning"] {{ font-size: {round(base * 1.2)}px; font-weight: bold; color: {TEXT};
        background: {WARNING}; border-radius: {base // 2}px; padding: {base // 2}px; }}
    QLabel[role="muted"] {{ color: {MUTED}; font-size: {round(base * 0.85)}px; }}
    QLabel[role="display"] {{ font-size: {round(base * 2)}px; font-weight: bold; background: {SURFACE};
        border: 3px solid {MUTED}; border-radius: {base // 3}px; padding: {base // 3}px; }}
    QLabel[role="display"][active="true"] {{ border-color: {ACCENT}; }}
    QFrame[role="card"] {{ background: {SURFACE}; border-radius: {base // 2}px; }}
    QPushButton {{ font-size: {round(base * 1.1)}px; min-height: {round(base * 2.4)}px; padding: 0 {base}px;
        color: {TEXT}; background: {SURFACE}; border: 2px solid {MUTED}; border-radius: {base // 2}px; }}
    QPushButton:pressed {{ background: {MUTED}; color: {BACKGROUND}; }}
    QPushButton:disabled {{ color: #5d7190; border-color: #3a5175; }}
    QPushButton[role="primary"] {{ background: {ACCENT}; color: {ACCENT_TEXT}; border-color: {ACCENT};
        font-weight: bold; }}
    QPushButton[role="primary"]:disabled {{ background: #6b5a2a; color: #a89770; border-color: #6b5a2a; }}
    QPushButton[scale="big"] {{ font-size: {round(base * 1.6)}px; min-height: {round(base * 3.6)}px; }}
    QPushButton[role="key"] {{ font-size: {round(base * 1.6)}px; min-height: {round(base * 2.8)}px;
        min-width: {round(base * 3.2)}px; }}
    QPushButton[checked="true"], QPushButton:checked {{ background: {ACCENT}; color: {ACCENT_TEXT}; }}
    QProgressBar {{ min-height: {base // 2}px; max-height: {base // 2}px; border: none; background: {SURFACE};
        border-radius: {base // 4}px; }}
    QProgressBar::chunk {{ background: {GOOD}; border-radius: {base // 4}px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QLineEdit, QSpinBox, QComboBox, QListView {{ font-size: {base}px; min-height: {round(base * 1.8)}px;
        color: {ACCENT_TEXT}; background: white; }}
    QCheckBox {{ font-size: {base}px; color: {TEXT}; spacing: {base // 2}px; }}
    QCheckBox::indicator {{ width: {base}px; height: {base}px; }}
    QWidget#admin_screen QLabel {{ font-size: {round(base * 0.75)}px; }}
    QWidget#admin_screen QLabel[role="title"] {{ font-size: {round(base * 1.3)}px; }}
    QWidget#admin_screen QPushButton {{ font-size: {round(base * 0.8)}px; min-height: {round(base * 1.7)}px; }}
    QWidget#admin_screen QLineEdit, QWidget#admin_screen QSpinBox, QWidget#admin_screen QComboBox,
    QWidget#admin_screen QListView, QWidget#admin_screen QCheckBox {{ font-size: {round(base * 0.75)}px; }}
    QWidget#admin_screen QCheckBox::indicator, QWidget#admin_screen QListView::indicator {{
        width: {touch}px; height: {touch}px; }}
    QWidget#admin_screen QListView::item {{ min-height: {touch + 8}px; }}
    QWidget#admin_screen QScrollBar:vertical {{ width: {touch}px; }}
    QWidget#admin_screen QLineEdit, QWidget#admin_screen QComboBox, QWidget#admin_screen QSpinBox {{
        min-height: {touch}px; }}
    QWidget#admin_screen QPushButton[role="step"] {{ min-width: {touch}px; min-height: {touch}px;
        font-size: {round(base * 1.1)}px; padding: 0; }}
    """
