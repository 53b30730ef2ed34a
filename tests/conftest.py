"""Shared test set-up: headless Qt, paths to ../shared data (skipped cleanly when absent)."""
from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never write into the user's folders: the chart parse cache goes to a throw-away folder.
os.environ["SIZER_CHART_CACHE"] = tempfile.mkdtemp(prefix="sizer-test-chart-cache-")
# ...and the journal of atomic writes under way (sizer.atomic) to another.
os.environ["SIZER_STATE_DIR"] = tempfile.mkdtemp(prefix="sizer-test-state-")
# ... and remembered column mappings to another (sizer/catalog/mapping.py).
os.environ["SIZER_MAPPINGS_FILE"] = str(Path(tempfile.mkdtemp(prefix="sizer-test-mappings-")) / "column_mappings.json")
# ... and the user's config folder (settings, remembered mappings: sizer/user_dirs.py) to another.
os.environ["SIZER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="sizer-test-config-")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when that data is not beside the project."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture
def ansur_dir() -> Path:
    return shared_path("ansur2")


@pytest.fixture
def synth_dev_dir() -> Path:
    return shared_path("synth-dev")


@pytest.fixture
def real_photos_dir() -> Path:
    return shared_path("photos")


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication_for_the_session(qapp):
    """Create pytest-qt's QApplication first, before any document test makes a QGuiApplication:
    Qt allows one application object per process, and widgets abort under a bare QGuiApplication.
    English's translator is installed as the app installs it: its plural forms ("1 row", "2 rows")."""
    from sizer.ui.i18n import install_translators

    install_translators("en")
    return qapp


@pytest.fixture(autouse=True)
def no_leaked_python_threads():
    """A test must stop every thread it starts (camera workers above all)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    assert not leaked, f"test left threads running: {[t.name for t in leaked]}"
