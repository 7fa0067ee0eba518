#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Encryption benchmark (issue 8): the import benchmark of import-bench.sh, on a plain and on an
# encrypted workspace in the same run, interleaved so both see the same machine load.
#   A. commonplace-cli import of N generated FtM entities into a new workspace, plain
#   B. the same into a new encrypted workspace (init --encrypt)
#   C. opening each afterwards: `stats` on the plain one and on the encrypted one (stats reads
#      every statement, so every page is decrypted), and `stats` on an empty encrypted
#      workspace: the fixed cost of unlocking (the key derivation)
# The encrypted runs include one Argon2id key derivation per command (libsodium MODERATE:
# 3 passes, 256 MiB), as a user would pay it; --kdf interactive measures the page encryption
# alone. Each is run RUNS times (default 3); medians and the ratios encrypted/plain are printed,
# of wall time and of CPU time (user + system: less disturbed by other work on the machine).
# --baseline-build DIR also runs the encrypted import with DIR's CLI (an older build) in every
# run and prints the ratio this build / baseline: the cost of a change to the encryption layer.
#
#   tests/bench/encrypted-import-bench.sh [--entities N] [--runs R] [--build DIR] [--baseline-build DIR] [--kdf moderate|interactive] [--keep]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
entities=200000 runs=3 build=${COMMONPLACE_BUILD_DIR:-$root/build/release} keep=0 kdf=moderate baseline=
while [ $# -gt 0 ]; do
    case $1 in
    --entities) entities=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --baseline-build) baseline=$2; shift 2 ;;
    --kdf) kdf=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--entities N] [--runs R] [--build DIR] [--baseline-build DIR] [--kdf moderate|interactive] [--keep]" >&2; exit 2 ;;
    esac
done
cli=$build/app/cli/commonplace-cli
# The shipped CLI always uses the MODERATE cost; the test build of it (never installed) honours
# COMMONPLACE_TEST_KDF=interactive.
[ "$kdf" = interactive ] && cli=$build/app/cli/commonplace-cli-test
basecli=
if [ -n "$baseline" ]; then
    basecli=$baseline/app/cli/commonplace-cli
    [ "$kdf" = interactive ] && basecli=$baseline/app/cli/commonplace-cli-test
fi
for tool in "$cli" python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: missing $tool (build the release preset; apt-get install time)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/commonplace-enc-bench.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
data=$work/data.ijson
printf 'benchmark passphrase, not a secret\n' >"$work/pass.txt"
if [ "$kdf" = interactive ]; then export COMMONPLACE_TEST_KDF=interactive; else unset COMMONPLACE_TEST_KDF; fi
unset COMMONPLACE_PASSPHRASE

echo "Generating $entities entities..." >&2
python3 "$here/gen_ftm.py" --entities "$entities" --seed 7 --out "$data"
size=$(stat -c %s "$data")

timed() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "$label %e %M %U %S" -o "$work/time.$label" "$@" >/dev/null
    cat "$work/time.$label"
}

results=$work/results.txt
: >"$results"
for run in $(seq 1 "$runs"); do
    echo "Run $run/$runs" >&2
    rm -f "$work"/plain.commonplace* "$work"/enc.commonplace*
    "$cli" --workspace "$work/plain.commonplace" init >/dev/null
    "$cli" --workspace "$work/enc.commonplace" --passphrase-file "$work/pass.txt" init --encrypt >/dev/null
    timed plain "$cli" --workspace "$work/plain.commonplace" import "$data" --dataset bench >>"$results"
    timed encrypted "$cli" --workspace "$work/enc.commonplace" --passphrase-file "$work/pass.txt" \
        import "$data" --dataset bench >>"$results"
    if [ -n "$basecli" ]; then
        rm -f "$work"/base.commonplace*
        "$basecli" --workspace "$work/base.commonplace" --passphrase-file "$work/pass.txt" init --encrypt >/dev/null
        timed baseline "$basecli" --workspace "$work/base.commonplace" --passphrase-file "$work/pass.txt" \
            import "$data" --dataset bench >>"$results"
    fi
    timed open_plain "$cli" --workspace "$work/plain.commonplace" stats >>"$results"
    timed open_encrypted "$cli" --workspace "$work/enc.commonplace" --passphrase-file "$work/pass.txt" \
        stats >>"$results"
    rm -f "$work"/empty.commonplace*
    "$cli" --workspace "$work/empty.commonplace" --passphrase-file "$work/pass.txt" init --encrypt >/dev/null
    timed unlock_empty "$cli" --workspace "$work/empty.commonplace" --passphrase-file "$work/pass.txt" \
        stats >>"$results"
done
plain_size=$(stat -c %s "$work/plain.commonplace")
enc_size=$(stat -c %s "$work/enc.commonplace")

python3 - "$results" "$entities" "$size" "$kdf" "$plain_size" "$enc_size" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
entities, size, kdf = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
plain_size, enc_size = int(sys.argv[5]), int(sys.argv[6])
by = {}
for label, secs, kib, user, system in rows:
    by.setdefault(label, []).append((float(secs), int(kib), float(user) + float(system)))
def med(label):
    return statistics.median(s for s, _, _ in by[label]), max(k for _, k, _ in by[label]) / 1024
def cpu(label):
    return statistics.median(c for _, _, c in by[label])
p, pm = med("plain"); e, em = med("encrypted")
op, _ = med("open_plain"); oe, oem = med("open_encrypted"); ue, uem = med("unlock_empty")
print(f"input: {entities} entities, {size/1e6:.1f} MB of FtM JSON lines; key derivation: {kdf}")
print(f"runs: {len(by['plain'])} (medians; peak memory is the largest run)")
print(f"import plain       {p:7.2f} s   peak {pm:6.0f} MB")
print(f"import encrypted   {e:7.2f} s   peak {em:6.0f} MB")
print(f"ratio import encrypted/plain: {e/p:.2f}   (target <= 1.5)")
print(f"import CPU time (user+system): plain {cpu('plain'):.2f} s, encrypted {cpu('encrypted'):.2f} s, ratio {cpu('encrypted')/cpu('plain'):.2f}")
if "baseline" in by:
    b, _ = med("baseline")
    print(f"import encrypted, baseline build {b:7.2f} s (CPU {cpu('baseline'):.2f} s); this build / baseline: wall {e/b:.3f}, CPU {cpu('encrypted')/cpu('baseline'):.3f}")
print(f"open+stats plain     {op:6.2f} s")
print(f"open+stats encrypted {oe:6.2f} s   peak {oem:6.0f} MB")
print(f"ratio open encrypted/plain: {oe/op:.2f}")
print(f"unlock only (stats on an empty encrypted workspace) {ue:6.2f} s   peak {uem:6.0f} MB")
print(f"ratio open encrypted/plain without the unlock: {(oe-ue)/op:.2f}")
print(f"CPU time: open+stats plain {cpu('open_plain'):.2f} s, encrypted {cpu('open_encrypted'):.2f} s, unlock only {cpu('unlock_empty'):.2f} s; without the unlock {(cpu('open_encrypted')-cpu('unlock_empty'))/cpu('open_plain'):.2f}")
print(f"file size plain {plain_size/1e6:.1f} MB, encrypted {enc_size/1e6:.1f} MB ({enc_size/plain_size:.3f}x)")
PY
