#!/usr/bin/env python3
"""Drive the real desktop app under Xvfb with a window manager, as a stranger would, with xdotool.

    python scripts/drive_app_xvfb.py [--shots DIR] [--case wheel|data_loss|all]

Needs Xvfb, a window manager (openbox or fluxbox) and xdotool (Debian: ``sudo apt-get install
xvfb openbox xdotool``; ``x11-apps`` and ImageMagick add screenshots). Exit 0 when every case
passes, 1 when one fails (it says which and why), 77 when the tools are missing.

Every input is a real X event (xdotool moves the pointer, turns the wheel, types): the app gets
them as it gets a person's, through the window manager, focus rules and all. The app is the real
one (``sizer.ui.app.start_app``), in a child process with its own settings folder; the only
addition is a probe that writes, a few times a second, where its widgets are on the screen and
what they show, so this script knows where to point and what happened. The probe never acts.

Cases:
- wheel: a measured profile is loaded through "Load profile…"; the wheel turned over the unfocused
  waist field must scroll the page and leave 77 cm ± 2 cm as it is; once clicked (focused), the
  wheel steps it and the field says "by hand".
- data_loss: a catalogue with bad rows is opened through the file dialog, "Import the N valid rows"
  is chosen, a title is edited and Ctrl+S pressed. The agreed contract: Save then behaves as Save
  As proposing a new name, and the source file is never overwritten; the script checks that the
  source file's bytes are unchanged and that the edit went to the other file.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXIT_MISSING_TOOLS = 77
WINDOW_SIZE = (1366, 768)


# -- the child: the real app plus a read-only probe ---------------------------------------------------
def run_child(state_path: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

    from sizer.atomic import atomic_write_text
    from sizer.ui.app import start_app
    from sizer.ui.settings import Settings

    settings = Settings(Path(os.environ["SIZER_DRIVE_SETTINGS"]))
    desktop = start_app(language="en", settings=settings, install_excepthook=False,
                        log_dir=Path(os.environ["SIZER_DRIVE_LOGS"]))
    app = QApplication.instance()
    app.aboutToQuit.connect(desktop.shutdown)
    # The window keeps the size the app chose for this screen (it must fit 1366x768, status bar and all).

    def rect(widget: QWidget) -> list[int]:
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        return [top_left.x(), top_left.y(), widget.width(), widget.height()]

    def probe() -> None:
        window = desktop.window
        widgets = {}
        for widget in window.findChildren(QWidget):
            if widget.objectName() and widget.isVisible():
                widgets[widget.objectName()] = rect(widget)
        measure = window.page_named("measure_page")
        catalogue = window.page_named("catalogue_page")
        waist = measure.fields["waist_girth"]
        view: QAbstractItemView = catalogue.listing_view
        title_cell = None
        if catalogue.listings.rowCount():
            index = catalogue.listings.index(0, 1)
            cell = view.visualRect(index)
            origin = view.viewport().mapToGlobal(cell.topLeft())
            title_cell = [origin.x(), origin.y(), cell.width(), cell.height()]
        focus = app.focusWidget()
        active = app.activeWindow()
        state = {
            "widgets": widgets,
            "focus": focus.objectName() if focus is not None else None,
            "active_window": type(active).__name__ if active is not None else None,
            "active_title": active.windowTitle() if active is not None else None,
            "page": window.stack.currentWidget().objectName(),
            "waist_cm": waist.value_cm(),
            "waist_note": waist.uncertainty_label.text(),
            "results_scroll": [area.verticalScrollBar().value() for area in measure.findChildren(QScrollArea)],
            "catalogue_path": str(catalogue.path) if catalogue.path else None,
            "catalogue_dirty": catalogue.dirty,
            "catalogue_rows": catalogue.listings.rowCount(),
            "title_cell": title_cell,
            "first_title": catalogue.listings.index(0, 1).data() if catalogue.listings.rowCount() else None,
        }
        atomic_write_text(state_path, json.dumps(state))

    timer = QTimer()
    timer.setInterval(150)
    timer.timeout.connect(probe)
    timer.start()
    return app.exec()


# -- the parent: Xvfb, the window manager, xdotool ---------------------------------------------------
class Failure(AssertionError):
    pass


class Session:
    def __init__(self, work: Path, shots: Path | None):
        self.work = work
        self.shots = shots
        self.display = None
        self.processes: list[subprocess.Popen] = []
        self.state_path = work / "state.json"
        self.env = dict(os.environ)

    # X server and window manager ---------------------------------------------------------------
    def start_x(self) -> None:
        for number in range(91, 140):
            if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
                break
        else:
            raise Failure("no free X display number")
        self.display = f":{number}"
        xvfb = subprocess.Popen(["Xvfb", self.display, "-screen", "0", f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}x24",
                                 "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(xvfb)
        self.env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        self.env.pop("WAYLAND_DISPLAY", None)
        deadline = time.monotonic() + 10
        while subprocess.run(["xdotool", "getmouselocation"], env=self.env, capture_output=True).returncode:
            if time.monotonic() > deadline or xvfb.poll() is not None:
                raise Failure("Xvfb did not start")
            time.sleep(0.1)
        manager = shutil.which("openbox") or shutil.which("fluxbox")
        self.processes.append(subprocess.Popen([manager], env=self.env, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL))
        time.sleep(1.0)

    def start_app(self) -> None:
        env = dict(self.env, SIZER_DRIVE_SETTINGS=str(self.work / "settings.ini"),
                   SIZER_DRIVE_LOGS=str(self.work / "logs"), HOME=str(self.work / "home"),
                   XDG_CONFIG_HOME=str(self.work / "config"), PYTHONPATH=str(ROOT))
        (self.work / "home").mkdir(exist_ok=True)
        self.app_log = open(self.work / "app.log", "w")
        self.app = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", str(self.state_path)],
                                    env=env, cwd=ROOT, stdout=self.app_log, stderr=subprocess.STDOUT)
        self.processes.append(self.app)
        self.wait_for(lambda s: s["catalogue_rows"] > 0, "the app to open on the sample catalogue", 60)
        self.xdo("search", "--sync", "--name", "^Sizer$", "windowactivate", "--sync")

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    # input and observation ----------------------------------------------------------------------
    def xdo(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        if result.returncode:
            raise Failure(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def key(self, *keys: str) -> None:
        self.xdo("key", "--clearmodifiers", *keys)
        time.sleep(0.3)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "20", text)
        time.sleep(0.2)

    def point_at(self, rect: list[int]) -> None:
        x, y, width, height = rect
        self.xdo("mousemove", "--sync", str(x + width // 2), str(y + height // 2))
        time.sleep(0.2)

    def click(self, rect: list[int], button: int = 1, repeat: int = 1) -> None:
        self.point_at(rect)
        self.xdo("click", "--repeat", str(repeat), "--delay", "120", str(button))
        time.sleep(0.4)

    def state(self) -> dict:
        for _ in range(50):
            try:
                return json.loads(self.state_path.read_text())
            except (FileNotFoundError, json.JSONDecodeError):
                time.sleep(0.1)
        raise Failure("the app's probe wrote nothing")

    def wait_for(self, condition, what: str, timeout: float = 15) -> dict:
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            if hasattr(self, "app") and self.app.poll() is not None:
                raise Failure(f"the app exited (code {self.app.returncode}) while waiting for {what}; "
                              f"see {self.work / 'app.log'}")
            if self.state_path.exists():
                state = self.state()
                try:
                    if condition(state):
                        return state
                except (KeyError, TypeError):
                    pass
            time.sleep(0.2)
        raise Failure(f"timed out waiting for {what}; last state: {json.dumps(state)[:600] if state else None}")

    def wait_for_window(self, name_regex: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name_regex], env=self.env,
                                   capture_output=True, text=True)
            if found.stdout.strip():
                window = found.stdout.split()[-1]
                subprocess.run(["xdotool", "windowactivate", "--sync", window], env=self.env, capture_output=True)
                time.sleep(0.5)
                return
            time.sleep(0.2)
        raise Failure(f"no window titled like {name_regex!r} appeared")

    def open_in_file_dialog(self, path: Path) -> None:
        """Qt's file dialog has the file-name box focused: type the full path and press Enter."""
        self.key("ctrl+a")
        self.type(str(path))
        self.key("Return")

    def screenshot(self, name: str) -> Path | None:
        """The screen as a person sees it. ``xwd -root`` shows a dialog's client area black under
        Xvfb (no backing store), so each visible window is grabbed on its own and laid on top."""
        if self.shots is None or not shutil.which("xwd") or not shutil.which("convert"):
            return None
        self.shots.mkdir(parents=True, exist_ok=True)
        target = self.shots / f"{name}.png"
        layers = []
        root = subprocess.run(["xwd", "-root", "-silent", "-display", self.display], capture_output=True)
        base = self.work / "shot_root.png"
        subprocess.run(["convert", "xwd:-", str(base)], input=root.stdout, capture_output=True)
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."], env=self.env,
                               capture_output=True, text=True).stdout.split()
        main = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Sizer$"], env=self.env,
                              capture_output=True, text=True).stdout.split()
        for window in main + [w for w in found if w not in main]:  # the main window first, dialogs over it
            info = subprocess.run(["xwininfo", "-id", window, "-display", self.display], capture_output=True,
                                  text=True).stdout
            try:
                x = int(info.split("Absolute upper-left X:")[1].split()[0])
                y = int(info.split("Absolute upper-left Y:")[1].split()[0])
            except IndexError:
                continue
            dump = subprocess.run(["xwd", "-id", window, "-silent", "-display", self.display], capture_output=True)
            layer = self.work / f"shot_{window}.png"
            if subprocess.run(["convert", "xwd:-", str(layer)], input=dump.stdout, capture_output=True).returncode == 0:
                layers += [str(layer), "-geometry", f"+{x}+{y}", "-composite"]
        subprocess.run(["convert", str(base), *layers, str(target)], capture_output=True)
        return target if target.exists() else None


# -- the cases ------------------------------------------------------------------------------------------
MEASURED_PROFILE = {"measurements_cm": {"stature": 182.3, "neck_girth": 37.4, "chest_girth": 96.4,
                                        "waist_girth": 77.0, "hip_girth": 96.9, "shoulder_width": 37.3,
                                        "arm_length": 54.8, "inside_leg": 88.5},
                    "uncertainty_cm": {"neck_girth": 2.3, "chest_girth": 3.0, "waist_girth": 2.2, "hip_girth": 2.2,
                                       "shoulder_width": 1.3, "arm_length": 2.4, "inside_leg": 1.3},
                    "warnings": [], "fit_preference": "regular"}


def case_wheel(session: Session) -> str:
    profile = session.work / "me.json"
    profile.write_text(json.dumps(MEASURED_PROFILE))
    session.key("ctrl+3")
    state = session.wait_for(lambda s: s["page"] == "measure_page", "the Measure page")
    session.click(state["widgets"]["load_profile"])
    session.wait_for_window("Load a body profile")
    session.open_in_file_dialog(profile)
    state = session.wait_for(lambda s: s["waist_cm"] == 77.0, "the loaded profile's waist")
    before_note, before_scroll = state["waist_note"], state["results_scroll"]
    if not before_note.startswith("±"):
        raise Failure(f"the loaded waist shows {before_note!r}, expected its ± uncertainty")
    # Focus elsewhere (the fit preference box), then turn the wheel over the waist field.
    session.click(state["widgets"]["capture_message"] if "capture_message" in state["widgets"]
                  else state["widgets"]["preview"])
    state = session.state()
    if state["focus"] == "field_waist_girth":
        raise Failure("the waist field has focus before the wheel test")
    session.point_at(state["widgets"]["field_waist_girth"])
    session.screenshot("wheel_before")
    session.xdo("click", "--repeat", "3", "--delay", "150", "5")  # button 5: wheel down
    time.sleep(0.8)
    state = session.state()
    session.screenshot("wheel_after_unfocused")
    if state["waist_cm"] != 77.0 or state["waist_note"] != before_note:
        raise Failure(f"the wheel over the unfocused waist field changed it: {state['waist_cm']} "
                      f"{state['waist_note']!r} (was 77.0 {before_note!r})")
    if state["focus"] == "field_waist_girth":
        raise Failure("the wheel gave the waist field focus")
    scrolled = state["results_scroll"] != before_scroll
    # Clicked, it is the person's to change: the wheel steps it and the field says so.
    session.click(session.state()["widgets"]["field_waist_girth"])
    session.xdo("click", "--repeat", "2", "--delay", "150", "4")  # wheel up
    state = session.wait_for(lambda s: s["waist_cm"] is not None and s["waist_cm"] > 77.0,
                             "the focused waist field to step")
    session.screenshot("wheel_focused")
    if "by hand" not in state["waist_note"]:
        raise Failure(f"a hand-changed waist shows {state['waist_note']!r}, expected it marked 'by hand'")
    return (f"unfocused: 3 wheel notches left 77.0 cm {before_note} (page scrolled: {scrolled}); "
            f"focused: 2 notches made {state['waist_cm']} cm, marked {state['waist_note']!r}")


def write_catalogue_with_bad_rows(path: Path) -> bytes:
    """The sample catalogue plus two rows a person must fix (an unknown category), as a merchant's
    own file: the bytes the app must never overwrite."""
    import csv
    import io

    from sizer.catalog.importer import sample_catalog_path

    rows = list(csv.reader(io.StringIO(sample_catalog_path().read_text(encoding="utf-8"))))
    header, first = rows[0], rows[1]
    bad = []
    for number in (1, 2):
        row = list(first)
        row[header.index("listing_id")] = f"BAD-{number}"
        row[header.index("category")] = "womens_topz"
        bad.append(row)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows[1:3], bad[0], *rows[3:8], bad[1], *rows[8:]])
    data = out.getvalue().encode("utf-8")
    path.write_bytes(data)
    return data


def case_data_loss(session: Session) -> str:
    source = session.work / "my catalogue.csv"
    original = write_catalogue_with_bad_rows(source)
    session.key("ctrl+4")
    state = session.wait_for(lambda s: s["page"] == "catalogue_page", "the Catalogue page")
    session.click(state["widgets"]["listings"] if "listings" in state["widgets"] else state["title_cell"])
    session.key("ctrl+o")
    session.wait_for_window("Open a catalogue")
    session.open_in_file_dialog(source)
    session.wait_for_window("Problems in the catalogue file")
    time.sleep(1.0)  # painted
    session.screenshot("data_loss_problems")
    session.key("alt+i")  # "&Import the N valid rows"
    state = session.wait_for(lambda s: s["catalogue_path"] == str(source) and s["catalogue_rows"] > 0,
                             "the valid rows to be imported")
    session.click(state["title_cell"], repeat=2)  # double-click edits the title
    session.key("ctrl+a")
    session.type("Edited under Xvfb")
    session.key("Return")
    state = session.wait_for(lambda s: s["catalogue_dirty"], "the edit to mark the catalogue unsaved")
    session.key("ctrl+s")
    time.sleep(1.5)
    session.screenshot("data_loss_after_save")
    state = session.state()
    saved_as = None
    # The contract: Save behaves as Save As, proposing a new name: accept what is proposed (a
    # question first, then the file dialog with the new name, each answered with Enter).
    for step in range(3):
        if state["active_window"] == "MainWindow":
            break
        session.screenshot(f"data_loss_save_step{step + 1}")
        session.key("Return")
        time.sleep(1.0)
        state = session.state()
        saved_as = state["catalogue_path"]
    if source.read_bytes() != original:
        raise Failure(f"Save after a partial import overwrote the source file {source} "
                      f"(the rows with problems are lost)")
    if saved_as is None or saved_as == str(source):
        raise Failure("Ctrl+S did not offer to save under a new name (Save after a partial import must be Save As)")
    if "Edited under Xvfb" not in Path(saved_as).read_text(encoding="utf-8"):
        raise Failure(f"the edit is not in the file saved as {saved_as}")
    return f"source bytes unchanged ({len(original)} bytes); the edit was saved as {Path(saved_as).name}"


CASES = {"wheel": case_wheel, "data_loss": case_data_loss}


def tools_missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "xdotool") if not shutil.which(tool)]
    if not (shutil.which("openbox") or shutil.which("fluxbox")):
        missing.append("openbox (or fluxbox)")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", metavar="STATE_JSON", help=argparse.SUPPRESS)
    parser.add_argument("--case", choices=[*CASES, "all"], default="all")
    parser.add_argument("--shots", type=Path, help="write screenshots (PNG) into this folder")
    args = parser.parse_args(argv)
    if args.child:
        return run_child(Path(args.child))
    missing = tools_missing()
    if missing:
        print(f"drive_app_xvfb: missing {', '.join(missing)} (Debian: sudo apt-get install xvfb openbox xdotool)",
              file=sys.stderr)
        return EXIT_MISSING_TOOLS
    failed = 0
    names = list(CASES) if args.case == "all" else [args.case]
    # One X session and one app for every case, as a person would go from one job to the next.
    with tempfile.TemporaryDirectory(prefix="sizer-xvfb-") as folder:
        session = Session(Path(folder), args.shots)
        try:
            started = time.monotonic()
            session.start_x()
            session.start_app()
            print(f"app up under Xvfb {session.display} with a window manager in "
                  f"{time.monotonic() - started:.1f} s")
            for name in names:
                try:
                    outcome = CASES[name](session)
                    print(f"PASS {name}: {outcome}")
                except Failure as failure:
                    failed += 1
                    session.screenshot(f"{name}_failure")
                    print(f"FAIL {name}: {failure}")
                    session.key("Escape")  # close a dialog the case left open
        except Failure as failure:
            failed = len(names)
            print(f"FAIL setup: {failure}")
            for name in names:
                print(f"FAIL {name}: the app did not start")
        finally:
            session.close()
            log = Path(folder) / "app.log"
            if failed and log.exists():
                tail = log.read_text(errors="replace").splitlines()[-15:]
                print("  app log: " + "\n  app log: ".join(tail), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
