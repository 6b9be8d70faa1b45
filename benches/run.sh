#!/usr/bin/env bash
# Whole-process benchmark of `helpsite build` on generated sites, side by side with its peers.
#
#   bash benches/run.sh                          # N = 250 1000 5000 articles (1k, 4k, 20k pages)
#   SIZES="250 1000" RUNS=10 bash benches/run.sh # other sizes, more runs
#   PEERS=0 bash benches/run.sh                  # helpsite alone (no Hugo, no Pagefind)
#
# For each N, the script generates N articles x 4 locales (`gen-corpus`, seed 1) into
# $WORK/N/site (WORK defaults to /dev/shm/helpsite-bench, a tmpfs, so the disk is not what is
# measured) and checks it with `helpsite check --strict` (a benchmark of a site with warnings is
# not a benchmark of a real site). With PEERS=1 (the default) it also writes the same corpus as a
# Hugo site into $WORK/N/hugo (`gen-corpus --layout hugo`: the same articles, categories and words
# in the same four languages, the same kinds of pages; see benches/corpus/hugo.rs).
#
# The tools, each building into an empty folder on the tmpfs (removed before each run, not timed):
#   helpsite pages   `helpsite build --no-search`
#   Hugo             `hugo` (Debian's package), pages only: Hugo has no search of its own
#   helpsite search  `helpsite build`: pages and the Pagefind index, in one process
#   Hugo + Pagefind  `hugo`, then the Pagefind CLI (PyPI's pagefind-bin-extended) over Hugo's
#                    output: what a Hugo user runs for search
#   cp -r            `cp -r` of helpsite's finished output into a new folder: no build can write
#                    the same files faster (a floor)
# They run interleaved: one run of each in turn, round after round (`hyperfine --runs 1` per tool
# and round), so a noisy moment on the machine hits every tool rather than all runs of one.
# Measured, with the release binary:
#   wall time      hyperfine (no shell in between): median of $RUNS rounds after one warm-up
#                  round
#   CPU time       user + sys from /usr/bin/time -v, median of 3 interleaved rounds
#   peak RSS       "Maximum resident set size" from /usr/bin/time -v, median of the same 3 rounds
#                  (Hugo + Pagefind: the larger of the two processes, which run one after the other)
# It prints two markdown tables (also saved as $WORK/results.md): every tool's numbers, and the
# ratios issue 13 sets targets for, with the share of the CPU other processes took meanwhile
# (a machine shared with other work gives noisy numbers; that column says how noisy). When the binary has no search index (`build --no-search` is
# missing), only the pages-only rows are measured.
#
# Needs hyperfine, GNU time and, with PEERS=1, hugo (installed with apt-get when missing, as
# root) and the Pagefind CLI ($PAGEFIND; otherwise pip downloads pagefind-bin-extended
# $PAGEFIND_VERSION into $TOOLS and the binary is taken out of the wheel). Never part of
# `cargo test` or CI. Run it on a quiet machine: nothing else building, since a 2-core machine
# has no core to spare.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"250 1000 5000"}
RUNS=${RUNS:-5}
WORK=${WORK:-/dev/shm/helpsite-bench}
SEED=${SEED:-1}
PEERS=${PEERS:-1}
PAGEFIND_VERSION=${PAGEFIND_VERSION:-1.5.2}
# COMMIT: how to name the code in the table's title (default: git's HEAD, "+changes" if edited)
# HUGO, PAGEFIND: the peers' binaries (default: `hugo` on the PATH, Pagefind from PyPI)

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
TOOLS=${TOOLS:-$target_dir/bench-tools}

peers=""
if [ "$PEERS" = 1 ]; then
    if [ -z "${HUGO:-}" ]; then
        command -v hugo >/dev/null 2>&1 || install hugo
        HUGO=$(command -v hugo)
    fi
    if [ -z "${PAGEFIND:-}" ]; then
        # The CLI is a binary inside the wheel: no virtualenv needed, only the file.
        PAGEFIND="$TOOLS/pagefind-$PAGEFIND_VERSION/pagefind_extended"
        if [ ! -x "$PAGEFIND" ]; then
            echo "--- pip download pagefind-bin-extended==$PAGEFIND_VERSION" >&2
            mkdir -p "$TOOLS/pagefind-$PAGEFIND_VERSION"
            python3 -m pip download --quiet --no-deps --only-binary=:all: \
                -d "$TOOLS/pagefind-$PAGEFIND_VERSION" "pagefind-bin-extended==$PAGEFIND_VERSION" >&2
            python3 - "$TOOLS/pagefind-$PAGEFIND_VERSION" <<'EOF'
import glob, os, sys, zipfile
folder = sys.argv[1]
wheel = zipfile.ZipFile(glob.glob(os.path.join(folder, "pagefind_bin_extended-*.whl"))[0])
target = os.path.join(folder, "pagefind_extended")
with open(target + ".part", "wb") as out:
    out.write(wheel.read("pagefind_bin_extended/pagefind_extended"))
os.chmod(target + ".part", 0o755)
os.rename(target + ".part", target)
EOF
        fi
    fi
    peers="Hugo $("$HUGO" version | grep -o 'v[0-9][0-9.]*' | head -1), $("$PAGEFIND" --version) (extended)"
    echo "--- peers: $peers" >&2
fi

# Builds without and with the search index, when this helpsite has one (`--no-search`).
search_supported=no
"$BIN" build --help | grep -q -- --no-search && search_supported=yes

# What else the machine did while a size was measured: CPU time of all processes (/proc/stat)
# less this script's own (its children's, from `times`), as a share of all cores' time. Above a
# few per cent the numbers are noisy: measure again on a quieter moment.
busy_seconds() { awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / 100 }' /proc/stat; }
own_seconds() { # sets $own; not in a subshell, where `times` would count that subshell's children
    times >"$WORK/times.txt"
    own=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$WORK/times.txt")
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
html_files() { find "$1" -name '*.html' | wc -l; }

mkdir -p "$WORK"
rows=()
ratios=()
for n in $SIZES; do
    dir="$WORK/$n"
    site="$dir/site"
    mkdir -p "$dir"
    echo "--- N = $n: generate, check" >&2
    "$GEN" --articles "$n" --out "$site" --seed "$SEED" >&2
    "$BIN" check --root "$site" --strict >"$dir/check.log" 2>&1 || {
        cat "$dir/check.log" >&2
        echo "the generated site does not pass check --strict" >&2
        exit 1
    }

    # The tools of this round, in the order they run: key, label, command (hyperfine splits
    # it like a shell, without one), output folder.
    keys=() labels=() commands=() outs=()
    tool() { keys+=("$1") labels+=("$2") commands+=("$3") outs+=("$4"); }
    if [ "$search_supported" = yes ]; then
        tool pages "helpsite, pages only" "'$BIN' build --root '$site' --out '$dir/out-pages' --no-search" "$dir/out-pages"
    else
        tool pages "helpsite" "'$BIN' build --root '$site' --out '$dir/out-pages'" "$dir/out-pages"
    fi
    if [ -n "$peers" ]; then
        "$GEN" --layout hugo --articles "$n" --out "$dir/hugo" --seed "$SEED" >&2
        tool hugo "Hugo" "'$HUGO' --source '$dir/hugo' --destination '$dir/out-hugo'" "$dir/out-hugo"
    fi
    if [ "$search_supported" = yes ]; then
        tool search "helpsite, with search" "'$BIN' build --root '$site' --out '$dir/out-search'" "$dir/out-search"
    fi
    if [ -n "$peers" ]; then
        cat >"$dir/hugo-pagefind.sh" <<EOF
set -e
'$HUGO' --source '$dir/hugo' --destination '$dir/out-hugo-pagefind'
'$PAGEFIND' --site '$dir/out-hugo-pagefind'
EOF
        tool hugo_pagefind "Hugo + Pagefind CLI" "bash '$dir/hugo-pagefind.sh'" "$dir/out-hugo-pagefind"
    fi
    # The floor: a copy of helpsite's pages-only output (made in the warm-up round).
    tool cp "cp -r of helpsite's pages" "cp -r '$dir/out-pages' '$dir/copy'" "$dir/copy"

    own_seconds
    started=$(date +%s.%N) busy_before=$(busy_seconds) own_before=$own
    prepares=()
    for out in "${outs[@]}"; do prepares+=(--prepare "rm -rf '$out'"); done
    for key in "${keys[@]}"; do : >"$dir/wall-$key.txt" && : >"$dir/cpu-$key.txt" && : >"$dir/rss-$key.txt"; done

    echo "--- N = $n: a warm-up round, then $RUNS rounds of: $(printf '%s; ' "${labels[@]}")" >&2
    for round in $(seq 0 "$RUNS"); do
        hyperfine -N --style none --runs 1 "${prepares[@]}" \
            --export-csv "$dir/round.csv" "${commands[@]}" >&2
        [ "$round" = 0 ] && continue # the warm-up round
        for i in "${!keys[@]}"; do
            awk -F, -v row=$((i + 2)) 'NR == row { print $2 }' "$dir/round.csv" >>"$dir/wall-${keys[$i]}.txt"
        done
    done

    echo "--- N = $n: CPU time and peak RSS, 3 rounds (/usr/bin/time -v)" >&2
    for round in 1 2 3; do
        for i in "${!keys[@]}"; do
            key=${keys[$i]}
            rm -rf "${outs[$i]}"
            # bash -c runs the single command in its own place (exec), or waits for the
            # script's commands: time -v reports the largest RSS of the process and its children.
            /usr/bin/time -v bash -c "${commands[$i]}" >"$dir/log-$key.txt" 2>"$dir/time-$key.$round.txt"
            awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 }
                END { print u + s }' "$dir/time-$key.$round.txt" >>"$dir/cpu-$key.txt"
            awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$dir/time-$key.$round.txt" >>"$dir/rss-$key.txt"
        done
    done

    own_seconds
    other=$(awk -v t0="$started" -v t1="$(date +%s.%N)" -v b0="$busy_before" -v b1="$(busy_seconds)" \
        -v o0="$own_before" -v o1="$own" -v cores="$(nproc)" \
        'BEGIN { p = ((b1 - b0) - (o1 - o0)) / ((t1 - t0) * cores) * 100; printf "%.0f %%", p < 0 ? 0 : p }')
    echo "--- N = $n: other processes used $other of the machine's CPU time meanwhile" >&2

    declare -A wall=() cpu=() rss=() pages=() files=() megabytes=() indexed=()
    for i in "${!keys[@]}"; do
        key=${keys[$i]}
        out=${outs[$i]}
        wall[$key]=$(median <"$dir/wall-$key.txt")
        cpu[$key]=$(median <"$dir/cpu-$key.txt")
        rss[$key]=$(median <"$dir/rss-$key.txt")
        pages[$key]=$(html_files "$out")
        files[$key]=$(find "$out" -type f | wc -l)
        megabytes[$key]=$(du -sm "$out" | cut -f1)
        # Pages in the search index, as each indexer reports them.
        indexed[$key]=$(cat "$dir/time-$key.1.txt" "$dir/log-$key.txt" |
            grep -o -e 'search index of [0-9]* pages' -e 'Indexed [0-9]* pages' | grep -o '[0-9]*' | head -1 || true)
        rows+=("$(awk -v n="$n" -v tool="${labels[$i]}" -v pages="${pages[$key]}" -v indexed="${indexed[$key]:-–}" \
            -v files="${files[$key]}" -v mb="${megabytes[$key]}" -v wall="${wall[$key]}" -v cpu="${cpu[$key]}" \
            -v rss="${rss[$key]}" 'BEGIN {
            printf "| %d | %s | %d | %s | %d | %d MB | %.3f s | %.2f s | %.0f MB |",
                n, tool, pages, indexed, files, mb, wall, cpu, rss }')")
    done
    # A Hugo build that left pages out would make Hugo look fast: compare the page counts.
    if [ -n "$peers" ] && [ "$((${pages[hugo]} * 100))" -lt "$((${pages[pages]} * 95))" ]; then
        echo "Hugo wrote ${pages[hugo]} HTML pages, helpsite ${pages[pages]}: the corpora differ" >&2
        exit 1
    fi

    ratio() { # ratio NUMERATOR-KEY DENOMINATOR-KEY: "0.42x", or "–" when one was not measured
        if [ -n "${wall[$1]:-}" ] && [ -n "${wall[$2]:-}" ]; then
            awk -v a="${wall[$1]}" -v b="${wall[$2]}" 'BEGIN { printf "%.2fx", a / b }'
        else
            echo "–"
        fi
    }
    index_cost="–"
    [ -n "${wall[search]:-}" ] &&
        index_cost=$(awk -v a="${wall[search]}" -v b="${wall[pages]}" 'BEGIN { printf "%+.0f %%", (a - b) / b * 100 }')
    ratios+=("$(printf '| %d | %s / %s | %s | %s | %s | %s | %.0f MB | %s | %s |' "$n" \
        "${pages[pages]}" "${pages[hugo]:-–}" "$(ratio pages hugo)" "$(ratio pages cp)" \
        "$(ratio search hugo_pagefind)" "$index_cost" "${rss[pages]}" \
        "$([ -n "${rss[search]:-}" ] && printf '%.0f MB' "${rss[search]}" || echo –)" "$other")")
    unset wall cpu rss pages files megabytes indexed
done

if [ -z "${COMMIT:-}" ]; then
    COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
    git diff --quiet HEAD -- src templates 2>/dev/null || COMMIT="$COMMIT+changes"
fi
{
    echo
    echo "helpsite build, whole process ($COMMIT; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); output on $(df --output=fstype "$WORK" | tail -1))${peers:+; peers: $peers}"
    echo "wall: median of $RUNS interleaved rounds (hyperfine, one run of each tool per round, after a warm-up round); CPU (user+sys) and peak RSS: median of 3 rounds (/usr/bin/time -v)"
    echo
    echo "| articles | tool | HTML pages | pages indexed | files | output | wall | CPU user+sys | peak RSS |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Ratios of wall time (issue 13's targets in brackets; RSS targets at 20,000 pages)"
    echo
    echo "| articles | HTML pages helpsite / Hugo | pages only / Hugo (≤ 0.28x) | pages only / cp -r (≤ 2.5x) | with search / Hugo + Pagefind (≤ 0.35x) | index cost (≤ +100 %) | peak RSS pages only (≤ 400 MB) | peak RSS with search (≤ 1 GB) | other processes' CPU meanwhile |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ratios[@]}"
} | tee "$WORK/results.md"
