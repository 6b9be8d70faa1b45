//! Valid oddities: inputs that look unusual but are correct (a byte-order mark, CRLF line
//! ends, trailing whitespace, an empty optional list) build without a single diagnostic. The
//! cases live in `tests/valid/`, in the format of `tests/invalid/README.md`.

mod common;

use common::corpus::run_corpus;

#[test]
fn valid_oddities_build_cleanly() {
    run_corpus("valid", 6);
}
