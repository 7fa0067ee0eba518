#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one entry point for working on Commonplace on Debian 12: installs what the build needs,
# builds, runs the app, runs the tests, builds the .deb, fuzzes and benchmarks.
# Run `packaging/dev.sh --help` for the commands. Works from any directory.
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$script_dir/.." && pwd)
cd "$root"

# ---------------------------------------------------------------------------------------------
# Debian 12 packages. This is the single source of truth for what a machine needs; the README,
# CI and the Flatpak manifest's comments point here.

# To configure, build and link everything (core, ui, app, tests).
build_packages=(
  build-essential cmake ninja-build ccache pkg-config git dpkg-dev file
  qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 qt6-translations-l10n libgl-dev
  libsqlite3-dev sqlite3 libboost-graph-dev libicu-dev libsimdjson-dev libsodium-dev
  libarchive-dev libxlsxwriter-dev
  libcli11-dev libfmt-dev catch2
  python3 python3-networkx
)
# So names in Arabic, Hebrew, Devanagari, Cyrillic, Chinese, Japanese and Korean render instead
# of showing boxes. fonts-noto-core covers the non-CJK scripts (12 MB download);
# fonts-wqy-microhei covers CJK including kana and Hangul in 1.6 MB, where fonts-noto-cjk
# would cost 56 MB to download and 91 MB on disk for the same coverage at screen sizes.
font_packages=(fonts-noto-core fonts-wqy-microhei)
# For tests that need a real X server or compare screenshots, and the packaging checks
# (packaging/CMakeLists.txt validates the .desktop and metainfo files).
test_packages=(xvfb xauth imagemagick desktop-file-utils appstream)
# For `dev.sh bench` only: GNU time for peak memory (the reference tools come with the build
# packages: the sqlite3 shell; later issues add python3-igraph).
bench_packages=(time python3-igraph)
# For `dev.sh fuzz` only: clang with libFuzzer and the sanitizer runtimes.
fuzz_packages=(clang libclang-rt-14-dev)

# ---------------------------------------------------------------------------------------------

say() { printf '==> %s\n' "$*"; }
warn() { printf 'dev.sh: warning: %s\n' "$*" >&2; }
die() {
  printf 'dev.sh: error: %s\n' "$*" >&2
  exit 1
}

usage() {
  cat <<'EOF'
Usage: packaging/dev.sh COMMAND [ARGS...]

Commands:
  run [ARGS...]    install missing Debian packages, build the release preset and start the app
                   (ARGS are passed to build/release/app/commonplace)
  test [CTEST...]  install, build the release preset and run the whole test suite with ctest
                   (extra arguments go to ctest, e.g. `test -R store`)
  deb              build the release preset and package it as a .deb (prints its path)
  fuzz [SECONDS]   build the fuzz preset (clang + libFuzzer) and run every fuzz target for
                   SECONDS each (default 60), seeded from tests/fuzz/corpus/<name>
  bench            build the release preset and run tests/bench/run-all.sh
  deps             only install the missing Debian packages
  -h, --help       show this help

Packages are installed with apt-get (through sudo when not root) only when dpkg reports
them missing. Build trees live in build/<preset>.
EOF
}

# Prints the packages among "$@" that dpkg does not report as installed, one per line.
missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == *" installed" ]] || printf '%s\n' "$pkg"
  done
}

ensure_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    warn "dpkg-query not found: not a Debian system, so installing nothing."
    warn "make sure the equivalents of these Debian 12 packages are present: $*"
    return 0
  fi

  local missing=()
  mapfile -t missing < <(missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    say "All $# required Debian packages are installed"
    return 0
  fi

  say "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
  local as_root=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 ||
      die "not root and sudo is not available; as root run: apt-get install ${missing[*]}"
    # Without a terminal sudo cannot ask for a password: fail at once rather than hang.
    if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
  fi
  local apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
  "${apt[@]}" update || warn "apt-get update failed; trying to install from the current lists"
  "${apt[@]}" install -y "${missing[@]}" </dev/null ||
    die "could not install: ${missing[*]}"

  mapfile -t missing < <(missing_packages "$@")
  ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
}

build_preset() {
  local preset=$1
  say "Configuring (cmake --preset $preset)"
  cmake --preset "$preset"
  say "Building (cmake --build --preset $preset)"
  cmake --build --preset "$preset"
}

cmd_deps() {
  ensure_packages "${build_packages[@]}" "${font_packages[@]}" "${test_packages[@]}"
}

cmd_run() {
  ensure_packages "${build_packages[@]}" "${font_packages[@]}"
  build_preset release
  # app/CMakeLists.txt may put the GUI in app/ or in app/gui/; take whichever the build made.
  local app candidate
  for candidate in build/release/app/commonplace build/release/app/gui/commonplace; do
    if [[ -x $candidate ]]; then
      app=$candidate
      break
    fi
  done
  [[ -n ${app:-} ]] || die "the build produced no build/release/app/commonplace (is COMMONPLACE_BUILD_UI on?)"
  say "Starting $app${*:+ $*}"
  exec "$root/$app" "$@"
}

cmd_test() {
  ensure_packages "${build_packages[@]}" "${font_packages[@]}" "${test_packages[@]}"
  build_preset release

  # The test registration sets these per test; this covers anything registered by hand and
  # machines (CI) that have neither a display nor a locale.
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
  fi
  if [[ -z ${LANG:-} || ${LANG:-} == C || ${LANG:-} == POSIX ]]; then
    export LANG=C.UTF-8
  fi

  say "Running tests (ctest --preset release --output-on-failure -j2${*:+ $*})"
  local log status
  log=$(mktemp)
  # A test suite that finds no tests is a broken build, not a pass.
  set +e
  ctest --preset release --output-on-failure -j2 --no-tests=error "$@" </dev/null 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e

  # ctest follows its summary with the list of failures; repeat the summary as the last line.
  local summary
  summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1 || true)
  rm -f "$log"
  echo
  if [[ -n $summary ]]; then
    printf '%s\n' "$summary"
  else
    printf 'ctest printed no summary (exit status %d)\n' "$status"
  fi
  exit "$status"
}

cmd_deb() {
  ensure_packages "${build_packages[@]}" "${font_packages[@]}"
  build_preset release
  say "Packaging (cpack -G DEB in build/release)"
  rm -f build/release/*.deb
  (cd build/release && cpack -G DEB)
  local debs=()
  mapfile -t debs < <(find build/release -maxdepth 1 -name '*.deb' -type f)
  ((${#debs[@]} > 0)) || die "cpack produced no .deb in build/release"
  local deb
  for deb in "${debs[@]}"; do
    say "Built $root/${deb}"
    dpkg-deb --field "$deb" Package Version Depends
  done
}

cmd_fuzz() {
  local seconds=${1:-60}
  [[ $seconds =~ ^[1-9][0-9]*$ ]] || die "fuzz: SECONDS must be a positive whole number, got '$seconds'"

  ensure_packages "${build_packages[@]}" "${fuzz_packages[@]}"
  build_preset fuzz

  local dir=build/fuzz/tests/fuzz
  [[ -d $dir ]] || die "no $dir after building the fuzz preset (is tests/fuzz wired into CMake?)"
  local targets=()
  mapfile -t targets < <(find "$dir" -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x | sort)
  ((${#targets[@]} > 0)) || die "no fuzz_* executables in $dir"

  local target name short work artifacts failed=()
  for target in "${targets[@]}"; do
    name=${target##*/}
    short=${name#fuzz_}
    # libFuzzer writes new inputs to its first corpus directory: keep those in the build tree
    # and use the committed corpus read-only as seeds.
    work=build/fuzz/corpus/$short
    artifacts=build/fuzz/artifacts/$short
    mkdir -p "$work" "$artifacts"
    local corpora=("$work")
    if [[ -d tests/fuzz/corpus/$short ]]; then
      corpora+=("tests/fuzz/corpus/$short")
    else
      warn "no seed corpus at tests/fuzz/corpus/$short; $name starts from nothing"
    fi

    say "Fuzzing $name for ${seconds}s (crashes go to $artifacts/)"
    if "$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "${corpora[@]}" </dev/null; then
      say "$name: no crash in ${seconds}s"
    else
      warn "$name failed; reproduce with: $target $artifacts/<crash-file>"
      failed+=("$name")
    fi
  done

  echo
  if ((${#failed[@]} > 0)); then
    die "fuzzed ${#targets[@]} target(s); ${#failed[@]} failed: ${failed[*]}"
  fi
  say "Fuzzed ${#targets[@]} target(s); none failed"
}

cmd_bench() {
  ensure_packages "${build_packages[@]}" "${font_packages[@]}" "${bench_packages[@]}"
  build_preset release
  local runner=tests/bench/run-all.sh
  if [[ ! -f $runner ]]; then
    say "No $runner yet; nothing to benchmark"
    return 0
  fi
  say "Running $runner"
  COMMONPLACE_BUILD_DIR="$root/build/release" exec bash "$runner" "$@"
}

main() {
  local command=${1:-}
  if (($# > 0)); then shift; fi
  case $command in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    deb) cmd_deb "$@" ;;
    fuzz) cmd_fuzz "$@" ;;
    bench) cmd_bench "$@" ;;
    deps) cmd_deps "$@" ;;
    -h | --help | help) usage ;;
    "")
      usage >&2
      exit 2
      ;;
    *)
      printf 'dev.sh: unknown command: %s\n\n' "$command" >&2
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
