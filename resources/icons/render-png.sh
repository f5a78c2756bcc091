#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon's PNG sizes from io.gatehouse.Gatehouse.svg into the
# hicolor layout the install step copies. Run again after changing the SVG; the PNGs are
# kept in the repository so a build needs no SVG renderer.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    dir="hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert -w "$size" -h "$size" io.gatehouse.Gatehouse.svg -o "$dir/io.gatehouse.Gatehouse.png"
    else
        convert -background none -density 384 io.gatehouse.Gatehouse.svg -resize "${size}x${size}" \
            "$dir/io.gatehouse.Gatehouse.png"
    fi
    # Drop timestamps and other chunks so a re-render of an unchanged SVG changes no bytes.
    convert "$dir/io.gatehouse.Gatehouse.png" -strip "PNG32:$dir/io.gatehouse.Gatehouse.png"
done
