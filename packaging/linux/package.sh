#!/usr/bin/env bash
# Turn the one-folder build dist/sizer/ into release files for Linux:
#   dist/sizer-<version>-linux-<arch>.tar.gz   always (unpack anywhere, run ./sizer/sizer)
#   dist/Sizer-<version>-<arch>.AppImage       when appimagetool is on PATH
# Run after `python scripts/build_release.py`, from anywhere.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dist="$root/dist"
bundle="$dist/sizer"
arch=$(uname -m)
version=$(sed -n "s/^__version__ = [\"']\(.*\)[\"']$/\1/p" "$root/sizer/__init__.py")
[ -x "$bundle/sizer" ] || { echo "no build in $bundle: run scripts/build_release.py first" >&2; exit 1; }

tarball="$dist/sizer-$version-linux-$arch.tar.gz"
tar -C "$dist" -czf "$tarball" sizer
echo "wrote $tarball"

# AppDir layout: AppRun starts the bundled executable; the desktop entry and icon sit at the top
# (appimagetool reads them) and under usr/share (desktop integration tools read them there).
appdir="$dist/Sizer.AppDir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/icons/hicolor/256x256/apps"
cp -a "$bundle" "$appdir/usr/lib/sizer"
cp "$bundle/sizer.desktop" "$appdir/sizer.desktop"
cp "$bundle/sizer.desktop" "$appdir/usr/share/applications/sizer.desktop"
cp "$bundle/sizer.png" "$appdir/sizer.png"
cp "$bundle/sizer.png" "$appdir/usr/share/icons/hicolor/256x256/apps/sizer.png"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/sizer/sizer" "$@"
RUN
chmod +x "$appdir/AppRun"
echo "wrote $appdir"

if command -v appimagetool >/dev/null 2>&1; then
    ARCH="$arch" appimagetool "$appdir" "$dist/Sizer-$version-$arch.AppImage"
    echo "wrote $dist/Sizer-$version-$arch.AppImage"
else
    echo "appimagetool not on PATH: AppImage not made (the AppDir above is ready for it)"
fi
