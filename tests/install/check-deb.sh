#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh CPACK BUILD_DIR VERSION
# Builds the Debian package with CPack, checks its control fields and contents, unpacks it
# and runs the executables from the unpacked tree.
set -eu
cpack=$1 build=$2 version=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v dpkg-deb >/dev/null || fail "dpkg-deb is not installed"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is not installed (package dpkg-dev)"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }

deb=$work/out/gatehouse_${version}_$(dpkg --print-architecture).deb
[ -s "$deb" ] || { ls -l "$work/out" >&2; fail "cpack did not write $(basename "$deb")"; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = gatehouse ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = admin ] || fail "Section is '$(field Section)', expected admin"
echo "$(field Maintainer)" | grep -q '^[^<]\+ <[^@>]\+@[^>]\+>$' \
    || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
depends=$(field Depends)
# From dpkg-shlibdeps (the libraries the executables link) and from the hand-written list
# (the plug-ins loaded at run time).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libpq5 \
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$package" \
        || fail "Depends lacks $package: $depends"
done
description=$(field Description)
[ "$(echo "$description" | head -n1)" = "Desktop console for datastore access control" ] \
    || fail "Description's first line is '$(echo "$description" | head -n1)'"
echo "$description" | sed -n 2p | grep -q '^ Gatehouse shows' \
    || fail "Description's long part does not start under the synopsis: $description"

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
app=io.gatehouse.Gatehouse
for file in ./usr/bin/gatehouse ./usr/bin/gatehousectl \
    ./usr/share/applications/$app.desktop ./usr/share/metainfo/$app.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app.svg ./usr/share/icons/hicolor/48x48/apps/$app.png \
    ./usr/share/gatehouse/translations/gatehouse_de.qm ./usr/share/gatehouse/translations/gatehouse_fr.qm \
    ./usr/share/gatehouse/translations/gatehouse_en.qm \
    ./usr/share/doc/gatehouse/copyright ./usr/share/doc/gatehouse/README.md; do
    echo "$contents" | grep -qx "$file" || fail "the package does not contain $file"
done

dpkg-deb -x "$deb" "$work/root" || fail "dpkg-deb -x failed"
out=$("$work/root/usr/bin/gatehousectl" --version) || fail "the packaged gatehousectl --version exited with $?"
[ "$out" = "gatehousectl $version" ] || fail "the packaged gatehousectl --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/gatehouse" --version) \
    || fail "the packaged gatehouse --version exited with $?"
[ "$out" = "gatehouse $version" ] || fail "the packaged gatehouse --version printed '$out'"

echo "$(basename "$deb"): ok"
