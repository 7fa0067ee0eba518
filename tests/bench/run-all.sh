#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark of the project against the release build and prints its figures.
# `packaging/dev.sh bench` builds the release preset and calls this. Results go to
# docs/performance.md by hand, with the date and the machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export COMMONPLACE_BUILD_DIR=${COMMONPLACE_BUILD_DIR:-$(cd "$here/../.." && pwd)/build/release}
echo "== Import/export against the SQLite floor (tests/bench/import-bench.sh)"
bash "$here/import-bench.sh" "$@"
echo
echo "== Graph analyses against python3-igraph (tests/bench/graph-bench.sh)"
bash "$here/graph-bench.sh"
