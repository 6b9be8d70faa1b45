//! The bad-input corpus: every case in `tests/invalid/` (see its README.md) must give the exit
//! code and the diagnostics (code, file, line, column) it lists, never panic, and leave the
//! previous output untouched.

mod common;

use common::corpus::{parse_diagnostics, run_corpus};

#[test]
fn every_invalid_input_is_reported_precisely() {
    run_corpus("invalid", 45);
}

#[test]
fn stderr_parser_reads_located_and_path_only_diagnostics() {
    let stderr = "  × [E011] sections[0].causes[0]: unknown field `soltion`, expected one of `id`,
  │ `reason`, `solution`, `remark`, `period`
    ╭─[content/articles/a.yaml:12:9]
 11 │       - id: verification-code
 12 │         soltion: false
    ·         ───┬───
    ·            ╰── unknown field
 13 │       - { id: price-difference, remark: true }
    ╰────
  help: did you mean `solution`?

  × [E001] content/articles/gone.yaml: cannot read `content/articles/gone.yaml`: No such
  │ file or directory
  help: check that the file exists and is readable

  ⚠ [W103] `locales/de/` is not a configured locale, so it is not built
   ╭─[content/site.yaml:3:1]
 2 │ fallback: [en]
 3 │ locales:
   · ▲
 4 │   - { code: en, format: en-GB }
   ╰────
  help: add `- { code: de }` under `locales:` in content/site.yaml, or remove the folder

2 error(s), 1 warning(s): build failed; the previous output was left as it was
";
    let printed = parse_diagnostics(stderr, std::path::Path::new("/tmp/site"));
    assert_eq!(printed.len(), 3, "{printed:#?}");
    assert_eq!(printed[0].code, "E011");
    assert_eq!(printed[0].file.as_deref(), Some("content/articles/a.yaml"));
    assert_eq!((printed[0].line, printed[0].column), (Some(12), Some(9)));
    assert!(
        printed[0]
            .text
            .contains("`remark`, `period` unknown field help: did you mean `solution`?")
    );
    assert!(
        !printed[0].text.contains("verification-code"),
        "{}",
        printed[0].text
    );
    assert_eq!(printed[1].code, "E001");
    assert_eq!(
        printed[1].file.as_deref(),
        Some("content/articles/gone.yaml")
    );
    assert_eq!(printed[1].line, None);
    assert!(printed[1].text.contains("No such file or directory"));
    assert!(!printed[1].text.contains("2 error(s)"));
    assert_eq!(printed[2].code, "W103");
    assert_eq!((printed[2].line, printed[2].column), (Some(3), Some(1)));
}
