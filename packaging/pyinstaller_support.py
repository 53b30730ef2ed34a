"""Build-time helpers for build.spec: the bundle manifest, platform icons, Windows version info.

build.spec and tests/test_packaging.py load this file by path (``packaging/`` is not a Python
package: the name would shadow the ``packaging`` library). Only the standard library is used at
import; rendering icons imports PySide6 (already a dependency), so no new package is needed.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - 3.10
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parent.parent
MANIFEST = REPO_ROOT / "packaging" / "bundle.toml"
APP_ICON_SVG = REPO_ROOT / "assets" / "icons" / "sizer.svg"
SKIPPED_PARTS = {"__pycache__", ".DS_Store"}

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "ic07".."ic10" family).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))


def load_manifest(path: Path = MANIFEST) -> dict:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def data_trees(manifest: dict, root: Path = REPO_ROOT) -> list[tuple[Path, str]]:
    """(source folder, target folder inside the bundle) for every [[data]] entry."""
    return [(root / entry["source"], entry["target"]) for entry in manifest["data"]]


def data_files(manifest: dict, root: Path = REPO_ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for the data trees: one (file, destination folder) pair per file.

    Files are listed one by one (not whole folders) so caches never ship.
    """
    pairs: list[tuple[str, str]] = []
    for source, target in data_trees(manifest, root):
        if not source.is_dir():
            raise FileNotFoundError(f"bundle.toml lists a data folder that does not exist: {source}")
        for path in sorted(source.rglob("*")):
            relative = path.relative_to(source)
            if path.is_file() and not SKIPPED_PARTS.intersection(relative.parts) and path.suffix != ".pyc":
                pairs.append((str(path), str(Path(target, *relative.parts[:-1]))))
    return pairs


def package_data_files(root: Path = REPO_ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for the data files inside ``sizer/`` that pyproject.toml installs as
    package data (e.g. sizer/ui/guide_zones.toml), so the frozen package has what the wheel has."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"].get("package-data", {}).get("sizer", [])
    package = root / "sizer"
    found = {path for pattern in patterns for path in package.glob(pattern)
             if path.is_file() and not SKIPPED_PARTS.intersection(path.relative_to(package).parts)}
    return [(str(path), str(path.parent.relative_to(root))) for path in sorted(found)]


def mediapipe_files(manifest: dict, mediapipe_dir: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for MediaPipe's graph and model files, at their package-relative paths."""
    pairs = []
    for relative in manifest["mediapipe"]["files"]:
        path = mediapipe_dir / relative
        if not path.is_file():
            raise FileNotFoundError(f"MediaPipe file listed in bundle.toml is missing: {path}")
        pairs.append((str(path), str(Path("mediapipe", relative).parent)))
    return pairs


def excluded_modules(manifest: dict) -> list[str]:
    return list(manifest["exclude"]["modules"])


def is_excluded(module: str, excludes: list[str]) -> bool:
    """True when ``module`` is one of ``excludes`` or a submodule of one (how PyInstaller reads it)."""
    return any(module == name or module.startswith(name + ".") for name in excludes)


def _bundle_path(entry) -> str:
    return str(entry[0]).replace("\\", "/")


def drop_unused_files(toc: list, manifest: dict) -> list:
    """The TOC without the files bundle.toml leaves out, nor Qt translations of other languages."""
    fragments = manifest["exclude"]["paths"]
    host_libraries = tuple(manifest["exclude"]["host_libraries"])
    languages = manifest["qt"]["translations"]
    kept = []
    for entry in toc:
        path = _bundle_path(entry)
        if any(fragment in path for fragment in fragments):
            continue
        if "/" not in path and path.startswith(host_libraries):
            continue
        if "PySide6/Qt/translations/" in path and not any(path.endswith(f"_{lang}.qm") for lang in languages):
            continue
        kept.append(entry)
    return kept


def drop_orphaned_libraries(binaries: list, dropped: list) -> list:
    """``binaries`` without the shared libraries that only ``dropped`` files needed.

    PyInstaller resolves dependencies during analysis, so dropping a plugin afterwards (the GTK
    theme, say) would leave GTK's cairo, pango, ... behind; this removes those as well.
    """
    if not dropped:
        return binaries
    from PyInstaller.depend import bindepend

    direct_cache: dict[str, set[str]] = {}

    def direct(path: str) -> set[str]:
        if path not in direct_cache:
            try:
                found = bindepend.get_imports(path)
            except Exception:  # noqa: BLE001 - not a binary PyInstaller can read: no dependencies
                found = set()
            direct_cache[path] = {os.path.realpath(full) for _name, full in found if full}
        return direct_cache[path]

    def closure(path: str) -> set[str]:
        seen, stack = set(), [path]
        while stack:
            for dependency in direct(stack.pop()):
                if dependency not in seen:
                    seen.add(dependency)
                    stack.append(dependency)
        return seen

    suspects = set().union(*(closure(os.path.realpath(entry[1])) for entry in dropped))
    needed: set[str] = set()
    for entry in binaries:
        source = os.path.realpath(entry[1])
        if source not in suspects:
            needed |= closure(source)
    return [entry for entry in binaries
            if os.path.realpath(entry[1]) not in suspects or os.path.realpath(entry[1]) in needed]


def trim_binaries(binaries: list, manifest: dict, work_dir: Path) -> list:
    """The binaries to bundle: unused files and what only they needed removed, Python's stripped."""
    kept = drop_unused_files(binaries, manifest)
    kept_ids = {id(entry) for entry in kept}
    dropped = [entry for entry in binaries if id(entry) not in kept_ids]
    return strip_python_runtime(drop_orphaned_libraries(kept, dropped), manifest, work_dir)


def drop_dangling_symlinks(toc: list, collected: list) -> list:
    """The TOC without SYMLINK entries whose target is not among the ``collected`` files."""
    files = {os.path.normpath(entry[0]) for entry in collected if entry[2] != "SYMLINK"}
    return [entry for entry in toc if entry[2] != "SYMLINK"
            or os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])) in files]


def strip_python_runtime(toc: list, manifest: dict, out_dir: Path) -> list:
    """On Linux, the TOC with stripped copies of the binaries bundle.toml [strip] names (libpython
    carries ~17 MB of debug symbols in pyenv-style builds); other entries unchanged."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return toc
    patterns = manifest["strip"]["linux"]
    result = []
    for entry in toc:
        dest, source, kind = entry[0], entry[1], entry[2]
        if any(pattern in _bundle_path(entry) or pattern in str(source) for pattern in patterns):
            copy = out_dir / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            subprocess.run([strip, "--strip-unneeded", str(copy)], check=True)
            entry = (dest, str(copy), kind)
        result.append(entry)
    return result


def headless_opencv_dir(manifest: dict, cache_dir: Path) -> Path | None:
    """Where the headless OpenCV of the installed OpenCV's version goes (None: bundle the installed
    one, as SIZER_BUILD_OPENCV=installed asks)."""
    if os.environ.get("SIZER_BUILD_OPENCV", "headless") == "installed":
        return None
    from importlib import metadata

    config = manifest["opencv"]
    for name in config["installed_distributions"]:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        return cache_dir / f"{config['headless_distribution']}-{version}"
    raise RuntimeError("no OpenCV distribution is installed in this environment")


def headless_opencv(manifest: dict, cache_dir: Path) -> Path | None:
    """headless_opencv_dir(), installed there with pip the first time.

    None when SIZER_BUILD_OPENCV=installed, or when pip cannot fetch it (offline): the build then
    bundles the environment's OpenCV, which works but is larger.
    """
    target = headless_opencv_dir(manifest, cache_dir)
    if target is None or (target / "cv2" / "__init__.py").is_file():
        return target
    distribution, version = target.name.rsplit("-", 1)
    requirement = f"{distribution}=={version}"
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
               "--no-deps", "--target", str(staging), requirement]
    if subprocess.run(command).returncode != 0:
        print(f"build.spec: could not install {requirement}; bundling the installed OpenCV", file=sys.stderr)
        return None
    staging.replace(target)
    return target


def render_png_bytes(svg: Path, size: int) -> bytes:
    """The SVG drawn as a square PNG of ``size`` pixels, with Qt (no screen needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A widgets application, not a bare QGuiApplication: code that later wants widgets
        # in the same process (a test session) can reuse it.
        render_png_bytes.app = QApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    device.close()
    return bytes(buffer.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (the Vista+ ICO layout)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    directory = io.BytesIO()
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory.write(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return header + directory.getvalue() + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNG images it has a type for."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES if size in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_app_icons(out_dir: Path, svg: Path = APP_ICON_SVG) -> dict[str, Path]:
    """sizer.png (256 px, Linux), sizer.ico (Windows) and sizer.icns (macOS) from the SVG."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png_bytes(svg, size) for size in sizes}
    written = {
        "png": (out_dir / "sizer.png", pngs[256]),
        "ico": (out_dir / "sizer.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        "icns": (out_dir / "sizer.icns", icns_bytes(pngs)),
    }
    for path, payload in written.values():
        path.write_bytes(payload)
    return {kind: path for kind, (path, _) in written.items()}


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The release numbers of '1.2.3' or '1.2.3rc1' as the four numbers Windows version resources hold."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if not release:
        raise ValueError(f"not a version number: {version!r}")
    numbers = [int(part) for part in release.group(0).split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller version file (a VSVersionInfo expression) for sizer.exe."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Sizer",
        "FileDescription": "Sizer: size charts, measuring guides and size recommendation",
        "FileVersion": version,
        "InternalName": "sizer",
        "LegalCopyright": "Sizer",
        "OriginalFilename": "sizer.exe",
        "ProductName": "Sizer",
        "ProductVersion": version,
    }
    string_structs = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by packaging/pyinstaller_support.py from sizer.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
            {string_structs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def read_version(root: Path = REPO_ROOT) -> str:
    """sizer.__version__, read from the source without importing the package."""
    text = (root / "sizer" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
    if not match:
        raise ValueError("sizer/__init__.py has no __version__")
    return match.group(1)
