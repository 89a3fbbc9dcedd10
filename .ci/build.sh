#!/usr/bin/env bash
# One script behind the README's two commands and CI:
#   bash .ci/build.sh app    install what is missing, build, open the app on its default example
#   bash .ci/build.sh test   install what is missing, build, run the whole test suite
#   bash .ci/build.sh deps | build
# Works as root or as a user with sudo, on a fresh Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ make qt6-base-dev qt6-svg-dev qt6-qpa-plugins libqcustomplot-dev
          libqcustomplot2.1-qt6 libyaml-cpp-dev libgl-dev fonts-dejavu-core xvfb xauth
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools fonts-noto-cjk)
BUILD_DIR=${SCALELAB_BUILD_DIR:-build}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$BUILD_DIR" -j2
}

case "${1:-}" in
deps) deps ;;
build) deps; build ;;
app)
    deps; build
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$BUILD_DIR/scalelab"
    fi
    echo "No display found: running the default example headless instead of opening the window."
    exec "$BUILD_DIR/scalelab" run examples/04-load-balancer.yaml
    ;;
test)
    deps; build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 900
    ;;
*)
    echo "usage: bash .ci/build.sh app|test|deps|build" >&2
    exit 1
    ;;
esac
