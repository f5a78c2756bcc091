#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Gatehouse developer entry point: sets up what the build needs, builds, then runs.
#   ./dev.sh run [gatehouse options]   start the GUI on the default local database
#                                      (a demo organisation the first time)
#   ./dev.sh test                      build and run every test
#   ./dev.sh build                     set up and build only
#   ./dev.sh bench [options]           build and run the benchmarks (never part of test)
# BUILD_DIR (default: build) chooses the build directory.
set -euo pipefail

cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev
    qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libgl-dev
    xvfb xauth fonts-dejavu-core imagemagick poppler-utils libpq-dev libssl-dev libsqlite3-dev
    postgresql-15 desktop-file-utils appstream
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "dev.sh: installing ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

# Test-only protocol peers (an OpenID Connect provider, SCIM client libraries), pinned by
# tests/node/package-lock.json.
setup_node() {
    if ! command -v npm >/dev/null 2>&1; then
        echo "dev.sh: installing nodejs and npm"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
    fi
    if [ ! -f tests/node/node_modules/.package-lock.json ] \
        || [ tests/node/package-lock.json -nt tests/node/node_modules/.package-lock.json ]; then
        (cd tests/node && npm ci --no-audit --no-fund)
    fi
}

build() {
    setup
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGATEHOUSE_WERROR=ON
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
    run)
        build
        exec "$BUILD_DIR/app/gui/gatehouse" --demo "$@"
        ;;
    test)
        build
        setup_node
        cd "$BUILD_DIR"
        exec ctest --output-on-failure -j "$(nproc)" "$@"
        ;;
    build)
        build
        ;;
    bench)
        build
        exec "$BUILD_DIR/bench/gatehouse-bench" "$@"
        ;;
    *)
        echo "usage: ./dev.sh run|test|build|bench [options]" >&2
        exit 2
        ;;
esac
