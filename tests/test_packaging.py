"""Guards build.spec in CI time, without running PyInstaller (scripts/build_release.py does that).

The spec is executed with PyInstaller's build classes replaced by recorders, so what it would hand
to PyInstaller is checked: the data files exist, nothing the app imports is excluded, the icons
and platform files are valid. The self-test runs from source in a subprocess.
"""
from __future__ import annotations

import ast
import configparser
import importlib.util
import json
import os
import pkgutil
import struct
import subprocess
import sys
import types
from pathlib import Path

import pytest

from sizer import __version__
from sizer.resources import ASSETS_PACKAGE, CHARTS_PACKAGE, DATA_PACKAGE
from sizer.toml_compat import tomllib

from conftest import REPO_ROOT
from import_scan import imported_modules


def _load_support():
    location = REPO_ROOT / "packaging" / "pyinstaller_support.py"
    spec = importlib.util.spec_from_file_location("sizer_pyinstaller_support_under_test", location)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


support = _load_support()
MANIFEST = support.load_manifest()
EXCLUDES = support.excluded_modules(MANIFEST)
RUNTIME_HOOK = REPO_ROOT / "packaging" / "rthooks" / "unbundled_imports.py"


def _unbundled_stand_ins() -> tuple[str, ...]:
    """The module names the runtime hook stands in for (read without running the hook)."""
    tree = ast.parse(RUNTIME_HOOK.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "UNBUNDLED":
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("the runtime hook has no UNBUNDLED tuple")


class _Recorder:
    """Stands in for one of PyInstaller's build classes: keeps its arguments."""

    made: dict[str, list[_Recorder]] = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.made.setdefault(type(self).__name__, []).append(self)


class Analysis(_Recorder):
    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        self.scripts, self.pure = scripts, []
        self.datas = [(Path(src).name, src, "DATA") for src, _dest in kwargs["datas"]]
        self.binaries = [("PySide6/Qt/plugins/platforms/libqxcb.so",
                          "/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so", "BINARY")]


class COLLECT(_Recorder):
    def __init__(self, *args, name, **kwargs):
        super().__init__(*args, name=name, **kwargs)
        (Path(self.distpath) / name).mkdir(parents=True, exist_ok=True)  # as the real one does


class PYZ(_Recorder): ...


class EXE(_Recorder): ...


class BUNDLE(_Recorder): ...


def _walk_sizer_modules() -> list[str]:
    import sizer

    return ["sizer"] + [info.name for info in pkgutil.walk_packages(sizer.__path__, "sizer.")]


@pytest.fixture(scope="module")
def spec_run(tmp_path_factory, qapp):
    """build.spec executed with recorders for PyInstaller's classes; returns (recorded, dist)."""
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    # The real collect_submodules walks the package the same way, in a subprocess.
    hooks.collect_submodules = lambda package: _walk_sizer_modules() if package == "sizer" else []
    fakes = {"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
             "PyInstaller.utils.hooks": hooks}
    saved = {name: sys.modules.get(name) for name in fakes}
    sys.modules.update(fakes)
    saved_opencv_choice = os.environ.get("SIZER_BUILD_OPENCV")
    os.environ["SIZER_BUILD_OPENCV"] = "installed"  # no pip run in a test
    _Recorder.made = {}
    COLLECT.distpath = str(dist)
    namespace = {"__name__": "__main__", "SPECPATH": str(REPO_ROOT), "SPEC": str(REPO_ROOT / "build.spec"),
                 "workpath": str(work), "DISTPATH": str(dist), "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE,
                 "COLLECT": COLLECT, "BUNDLE": BUNDLE}
    try:
        source = (REPO_ROOT / "build.spec").read_text(encoding="utf-8")
        exec(compile(source, "build.spec", "exec"), namespace)  # noqa: S102 - our own build recipe
    finally:
        if saved_opencv_choice is None:
            os.environ.pop("SIZER_BUILD_OPENCV", None)
        else:
            os.environ["SIZER_BUILD_OPENCV"] = saved_opencv_choice
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return dict(_Recorder.made), dist


def test_data_trees_sit_where_resources_looks_for_them():
    targets = {target.replace("/", ".") for _source, target in support.data_trees(MANIFEST)}
    assert targets == {CHARTS_PACKAGE, ASSETS_PACKAGE, DATA_PACKAGE}
    package_dirs = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
    for source, target in support.data_trees(MANIFEST):
        assert source.is_dir(), f"bundle.toml data folder missing: {source}"
        package = target.replace("/", ".")
        expected = package_dirs.get(package, target)  # sizer.data lives at sizer/data
        assert source == REPO_ROOT / expected, f"{package} installs from {expected}, the bundle copies {source}"


def test_every_file_the_spec_bundles_exists(spec_run):
    recorded, _dist = spec_run
    datas = recorded["Analysis"][0].kwargs["datas"]
    missing = [src for src, _dest in datas if not Path(src).is_file()]
    assert not missing, f"build.spec lists data files that do not exist: {missing}"
    destinations = {dest.replace("\\", "/") for _src, dest in datas}
    assert {"sizer/charts", "sizer/assets/fonts", "sizer/assets/icons", "mediapipe/modules/pose_landmark",
            "mediapipe/modules/pose_detection"} <= destinations
    assert not [src for src, _dest in datas if "__pycache__" in Path(src).parts], "caches must not ship"


def test_every_data_file_inside_the_package_is_bundled(spec_run):
    """Data beside the code (e.g. sizer/ui/guide_zones.toml) must be in the bundle like in the wheel."""
    recorded, _dist = spec_run
    bundled = {Path(src) for src, _dest in recorded["Analysis"][0].kwargs["datas"]}
    package = REPO_ROOT / "sizer"
    data_files = {p for p in package.rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}
                  and "__pycache__" not in p.parts}
    missing = sorted(str(p.relative_to(REPO_ROOT)) for p in data_files - bundled)
    assert not missing, f"data files in sizer/ that the build leaves out (declare them in pyproject's package-data): {missing}"


def test_mediapipe_model_files_are_in_the_installed_wheel():
    mediapipe_dir = Path(importlib.util.find_spec("mediapipe").submodule_search_locations[0])
    pairs = support.mediapipe_files(MANIFEST, mediapipe_dir)
    assert {Path(src).suffix for src, _dest in pairs} == {".binarypb", ".tflite"}
    # mp.solutions.pose opens its graph by this path, relative to the folder holding `mediapipe`
    pose_source = (mediapipe_dir / "python" / "solutions" / "pose.py").read_text(encoding="utf-8")
    assert "mediapipe/modules/pose_landmark/pose_landmark_cpu.binarypb" in pose_source


def test_spec_passes_the_manifest_to_pyinstaller(spec_run):
    recorded, dist = spec_run
    analysis = recorded["Analysis"][0]
    assert analysis.kwargs["excludes"] == EXCLUDES
    hidden = set(analysis.kwargs["hiddenimports"])
    commands = {f"sizer.cli.commands.{p.stem}" for p in (REPO_ROOT / "sizer" / "cli" / "commands").glob("*.py")
                if p.stem != "__init__"}
    assert commands <= hidden, "CLI subcommands are found by pkgutil at run time: they must be hidden imports"
    assert [name for name, *_ in analysis.binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert analysis.kwargs["runtime_hooks"] == [str(RUNTIME_HOOK)]
    exe = recorded["EXE"][0].kwargs
    assert exe["name"] == "sizer" and exe["console"] is True, "the CLI needs a console executable"
    assert recorded["COLLECT"][0].kwargs["name"] == "sizer"
    if sys.platform.startswith("linux"):
        assert (dist / "sizer" / "sizer.desktop").is_file() and (dist / "sizer" / "sizer.png").is_file()


def test_excludes_never_name_what_sizer_imports():
    offenders = {}
    for path in sorted((REPO_ROOT / "sizer").rglob("*.py")):
        hits = sorted(m for m in imported_modules(path, with_members=True) if support.is_excluded(m, EXCLUDES))
        if hits:
            offenders[str(path.relative_to(REPO_ROOT))] = hits
    assert not offenders, f"bundle.toml excludes modules Sizer imports: {offenders}"


def test_unused_files_are_dropped_and_qt_translations_kept_for_app_languages():
    toc = [(f"PySide6/Qt/{name}", f"/sp/PySide6/Qt/{name}", "BINARY") for name in (
        "plugins/sqldrivers/libqsqlite.so", "plugins/platforms/libqxcb.so", "plugins/platformthemes/libqgtk3.so",
        "translations/qtbase_zh_CN.qm", "translations/qtbase_ja.qm", "translations/qtbase_pl.qm")]
    kept = [entry[0].split("/")[-1] for entry in support.drop_unused_files(toc, MANIFEST)]
    assert kept == ["libqxcb.so", "qtbase_zh_CN.qm", "qtbase_ja.qm"]


def test_qt_translations_are_kept_for_every_app_language():
    from sizer.languages import LANGUAGES, SOURCE_LANGUAGE

    assert set(MANIFEST["qt"]["translations"]) == set(LANGUAGES) - {SOURCE_LANGUAGE}


def test_symlinks_to_dropped_libraries_are_dropped():
    toc = [("PySide6/Qt/lib/libQt6Gui.so.6", "/sp/libQt6Gui.so.6", "BINARY"),
           ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
           ("libQt6EglFsKmsSupport.so.6", "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "SYMLINK")]
    assert [entry[0] for entry in support.drop_dangling_symlinks(toc, toc)] == [
        "PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6"]


def test_unbundled_stand_ins_fail_loudly_when_used():
    namespace: dict = {}
    exec(compile(RUNTIME_HOOK.read_text(encoding="utf-8"), str(RUNTIME_HOOK), "exec"), namespace)
    try:
        finder = namespace["UnbundledFinder"]()
        spec = finder.find_spec("matplotlib.pyplot", None)
        module = finder.create_module(spec)
        with pytest.raises(ImportError, match="not part of this Sizer build"):
            module.figure()
        with pytest.raises(AttributeError):
            module.__wrapped__  # noqa: B018 - dunder look-ups must stay plain AttributeErrors
        assert finder.find_spec("numpy", None) is None
    finally:
        sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "UnbundledFinder"]


def test_is_excluded_matches_submodules_only():
    assert support.is_excluded("jax.numpy", ["jax"])
    assert not support.is_excluded("jaxtyping", ["jax"])
    assert not support.is_excluded("PySide6.QtWidgets", ["PySide6.QtQml"])


def _run_python(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                          cwd=REPO_ROOT, env=env, timeout=120)


def test_self_test_passes_from_source():
    result = _run_python("import sys\nfrom sizer.cli import main\nsys.exit(main(['--self-test']))\n")
    assert result.returncode == 0, f"self-test failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    lines = result.stdout.splitlines()
    for check in ("charts", "conversions", "pose model", "main window"):
        assert any(line.split()[:1] == ["ok"] and check in line for line in lines), f"no ok line for {check}"
    assert "self-test passed" in result.stdout


def test_self_test_passes_without_the_excluded_modules(tmp_path):
    """The frozen app's imports, simulated in CI time: the excluded modules cannot be imported,
    the runtime hook's stand-ins are in place. The self-test must still pass, and every excluded
    module something tried to import must be one its importer can do without (bundle.toml)."""
    attempts_file = tmp_path / "attempts.json"
    code = f"""
import importlib, json, pkgutil, sys
EXCLUDES = {EXCLUDES!r}
STAND_INS = {_unbundled_stand_ins()!r}
attempted = set()

class ExcludedModules:
    def find_spec(self, name, path=None, target=None):
        if name not in STAND_INS and any(name == e or name.startswith(e + ".") for e in EXCLUDES):
            attempted.add(name)
            raise ModuleNotFoundError(f"No module named {{name!r}} (left out of the build)", name=name)
        return None

sys.meta_path.insert(0, ExcludedModules())
exec(compile(open({str(RUNTIME_HOOK)!r}, encoding="utf-8").read(), "rthook", "exec"))
sys.meta_path.insert(1, sys.meta_path.pop())  # frozen, nothing else would find the stand-ins' names
from sizer.cli import main
code = main(["--self-test"])
import sizer
for info in pkgutil.walk_packages(sizer.__path__, "sizer."):
    if not info.name.endswith("__main__"):  # that one would start the app
        importlib.import_module(info.name)
open({str(attempts_file)!r}, "w").write(json.dumps(sorted(attempted)))
sys.exit(code)
"""
    result = _run_python(code)
    assert result.returncode == 0, f"self-test failed without the excluded modules:\n{result.stdout}\n{result.stderr[-3000:]}"
    attempted = json.loads(attempts_file.read_text())
    optional = MANIFEST["exclude"]["optional"]
    # An import of something not installed here fails from source too: its importer copes already.
    unexpected = [name for name in attempted
                  if name not in optional and importlib.util.find_spec(name.split(".")[0]) is not None]
    assert not unexpected, f"excluded modules the app tries to import (add to optional only if it copes): {unexpected}"


def test_self_test_data_files_exist():
    expected = tomllib.loads((REPO_ROOT / "sizer" / "data" / "selftest.toml").read_text(encoding="utf-8"))
    assets = REPO_ROOT / "assets"
    for relative in (expected["pose"]["image"], expected["measure"]["front"], expected["measure"]["side"]):
        assert (assets / relative).is_file(), f"selftest.toml names a missing bundled photo: {relative}"


def test_every_translation_is_compiled():
    folder = REPO_ROOT / "assets" / "translations"
    missing = [ts.name for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").is_file()]
    assert not missing, f"compile these (scripts/build_translations.py): {missing}"


def test_app_icons_are_valid(tmp_path, qapp):
    icons = support.render_app_icons(tmp_path)
    png = icons["png"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = icons["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(support.ICO_SIZES))
    for index in range(count):
        *_, size, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * index: 22 + 16 * index])
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(ico)
    icns = icons["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_windows_version_info_matches_the_package():
    text = support.windows_version_info(__version__)
    numbers = support.version_tuple(__version__)
    assert f"filevers={numbers}" in text and repr(__version__) in text
    ast.parse(text)  # PyInstaller evaluates the file as a Python expression
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    parsed = eval(text, vars(versioninfo))  # noqa: S307 - how PyInstaller reads the file
    assert parsed.ffi.fileVersionMS >> 16 == numbers[0]
    assert support.version_tuple("1.2rc3") == (1, 2, 0, 0)


def test_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(REPO_ROOT / "packaging" / "linux" / "sizer.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "sizer"
    assert section["Exec"].split()[0] == "sizer" and section["Categories"].endswith(";")


def test_self_test_reports_a_wrong_conversion_as_failed():
    """The conversion check compares with known answers: a wrong answer fails with the reason."""
    from sizer import selftest

    expected = selftest.load_expectations()
    case = dict(expected["conversion"][0], expect=["no such label"])
    outcome = selftest.run_check("conversions", selftest.check_conversions, {**expected, "conversion": [case]})
    assert not outcome.passed and "expected ['no such label']" in outcome.detail


def test_self_test_fails_when_no_person_is_in_the_photo(tmp_path):
    """A photo without a person must fail the pose check, never pass it."""
    import cv2
    import numpy as np

    from sizer import selftest

    blank = tmp_path / "blank.png"
    # a colour gradient: a valid photo with nobody in it
    rows, cols = np.mgrid[0:960, 0:540]
    image = np.dstack([rows * 255 // 960, cols * 255 // 540, np.full_like(rows, 120)]).astype(np.uint8)
    cv2.imwrite(str(blank), image)
    expected = selftest.load_expectations()
    original = selftest.as_path
    selftest.as_path = lambda _node: blank
    try:
        outcome = selftest.run_check("pose model", selftest.check_pose, expected)
    finally:
        selftest.as_path = original
    assert not outcome.passed and "no person" in outcome.detail


def test_self_test_names_a_missing_module():
    from sizer import selftest

    def needs_a_missing_module(_expected):
        import sizer.no_such_module  # noqa: F401

    outcome = selftest.run_check("x", needs_a_missing_module, {})
    assert not outcome.passed and "sizer.no_such_module is not part of this build" in outcome.detail


def test_openssl_hashes_stay_when_sizer_uses_them():
    """hashlib.pbkdf2_hmac and scrypt need OpenSSL's _hashlib (always from Python 3.12)."""
    users = [str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "sizer").rglob("*.py")
             if any(name in p.read_text(encoding="utf-8") for name in ("pbkdf2_hmac", "hashlib.scrypt"))]
    if users:
        assert not support.is_excluded("_hashlib", EXCLUDES), f"{users} need _hashlib, which bundle.toml excludes"
