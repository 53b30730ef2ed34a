"""Every warning a measurement can carry is put in words by the CLI and by the app."""
from __future__ import annotations

from sizer.cli.commands.measure import WARNING_TEXT
from sizer.vision.warning_codes import MeasurementWarning


def test_cli_words_every_warning():
    assert set(WARNING_TEXT) == {w.value for w in MeasurementWarning}


def test_app_words_every_warning(qapp):
    from sizer.ui.names import warning_text

    for warning in MeasurementWarning:
        text = warning_text(warning.value)
        assert text != warning.value and " " in text, f"no wording for {warning.value} in sizer/ui/names.py"
