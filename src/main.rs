//! The `helpsite` command: reads the arguments and runs them (see `helpsite::cli`).

use std::process::ExitCode;

use clap::Parser;

/// See Cargo.toml: many threads allocate small strings all the time while rendering.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    helpsite::cli::run(helpsite::cli::Args::parse())
}
