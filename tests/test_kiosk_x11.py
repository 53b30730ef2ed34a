"""The real kiosk (`sizer --kiosk`) on a real X server (Xvfb), with and without a window manager.

A stranger at the kiosk tries the desktop's own shortcuts: Super+D (show desktop), Alt+Space (the
window menu, then iconify), Alt+Tab (another window), and what scripts and panels can do
(minimise, show desktop, activate another window). The kiosk must keep, or take back at once, the
whole screen and the keyboard. Skipped where Xvfb, openbox or xdotool is missing
(``apt-get install xvfb openbox xdotool x11-utils wmctrl xinit``), or where Qt's xcb plugin cannot
load for want of system libraries (the README's list; tasks.py names them).
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO_ROOT


def missing_qt_libraries() -> list[str]:
    """What Qt's xcb plugin lacks here, by the same check as ``tasks.py run`` (empty off Linux)."""
    if sys.platform != "linux":
        return []
    spec = importlib.util.spec_from_file_location("sizer_tasks", REPO_ROOT / "tasks.py")
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    return tasks.missing_xcb_libraries(Path(sys.executable))


TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop", "wmctrl", "xmessage")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux" or not all(shutil.which(t) for t in TOOLS),
                       reason=f"needs Linux and {', '.join(TOOLS)}"),
    pytest.mark.skipif(bool(MISSING := missing_qt_libraries()),
                       reason=f"Qt's xcb plugin cannot load: missing {', '.join(MISSING)}"),
]
SCREEN = (1080, 1920)  # a portrait kiosk screen
SESSION_SCRIPT = REPO_ROOT / "packaging" / "linux" / "kiosk" / "sizer-kiosk-session"
SHOTS = Path(os.environ.get("SIZER_KIOSK_X11_SHOTS", "")) if os.environ.get("SIZER_KIOSK_X11_SHOTS") else None


def session_env(tmp_path: Path, display: str) -> dict[str, str]:
    """The kiosk's environment: this X display, and throw-away settings, logs and home."""
    return {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}


def free_display() -> int:
    for number in range(91, 140):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display number")


class X11:
    """An Xvfb server (optionally with openbox) and helpers that look at it from outside."""

    def __init__(self, tmp_path: Path, window_manager: bool):
        self.tmp = tmp_path
        self.processes: list[subprocess.Popen] = []
        try:
            self.display = self._start_server()
            self.env = session_env(tmp_path, self.display)
            if window_manager:
                self.start(["openbox", "--config-file", "/etc/xdg/openbox/rc.xml"])
                self.wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.run("xprop", "-root"), "openbox")
        except BaseException:
            self.close()
            raise

    def _start_server(self) -> str:
        """Xvfb on a display number it picks itself (-displayfd), so parallel runs never collide."""
        read_end, write_end = os.pipe()
        self.env = dict(os.environ)
        self.start(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                    "-nolisten", "tcp"], pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start")
        return f":{number}"

    def start(self, argv: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def run(self, *argv: str) -> str:
        result = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=20)
        return result.stdout if result.returncode == 0 else ""

    @staticmethod
    def wait_for(check, what: str, timeout_s: float = 30.0):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"{what} did not come up within {timeout_s:g} s")

    def window_named(self, name: str) -> str:
        ids = self.run("xdotool", "search", "--onlyvisible", "--name", f"^{name}$").split()
        return ids[0] if ids else ""

    def geometry(self, window: str) -> tuple[int, int, int, int, str]:
        info = self.run("xwininfo", "-id", window)
        fields = dict(line.strip().split(": ", 1) for line in info.splitlines() if ": " in line)
        return (int(fields.get("Absolute upper-left X", -1)), int(fields.get("Absolute upper-left Y", -1)),
                int(fields.get("Width", 0)), int(fields.get("Height", 0)), fields.get("Map State", ""))

    def active_window(self) -> str:
        return self.run("xdotool", "getactivewindow").strip()

    def focused_window(self) -> str:
        return self.run("xdotool", "getwindowfocus").strip()

    def owns_screen(self, window: str) -> bool:
        x, y, width, height, state = self.geometry(window)
        if (x, y, width, height, state) != (0, 0, SCREEN[0], SCREEN[1], "IsViewable"):
            return False
        if "_NET_WM_STATE_HIDDEN" in self.run("xprop", "-id", window, "_NET_WM_STATE"):
            return False
        return self.active_window() == window if self.has_window_manager() else True

    def has_window_manager(self) -> bool:
        return "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.run("xprop", "-root")

    def screenshot(self, name: str) -> Path | None:
        """The whole screen as a PNG (when SIZER_KIOSK_X11_SHOTS names a folder to keep them in)."""
        if SHOTS is None:
            return None
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        code = ("from PySide6.QtGui import QGuiApplication\n"
                "app = QGuiApplication([])\n"
                f"app.primaryScreen().grabWindow(0).scaledToHeight(960).save({str(path)!r})\n")
        subprocess.run([sys.executable, "-c", code], env=self.env, timeout=30, check=True)
        return path

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(10)


def set_pin(x11: X11) -> None:
    result = subprocess.run([sys.executable, "-m", "sizer", "kiosk", "set-pin", "--stdin"], input="482916\n",
                            env=x11.env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def start_kiosk(x11: X11) -> str:
    set_pin(x11)
    x11.start([sys.executable, "-m", "sizer", "--kiosk"])
    return x11.wait_for(lambda: x11.window_named("Sizer"), "the kiosk window", timeout_s=60)


@pytest.fixture
def desktop(tmp_path):
    x11 = X11(tmp_path, window_manager=True)
    yield x11
    x11.close()


@pytest.fixture
def bare_x(tmp_path):
    x11 = X11(tmp_path, window_manager=False)
    yield x11
    x11.close()


def still_owns_screen(x11: X11, kiosk: str, what: str, timeout_s: float = 3.0) -> None:
    x11.wait_for(lambda: x11.owns_screen(kiosk), f"the kiosk taking the screen back after {what}", timeout_s)
    time.sleep(0.3)  # and keeping it
    assert x11.owns_screen(kiosk), f"the kiosk lost the screen again after {what}"


def test_the_desktops_shortcuts_and_actions_do_not_get_past_the_kiosk(desktop):
    other = desktop.start(["xmessage", "-geometry", "400x120+20+20", "a terminal, say"])
    other_window = desktop.wait_for(
        lambda: desktop.run("xdotool", "search", "--onlyvisible", "--class", "Xmessage").split(), "the other window")[-1]
    kiosk = start_kiosk(desktop)
    still_owns_screen(desktop, kiosk, "starting", timeout_s=15)
    desktop.screenshot("x11-kiosk-with-openbox")
    # The shortcuts (openbox's defaults: Super+D show desktop, Alt+Space window menu, Alt+Tab...).
    for keys in (["super+d"], ["alt+space"], ["alt+space", "i"], ["alt+Tab"], ["alt+F4"], ["Escape"]):
        for key in keys:
            desktop.run("xdotool", "key", key)
            time.sleep(0.2)
        desktop.screenshot(f"x11-after-{'-'.join(keys).replace('+', '_')}")
        still_owns_screen(desktop, kiosk, " then ".join(keys))
        assert desktop.focused_window() == kiosk, f"the keyboard went elsewhere after {keys}"
    # What those shortcuts do, done by other means (a script, a panel, a pointer).
    escapes = {
        "iconify (the window menu's Iconify)": ["xdotool", "windowminimize", kiosk],
        "show desktop (Super+D's action)": ["wmctrl", "-k", "on"],
        "another window activated (Alt+Tab's action)": ["xdotool", "windowactivate", other_window],
        "unmapped": ["xdotool", "windowunmap", kiosk],
    }
    for what, argv in escapes.items():
        desktop.run(*argv)
        still_owns_screen(desktop, kiosk, what)
    desktop.screenshot("x11-kiosk-after-escapes")


def test_without_a_window_manager_the_kiosk_fills_the_screen(bare_x):
    assert not bare_x.has_window_manager()
    kiosk = start_kiosk(bare_x)
    still_owns_screen(bare_x, kiosk, "starting", timeout_s=15)
    bare_x.screenshot("x11-kiosk-bare-x")


def test_the_documented_xinit_session_runs_only_the_kiosk(tmp_path):
    """packaging/linux/kiosk/sizer-kiosk-session under xinit, with Xvfb standing in for the real X server."""
    if not shutil.which("xinit"):
        pytest.skip("needs xinit")
    x11 = X11.__new__(X11)  # the session script starts its own server: only the helpers are used
    x11.display = f":{free_display()}"
    x11.tmp, x11.processes = tmp_path, []
    x11.env = {**session_env(tmp_path, x11.display), "SIZER": str(Path(sys.executable).with_name("sizer"))}
    set_pin(x11)
    try:
        x11.start(["xinit", str(SESSION_SCRIPT), "--", shutil.which("Xvfb"), x11.display,
                   "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"])
        kiosk = x11.wait_for(lambda: x11.window_named("Sizer"), "the kiosk window", timeout_s=60)
        still_owns_screen(x11, kiosk, "starting", timeout_s=15)
        assert not x11.has_window_manager()
        # Nothing else on the screen: the kiosk is the only top-level window that is mapped.
        tree = x11.run("xwininfo", "-root", "-children")
        mapped = [line for line in tree.splitlines() if line.strip().startswith("0x")]
        viewable = [str(int(line.split()[0], 16)) for line in mapped if x11.geometry(line.split()[0])[4] == "IsViewable"]
        assert viewable == [kiosk], tree
        x11.screenshot("x11-kiosk-xinit-session")
    finally:
        x11.close()
