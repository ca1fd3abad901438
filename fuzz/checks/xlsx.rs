//! Fuzz check of the workbook reader (`fundmix::input::xlsx`, through calamine) and of a
//! workbook read as a scenario (`fundmix::validate::scenario::load_scenario`: its `scenario`
//! sheet and its plan sheets).
//!
//! Included by `fuzz/fuzz_targets/xlsx.rs` and by `tests/fuzz_corpus.rs`, which replays every
//! file of `fuzz/corpus/xlsx/` and `fuzz/regressions/xlsx/` through [`check`].
//!
//! An input that starts with `PK` is the workbook's bytes. Any other input is the workbook's
//! parts written out as text, each part a line `=== <name in the zip>` and its content, which
//! [`check`] packs into a zip (stored, not compressed) before reading it: so the fuzzer mutates
//! the sheets' XML itself rather than compressed bytes. The property: every sheet reads as a grid
//! whose rows all have the same length, and the workbook gives a scenario or located problems,
//! never a panic or an unbounded allocation.

use fundmix::input::xlsx::Workbook;
use fundmix::validate::load_scenario;
use std::io::Write;

/// The zip of the parts written out in `text` (see the module documentation).
pub fn pack(data: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut text = b"\n".to_vec();
    text.extend_from_slice(data);
    let marker = b"\n=== ";
    let mut starts: Vec<usize> = text
        .windows(marker.len())
        .enumerate()
        .filter(|(_, w)| *w == marker)
        .map(|(i, _)| i)
        .collect();
    starts.push(text.len());
    for pair in starts.windows(2) {
        let part = &text[pair[0] + marker.len()..pair[1]];
        let (name, content) = match part.iter().position(|&b| b == b'\n') {
            Some(end) => (&part[..end], &part[end + 1..]),
            None => (part, &[][..]),
        };
        let name = String::from_utf8_lossy(name).trim().to_string();
        if zip.start_file(name, options).is_ok() {
            let _ = zip.write_all(content);
        }
    }
    zip.finish()
        .map(|cursor| cursor.into_inner())
        .unwrap_or_default()
}

/// Runs the check on `data`.
pub fn check(data: &[u8]) {
    let bytes = if data.starts_with(b"PK") {
        data.to_vec()
    } else {
        pack(data)
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("plan.xlsx");
    std::fs::write(&path, &bytes).expect("write the workbook");
    if let Ok(mut workbook) = Workbook::open(&path, "plan.xlsx") {
        for name in workbook.sheet_names() {
            match workbook.grid(&name) {
                Ok(Some(grid)) => {
                    let width = grid.rows.first().map_or(0, Vec::len);
                    assert!(grid.rows.iter().all(|r| r.len() == width), "a ragged grid");
                    if let Err(problems) = grid.table() {
                        assert!(!problems.is_empty(), "an error without a problem");
                    }
                }
                Ok(None) => {}
                Err(problem) => assert!(!problem.message.is_empty(), "a problem without words"),
            }
        }
    }
    if let Err(error) = load_scenario(&path) {
        assert!(!error.problems.is_empty(), "an error without a problem");
    }
}
