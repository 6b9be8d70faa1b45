#!/usr/bin/env bash
# The test suite's one entry point, for a newcomer's machine and for CI (.ci/run calls it):
#
#     bash tests/run.sh [ARGS...]      ARGS go to `cargo test`: a filter, --test NAME, -- ...
#
# 1. Installs what the browser tests (tests/browser.rs) and the HTML check (tests/html_valid.rs)
#    need, when it is missing: Debian packages with apt-get (as root, or through sudo), and the
#    npm packages pinned in tests/browser/package-lock.json. When everything is there it installs
#    nothing and asks no registry, so a second run goes straight to the tests.
# 2. Runs every test binary, even after one has failed (--no-fail-fast), with
#    HELPSITE_REQUIRE_BROWSER_TESTS=1: a missing tool then fails those tests, where plain
#    `cargo test` reports them as ignored (tests/browser/tools.rs).
#
# The checks below mirror tests/browser/tools.rs, which decides at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'tests/run.sh: %s\n' "$*" >&2; }

if ! command -v cargo >/dev/null; then
    say "cargo not found: install Rust 1.89 or newer (https://rustup.rs), then run this again"
    exit 1
fi

# --- What is missing ----------------------------------------------------------------------------
packages=() # Debian packages to install

# Rust links with the system C toolchain, and mimalloc (the binary's allocator) is C.
command -v cc >/dev/null || packages+=(build-essential)

chromium=${HELPSITE_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    if [ -n "${HELPSITE_CHROMIUM:-}" ]; then
        # Installing Debian's chromium would not help: the tests would still start this path.
        say "HELPSITE_CHROMIUM=$HELPSITE_CHROMIUM is not an executable; unset it to use Debian's chromium"
        exit 1
    fi
    packages+=(chromium)
fi

# Without a CJK font, Chromium draws the Chinese pages' text as boxes in the screenshots. Ask
# fontconfig (Chromium's way of finding fonts) when its fc-list is there; a bare machine may have
# Chromium without it, so fall back to the file Debian's fonts-noto-cjk installs.
has_cjk_font() {
    if command -v fc-list >/dev/null; then
        [ -n "$(fc-list :lang=zh family)" ]
    else
        [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]
    fi
}
has_cjk_font || packages+=(fonts-noto-cjk)

# The Nu HTML checker (npm's vnu-jar) runs on the machine's Java.
java -version >/dev/null 2>&1 || packages+=(default-jre-headless)

# node_modules is current when it was installed from the lock file as it is now: after each
# `npm ci` a copy of the lock file is kept beside the packages, and compared here.
lock=tests/browser/package-lock.json
installed_lock=tests/browser/node_modules/.installed-package-lock.json
npm_needed=false
cmp -s "$lock" "$installed_lock" || npm_needed=true
# Debian's nodejs and npm. (NodeSource's nodejs, where installed, brings npm itself.)
if $npm_needed && ! command -v npm >/dev/null; then
    packages+=(nodejs npm)
fi

# --- Debian packages ----------------------------------------------------------------------------
if [ ${#packages[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
        say "missing, and no apt-get to install them: the Debian/Ubuntu packages ${packages[*]}" \
            "(or their equivalents); install them, then run this again"
        exit 1
    fi
    if [ "$(id -u)" = 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        say "missing: ${packages[*]}. Install them as root, then run this again:"
        say "    apt-get install ${packages[*]}"
        exit 1
    fi
    say "installing the Debian packages ${packages[*]}${as_root[*]:+ (with sudo)}"
    "${as_root[@]}" apt-get update -qq
    if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq "${packages[@]}" >/dev/null; then
        say "apt-get could not install ${packages[*]}. Install them (or their equivalents) by" \
            "hand; for a Chromium outside /usr/bin/chromium set HELPSITE_CHROMIUM=/path/to/it"
        exit 1
    fi
fi

# --- npm packages -------------------------------------------------------------------------------
if $npm_needed; then
    say "installing the npm packages pinned in $lock"
    # --ignore-scripts: vnu-jar's install script would look for (or download) a Java runtime; the
    # tests run the machine's java themselves. npm ci starts by removing node_modules, so the copy
    # of the lock file is only there after a complete install.
    npm ci --prefix tests/browser --ignore-scripts --no-audit --no-fund
    cp "$lock" "$installed_lock"
fi

say "tools: $("$chromium" --version 2>/dev/null || echo "Chromium ?"); $(java -version 2>&1 | head -n 1)"

# --- The whole suite, with the tools required ---------------------------------------------------
export HELPSITE_REQUIRE_BROWSER_TESTS=1
unset HELPSITE_SKIP_BROWSER_TESTS
say "cargo test --locked --no-fail-fast${*:+ $*}"
exec cargo test --locked --no-fail-fast "$@"
