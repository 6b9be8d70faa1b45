//! Build script: `helpsite init` embeds the example site (content/, locales/) and the starter
//! (src/scaffold/starter/) with include_dir, which on stable Rust cannot tell Cargo to rebuild
//! when those files change. These lines do, so `init` never writes a stale copy.

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=src/scaffold/starter");
}
