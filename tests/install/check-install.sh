#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-install.sh CMAKE BUILD_DIR VERSION LRELEASE
# Installs the build into a temporary prefix and checks what a desktop and a packager rely
# on: the executables run and print their version, the desktop file and the AppStream
# metadata validate, the icons and translations are where the desktop looks for them, and
# the application reads its translations from the installed directory.
set -eu
cmake=$1 build=$2 version=$3 lrelease=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; fail "cmake --install $build --prefix $prefix failed"; }

app=io.gatehouse.Gatehouse
for file in bin/gatehouse bin/gatehousectl \
    share/applications/$app.desktop share/metainfo/$app.metainfo.xml \
    share/icons/hicolor/scalable/apps/$app.svg \
    share/icons/hicolor/16x16/apps/$app.png share/icons/hicolor/32x32/apps/$app.png \
    share/icons/hicolor/48x48/apps/$app.png share/icons/hicolor/64x64/apps/$app.png \
    share/icons/hicolor/128x128/apps/$app.png share/icons/hicolor/256x256/apps/$app.png \
    share/gatehouse/translations/gatehouse_de.qm share/gatehouse/translations/gatehouse_fr.qm \
    share/gatehouse/translations/gatehouse_en.qm \
    share/doc/gatehouse/README.md share/doc/gatehouse/cli.md share/doc/gatehouse/copyright; do
    [ -s "$prefix/$file" ] || fail "$file is missing or empty under the install prefix"
done
for exe in gatehouse gatehousectl; do
    [ -x "$prefix/bin/$exe" ] || fail "bin/$exe is not executable"
done
for size in 16 32 48 64 128 256; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app.png
    # Bytes 16-23 of a PNG are its width and height, big-endian.
    dims=$(od -An -tx1 -j16 -N8 "$png" | tr -d ' \n')
    [ "$dims" = "$(printf '%08x%08x' "$size" "$size")" ] || fail "$png is not ${size}x${size} (header: $dims)"
done

out=$("$prefix/bin/gatehousectl" --version) || fail "gatehousectl --version exited with $?"
[ "$out" = "gatehousectl $version" ] || fail "gatehousectl --version printed '$out', expected 'gatehousectl $version'"
out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/gatehouse" --version) || fail "gatehouse --version exited with $?"
[ "$out" = "gatehouse $version" ] || fail "gatehouse --version printed '$out', expected 'gatehouse $version'"
help=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/gatehouse" --help) || fail "gatehouse --help exited with $?"
for option in --help --version --db --demo --page --select --view-as; do
    echo "$help" | grep -q -e "$option" || fail "gatehouse --help does not list $option"
done
help=$("$prefix/bin/gatehousectl" --help) || fail "gatehousectl --help exited with $?"
for word in --help --version import export access report; do
    echo "$help" | grep -q -e "$word" || fail "gatehousectl --help does not list $word"
done

command -v desktop-file-validate >/dev/null \
    || fail "desktop-file-validate is not installed (package desktop-file-utils; ./dev.sh installs it)"
desktop-file-validate "$prefix/share/applications/$app.desktop" \
    || fail "desktop-file-validate rejects $app.desktop"
grep -qx "Icon=$app" "$prefix/share/applications/$app.desktop" \
    || fail "the desktop file does not name the installed icon $app"
command -v appstreamcli >/dev/null \
    || fail "appstreamcli is not installed (package appstream; ./dev.sh installs it)"
appstreamcli validate --no-net "$prefix/share/metainfo/$app.metainfo.xml" \
    || fail "appstreamcli validate rejects $app.metainfo.xml"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$app.metainfo.xml" \
    || fail "the AppStream metadata has no release entry for version $version"

# Replace the installed German catalogue with one whose text cannot come from anywhere else:
# --help must show it, so the application reads share/gatehouse/translations of its prefix.
cat >"$work/marker.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Desktop console for datastore access control.</source>
        <translation>Installierter Katalog gelesen.</translation>
    </message>
</context>
</TS>
TS
"$lrelease" -silent "$work/marker.ts" -qm "$prefix/share/gatehouse/translations/gatehouse_de.qm" \
    || fail "lrelease could not build the test catalogue"
help=$(LANGUAGE=de LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen "$prefix/bin/gatehouse" --help 2>/dev/null) \
    || fail "gatehouse --help in German exited with $?"
echo "$help" | grep -q "Installierter Katalog gelesen." \
    || fail "gatehouse did not read share/gatehouse/translations/gatehouse_de.qm from its prefix: $help"

echo "install into $prefix: ok"
