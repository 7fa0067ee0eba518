#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import/export benchmark (issue: foundation). In one run, on the same machine:
#   A. commonplace-cli import of N generated FtM entities (default 200,000 ≈ 1,000,000 values)
#   B. the physical floor for SQLite: the same statement rows as CSV loaded with the sqlite3
#      shell into an unindexed table, then the same indexes built
#   C. commonplace-cli export of the workspace back to FtM JSON lines
# Each is run RUNS times (default 3); medians, peak memory and the ratio A/B are printed.
#
#   tests/bench/import-bench.sh [--entities N] [--runs R] [--build DIR] [--keep]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
entities=200000 runs=3 build=${COMMONPLACE_BUILD_DIR:-$root/build/release} keep=0
while [ $# -gt 0 ]; do
    case $1 in
    --entities) entities=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--entities N] [--runs R] [--build DIR] [--keep]" >&2; exit 2 ;;
    esac
done
cli=$build/app/cli/commonplace-cli
for tool in "$cli" sqlite3 python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: missing $tool (build the release preset; apt-get install sqlite3 time)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/commonplace-bench.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
data=$work/data.ijson

echo "Generating $entities entities..." >&2
python3 "$here/gen_ftm.py" --entities "$entities" --seed 7 --out "$data"
size=$(stat -c %s "$data")

# /usr/bin/time -f: elapsed seconds and peak resident KiB.
timed() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "$label %e %M" -o "$work/time.$label" "$@" >/dev/null
    cat "$work/time.$label"
}

results=$work/results.txt
: >"$results"
for run in $(seq 1 "$runs"); do
    echo "Run $run/$runs" >&2
    rm -f "$work"/ws.commonplace*
    "$cli" --workspace "$work/ws.commonplace" init >/dev/null
    timed import "$cli" --workspace "$work/ws.commonplace" import "$data" --dataset bench >>"$results"
    timed export "$cli" --workspace "$work/ws.commonplace" export "$work/out.ijson" --format ftm >>"$results"

    # The floor: the same statement rows, as CSV, into an unindexed table, then the indexes.
    if [ "$run" = 1 ]; then
        sqlite3 "$work/ws.commonplace" -csv \
            "SELECT id, hex(hash), entity_id, prop, value, ref, lang, dataset_id, source_id, first_seen, last_seen, sensitivity FROM statement" \
            >"$work/statements.csv"
        statements=$(wc -l <"$work/statements.csv")
    fi
    rm -f "$work"/floor.db*
    cat >"$work/floor.sql" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA cache_size=-262144;
CREATE TABLE statement (id INTEGER PRIMARY KEY, hash BLOB NOT NULL, entity_id INTEGER NOT NULL,
  prop TEXT NOT NULL, value TEXT NOT NULL, ref INTEGER NOT NULL DEFAULT 0, lang TEXT,
  dataset_id INTEGER NOT NULL, source_id INTEGER, first_seen TEXT, last_seen TEXT,
  sensitivity INTEGER NOT NULL DEFAULT 0);
.import --csv $work/statements.csv statement
CREATE UNIQUE INDEX statement_hash ON statement(hash);
CREATE INDEX statement_entity ON statement(entity_id);
CREATE INDEX statement_ref ON statement(value) WHERE ref = 1;
SQL
    timed floor sqlite3 "$work/floor.db" ".read $work/floor.sql" >>"$results"
done

python3 - "$results" "$entities" "${statements:-0}" "$size" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
entities, statements, size = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
by = {}
for label, secs, kib in rows:
    by.setdefault(label, []).append((float(secs), int(kib)))
def med(label):
    return statistics.median(s for s, _ in by[label]), max(k for _, k in by[label]) / 1024
imp, imp_mem = med("import")
flo, flo_mem = med("floor")
exp, exp_mem = med("export")
print(f"input: {entities} entities, {statements} statements, {size/1e6:.1f} MB of FtM JSON lines")
print(f"runs: {len(by['import'])} (medians; peak memory is the largest run)")
print(f"import  (commonplace-cli)  {imp:7.2f} s   {statements/imp:10.0f} statements/s   peak {imp_mem:6.0f} MB")
print(f"floor   (sqlite3 .import)  {flo:7.2f} s   {statements/flo:10.0f} statements/s   peak {flo_mem:6.0f} MB")
print(f"export  (commonplace-cli)  {exp:7.2f} s   {statements/exp:10.0f} statements/s   peak {exp_mem:6.0f} MB")
print(f"ratio import/floor: {imp/flo:.2f}   (target <= 2)")
print(f"ratio export/import: {exp/imp:.2f}  (target <= 1)")
PY
