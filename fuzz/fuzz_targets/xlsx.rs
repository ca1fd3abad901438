//! Fuzz target `xlsx`: the check in `fuzz/checks/xlsx.rs` (also replayed by `tests/fuzz_corpus.rs`).
#![no_main]

#[path = "../checks/xlsx.rs"]
#[allow(dead_code)]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::check(data));
