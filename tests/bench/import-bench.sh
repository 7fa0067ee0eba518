#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import/export benchmark (issue: foundation). In one run, on the same machine:
#   A. commonplace-cli import of N generated FtM entities (default 200,000 ≈ 1,000,000 values)
#   B. the physical floor for SQLite: the same statement rows as CSV loaded with the sqlite3
#      shell into an unindexed table, then the same indexes built
#   C. commonplace-cli export of the workspace back to FtM JSON lines
# Each is run RUNS times (default 3); medians of wall and CPU time (user + system), peak
# memory and the ratio A/B are printed. The machine's load average is printed before and after:
# on a shared machine wall time follows the load, CPU time much less.
# --baseline DIR also runs DIR's commonplace-cli import in every run (interleaved with this
# build's, same input), to compare two builds under the same load.
#
# --input FILE reuses a file gen_ftm.py wrote before (same --entities, seed 7) instead of
# generating it again.
#
#   tests/bench/import-bench.sh [--entities N] [--runs R] [--build DIR] [--baseline DIR]
#                               [--input FILE] [--keep]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
entities=200000 runs=3 build=${COMMONPLACE_BUILD_DIR:-$root/build/release} keep=0 baseline= input=
while [ $# -gt 0 ]; do
    case $1 in
    --entities) entities=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --input) input=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--entities N] [--runs R] [--build DIR] [--baseline DIR] [--input FILE] [--keep]" >&2; exit 2 ;;
    esac
done
cli=$build/app/cli/commonplace-cli
base_cli=${baseline:+$baseline/app/cli/commonplace-cli}
for tool in "$cli" $base_cli sqlite3 python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: missing $tool (build the release preset; apt-get install sqlite3 time)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/commonplace-bench.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
data=$work/data.ijson

if [ -n "$input" ]; then
    data=$input
else
    echo "Generating $entities entities..." >&2
    python3 "$here/gen_ftm.py" --entities "$entities" --seed 7 --out "$data"
fi
size=$(stat -c %s "$data")

# /usr/bin/time -f: elapsed seconds, user and system CPU seconds, peak resident KiB.
timed() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "$label %e %U %S %M" -o "$work/time.$label" "$@" >/dev/null
    cat "$work/time.$label"
}

results=$work/results.txt
: >"$results"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
    echo "Run $run/$runs" >&2
    if [ -n "$base_cli" ]; then
        rm -f "$work"/base.commonplace*
        "$base_cli" --workspace "$work/base.commonplace" init >/dev/null
        timed baseline "$base_cli" --workspace "$work/base.commonplace" import "$data" --dataset bench >>"$results"
        rm -f "$work"/base.commonplace*
    fi
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

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$results" "$entities" "${statements:-0}" "$size" "$load_before" "$load_after" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
entities, statements, size = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
by = {}
for label, secs, user, system, kib in rows:
    by.setdefault(label, []).append((float(secs), float(user) + float(system), int(kib)))
def med(label):
    runs = by[label]
    return (statistics.median(s for s, _, _ in runs), statistics.median(c for _, c, _ in runs),
            max(k for _, _, k in runs) / 1024)
imp, imp_cpu, imp_mem = med("import")
flo, flo_cpu, flo_mem = med("floor")
exp, exp_cpu, exp_mem = med("export")
print(f"input: {entities} entities, {statements} statements, {size/1e6:.1f} MB of FtM JSON lines")
print(f"runs: {len(by['import'])} (medians; peak memory is the largest run)")
print(f"load average (1, 5, 15 min): before {sys.argv[5]}, after {sys.argv[6]}")
print(f"import  (commonplace-cli)  {imp:7.2f} s   cpu {imp_cpu:6.2f} s   {statements/imp:10.0f} statements/s   peak {imp_mem:6.0f} MB")
if "baseline" in by:
    base, base_cpu, base_mem = med("baseline")
    print(f"import  (--baseline)       {base:7.2f} s   cpu {base_cpu:6.2f} s   {statements/base:10.0f} statements/s   peak {base_mem:6.0f} MB")
print(f"floor   (sqlite3 .import)  {flo:7.2f} s   cpu {flo_cpu:6.2f} s   {statements/flo:10.0f} statements/s   peak {flo_mem:6.0f} MB")
print(f"export  (commonplace-cli)  {exp:7.2f} s   cpu {exp_cpu:6.2f} s   {statements/exp:10.0f} statements/s   peak {exp_mem:6.0f} MB")
print(f"ratio import/floor: {imp/flo:.2f} wall, {imp_cpu/flo_cpu:.2f} cpu   (target <= 2)")
if "baseline" in by:
    print(f"ratio baseline/floor: {base/flo:.2f} wall, {base_cpu/flo_cpu:.2f} cpu")
    print(f"ratio import/baseline: {imp/base:.2f} wall, {imp_cpu/base_cpu:.2f} cpu")
print(f"ratio export/import: {exp/imp:.2f}  (target <= 1)")
for label in sorted(by):
    print(f"  {label:9s} " + "  ".join(f"{s:.2f}s/{c:.2f}cpu" for s, c, _ in by[label]))
PY
