#!/usr/bin/env bash
# Whole-process benchmark of `helpsite build` on generated sites.
#
#   bash benches/run.sh                          # N = 250 1000 5000 articles (1k, 4k, 20k pages)
#   SIZES="250 1000" RUNS=10 bash benches/run.sh # other sizes, more runs
#
# For each N, the script generates N articles x 4 locales (`gen-corpus`, seed 1) into
# $WORK/N/site (WORK defaults to /dev/shm/helpsite-bench, a tmpfs, so the disk is not what is
# measured), checks it with `helpsite check --strict` (a benchmark of a site with warnings is
# not a benchmark of a real site), then measures, with the release binary:
#   wall time      hyperfine (no shell in between): median of $RUNS runs after one warm-up run,
#                  each run building into an empty output folder (`--prepare 'rm -rf OUT'`,
#                  not timed)
#   CPU time       user + sys from /usr/bin/time -v, median of 3 runs
#   peak RSS       "Maximum resident set size" from /usr/bin/time -v, median of the same 3 runs
#   floor          `cp -r` of the finished output tree into a new folder, median of $RUNS runs:
#                  no build can write the same files faster
# and prints a markdown table (also saved as $WORK/results.md). When the binary has a search
# index (`build --no-search` exists), each N is measured twice: without the index
# (`--no-search`) and with it (the default); otherwise once, "search index: no".
#
# Needs hyperfine and GNU time: installed with apt-get when missing (as root). Run it on a quiet
# machine: nothing else building, since a 2-core machine has no core to spare.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"250 1000 5000"}
RUNS=${RUNS:-5}
WORK=${WORK:-/dev/shm/helpsite-bench}
SEED=${SEED:-1}
# COMMIT: how to name the code in the table's title (default: git's HEAD, "+changes" if edited)

install() { # Debian packages
    echo "--- apt-get install $*" >&2
    apt-get update -qq >&2 && apt-get install -y -qq "$@" >&2
}
command -v hyperfine >/dev/null 2>&1 || install hyperfine
[ -x /usr/bin/time ] || install time

echo "--- cargo build --release (helpsite, gen-corpus)" >&2
cargo build --release --bin helpsite --example gen-corpus >&2
target_dir=$(cargo metadata --format-version 1 --no-deps | grep -o '"target_directory":"[^"]*"' | cut -d'"' -f4)
BIN="$target_dir/release/helpsite"
GEN="$target_dir/release/examples/gen-corpus"

# Builds without and with the search index, when this helpsite has one (`--no-search`).
if "$BIN" build --help | grep -q -- --no-search; then
    search_supported=yes
    variants=(no yes)
else
    search_supported=no
    variants=(no)
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$WORK"
rows=()
for n in $SIZES; do
    dir="$WORK/$n"
    site="$dir/site"
    out="$dir/public"
    copy="$dir/copy"
    mkdir -p "$dir"
    echo "--- N = $n: generate, check" >&2
    "$GEN" --articles "$n" --out "$site" --seed "$SEED" >&2
    "$BIN" check --root "$site" --strict >"$dir/check.log" 2>&1 || {
        cat "$dir/check.log" >&2
        echo "the generated site does not pass check --strict" >&2
        exit 1
    }

    for variant in "${variants[@]}"; do
        case "$variant" in
        no) flags=(--no-search) ;;
        *) flags=() ;;
        esac
        [ "$search_supported" = yes ] || flags=()
        build="'$BIN' build --root '$site' --out '$out' ${flags[*]}"
        echo "--- N = $n, search index $variant: helpsite build, $RUNS runs" >&2
        hyperfine -N --style basic --warmup 1 --runs "$RUNS" --prepare "rm -rf '$out'" \
            --export-csv "$dir/build-$variant.csv" "$build" >&2
        wall=$(awk -F, 'NR == 2 { print $4 }' "$dir/build-$variant.csv")

        : >"$dir/cpu.txt"
        : >"$dir/rss.txt"
        for i in 1 2 3; do
            rm -rf "$out"
            /usr/bin/time -v "$BIN" build --root "$site" --out "$out" "${flags[@]}" \
                2>"$dir/time-$variant.$i.txt" >/dev/null
            awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 }
                END { print u + s }' "$dir/time-$variant.$i.txt" >>"$dir/cpu.txt"
            awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$dir/time-$variant.$i.txt" >>"$dir/rss.txt"
        done
        cpu=$(median <"$dir/cpu.txt")
        rss=$(median <"$dir/rss.txt")
        pages=$(grep -o 'Built [0-9]* pages' "$dir/time-$variant.1.txt" | grep -o '[0-9]*' || echo "?")
        files=$(find "$out" -type f | wc -l)
        megabytes=$(du -sm "$out" | cut -f1)

        echo "--- N = $n, search index $variant: cp -r of the output ($files files), $RUNS runs" >&2
        hyperfine -N --style basic --warmup 1 --runs "$RUNS" --prepare "rm -rf '$copy'" \
            --export-csv "$dir/cp-$variant.csv" "cp -r '$out' '$copy'" >&2
        rm -rf "$copy"
        floor=$(awk -F, 'NR == 2 { print $4 }' "$dir/cp-$variant.csv")

        rows+=("$(awk -v n="$n" -v search="$variant" -v pages="$pages" -v files="$files" \
            -v mb="$megabytes" -v wall="$wall" -v cpu="$cpu" -v rss="$rss" -v floor="$floor" 'BEGIN {
            printf "| %d | %s | %s | %d | %d MB | %.3f s | %.2f s | %.0f MB | %.3f s | %.1fx |",
                n, search, pages, files, mb, wall, cpu, rss, floor, wall / floor }')")
    done
done

if [ -z "${COMMIT:-}" ]; then
    COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
    git diff --quiet HEAD -- src templates 2>/dev/null || COMMIT="$COMMIT+changes"
fi
{
    echo
    echo "helpsite build, whole process ($COMMIT; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); output on $(df --output=fstype "$WORK" | tail -1))"
    echo "wall: median of $RUNS runs (hyperfine); CPU (user+sys) and peak RSS: median of 3 runs (/usr/bin/time -v)"
    echo
    echo "| articles | search index | pages | files | output | build wall | CPU user+sys | peak RSS | cp -r (floor) | build / cp |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
} | tee "$WORK/results.md"
