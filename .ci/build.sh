#!/usr/bin/env bash
# One script behind the README's two commands and CI:
#   bash .ci/build.sh app    install what is missing, build, open the app on its default example
#   bash .ci/build.sh test   install what is missing, build, run the whole test suite
#   bash .ci/build.sh sanitize   the test suite under AddressSanitizer + UBSan (build-asan/)
#   bash .ci/build.sh fuzz [SECONDS]   libFuzzer on the scenario reader (build-fuzz/, clang-14)
#   bash .ci/build.sh deps | build
# docs/testing.md says what each runs and how long it takes.
# Works as root or as a user with sudo, on a fresh Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ make qt6-base-dev qt6-svg-dev qt6-qpa-plugins libqcustomplot-dev
          libqcustomplot2.1-qt6 libyaml-cpp-dev libgl-dev fonts-dejavu-core xvfb xauth
          poppler-utils clang-14 libclang-rt-14-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools fonts-noto-cjk libgif-dev dpkg-dev help2man
          desktop-file-utils appstream)
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

LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}"
    cmake --build "$BUILD_DIR" -j2
}

# GCC's ASan + UBSan at -O1: much faster than -O0, and the stack traces stay readable.
# -g1 (functions and line tables, no variable info): a report still names file and line,
# and the build, the longest step of CI, compiles and links less.
# Every report is fatal: UBSan does not recover, ASan halts.
SANITIZE_DIR=${SCALELAB_SANITIZE_DIR:-build-asan}
SANITIZE_FLAGS="-O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=0:detect_stack_use_after_return=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

sanitize() {
    cmake -S . -B "$SANITIZE_DIR" -DCMAKE_BUILD_TYPE=Debug "${LAUNCHER[@]}" \
        -DCMAKE_CXX_FLAGS="$SANITIZE_FLAGS" -DCMAKE_CXX_FLAGS_DEBUG="-g1" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
    cmake --build "$SANITIZE_DIR" -j2
    cd "$SANITIZE_DIR"
    # package_contents packages the build's binary: nothing for the sanitizers to find there.
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 1800 -E package_contents \
        ${SCALELAB_SANITIZE_TESTS:+-R "$SCALELAB_SANITIZE_TESTS"}
}

# libFuzzer needs clang. Only the model (the reader) and the fuzz target are built.
FUZZ_DIR=${SCALELAB_FUZZ_DIR:-build-fuzz}

fuzz() {
    local seconds=${1:-60}
    cmake -S . -B "$FUZZ_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DSCALELAB_FUZZ=ON "${LAUNCHER[@]}"
    cmake --build "$FUZZ_DIR" -j2 --target fuzz_scenario
    # New inputs go to a scratch corpus; the committed seeds (tests/fuzz/corpus) stay as
    # they are. A crash is saved as $FUZZ_DIR/crash-* and fails the job.
    mkdir -p "$FUZZ_DIR/corpus"
    ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 \
        "$FUZZ_DIR/tests/fuzz_scenario" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$FUZZ_DIR/" "$FUZZ_DIR/corpus" tests/fuzz/corpus
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
sanitize) deps; sanitize ;;
fuzz) deps; fuzz "${2:-60}" ;;
*)
    echo "usage: bash .ci/build.sh app|test|sanitize|fuzz [SECONDS]|deps|build" >&2
    exit 1
    ;;
esac
